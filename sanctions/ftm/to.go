package ftm

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
)

// ErrDuplicateID reports two entities with the same id given to
// [ToEntities].
var ErrDuplicateID = errors.New("entity given twice")

// screened returns the type of the entities of a schema that ToEntities
// turns into entities.
func screened(schema string) (sanctions.Type, bool) {
	switch schema {
	case "Person":
		return sanctions.Person, true
	case "LegalEntity", "Organization", "Company", "PublicBody":
		return sanctions.Organisation, true
	}
	return 0, false
}

// ToEntities returns the entities to screen among es, in order: each
// Person, LegalEntity, Organization, Company or PublicBody becomes a
// [sanctions.Entity] whose ID is its FollowTheMoney id. Other schemata
// (Sanction, Address, Ownership ...) give no entity.
//
// An entity's names come from name and alias (strong), previousName
// (strong, with the remark "previous name") and weakAlias (weak), each
// once; its birth dates from birthDate, paired with birthPlace and
// birthCountry by position; its citizenships from nationality and
// citizenship; its identifications from the Passport and Identification
// entities whose holder it is, and from its passportNumber, idNumber,
// registrationNumber, taxNumber, swiftBic, imoNumber, innCode, ogrnCode,
// okpoCode and leiCode values, each number once; its addresses from the
// Address entities it links with addressEntity, and from its address texts
// that are not one of theirs; its contact details from phone, email and
// website; its remarks from notes.
//
// Its EU and UN reference numbers come from the Sanction entities whose
// entity it is, and its acts (Regulations) from those of them that come
// from the Financial Sanctions Files, whose authority is
// Directorate-General FISMA, as FromEntity and OpenSanctions write them:
// number and title from reason, programme from program, publication date
// from listingDate, URL from sourceUrl. Failing a Sanction, the EU
// reference number and the logical id are read back from an id or referent
// of the form "eu-fsf-eu-10583-22" or "eu-fsf-logical-77".
//
// Links are followed to an entity's id or to one of its referents, as
// OpenSanctions keeps the ids of the entities it merged among the
// referents; a link to an entity not among es is ignored. The package
// documentation says what FollowTheMoney cannot carry.
//
// ToEntities reports an error wrapping [ErrDuplicateID] for two entities
// with the same id, [ErrNilEntity] for a nil entity and [ErrMissingID] for
// one with no id.
func ToEntities(es []*Entity) ([]*sanctions.Entity, error) {
	g, err := graphOf(es)
	if err != nil {
		return nil, err
	}
	var out []*sanctions.Entity
	for _, e := range es {
		t, ok := screened(e.Schema)
		if !ok {
			continue
		}
		s := &sanctions.Entity{ID: e.ID, Type: t}
		toEntity(s, e, g.addresses(e), g.linked[e.ID])
		out = append(out, s)
	}
	return out, nil
}

// A graph is the links between the entities given to ToEntities.
type graph struct {
	byID map[string]*Entity
	// resolve maps an entity's id, and each referent that is not itself an
	// entity's id, to the id of the entity it names: links may name a
	// referent of the entity they mean.
	resolve map[string]string
	// linked holds, by entity id, the Passport and Identification entities
	// whose holder it is and the Sanction entities whose entity it is.
	linked map[string][]*Entity
}

// graphOf returns the links between es, or an error for a nil entity, an
// entity without id or two with the same id.
func graphOf(es []*Entity) (*graph, error) {
	g := &graph{
		byID:    make(map[string]*Entity, len(es)),
		resolve: make(map[string]string, len(es)),
		linked:  make(map[string][]*Entity),
	}
	for i, e := range es {
		if e == nil {
			return nil, fmt.Errorf("ftm: entity %d: %w", i+1, ErrNilEntity)
		}
		if e.ID == "" {
			return nil, fmt.Errorf("ftm: entity %d: %w", i+1, ErrMissingID)
		}
		if _, dup := g.byID[e.ID]; dup {
			return nil, fmt.Errorf("ftm: %w: %q", ErrDuplicateID, e.ID)
		}
		g.byID[e.ID] = e
	}
	for _, e := range es {
		for _, r := range e.Referents {
			if _, ok := g.byID[r]; !ok {
				if _, ok := g.resolve[r]; !ok {
					g.resolve[r] = e.ID
				}
			}
		}
	}
	for id := range g.byID {
		g.resolve[id] = id
	}
	for _, e := range es {
		var prop string
		switch e.Schema {
		case "Passport", "Identification":
			prop = "holder"
		case "Sanction":
			prop = "entity"
		default:
			continue
		}
		for _, v := range e.Properties[prop] {
			if id, ok := g.resolve[v]; ok && !slices.Contains(g.linked[id], e) {
				g.linked[id] = append(g.linked[id], e)
			}
		}
	}
	return g, nil
}

