// Package ftm writes and reads FollowTheMoney entities as JSON lines, the
// form in which OpenSanctions publishes its data (entities.ftm.json), and
// maps the entities and listings of package sanctions to FollowTheMoney and
// back.
//
// # The format
//
// Each line is one JSON object: an [Entity] with its id, its schema
// ("Person", "Organization", "Sanction" ...) and its properties, each a list
// of strings under FollowTheMoney's property name; OpenSanctions adds an
// envelope (caption, datasets, referents, target, first_seen, last_seen,
// last_change). A [Decoder] reads such lines, an [Encoder] writes them, and
// [ReadAll] reads a whole file. Only JSON lines are read: a file that is a
// single JSON array of entities, or one pretty-printed object over several
// lines, is refused at its first line.
//
// Reading keeps everything: unknown schema names are accepted (FollowTheMoney
// has many), unknown top-level keys are kept in [Entity].Extra, and writing
// then reading gives equal values. Writing is deterministic: envelope keys in
// a fixed order, property names sorted, values in the order given, no HTML
// escaping, one "\n" after each entity.
//
// Input is not trusted. A line may hold at most [MaxLine] bytes; a longer
// one, invalid JSON, a property value that is not a list of strings, a
// missing or empty id or schema, and a key given twice in the same object
// (which would lose one of its values) are errors of type *[ParseError]
// that name the line. The Decoder never panics, reads each line in one
// pass, and stops at the first error; ReadAll returns the entities read
// before it.
//
// # From the model to FollowTheMoney
//
// [FromEntity] maps a [sanctions.Entity], typically read from the EU's
// Financial Sanctions Files, and [FromListings] maps the [sanctions.Listings]
// a [sanctions.List] gives for a day. The mapping follows the one
// OpenSanctions applies to the Financial Sanctions Files (zavod's
// zavod/shed/fsf.py and the lookups of its eu_fsf dataset), with the
// differences marked "differs" below.
//
// Ids are stable from run to run, and the same input gives the same bytes:
//
//	entity          "eu-fsf-" + slug of the EU reference number: "EU.10583.22" gives
//	                "eu-fsf-eu-10583-22", the id OpenSanctions gives (found among the
//	                referents of its merged entities); else "eu-fsf-logical-" + the
//	                logical id, as OpenSanctions does; else "eu-" + Entity.ID when it
//	                holds only ASCII letters, digits and hyphens (case kept, as
//	                FollowTheMoney ids are case-sensitive): "BLR-lukashenko-alexandr"
//	                gives "eu-BLR-lukashenko-alexandr"; else "eu-" + slug of the ID +
//	                "-" + a hash of it; else "eu-entity-" + a hash of the type and names
//	address         entity id + "-address-" + the address's logical id, else a hash
//	                of its properties (differs: OpenSanctions uses "addr-" + a hash
//	                of the full address, shared between entities)
//	identification  entity id + "-identification-" + logical id or hash, likewise
//	sanction        entity id + "-sanction-" + slug of programme and act number +
//	                "-" + measure ("eu-fsf-eu-36-64-sanction-zwe-2018-223-asset-freeze");
//	                differs: OpenSanctions uses a hash
//
// Values are trimmed; empty values and the placeholder "-" are left out,
// and each property keeps each value once, in the order first met.
//
// A slug is the text in lower case with every run of other characters than
// ASCII letters and digits made one hyphen. Entities that come out with the
// same id are merged: their property values are united.
//
// The entity (schema Person for a person, Organization for an organisation,
// LegalEntity for an entity of invalid type):
//
//	name            the main name, Entity.Name() (the first strong name in English or
//	                without language that gives a last name, else ...), or the first
//	                strong name when that one is weak; never a weak name (differs:
//	                OpenSanctions writes every strong spelling to name)
//	alias           every other name that is not weak
//	weakAlias       every weak name (strong="false")
//	firstName, middleName, lastName
//	                the parts of every name that is not weak (persons only)
//	title           the titles of the names, lettered lists "(a) ..., (b) ..." split
//	                into items (persons; organisations: notes)
//	position        the functions of the names, split likewise (persons;
//	                organisations: notes, unsplit, as OpenSanctions does)
//	gender          "male" for M, "female" for F (persons only)
//	notes           the entity's remarks; the remarks of names, except those on the
//	                alias's quality, which weakAlias carries; the remarks of birth
//	                dates and citizenships; contact details of unknown kind as
//	                "KEY: value"
//	birthDate       a full date "1924-02-21", or "YYYY-MM", or "YYYY"; a range of
//	                years gives both ends ("1953", "1958"), not the years between;
//	                a date given only as text gives the four-digit years in it; a
//	                month and day without year give nothing (persons only)
//	birthPlace      place, city, postal code, region and country of birth, joined by
//	                ", " (persons only)
//	birthCountry    the country of birth (persons only; differs: OpenSanctions
//	                writes it to country only)
//	nationality     the citizenships (persons; organisations: country)
//	country         the countries of birth, of the addresses and of the
//	                identifications that become properties, as OpenSanctions does
//	passportNumber  the number of each passport (persons; others: idNumber)
//	idNumber        the number of each other identity document
//	swiftBic, registrationNumber, taxNumber, imoNumber
//	                the numbers of identifications of code swiftbic, regnumber,
//	                fiscalcode, and imo (organisations), as OpenSanctions does; no
//	                Identification entity is made for them
//	phone, email, website
//	                the addresses' contact details PHONE and FAX, EMAIL, WEB, split
//	                at "," and ";"
//	addressEntity   the Address entities
//	address         their full text, as OpenSanctions does
//	topics          "sanction"
//	sourceUrl       the URLs of the acts the entity cites (Regulations)
//	modifiedAt      their dates of entry into force, as OpenSanctions does
//
// Countries are ISO 3166-1 alpha-2 codes in lower case. The placeholder
// "00" (unknown) gives none, and the former code "CS" (Serbia and
// Montenegro) gives "rs", as OpenSanctions does. A code that is not two
// letters, such as the alpha-3 codes of the legacy 1.0 files, gives no
// country property; the text of addresses and places of birth keeps it.
//
// An identity document whose code is not one of those above becomes a
// Passport (code "passport") or an Identification (every other code,
// unknown codes included; OpenSanctions drops unknown codes). A document
// with no number gives none, as FollowTheMoney requires a number; its
// remarks go to the entity's notes. (Differs: OpenSanctions' fsf.py makes
// an Identification, with idNumber on the holder, for passports too; its
// eu_fsf lookup names the Passport schema, and its helper writes
// passportNumber for passports, as here.)
//
//	holder          the entity
//	number          the number, then its Latin transcription
//	type            the type's description ("National passport"), else its code
//	country         the issuing country
//	authority       the issuer (issuedBy)
//	startDate       the issue date, then the start of validity
//	endDate         the end of validity
//	summary         the document's remarks
//	namesMentioned  the name on the document
//	description     its flags: "diplomatic", "known expired", "known false",
//	                "reported lost", "revoked by issuer"
//
// An address becomes an Address entity, unless it has no text at all:
//
//	full            street and number, PO box, postal code and place and city,
//	                region, other text, country, joined by ", "
//	street          the street and number
//	postOfficeBox, postalCode, region
//	city            place and city joined by ", ", as OpenSanctions does
//	country         the country
//	summary         the legacy files' other text
//	remarks         the address's remarks (differs: OpenSanctions adds them to the
//	                entity's notes)
//
// FromEntity adds a Sanction for each act the entity as a whole cites: in
// the Financial Sanctions Files, the latest act that amended its entry.
//
//	entity          the entity
//	authority       "Directorate-General for Financial Stability, Financial Services
//	                and Capital Markets Union", the Commission's department that
//	                publishes the Financial Sanctions Files, spelt as the Commission
//	                spells it (OpenSanctions writes the same name with a non-breaking
//	                hyphen, U+2011)
//	country         "eu"
//	authorityId     the EU reference number
//	unscId          the UN reference number
//	program         the programme ("ZWE")
//	programId       "EU-" + the programme ("EU-ZWE"); OpenSanctions maps programmes
//	                with a table, which may differ for some (it is said to give
//	                "EU-TAQA-EUAQ" for TAQA); programUrl is not written
//	provisions      "Asset freeze": the Financial Sanctions Files are the list of the
//	                asset freeze
//	reason          the act's number and title as cited ("2018/223 (OJ L43)")
//	listingDate     the act's publication date
//	startDate       the earlier of the designation date and the act's entry into
//	                force, as OpenSanctions does
//	sourceUrl       the act's URL
//	summary         the designation details
//
// FromListings adds instead a Sanction for each listing, that is for each
// entity under each measure of each regime:
//
//	authority       "Council of the European Union", which adopts the acts that list
//	                (OpenSanctions writes the same for the EU travel bans)
//	country         "eu"
//	authorityId, unscId
//	                the entity's EU and UN reference numbers
//	program, programId
//	                the regime's code and "EU-" + the code ("BLR", "EU-BLR")
//	provisions      "Asset freeze" or "Travel ban"
//	reason          the reasons for listing
//	listingDate     the date of listing the act's annex prints
//	startDate       the first day of the listing (Since)
//	endDate         the regime's last day in force as renewed by the day asked
//	                (LastDay); none when it has no end date
//	summary         "Listed by " + the listing act and its Official Journal
//	                reference, "Amended by ..." the amending act, "Renewed until
//	                YYYY-MM-DD by ..." the renewing act; the designation details
//	sourceUrl       the URLs of those acts
//
// No status is written: a listing's Sanction describes the day the Listings
// were asked for.
//
// # From FollowTheMoney to the model
//
// [ToEntities] turns the persons and organisations of a FollowTheMoney file
// into [sanctions.Entity] values to screen names against, following the
// links of the Passport, Identification, Address and Sanction entities.
// FollowTheMoney cannot carry everything the model can, so that the way
// back loses:
//
//   - the language of each name: FollowTheMoney JSON lines carry no
//     language per value;
//   - the link between a name and its parts, gender, title and function:
//     FollowTheMoney keeps firstName, lastName, gender, title and position as
//     lists of the entity. ToEntities gives each name the gender when the
//     entity has one, and the first name the titles and functions, joined by
//     "; "; it does not read the name parts;
//   - which birth place goes with which birth date (they are paired by
//     position), whether a date is circa, and a range of years (its ends
//     come back as two dates);
//   - the entity's country (country), for which the model has no field;
//   - the logical ids, regulation languages and source acts of the parts,
//     the designation date, and the acts' type, organisation and date of
//     entry into force;
//   - which address a contact detail belongs to: they go to the only
//     address, or to an address of their own;
//   - any value after the first where FollowTheMoney has several and the
//     model one (an identification's type, country, issuer, end date).
//
// What FromEntity does not write: a person's citizenship region, an
// address's "as at listing time" flag, an identification's region, the
// birth dates of organisations, the gender of organisations' names, and,
// for the identifications that become properties (swiftBic ...), their
// dates, issuer and flags.
package ftm
