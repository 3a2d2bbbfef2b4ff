package sanctions

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
)

// A Measure is a restrictive measure that applies to each listed person or
// entity. The zero Measure is invalid.
//
// The two come from different acts. The Council adopts a regime's measures
// by a Decision (CFSP) under Article 29 TEU (as the preambles of, for
// instance, Decisions (CFSP) 2021/1990 and 2022/218 amending Decision
// 2012/642/CFSP recite); the travel ban binds the member states directly,
// while the asset freeze is given effect by a Council Regulation. Each
// measure therefore has its own list, in the Decision's annex for the travel
// ban and in the Regulation's annex for the asset freeze (Annex I to
// Regulation (EC) No 765/2006 for Belarus), changed by their own acts. The
// EU's Financial Sanctions Files cover asset freezes only.
type Measure uint8

// The measures.
const (
	// AssetFreeze freezes the funds and economic resources of the listed,
	// and forbids making any available to them (for Belarus, Article 2 of
	// Council Regulation (EC) No 765/2006).
	AssetFreeze Measure = 1 + iota
	// TravelBan requires the member states to prevent the entry into, or
	// transit through, their territories of the listed persons (for
	// Belarus, under Council Decision 2012/642/CFSP, whose Annex lists
	// them; the number of the article was not verified).
	TravelBan
)

var measureNames = [...]string{AssetFreeze: "asset-freeze", TravelBan: "travel-ban"}

// IsValid reports whether m is one of the measures.
func (m Measure) IsValid() bool { return m == AssetFreeze || m == TravelBan }

// String returns "asset-freeze" or "travel-ban".
func (m Measure) String() string {
	if m.IsValid() {
		return measureNames[m]
	}
	return "%!Measure(" + strconv.Itoa(int(m)) + ")"
}

// Name returns the measure's name in English words: "asset freeze" or
// "travel ban", or String's form for an invalid Measure.
func (m Measure) Name() string {
	return strings.ReplaceAll(m.String(), "-", " ")
}

