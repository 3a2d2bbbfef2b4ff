// Package fsf reads the EU Financial Sanctions Files: the consolidated list
// of persons, groups and entities subject to EU financial sanctions, as
// values of package [github.com/acquis-eu/acquis/sanctions].
//
// # Formats
//
// The EU publishes the list in two formats of version 1.1, at these
// addresses (the token is the one the EU's own download page gives):
//
//	https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw
//	https://webgate.ec.europa.eu/fsd/fsf/public/files/csvFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw
//
// and describes the dataset at
// https://data.europa.eu/data/datasets/consolidated-list-of-persons-groups-and-entities-subject-to-eu-financial-sanctions.
// Third-party parsers also cite an older address,
// …/fsf/public/files/xmlFullSanctionsList/content. Copies of the list up to
// 2016 hold the legacy format 1.0. No schema is published: the reader
// follows the real files and the parsers that read them.
//
// A [Decoder] reads one entity at a time, and [ReadAll] a whole file, in any
// of the three formats ([Format]), which the reader tells from the first
// bytes of the input:
//
//   - XML 1.1 ([XML11]): root export, in the namespace [Namespace] (or in
//     none), with one sanctionEntity element per listed person or
//     organisation.
//   - legacy XML 1.0 ([XML10]): root WHOLE, with one ENTITY element per
//     listing.
//   - CSV 1.1 ([CSV11]): ';'-separated, a header row of 118 columns, then one
//     row per part of an entity, the entity's own columns repeated on each.
//
// What the file records about itself (its generation date and number) is a
// [Header].
//
// # XML 1.1
//
// Each sanctionEntity becomes a [sanctions.Entity]:
//
//   - sanctionEntity@logicalId is LogicalID, @euReferenceNumber
//     EUReference, @unitedNationId UNReference, @designationDate
//     Designated and @designationDetails DesignationDetails. ID is the EU
//     reference number, or "logical-" and the logical id when there is
//     none.
//   - remark elements are Remarks; each regulation element is one of
//     Regulations, its publicationUrl child the Citation's URL.
//   - subjectType@code ("person", "enterprise") and @classificationCode
//     ("P", "E") give Type: an entity has one subjectType, with at least
//     one of the two, and both the same type.
//   - nameAlias, citizenship, birthdate, identification and address
//     elements are Names, Citizenships, BirthDates, Identifications and
//     Addresses, their attributes the fields of the same name
//     (nameAlias@strong "true" is Strong and "false" Weak; @gender "M" is
//     Male and "F" Female; @countryIso2Code and @countryDescription are
//     Country; identification@identificationTypeCode is TypeCode,
//     @identificationTypeDescription TypeDescription, @issueDate Issued
//     and @revokedByIssuer Revoked; birthdate@calendarType is Calendar,
//     @dayOfMonth Day, @monthOfYear Month, @yearRangeFrom YearFrom and
//     @yearRangeTo YearTo). Their
//     logicalId and regulationLanguage, their remark children and their
//     regulationSummary child (the act the part comes from: its attributes,
//     or any of a regulation's, make a Citation) make their
//     [sanctions.Record]. An address's contactInfo elements are its
//     Contacts, @key and @value.
//
// # Legacy XML 1.0
//
// WHOLE@Date (dd/mm/yyyy) is the Header's date. Each ENTITY becomes an
// Entity whose LogicalID is its Id and whose ID is "logical-" and the Id (the
// format has no EU reference number); Type is "P" or "E"; a remark that is
// not empty is its one remark; and its legal_basis, reg_date, pdf_link and
// programme make a [sanctions.Citation] (NumberTitle, Published, URL,
// Programme), its one regulation. Its children carry the same four
// attributes, which make the Source of their Record, and Id, their LogicalID;
// their Entity_id must be the ENTITY's Id.
//
//   - NAME's LASTNAME, FIRSTNAME, MIDDLENAME, WHOLENAME, GENDER, TITLE,
//     FUNCTION and LANGUAGE are a Name's Last, First, Middle, Whole, Gender,
//     Title, Function and Language.
//   - BIRTH's DATE, PLACE and COUNTRY are a BirthDate's date, Place and
//     Country.Code. DATE is free text: a YYYY-MM-DD date sets Date, Year,
//     Month and Day, and a year alone ("1965") Year; anything else is kept
//     as written in Text; and when that text is a year or a range of years,
//     with or without the suffix "(approximative)", as in "1957
//     (approximative)" and "1958 - 1963 (approximative)", the reader also
//     sets Year, or YearFrom and YearTo, and Circa for "approximative".
//   - PASSPORT is an Identification whose TypeCode is "passport" (the
//     reader's, from the element's name) and whose NUMBER and COUNTRY are
//     Number and Country.Code. The number keeps, as written, the kind of
//     document and the notes that the format folds into it, such as
//     "AD001095 (passport-National passport) ((passport))".
//   - CITIZEN's COUNTRY is a Citizenship's Country.Code.
//   - ADDRESS's NUMBER, STREET, ZIPCODE, CITY, COUNTRY and OTHER are an
//     Address's Number, Street, ZipCode, City, Country.Code and Other.
//
// Legacy country codes are ISO 3166-1 alpha-3 ("IRQ", "AFG"), kept as
// written.
//
// # CSV 1.1
//
// The 118 columns are the attributes of XML 1.1 in six groups, each named
// by its prefix: the entity's own (16 columns: fileGenerationDate,
// Entity_LogicalId ... and its regulation, Entity_Regulation_Type ...),
// NameAlias_ (18), Address_ (20), BirthDate_ (24), Identification_ (27) and
// Citizenship_ (13), each part's group with its LogicalId,
// RegulationLanguage, Remark and seven Regulation columns. The differences
// with XML: fileGenerationDate is dd/mm/yyyy; Entity_SubjectType
// holds the letter (P, E) and Entity_SubjectType_ClassificationCode the word
// (person, enterprise), the reverse of the XML's names, and the reader
// checks that they agree; Identification_IssuedDate is the XML's issueDate;
// the regulation of every part has the seven columns of an entity's
// regulation, so that its Source may have an Organisation, InForce and
// Programme. CSV has no column for an alias's strength, for the logical id
// of the entity's regulation, nor for the key of a contact detail: an
// address's contact details are one column, Address_ContactInfo, in a layout
// no source documents, which the reader keeps whole as one [sanctions.Contact]
// with an empty Key.
//
// The reader groups the rows by Entity_LogicalId: the rows of one entity
// must follow each other, and an entity that appears again after another
// one is an error. Within an entity, each part is known by its own
// LogicalId (or, if it has none, by its columns): the first row that gives
// it makes it, with its own language, gender and other columns; a later row
// must give the same columns, and may add a remark. The entity's own columns
// must be the same on each of its rows, but for Entity_Remark and the
// entity's regulation, of which each row may add one. So a part is never
// read twice, and a row may give one part of each kind or several.
//
// # What the reader changes
//
// The readers are lossless: every attribute, element and column of the
// formats goes into the model, and an attribute, element or column they do
// not know is an error that names it and its line, so that nothing is ever
// dropped silently. The only changes are these:
//
//   - The text of elements (remark, publicationUrl, the legacy format's
//     children) is trimmed of XML white space (space, tab, CR, LF) at both
//     ends; inside, it is kept as written, line breaks included. A legacy
//     ENTITY@remark is trimmed the same way. Other attribute values and CSV
//     fields are kept exactly as the XML or CSV parser gives them: in XML,
//     with entity and character references replaced and CR LF and lone CR
//     made LF (XML's end-of-line handling); in CSV, with quotes removed and
//     CR LF made LF. Text is never
//     normalised or case-folded: the IBDA-C Greek alias keeps its U+00B5
//     MICRO SIGN.
//   - Dates become [acquis.Date] values; the generation date is also kept
//     as written in Header.GeneratedAt. An empty date, number, logical id or
//     gender is the zero value, as is an absent one (but an entity needs an
//     EU reference number or a logical id, and a legacy part an Id and an
//     Entity_id); a flag absent, empty (in CSV) or "false" is false.
//   - Comments, processing instructions and the XML declaration carry no
//     data in these formats and are skipped; a UTF-8 byte order mark at the
//     start is skipped.
//
// # Hostile input
//
// The readers never panic and bound their memory: an XML token may take
// [MaxToken] bytes, an element's text [MaxText], elements nest [MaxDepth]
// deep, an entity takes at most [MaxEntitySize] bytes of input and
// [MaxRecords] parts, a CSV row [MaxRow] bytes and a field [MaxField]; a
// file holds at most [MaxEntities] entities, and ReadAll, which keeps the
// whole list, reads at most [MaxDocument] bytes. Input that is neither XML
// nor the CSV header fails on its first bytes. Input must be UTF-8, every
// byte of it. A DTD (DOCTYPE) is refused, and so is any entity but XML's
// own five: no entity is ever expanded.
//
// # The XML reader
//
// The Decoder reads XML with a scanner of its own, which gives what
// encoding/xml's Decoder gives (strict, with no entity map and no charset
// reader), several times faster and with far fewer allocations
// (BenchmarkSynthetic25MB measures it):
// elements, attributes in either quote, character references and XML's
// five entities, CDATA sections, comments, processing instructions, XML's
// white space and end-of-line rules, and namespaces as encoding/xml
// translates them. The tests read every input with both and check that
// the two agree, entity for entity (a fuzz target among them). The scanner
// refuses, with an *xml.SyntaxError at its line, some input that
// encoding/xml reads on, none of which a Financial Sanctions File holds:
//
//   - an XML declaration that is not at the very start of the input, or
//     that is other than version="1.0", then optionally encoding="UTF-8"
//     (in any case), then optionally standalone="yes" or "no";
//   - a processing instruction whose target is not ASCII, or is "xml" in
//     another case ("XML");
//   - a comment or processing instruction that is not UTF-8 or holds a
//     character that XML does not allow, which encoding/xml does not check;
//   - a character reference to a surrogate (&#xD800; to &#xDFFF;), which
//     is no character, and which encoding/xml reads as U+FFFD.
//
// It also refuses names of elements and attributes with characters other
// than ASCII letters, digits, '_', ':', '.' and '-', where encoding/xml
// refuses them later (the formats have no such name); and it bounds a
// token to MaxToken bytes exactly. Users cannot choose encoding/xml
// instead: the tests keep it, to check the scanner against.
//
// # Comparing two snapshots
//
// The EU publishes the whole list each time; [Compare] reads two snapshots
// of it, such as yesterday's download and today's, and says what changed
// from one to the other: the entities added, removed and changed, and for
// each one changed, which of its fields and parts changed and how (a
// [Diff]).
//
// # Errors
//
// Errors are of type [*ParseError], with the line, the index of the entity
// being read, the element and attribute ("birthdate@birthdate") or the CSV
// column, and the kind of problem: [ErrFormat], [ErrElement], [ErrAttr],
// [ErrText], [ErrColumn], [ErrMissing], [ErrValue], [ErrConflict] or
// [ErrLimit]; or an *xml.SyntaxError. A Decoder returns every entity before
// the error, each complete, and ReadAll returns them with the error.
// Compare's errors are of type [*CompareError], which says which list and
// wraps the *ParseError.
package fsf