// addresses returns the Address entities that e links with addressEntity,
// each once.
func (g *graph) addresses(e *Entity) []*Entity {
	var addrs []*Entity
	for _, v := range e.Properties["addressEntity"] {
		if id, ok := g.resolve[v]; ok && g.byID[id].Schema == "Address" && !slices.Contains(addrs, g.byID[id]) {
			addrs = append(addrs, g.byID[id])
		}
	}
	return addrs
}

// toEntity fills s, made from e, from e's properties, from the Address
// entities addrs that e links and from the entities linked to e (its
// Passports, Identifications and Sanctions).
func toEntity(s *sanctions.Entity, e *Entity, addrs, linked []*Entity) {
	p := e.Properties
	s.Names = toNames(p, s.Type)
	s.BirthDates = toBirthDates(p)
	for _, v := range distinct(append(append([]string(nil), p["nationality"]...), p["citizenship"]...)) {
		s.Citizenships = append(s.Citizenships, sanctions.Citizenship{Country: country(v)})
	}
	s.Identifications = toIdentifications(p, linked)
	s.Addresses = toAddresses(p, addrs)
	s.Remarks = slices.Clone(p["notes"])
	toReferences(s, e, linked)
}

// first returns the first of vs, or "".
func first(vs []string) string {
	if len(vs) == 0 {
		return ""
	}
	return vs[0]
}

// nameProps are the properties that give an entity's names, in the order
// its names take them, with their strength and remark.
var nameProps = [...]struct {
	prop     string
	strength sanctions.Strength
	remark   string
}{
	{"name", sanctions.Strong, ""},
	{"alias", sanctions.Strong, ""},
	{"previousName", sanctions.Strong, "previous name"},
	{"weakAlias", sanctions.Weak, ""},
}

// toNames returns the names of an entity of type t with properties p,
// each once. A person's names all take its gender, when it has one, and
// the first its titles and positions.
func toNames(p map[string][]string, t sanctions.Type) []sanctions.Name {
	var names []sanctions.Name
	seen := make(map[string]bool)
	for _, np := range nameProps {
		for _, v := range p[np.prop] {
			if v == "" || seen[v] {
				continue
			}
			seen[v] = true
			n := sanctions.Name{Whole: v, Strength: np.strength}
			if np.remark != "" {
				n.Remarks = []string{np.remark}
			}
			names = append(names, n)
		}
	}
	if t != sanctions.Person {
		return names
	}
	var g sanctions.Gender
	switch genders := distinct(p["gender"]); {
	case len(genders) == 1 && genders[0] == "male":
		g = sanctions.Male
	case len(genders) == 1 && genders[0] == "female":
		g = sanctions.Female
	}
	for i := range names {
		names[i].Gender = g
	}
	if len(names) > 0 {
		names[0].Title = strings.Join(p["title"], "; ")
		names[0].Function = strings.Join(p["position"], "; ")
	}
	return names
}

// toBirthDates returns the birth dates of properties p, with the places
// and countries of birth paired with them by position.
func toBirthDates(p map[string][]string) []sanctions.BirthDate {
	var bs []sanctions.BirthDate
	for _, v := range p["birthDate"] {
		bs = append(bs, parseBirthDate(v))
	}
	for i, v := range p["birthPlace"] {
		if i == len(bs) {
			bs = append(bs, sanctions.BirthDate{})
		}
		bs[i].Place = v
	}
	for i, v := range p["birthCountry"] {
		if i == len(bs) {
			bs = append(bs, sanctions.BirthDate{})
		}
		bs[i].Country = country(v)
	}
	return bs
}

// numberProps are the properties that hold an identification number, with
// the Financial Sanctions Files' type code and description for it.
var numberProps = [...]struct{ prop, code, desc string }{
	{"passportNumber", "passport", ""},
	{"idNumber", "id", ""},
	{"registrationNumber", "regnumber", "Registration Number"},
	{"taxNumber", "fiscalcode", "Tax Number"},
	{"swiftBic", "swiftbic", "SWIFT/BIC"},
	{"imoNumber", "imo", "IMO Number"},
	{"innCode", "", "INN"},
	{"ogrnCode", "", "OGRN"},
	{"okpoCode", "", "OKPO"},
	{"leiCode", "", "LEI"},
}

