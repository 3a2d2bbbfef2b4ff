package sanctions

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
)

// ErrInvalidValue reports a value of one of the package's enumerations
// (Type, Strength, Gender, Measure, ActKind, Change) that has no name, or a
// name that is none of them, in MarshalText and UnmarshalText.
var ErrInvalidValue = errors.New("invalid value")

// A Type says whether an [Entity] is a natural person or an organisation.
// The zero Type is invalid.
type Type uint8

// The subject types. The EU's lists know only these two; a vessel is listed
// as an organisation ("enterprise" in the Financial Sanctions Files).
const (
	Person       Type = 1 + iota // a natural person ("person", "P")
	Organisation                 // a legal person, entity or body ("enterprise", "E")
)

var typeNames = [...]string{Person: "person", Organisation: "organisation"}

// IsValid reports whether t is one of the types.
func (t Type) IsValid() bool { return t == Person || t == Organisation }

// String returns "person" or "organisation".
func (t Type) String() string {
	if t.IsValid() {
		return typeNames[t]
	}
	return "%!Type(" + strconv.Itoa(int(t)) + ")"
}

// MarshalText implements [encoding.TextMarshaler].
func (t Type) MarshalText() ([]byte, error) {
	if !t.IsValid() {
		return nil, fmt.Errorf("sanctions: cannot marshal type %d: %w", uint8(t), ErrInvalidValue)
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts the
// names String returns.
func (t *Type) UnmarshalText(b []byte) error {
	for i, n := range typeNames {
		if n != "" && n == string(b) {
			*t = Type(i)
			return nil
		}
	}
	return fmt.Errorf("sanctions: type %q: %w", b, ErrInvalidValue)
}

// An Entity is a listed person or organisation, with every detail a list
// gives about it. Its slices keep the order of the source.
//
// ID is the entity's key in a [List]: the acts that amend or delist it name
// it by this key. Readers of the EU's Financial Sanctions Files set it to
// the EU reference number (such as "EU.3579.2"), or to "logical-" and the
// logical id when there is none.
type Entity struct {
	ID   string `json:"id"`
	Type Type   `json:"type"`

	// LogicalID is the Financial Sanctions Files' stable numeric key of the
	// entity (sanctionEntity@logicalId); zero when the source has none.
	LogicalID int64 `json:"logicalId,omitempty"`
	// EUReference is the EU reference number, such as "EU.10583.22".
	EUReference string `json:"euReference,omitempty"`
	// UNReference is the United Nations Security Council reference, such as
	// "LYi.006", for listings that implement a UN listing.
	UNReference string `json:"unReference,omitempty"`
	// Designated is the designation date the list gives, if any; the
	// Financial Sanctions Files carry it for some entities only.
	Designated         acquis.Date `json:"designated,omitzero"`
	DesignationDetails string      `json:"designationDetails,omitempty"`

	Names           []Name           `json:"names,omitempty"`
	BirthDates      []BirthDate      `json:"birthDates,omitempty"`
	Citizenships    []Citizenship    `json:"citizenships,omitempty"`
	Identifications []Identification `json:"identifications,omitempty"`
	Addresses       []Address        `json:"addresses,omitempty"`
	Remarks         []string         `json:"remarks,omitempty"`
	// Regulations are the acts the source cites for the entity as a whole.
	// In the Financial Sanctions Files this is the latest act that amended
	// the entry, not the act that listed it.
	Regulations []Citation `json:"regulations,omitempty"`
}

// Name returns the entity's main name: the whole name of its first strong
// alias in English or without a language that gives a last name, else of
// its first strong alias in English, else of its first strong alias
// without a language, else of its first alias, else its ID.
func (e *Entity) Name() string {
	english := func(n *Name) bool { return strings.EqualFold(n.Language, "EN") }
	untagged := func(n *Name) bool { return n.Language == "" }
	for _, pick := range []func(*Name) bool{
		func(n *Name) bool { return n.Strength != Weak && (english(n) || untagged(n)) && n.Last != "" },
		func(n *Name) bool { return n.Strength != Weak && english(n) },
		func(n *Name) bool { return n.Strength != Weak && untagged(n) },
		func(*Name) bool { return true },
	} {
		for i := range e.Names {
			if n := &e.Names[i]; pick(n) && n.Full() != "" {
				return n.Full()
			}
		}
	}
	return e.ID
}

// A Record holds what every part of an entity (a name, a birth date, an
// address ...) carries in the Financial Sanctions Files besides its own
// fields.
type Record struct {
	// LogicalID is the part's own key in the Financial Sanctions Files.
	LogicalID int64 `json:"logicalId,omitempty"`
	// RegulationLanguage is the language of the act the part was taken from,
	// in lower case ("en").
	RegulationLanguage string   `json:"regulationLanguage,omitempty"`
	Remarks            []string `json:"remarks,omitempty"`
	// Source is the act the part was taken from (regulationSummary), when
	// the source names one.
	Source *Citation `json:"source,omitempty"`
}

// A Strength says whether an alias is strong enough to identify its holder.
// The zero Strength means that the source does not say.
type Strength uint8

// The strengths of an alias.
const (
	Strong Strength = 1 + iota // a "good quality" alias (strong="true")
	Weak                       // a "low quality" alias (strong="false"): too vague to identify on its own
)

var strengthNames = [...]string{0: "", Strong: "strong", Weak: "weak"}

// String returns "strong", "weak", or "" for the zero Strength.
func (s Strength) String() string {
	if s <= Weak {
		return strengthNames[s]
	}
	return "%!Strength(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements [encoding.TextMarshaler].
func (s Strength) MarshalText() ([]byte, error) {
	if s > Weak {
		return nil, fmt.Errorf("sanctions: cannot marshal strength %d: %w", uint8(s), ErrInvalidValue)
	}
	return []byte(strengthNames[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Strength) UnmarshalText(b []byte) error {
	for i, n := range strengthNames {
		if n == string(b) {
			*s = Strength(i)
			return nil
		}
	}
	return fmt.Errorf("sanctions: alias strength %q: %w", b, ErrInvalidValue)
}

// A Gender is the gender a list gives for a name. The zero Gender means
// that the source does not say.
type Gender uint8

// The genders the EU's lists use.
const (
	Male   Gender = 1 + iota // "M"
	Female                   // "F"
)

var genderNames = [...]string{0: "", Male: "M", Female: "F"}

// String returns "M", "F", or "" for the zero Gender.
func (g Gender) String() string {
	if g <= Female {
		return genderNames[g]
	}
	return "%!Gender(" + strconv.Itoa(int(g)) + ")"
}

// MarshalText implements [encoding.TextMarshaler].
func (g Gender) MarshalText() ([]byte, error) {
	if g > Female {
		return nil, fmt.Errorf("sanctions: cannot marshal gender %d: %w", uint8(g), ErrInvalidValue)
	}
	return []byte(genderNames[g]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It accepts "M",
// "F" and "".
func (g *Gender) UnmarshalText(b []byte) error {
	for i, n := range genderNames {
		if n == string(b) {
			*g = Gender(i)
			return nil
		}
	}
	return fmt.Errorf("sanctions: gender %q: %w", b, ErrInvalidValue)
}

// A Name is one spelling of an entity's name: in the Financial Sanctions
// Files, one nameAlias. The EU publishes each language version's spelling
// and each transliteration as its own Name, with its language.
type Name struct {
	Whole  string `json:"whole,omitempty"`
	First  string `json:"first,omitempty"`
	Middle string `json:"middle,omitempty"`
	Last   string `json:"last,omitempty"`
	// Language is the language of the spelling as the source writes it:
	// an ISO 639-1 code in upper case ("EN", "BE", "RU"), or "" when the
	// source does not say.
	Language string   `json:"language,omitempty"`
	Gender   Gender   `json:"gender,omitzero"`
	Title    string   `json:"title,omitempty"`
	Function string   `json:"function,omitempty"`
	Strength Strength `json:"strength,omitzero"`
	Record
}

// Full returns the whole name, or the first, middle and last names joined
// by spaces when the whole name is empty.
func (n Name) Full() string {
	if n.Whole != "" {
		return n.Whole
	}
	var parts []string
	for _, p := range [...]string{n.First, n.Middle, n.Last} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, " ")
}

// A Country is a country as a list names it: Code is ISO 3166-1 alpha-2 in
// the current Financial Sanctions Files ("00" for unknown) and alpha-3 in
// the legacy 1.0 files; Description is the list's own name for it.
type Country struct {
	Code        string `json:"code,omitempty"`
	Description string `json:"description,omitempty"`
}

// IsZero reports whether c names no country.
func (c Country) IsZero() bool { return c == Country{} }

// A BirthDate is a date of birth, often partial, with the place of birth.
// A full date sets Date; a partial one sets Year, Month or Day alone, or a
// range of years with Circa. Text keeps a date the source gives only as
// free text ("1957 (approximative)" in the legacy files).
type BirthDate struct {
	Date     acquis.Date `json:"date,omitzero"`
	Day      int         `json:"day,omitempty"`
	Month    int         `json:"month,omitempty"`
	Year     int         `json:"year,omitempty"`
	YearFrom int         `json:"yearFrom,omitempty"`
	YearTo   int         `json:"yearTo,omitempty"`
	Circa    bool        `json:"circa,omitempty"`
	// Calendar is the calendar the source names, such as "GREGORIAN".
	Calendar string  `json:"calendar,omitempty"`
	Text     string  `json:"text,omitempty"`
	City     string  `json:"city,omitempty"`
	ZipCode  string  `json:"zipCode,omitempty"`
	Region   string  `json:"region,omitempty"`
	Place    string  `json:"place,omitempty"`
	Country  Country `json:"country,omitzero"`
	Record
}

// String returns the date as precisely as it is known: "1954-08-30",
// "1954-08", "1954", "1953..1958", with a leading "c. " when it is circa,
// or the free text.
func (b BirthDate) String() string {
	var s string
	switch {
	case b.Date.IsValid():
		s = b.Date.String()
	case b.Year != 0 && b.Month != 0 && b.Day != 0:
		s = fmt.Sprintf("%04d-%02d-%02d", b.Year, b.Month, b.Day)
	case b.Year != 0 && b.Month != 0:
		s = fmt.Sprintf("%04d-%02d", b.Year, b.Month)
	case b.Year != 0:
		s = fmt.Sprintf("%04d", b.Year)
	case b.YearFrom != 0 || b.YearTo != 0:
		s = fmt.Sprintf("%04d..%04d", b.YearFrom, b.YearTo)
	case b.Month != 0 && b.Day != 0:
		s = fmt.Sprintf("--%02d-%02d", b.Month, b.Day)
	default:
		return b.Text
	}
	if b.Circa {
		s = "c. " + s
	}
	return s
}

// A Citizenship is a country of which an entity is a citizen or national.
type Citizenship struct {
	Region  string  `json:"region,omitempty"`
	Country Country `json:"country,omitzero"`
	Record
}

// An Identification is an identity document or number: a passport, a
// national identity card, a registration or tax number. TypeCode is the
// list's code for its kind ("passport", "id", "regnumber", "fiscalcode" ...)
// and TypeDescription its wording ("National passport").
type Identification struct {
	Number          string      `json:"number,omitempty"`
	LatinNumber     string      `json:"latinNumber,omitempty"`
	TypeCode        string      `json:"typeCode,omitempty"`
	TypeDescription string      `json:"typeDescription,omitempty"`
	IssuedBy        string      `json:"issuedBy,omitempty"`
	Issued          acquis.Date `json:"issued,omitzero"`
	ValidFrom       acquis.Date `json:"validFrom,omitzero"`
	ValidTo         acquis.Date `json:"validTo,omitzero"`
	NameOnDocument  string      `json:"nameOnDocument,omitempty"`
	Region          string      `json:"region,omitempty"`
	Country         Country     `json:"country,omitzero"`
	// The document's flags, as the list states them.
	Diplomatic   bool `json:"diplomatic,omitempty"`
	KnownExpired bool `json:"knownExpired,omitempty"`
	KnownFalse   bool `json:"knownFalse,omitempty"`
	ReportedLost bool `json:"reportedLost,omitempty"`
	Revoked      bool `json:"revokedByIssuer,omitempty"`
	Record
}

// An Address is an address with its contact details. Number and Other are
// the legacy 1.0 files' house number and free-text fields.
type Address struct {
	Street          string    `json:"street,omitempty"`
	Number          string    `json:"number,omitempty"`
	City            string    `json:"city,omitempty"`
	ZipCode         string    `json:"zipCode,omitempty"`
	POBox           string    `json:"poBox,omitempty"`
	Region          string    `json:"region,omitempty"`
	Place           string    `json:"place,omitempty"`
	Other           string    `json:"other,omitempty"`
	Country         Country   `json:"country,omitzero"`
	AsAtListingTime bool      `json:"asAtListingTime,omitempty"`
	Contacts        []Contact `json:"contacts,omitempty"`
	Record
}

// A Contact is one contact detail of an address: Key is "PHONE", "FAX",
// "EMAIL" or "WEB" in the Financial Sanctions Files, and Value may hold
// several values as the list writes them.
type Contact struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

// A Citation is an act as a list cites it: in the Financial Sanctions
// Files, a regulation or regulationSummary element; in the legacy files,
// the legal_basis, reg_date and pdf_link attributes.
type Citation struct {
	// Type is the list's regulationType ("amendment", "repealing" ...).
	Type string `json:"type,omitempty"`
	// Organisation is the list's organisationType ("council", "commission").
	Organisation string      `json:"organisation,omitempty"`
	Published    acquis.Date `json:"published,omitzero"`
	InForce      acquis.Date `json:"inForce,omitzero"`
	// NumberTitle is the act's number as the list writes it, such as
	// "2025/206 (L 202500206)" or "765/2006 (OJ L134)".
	NumberTitle string `json:"numberTitle,omitempty"`
	// Programme is the regime's code, such as "BLR".
	Programme string `json:"programme,omitempty"`
	LogicalID int64  `json:"logicalId,omitempty"`
	URL       string `json:"url,omitempty"`
}

// Number returns the act's number from NumberTitle without its Official
// Journal suffix: "2025/206" for "2025/206 (L 202500206)", "2005/848/EC"
// for "2005/848/EC (OJ L314)".
func (c Citation) Number() string {
	s := strings.TrimSpace(c.NumberTitle)
	if i := strings.IndexByte(s, '('); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}