// MarshalText implements [encoding.TextMarshaler].
func (m Measure) MarshalText() ([]byte, error) {
	if !m.IsValid() {
		return nil, fmt.Errorf("sanctions: cannot marshal measure %d: %w", uint8(m), ErrInvalidValue)
	}
	return []byte(measureNames[m]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (m *Measure) UnmarshalText(b []byte) error {
	for i, n := range measureNames {
		if n != "" && n == string(b) {
			*m = Measure(i)
			return nil
		}
	}
	return fmt.Errorf("sanctions: measure %q: %w", b, ErrInvalidValue)
}

// An ActKind is the kind of a Council act (an [Act]): a Decision or a
// Regulation, or the implementing act of one. The zero ActKind is invalid.
type ActKind uint8

// The kinds of act that adopt, implement and renew restrictive measures.
const (
	// Decision is a Council Decision (CFSP) under Article 29 TEU: it
	// adopts a regime's measures, holds the travel-ban list, and amends or
	// renews the regime.
	Decision ActKind = 1 + iota
	// Regulation is a Council Regulation: it gives effect to the asset
	// freeze and holds its list.
	Regulation
	// ImplementingDecision is a Council Implementing Decision (CFSP),
	// adopted under Article 31(2) TEU and the Decision's own implementing
	// clause (for Belarus, Article 6(1) of Decision 2012/642/CFSP, as the
	// preamble of Implementing Decision (CFSP) 2020/1650 recites) to change
	// its list.
	ImplementingDecision
	// ImplementingRegulation is a Council Implementing Regulation, adopted
	// under the Regulation's own implementing clause (for Belarus, Article
	// 8a(1) of Regulation (EC) No 765/2006, as the preamble of Implementing
	// Regulation (EU) 2020/2129 recites) to change its list.
	ImplementingRegulation
)

var kindNames = [...]string{
	Decision: "decision", Regulation: "regulation",
	ImplementingDecision: "implementing-decision", ImplementingRegulation: "implementing-regulation",
}

var kindTitles = [...]string{
	Decision: "Council Decision", Regulation: "Council Regulation",
	ImplementingDecision: "Council Implementing Decision", ImplementingRegulation: "Council Implementing Regulation",
}

// IsValid reports whether k is one of the kinds.
func (k ActKind) IsValid() bool { return k >= Decision && k <= ImplementingRegulation }

// String returns the kind's name, such as "implementing-regulation".
func (k ActKind) String() string {
	if k.IsValid() {
		return kindNames[k]
	}
	return "%!ActKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements [encoding.TextMarshaler].
func (k ActKind) MarshalText() ([]byte, error) {
	if !k.IsValid() {
		return nil, fmt.Errorf("sanctions: cannot marshal act kind %d: %w", uint8(k), ErrInvalidValue)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *ActKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n != "" && n == string(b) {
			*k = ActKind(i)
			return nil
		}
	}
	return fmt.Errorf("sanctions: act kind %q: %w", b, ErrInvalidValue)
}

// isDecision reports whether k is a CFSP act (a Decision or an
// Implementing Decision).
func (k ActKind) isDecision() bool { return k == Decision || k == ImplementingDecision }

// A Change is what an [Effect] does to a listing or a regime. The zero
// Change is invalid.
type Change uint8

// The changes an act makes.
const (
	Listed   Change = 1 + iota // adds an entity to the list, with the reasons and the date of listing
	Amended                    // replaces the details or the reasons of a listed entity
	Delisted                   // removes an entity from the list
	Renewed                    // extends the regime to a new end date
)

var changeNames = [...]string{Listed: "listed", Amended: "amended", Delisted: "delisted", Renewed: "renewed"}

// IsValid reports whether c is one of the changes.
func (c Change) IsValid() bool { return c >= Listed && c <= Renewed }

// String returns the change's name, such as "delisted".
func (c Change) String() string {
	if c.IsValid() {
		return changeNames[c]
	}
	return "%!Change(" + strconv.Itoa(int(c)) + ")"
}

// MarshalText implements [encoding.TextMarshaler].
func (c Change) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("sanctions: cannot marshal change %d: %w", uint8(c), ErrInvalidValue)
	}
	return []byte(changeNames[c]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Change) UnmarshalText(b []byte) error {
	for i, n := range changeNames {
		if n != "" && n == string(b) {
			*c = Change(i)
			return nil
		}
	}
	return fmt.Errorf("sanctions: change %q: %w", b, ErrInvalidValue)
}

// An Effect is one change a Council act makes to a sanctions list or
// regime: a listing, an amendment or a delisting of an entity, or the
// renewal of the regime.
//
// Listed carries the entity as the act publishes it, with the reasons and
// the date of listing that its annex prints. Amended carries the entity's
// new details, or new reasons, or both; the fields it leaves zero keep
// their value. Delisted names the entity by ID alone. Renewed sets the
// regime's new end date in LastDay.
type Effect struct {
	Change Change `json:"change"`
	// ID is the key of the entity the effect concerns; for Listed and
	// Amended it may be left empty, and is then Entity.ID.
	ID     string  `json:"id,omitempty"`
	Entity *Entity `json:"entity,omitempty"`
	// Entry is the entry's number in the act's annex, as printed.
	Entry   string `json:"entry,omitempty"`
	Reasons string `json:"reasons,omitempty"`
	// ListingDate is the "date of listing" the annex prints; it may differ
	// from the day the act enters into force.
	ListingDate acquis.Date `json:"listingDate,omitzero"`
	LastDay     acquis.Date `json:"lastDay,omitzero"`
}

// key returns the entity key the effect concerns.
func (e *Effect) key() string {
	if e.ID == "" && e.Entity != nil {
		return e.Entity.ID
	}
	return e.ID
}

// An Act is a Council act that lists, amends, delists or renews, as
// published in the Official Journal of the European Union.
type Act struct {
	Kind ActKind `json:"kind"`
	// Number is the act's number as the Official Journal prints it in the
	// title: "2020/1648" for acts from 2015 on (one numbering for all
	// acts), "765/2006" for a Regulation and "2012/642/CFSP" for a
	// Decision before that. It is empty when the number could not be
	// verified; the act is then known by its kind and date.
	Number  string      `json:"number,omitempty"`
	Title   string      `json:"title,omitempty"`
	Adopted acquis.Date `json:"adopted"`
	// Journal is the Official Journal reference, such as
	// "OJ L 370I, 6.11.2020, p. 9".
	Journal   string      `json:"journal,omitempty"`
	Published acquis.Date `json:"published,omitzero"`
	// InForce is the day the act enters into force; its effects hold from
	// that day.
	InForce acquis.Date `json:"inForce"`
	// Regime is the code of the regime the act belongs to, such as "BLR".
	Regime string `json:"regime"`
	// Measures are the measures whose lists the act's Listed, Amended and
	// Delisted effects change: the asset freeze for a Regulation, the
	// travel ban for a Decision. A renewal applies to the whole regime.
	Measures []Measure `json:"measures,omitempty"`
	Effects  []Effect  `json:"effects,omitempty"`
	// Persons and Organisations are the numbers of entries the act lists,
	// as the act itself states them; Effects may hold fewer when not every
	// entry could be verified (see Missing).
	Persons       int      `json:"persons,omitempty"`
	Organisations int      `json:"organisations,omitempty"`
	Sources       []string `json:"sources,omitempty"`
	URL           string   `json:"url,omitempty"`
	// Unverified names the facts about the act that no primary text
	// (the act in the Official Journal, or another act citing it) could
	// confirm, each with what it rests on instead. An act whose every
	// fact is verified has none.
	Unverified []string `json:"unverified,omitempty"`
}

// String returns the act's citation, such as "Council Implementing
// Regulation (EU) 2020/1648" or "Council Decision 2012/642/CFSP"; for an
// act with no number, its kind and date, such as "Council Decision (CFSP)
// of 2020-02-17".
func (a *Act) String() string {
	if !a.Kind.IsValid() {
		return "act " + a.Number
	}
	t := kindTitles[a.Kind]
	switch {
	case a.Number == "":
		if a.Kind.isDecision() {
			t += " (CFSP)"
		}
		return t + " of " + a.Adopted.String()
	case strings.Contains(a.Number, "/CFSP") || strings.Contains(a.Number, "/EC"):
		return t + " " + a.Number
	case a.Kind.isDecision():
		return t + " (CFSP) " + a.Number
	}
	year, _, _ := strings.Cut(a.Number, "/")
	if len(year) == 4 {
		return t + " (EU) " + a.Number
	}
	return t + " (EC) No " + a.Number
}

// ELI returns the act's European Legislation Identifier in the Official
// Journal, such as "http://data.europa.eu/eli/reg_impl/2020/1648/oj": the
// address that the Official Journal prints beside each act it publishes
// (as for Commission Implementing Decision (EU) 2023/2199, OJ L,
// 2023/2199, 19.10.2023: "ELI: http://data.europa.eu/eli/dec_impl/2023/2199/oj"),
// and that EUR-Lex resolves for older acts too. Its parts are the act's
// type (reg, reg_impl, dec, dec_impl), its year and its number, read from
// Number: "2020/1648", "765/2006" (number then year, for Regulations
// before 2015) or "2012/642/CFSP". ELI returns "" for an act without a
// number, or with one it cannot read.
func (a *Act) ELI() string {
	types := map[ActKind]string{Regulation: "reg", ImplementingRegulation: "reg_impl", Decision: "dec", ImplementingDecision: "dec_impl"}
	t, ok := types[a.Kind]
	if !ok || a.Number == "" {
		return ""
	}
	parts := strings.Split(a.Number, "/")
	if len(parts) == 3 && (parts[2] == "CFSP" || parts[2] == "EC" || parts[2] == "EU") {
		parts = parts[:2]
	}
	if len(parts) != 2 || !digits(parts[0]) || !digits(parts[1]) {
		return ""
	}
	year, n := parts[0], parts[1]
	if len(year) != 4 {
		// "765/2006": a Regulation's number before its year.
		year, n = n, year
	}
	if len(year) != 4 || n[0] == '0' {
		return ""
	}
	return "http://data.europa.eu/eli/" + t + "/" + year + "/" + n + "/oj"
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Listed reports how many persons and organisations the act's effects
// list.
func (a *Act) Listed() (persons, organisations int) {
	for _, e := range a.Effects {
		if e.Change != Listed || e.Entity == nil {
			continue
		}
		switch e.Entity.Type {
		case Person:
			persons++
		case Organisation:
			organisations++
		}
	}
	return persons, organisations
}

// Missing returns how many of the entries the act states it lists are not
// among its effects: persons and organisations whose entries the data does
// not carry.
func (a *Act) Missing() (persons, organisations int) {
	p, o := a.Listed()
	return max(a.Persons-p, 0), max(a.Organisations-o, 0)
}

// A Basis is the provision that imposes a measure under a regime.
type Basis struct {
	Measure Measure `json:"measure"`
	// Act is the act's citation, such as "Council Regulation (EC) No
	// 765/2006", and Provision the provision in it, such as "Article 2".
	Act       string `json:"act"`
	Provision string `json:"provision"`
	// Journal is the Official Journal reference of the act.
	Journal string `json:"journal,omitempty"`
}

// A Regime is a set of restrictive measures the Council adopted for one
// country or theme, with its legal bases.
type Regime struct {
	// Code is the regime's programme code in the EU's lists, such as "BLR".
	Code  string  `json:"code"`
	Name  string  `json:"name"`
	Bases []Basis `json:"bases"`
	// LastDay is the regime's last day in force as set before the acts a
	// List replays; zero when it has no end date. Renewals extend it.
	LastDay acquis.Date `json:"lastDay,omitzero"`
	// LastDaySource cites the act that set LastDay.
	LastDaySource string `json:"lastDaySource,omitempty"`
}

// Basis returns the legal basis of measure m under the regime.
func (r *Regime) Basis(m Measure) (Basis, bool) {
	for _, b := range r.Bases {
		if b.Measure == m {
			return b, true
		}
	}
	return Basis{}, false
}