// toIdentifications returns the identifications of an entity with
// properties p: those of the Passport and Identification entities among
// linked first, then the numbers of p that none of them carries, each
// once.
func toIdentifications(p map[string][]string, linked []*Entity) []sanctions.Identification {
	var ids []sanctions.Identification
	numbers := make(map[string]bool)
	for _, x := range linked {
		d, ns, ok := fromDocument(x)
		if !ok {
			continue
		}
		for _, n := range ns {
			numbers[n] = true
		}
		ids = append(ids, d)
	}
	for _, np := range numberProps {
		for _, v := range p[np.prop] {
			if !numbers[v] {
				numbers[v] = true
				ids = append(ids, sanctions.Identification{Number: v, TypeCode: np.code, TypeDescription: np.desc})
			}
		}
	}
	return ids
}

// fromDocument returns the identification that x, a Passport or
// Identification entity, describes, with the numbers it carries. It
// reports false for an entity of another schema, or one without a number:
// FollowTheMoney requires one, and a document without says nothing to
// screen.
func fromDocument(x *Entity) (d sanctions.Identification, numbers []string, ok bool) {
	if x.Schema != "Passport" && x.Schema != "Identification" {
		return d, nil, false
	}
	xp := x.Properties
	ns := xp["number"]
	if x.Schema == "Passport" {
		ns = distinct(append(append([]string(nil), ns...), xp["passportNumber"]...))
	}
	if len(ns) == 0 {
		return d, nil, false
	}
	d = sanctions.Identification{
		Number:          ns[0],
		TypeDescription: first(xp["type"]),
		IssuedBy:        first(xp["authority"]),
		NameOnDocument:  first(xp["namesMentioned"]),
		Country:         country(first(xp["country"])),
		Record:          sanctions.Record{Remarks: slices.Clone(xp["summary"])},
	}
	if len(ns) > 1 {
		d.LatinNumber = ns[1]
	}
	if x.Schema == "Passport" {
		d.TypeCode = "passport"
	}
	if starts := xp["startDate"]; len(starts) > 0 {
		d.Issued = parseDay(starts[0])
		if len(starts) > 1 {
			d.ValidFrom = parseDay(starts[1])
		}
	}
	d.ValidTo = parseDay(first(xp["endDate"]))
	for _, f := range xp["description"] {
		switch f {
		case "diplomatic":
			d.Diplomatic = true
		case "known expired":
			d.KnownExpired = true
		case "known false":
			d.KnownFalse = true
		case "reported lost":
			d.ReportedLost = true
		case "revoked by issuer":
			d.Revoked = true
		}
	}
	return d, ns, true
}

// toAddresses returns the addresses of an entity with properties p: those
// of the Address entities addrs, then its address texts that are not one
// of theirs, each once. Its contact details go to its one address, or to
// an address of their own when it has none or several.
func toAddresses(p map[string][]string, addrs []*Entity) []sanctions.Address {
	var out []sanctions.Address
	fulls := make(map[string]bool)
	for _, a := range addrs {
		out = append(out, fromAddress(a))
		for _, f := range a.Properties["full"] {
			fulls[f] = true
		}
	}
	for _, v := range p["address"] {
		if !fulls[v] {
			fulls[v] = true
			out = append(out, sanctions.Address{Other: v})
		}
	}
	var contacts []sanctions.Contact
	for _, kp := range [...]struct{ key, prop string }{{"PHONE", "phone"}, {"EMAIL", "email"}, {"WEB", "website"}} {
		for _, v := range p[kp.prop] {
			contacts = append(contacts, sanctions.Contact{Key: kp.key, Value: v})
		}
	}
	switch {
	case len(contacts) == 0:
	case len(out) == 1:
		out[0].Contacts = contacts
	default:
		out = append(out, sanctions.Address{Contacts: contacts})
	}
	return out
}

// fromAddress returns the address of a, an Address entity: its whole text
// goes to Other when it has no part of its own.
func fromAddress(a *Entity) sanctions.Address {
	ap := a.Properties
	addr := sanctions.Address{
		Street:  strings.Join(ap["street"], ", "),
		City:    first(ap["city"]),
		ZipCode: first(ap["postalCode"]),
		POBox:   first(ap["postOfficeBox"]),
		Region:  first(ap["region"]),
		Other:   first(ap["summary"]),
		Country: country(first(ap["country"])),
		Record:  sanctions.Record{Remarks: slices.Clone(ap["remarks"])},
	}
	if addr.Street == "" && addr.City == "" && addr.ZipCode == "" && addr.POBox == "" && addr.Region == "" && addr.Other == "" {
		addr.Other = first(ap["full"])
	}
	return addr
}

// toReferences sets the EU and UN reference numbers and the acts of s from
// the Sanction entities among linked, and failing those the EU reference
// number and the logical id from the ids OpenSanctions derives from them
// (e's id and referents).
func toReferences(s *sanctions.Entity, e *Entity, linked []*Entity) {
	for _, x := range linked {
		if x.Schema != "Sanction" {
			continue
		}
		xp := x.Properties
		for _, v := range xp["authorityId"] {
			if s.EUReference == "" && isEURef(v) {
				s.EUReference = v
			}
		}
		if s.UNReference == "" {
			s.UNReference = first(xp["unscId"])
		}
		if !isFSF(xp["authority"]) {
			continue
		}
		s.Regulations = append(s.Regulations, sanctions.Citation{
			NumberTitle: first(xp["reason"]),
			Programme:   first(xp["program"]),
			Published:   parseDay(first(xp["listingDate"])),
			URL:         first(xp["sourceUrl"]),
		})
	}
	for _, id := range append([]string{e.ID}, e.Referents...) {
		if s.EUReference == "" {
			s.EUReference = euRefOf(id)
		}
		if s.LogicalID == 0 {
			if n, ok := strings.CutPrefix(id, "eu-fsf-logical-"); ok {
				s.LogicalID, _ = strconv.ParseInt(n, 10, 64)
			}
		}
	}
}

// isFSF reports whether authorities name the publisher of the Financial
// Sanctions Files, in the EU's spelling or in OpenSanctions'.
func isFSF(authorities []string) bool {
	for _, a := range authorities {
		if a == authorityFSF || a == authorityFSFOpenSanctions {
			return true
		}
	}
	return false
}

// euRefOf returns the EU reference number that an OpenSanctions id such as
// "eu-fsf-eu-10583-22" was made from ("EU.10583.22"), or "".
func euRefOf(id string) string {
	rest, ok := strings.CutPrefix(id, "eu-fsf-eu-")
	if !ok {
		return ""
	}
	parts := strings.Split(rest, "-")
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return ""
		}
	}
	return "EU." + strings.Join(parts, ".")
}

func distinct(vs []string) []string {
	var out []string
	for _, v := range vs {
		if !contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}

// country returns a Country from a FollowTheMoney country code.
func country(code string) sanctions.Country {
	return sanctions.Country{Code: strings.ToUpper(code)}
}

// parseDay returns the day of a FollowTheMoney date that gives one, else
// the zero Date.
func parseDay(v string) acquis.Date {
	if len(v) < 10 {
		return acquis.Date{}
	}
	d, err := acquis.ParseDate(v[:10])
	if err != nil {
		return acquis.Date{}
	}
	return d
}

// parseBirthDate reads a FollowTheMoney date, full ("1971-07-03") or
// partial ("1971-07", "1971"), keeping anything else as text.
func parseBirthDate(v string) sanctions.BirthDate {
	if d := parseDay(v); d.IsValid() {
		return sanctions.BirthDate{Date: d, Year: d.Year(), Month: int(d.Month()), Day: d.Day()}
	}
	digits := func(s string) (int, bool) {
		n, err := strconv.Atoi(s)
		return n, err == nil && s[0] >= '0' && s[0] <= '9'
	}
	if len(v) == 7 && v[4] == '-' {
		y, ok1 := digits(v[:4])
		m, ok2 := digits(v[5:])
		if ok1 && ok2 && y >= 1 && m >= 1 && m <= 12 {
			return sanctions.BirthDate{Year: y, Month: m}
		}
	}
	if len(v) == 4 {
		if y, ok := digits(v); ok && y >= 1 {
			return sanctions.BirthDate{Year: y}
		}
	}
	return sanctions.BirthDate{Text: v}
}
