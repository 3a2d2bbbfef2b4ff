package ftm

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/sanctions"
)

// The authorities written in the authority property of Sanction entities.
const (
	// authorityFSF is the publisher of the Financial Sanctions Files,
	// Directorate-General FISMA of the European Commission, in the
	// Commission's own spelling. OpenSanctions writes the same name with a
	// non-breaking hyphen (U+2011) in its eu_fsf dataset.
	authorityFSF = "Directorate-General for Financial Stability, Financial Services and Capital Markets Union"
	// authorityFSFOpenSanctions is OpenSanctions' spelling of authorityFSF.
	authorityFSFOpenSanctions = "Directorate\u2011General for Financial Stability, Financial Services and Capital Markets Union"
	// authorityCouncil is the institution that adopts the acts that list,
	// as OpenSanctions writes it for the EU travel bans.
	authorityCouncil = "Council of the European Union"
)

// provisions returns the wording of measure m in the provisions property:
// "Asset freeze", "Travel ban".
func provisions(m sanctions.Measure) string {
	n := m.Name()
	return strings.ToUpper(n[:1]) + n[1:]
}

// FromEntity returns the FollowTheMoney entities for a listed entity: first
// a Person or an Organization, then a Passport or Identification entity
// for each of its identity documents, an Address entity for each of its
// addresses, and a Sanction entity for each act the entity as a whole
// cites (its Regulations), each an asset freeze, since the Financial
// Sanctions Files are the asset-freeze list. The package documentation
// gives the mapping property by property. The ids are derived from the
// entity's EU reference number, logical id or ID and from its parts, so
// that the same entity gives the same entities, in the same order, on
// every run. FromEntity returns nil for a nil entity.
func FromEntity(e *sanctions.Entity) []*Entity {
	if e == nil {
		return nil
	}
	var b builder
	id := b.entity(e)
	for _, c := range e.Regulations {
		b.add(citationSanction(e, id, c))
	}
	return b.list
}

// FromListings returns the FollowTheMoney entities for the listings of a
// [sanctions.List] on a day: for each listed entity, once, the entities
// [FromEntity] gives except its Sanctions; and for each listing, that is
// each entity under each measure of each regime, one Sanction entity
// whose authority is the Council of the European Union, whose provisions
// name the measure ("Asset freeze", "Travel ban"), and whose dates and
// summary say since when, until when and by which acts. When two listings
// of the same entity carry different versions of it (an amendment of one
// measure's list only), the entity's properties are the union of both.
func FromListings(ls sanctions.Listings) []*Entity {
	var b builder
	ids := make(map[*sanctions.Entity]string)
	for i := range ls {
		l := &ls[i]
		if l.Entity == nil {
			continue
		}
		id, ok := ids[l.Entity]
		if !ok {
			id = b.entity(l.Entity)
			ids[l.Entity] = id
		}
		b.add(listingSanction(l, id))
	}
	return b.list
}

// A builder collects entities in order; an entity added with an id already
// given is merged into the first.
type builder struct {
	list []*Entity
	byID map[string]*Entity
}

func (b *builder) add(e *Entity) {
	if b.byID == nil {
		b.byID = make(map[string]*Entity)
	}
	if old, ok := b.byID[e.ID]; ok {
		for _, k := range sortedKeys(e.Properties) {
			props(old.Properties).add(k, e.Properties[k]...)
		}
		return
	}
	b.byID[e.ID] = e
	b.list = append(b.list, e)
}

// props is a property map that keeps each property's values distinct and
// in the order first added, trimmed, without empty values and without the
// placeholder "-".
type props map[string][]string

func (p props) add(key string, values ...string) {
	for _, v := range values {
		v = strings.TrimSpace(v)
		if v == "" || v == "-" || contains(p[key], v) {
			continue
		}
		p[key] = append(p[key], v)
	}
}

func contains(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// entity adds the Person or Organization for e and its Address and
// Identification entities, and returns the entity's id.
func (b *builder) entity(e *sanctions.Entity) string {
	id := entityID(e)
	person := e.Type == sanctions.Person
	p := props{}
	m := &Entity{ID: id, Schema: schemaOf(e.Type), Properties: p}
	var subs []*Entity
	addNames(p, e)
	for _, bd := range e.BirthDates {
		if person {
			p.add("birthDate", birthDateValues(bd)...)
			p.add("birthPlace", join(", ", bd.Place, bd.City, bd.ZipCode, bd.Region, countryText(bd.Country)))
			p.add("birthCountry", countryCode(bd.Country))
		}
		p.add("country", countryCode(bd.Country))
		p.add("notes", bd.Remarks...)
	}
	for _, c := range e.Citizenships {
		if person {
			p.add("nationality", countryCode(c.Country))
		} else {
			p.add("country", countryCode(c.Country))
		}
		p.add("notes", c.Remarks...)
	}
	for _, d := range e.Identifications {
		if x := identification(p, id, person, e.Type == sanctions.Organisation, d); x != nil {
			subs = append(subs, x)
		}
	}
	for _, a := range e.Addresses {
		if x := address(p, id, a); x != nil {
			subs = append(subs, x)
		}
	}
	p.add("notes", e.Remarks...)
	p.add("topics", "sanction")
	for _, c := range e.Regulations {
		p.add("sourceUrl", c.URL)
		p.add("modifiedAt", date(c.InForce))
	}
	b.add(m)
	for _, x := range subs {
		b.add(x)
	}
	return id
}

// schemaOf returns the FollowTheMoney schema of an entity of type t.
func schemaOf(t sanctions.Type) string {
	switch t {
	case sanctions.Person:
		return "Person"
	case sanctions.Organisation:
		return "Organization"
	}
	return "LegalEntity"
}

// addNames adds the names of e to its properties p: the main name, the
// other strong names as aliases and the weak ones as weak aliases; a
// person's name parts, titles, positions and gender; an organisation's
// titles and functions as notes; and each name's remarks.
func addNames(p props, e *sanctions.Entity) {
	person := e.Type == sanctions.Person
	main := mainName(e)
	p.add("name", main)
	for _, n := range e.Names {
		full := n.Full()
		weak := n.Strength == sanctions.Weak
		switch {
		case weak:
			p.add("weakAlias", full)
		case full != main:
			p.add("alias", full)
		}
		if person && !weak {
			p.add("firstName", n.First)
			p.add("middleName", n.Middle)
			p.add("lastName", n.Last)
		}
		if person {
			p.add("title", splitLettered(n.Title)...)
			p.add("position", splitLettered(n.Function)...)
			switch n.Gender {
			case sanctions.Male:
				p.add("gender", "male")
			case sanctions.Female:
				p.add("gender", "female")
			}
		} else {
			p.add("notes", n.Title, n.Function)
		}
		p.add("notes", nameRemarks(n.Remarks)...)
	}
}

// mainName returns the entity's main name: Entity.Name() when it is a name
// that is not weak, else the first name that is not weak, else "". A weak
// name is never the name of a FollowTheMoney entity, which is matched.
func mainName(e *sanctions.Entity) string {
	first := ""
	main := e.Name()
	for _, n := range e.Names {
		if n.Strength == sanctions.Weak || n.Full() == "" {
			continue
		}
		if n.Full() == main {
			return main
		}
		if first == "" {
			first = n.Full()
		}
	}
	return first
}

// nameRemarks returns the remarks of a name without those on its quality,
// which its strength carries ("good quality alias", "low quality alias").
func nameRemarks(rs []string) []string {
	var out []string
	for _, r := range rs {
		if !strings.Contains(strings.ToLower(r), "quality") {
			out = append(out, r)
		}
	}
	return out
}

// identification maps an identity document: a property of the holder for
// the codes OpenSanctions maps so, else a Passport or Identification
// entity, which it returns.
func identification(p props, holder string, person, org bool, d sanctions.Identification) *Entity {
	cc := countryCode(d.Country)
	var prop string
	switch strings.ToLower(d.TypeCode) {
	case "swiftbic":
		prop = "swiftBic"
	case "regnumber":
		prop = "registrationNumber"
	case "fiscalcode":
		prop = "taxNumber"
	case "imo":
		if org {
			prop = "imoNumber" // an Organization property; a person's IMO number is an Identification
		}
	}
	if prop != "" {
		p.add(prop, d.Number, d.LatinNumber)
		p.add("country", cc)
		p.add("notes", d.Remarks...)
		return nil
	}
	number := d.Number
	if number == "" {
		number = d.LatinNumber
	}
	if strings.TrimSpace(number) == "" {
		p.add("notes", d.Remarks...)
		return nil
	}
	passport := strings.EqualFold(d.TypeCode, "passport")
	if passport && person {
		p.add("passportNumber", number)
	} else {
		p.add("idNumber", number)
	}
	return document(holder, number, passport, d)
}

// document returns the Passport, or else Identification, entity of d, an
// identity document of holder with the given number.
func document(holder, number string, passport bool, d sanctions.Identification) *Entity {
	schema := "Identification"
	if passport {
		schema = "Passport"
	}
	x := props{}
	x.add("holder", holder)
	x.add("number", number, d.LatinNumber)
	typ := d.TypeDescription
	if typ == "" {
		typ = d.TypeCode
	}
	x.add("type", typ)
	x.add("country", countryCode(d.Country))
	x.add("authority", d.IssuedBy)
	x.add("startDate", date(d.Issued), date(d.ValidFrom))
	x.add("endDate", date(d.ValidTo))
	x.add("summary", d.Remarks...)
	x.add("namesMentioned", d.NameOnDocument)
	for _, f := range [...]struct {
		set  bool
		text string
	}{
		{d.Diplomatic, "diplomatic"}, {d.KnownExpired, "known expired"}, {d.KnownFalse, "known false"},
		{d.ReportedLost, "reported lost"}, {d.Revoked, "revoked by issuer"},
	} {
		if f.set {
			x.add("description", f.text)
		}
	}
	return &Entity{ID: partID(holder, "identification", d.LogicalID, x), Schema: schema, Properties: x}
}

// address maps an address to an Address entity, which it returns, and its
// contacts to the holder's phone, email and website.
func address(p props, holder string, a sanctions.Address) *Entity {
	for _, c := range a.Contacts {
		var prop string
		switch strings.ToUpper(c.Key) {
		case "PHONE", "FAX":
			prop = "phone"
		case "EMAIL":
			prop = "email"
		case "WEB":
			prop = "website"
		default:
			p.add("notes", join(": ", c.Key, c.Value))
			continue
		}
		p.add(prop, strings.FieldsFunc(c.Value, func(r rune) bool { return r == ',' || r == ';' })...)
	}
	street := join(" ", a.Street, a.Number)
	city := join(", ", a.Place, a.City)
	full := join(", ", street, a.POBox, join(" ", a.ZipCode, city), a.Region, a.Other, countryText(a.Country))
	cc := countryCode(a.Country)
	p.add("country", cc)
	if full == "" {
		return nil
	}
	x := props{}
	x.add("full", full)
	x.add("street", street)
	x.add("postOfficeBox", a.POBox)
	x.add("city", city)
	x.add("postalCode", a.ZipCode)
	x.add("region", a.Region)
	x.add("country", cc)
	x.add("summary", a.Other)
	x.add("remarks", a.Remarks...)
	id := partID(holder, "address", a.LogicalID, x)
	p.add("addressEntity", id)
	p.add("address", full)
	return &Entity{ID: id, Schema: "Address", Properties: x}
}

// citationSanction maps an act the entity cites, in the Financial
// Sanctions Files the latest act that amended its entry.
func citationSanction(e *sanctions.Entity, holder string, c sanctions.Citation) *Entity {
	x := props{}
	x.add("entity", holder)
	x.add("authority", authorityFSF)
	x.add("country", "eu")
	x.add("authorityId", e.EUReference)
	x.add("unscId", e.UNReference)
	if c.Programme != "" {
		x.add("program", c.Programme)
		x.add("programId", "EU-"+c.Programme)
	}
	x.add("provisions", provisions(sanctions.AssetFreeze))
	x.add("reason", c.NumberTitle)
	x.add("listingDate", date(c.Published))
	// The earlier of the designation date and the act's entry into force,
	// as OpenSanctions does: the act may be an amendment, not the listing.
	start := c.InForce
	if e.Designated.IsValid() && (!start.IsValid() || e.Designated.Before(start)) {
		start = e.Designated
	}
	x.add("startDate", date(start))
	x.add("sourceUrl", c.URL)
	x.add("summary", e.DesignationDetails)
	key := join("-", slug(c.Programme), slug(c.Number()))
	if key == "" {
		key = hash(c.NumberTitle, c.URL, c.Published.String(), c.InForce.String())
	}
	return &Entity{ID: holder + "-sanction-" + key + "-" + sanctions.AssetFreeze.String(), Schema: "Sanction", Properties: x}
}

// listingSanction maps a listing: an entity under one measure of one
// regime.
func listingSanction(l *sanctions.Listing, holder string) *Entity {
	x := props{}
	x.add("entity", holder)
	x.add("authority", authorityCouncil)
	x.add("country", "eu")
	x.add("authorityId", l.Entity.EUReference)
	x.add("unscId", l.Entity.UNReference)
	if l.Regime != "" {
		x.add("program", l.Regime)
		x.add("programId", "EU-"+l.Regime)
	}
	x.add("provisions", provisions(l.Measure))
	x.add("reason", l.Reasons)
	x.add("listingDate", date(l.ListingDate))
	x.add("startDate", date(l.Since))
	x.add("endDate", date(l.LastDay))
	number := ""
	for _, a := range [...]struct {
		verb string
		act  *sanctions.Act
	}{{"Listed by", l.ListedBy}, {"Amended by", l.AmendedBy}, {"Renewed by", l.RenewedBy}} {
		if a.act == nil {
			continue
		}
		if number == "" {
			number = a.act.Number
		}
		verb := a.verb
		if a.verb == "Renewed by" && l.LastDay.IsValid() {
			verb = "Renewed until " + l.LastDay.String() + " by"
		}
		s := verb + " " + a.act.String()
		if a.act.Journal != "" {
			s += " (" + a.act.Journal + ")"
		}
		x.add("summary", s)
		if a.act.URL != "" {
			x.add("sourceUrl", a.act.URL)
		}
	}
	x.add("summary", l.Entity.DesignationDetails)
	key := join("-", slug(l.Regime), slug(number), l.Measure.String())
	return &Entity{ID: holder + "-sanction-" + key, Schema: "Sanction", Properties: x}
}

// entityID returns the id of the entity's FollowTheMoney entity, as
// OpenSanctions makes it where it can: "eu-fsf-" and the slug of the EU
// reference number ("EU.10583.22" gives "eu-fsf-eu-10583-22"), else
// "eu-fsf-logical-" and the logical id; else "eu-" and the entity's ID
// when it holds only ASCII letters, digits and hyphens, or else the slug of
// the ID and a hash of it; else a hash of the entity's names.
func entityID(e *sanctions.Entity) string {
	switch {
	case slug(e.EUReference) != "":
		return "eu-fsf-" + slug(e.EUReference)
	case e.LogicalID > 0:
		return "eu-fsf-logical-" + strconv.FormatInt(e.LogicalID, 10)
	case isEURef(e.ID):
		return "eu-fsf-" + slug(e.ID)
	case isIDSafe(e.ID):
		return "eu-" + e.ID
	case e.ID != "":
		return "eu-" + join("-", slug(e.ID), hash(e.ID))
	}
	var names []string
	for _, n := range e.Names {
		names = append(names, n.Full())
	}
	return "eu-entity-" + hash(append([]string{e.Type.String()}, names...)...)
}

// isIDSafe reports whether s is not empty and holds only ASCII letters,
// digits and hyphens. FollowTheMoney ids are case-sensitive, as
// OpenSanctions' own "NK-2Mht2rqBeravCTdyQAWc4o" shows.
func isIDSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isLetter(c) && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return s != ""
}

// isEURef reports whether s has the form of an EU reference number:
// "EU." followed by digits and dots.
func isEURef(s string) bool {
	rest, ok := strings.CutPrefix(s, "EU.")
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if r != '.' && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// partID returns the id of an address or identification of holder: from
// its logical id when it has one, else from a hash of its properties.
func partID(holder, kind string, logicalID int64, p props) string {
	if logicalID > 0 {
		return holder + "-" + kind + "-" + strconv.FormatInt(logicalID, 10)
	}
	var parts []string
	for _, k := range sortedKeys(p) {
		if k == "holder" {
			continue
		}
		parts = append(parts, k)
		parts = append(parts, p[k]...)
		parts = append(parts, "")
	}
	return holder + "-" + kind + "-" + hash(parts...)
}

// slug returns s in lower case with every run of characters other than
// ASCII letters and digits replaced by one hyphen, and no hyphen at either
// end: "EU.10583.22" gives "eu-10583-22".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		default:
			dash = b.Len() > 0
			continue
		}
		if dash {
			b.WriteByte('-')
			dash = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// hash returns the first 16 hexadecimal digits of the SHA-256 of the parts,
// each ended by a zero byte.
func hash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// join joins the non-empty, trimmed parts with sep, leaving out the
// placeholder "-" the Financial Sanctions Files write for an unknown city.
func join(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" && p != "-" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// countryCode returns the country's ISO 3166-1 alpha-2 code in lower case,
// or "" for the placeholder "00", for a code that is not two letters, and
// for none. The former "CS" (Serbia and Montenegro) gives "rs", as in
// OpenSanctions.
func countryCode(c sanctions.Country) string {
	code := strings.TrimSpace(c.Code)
	if len(code) != 2 || !isLetter(code[0]) || !isLetter(code[1]) {
		return ""
	}
	code = strings.ToLower(code)
	if code == "cs" {
		return "rs"
	}
	return code
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// countryText returns the country as text: its description, else its code,
// or "" for the placeholders "UNKNOWN" and "00".
func countryText(c sanctions.Country) string {
	d := strings.TrimSpace(c.Description)
	if d != "" && !strings.EqualFold(d, "UNKNOWN") {
		return d
	}
	if code := strings.TrimSpace(c.Code); code != "00" {
		return code
	}
	return ""
}

// date returns d as YYYY-MM-DD, or "" for the zero Date.
func date(d acquis.Date) string {
	if !d.IsValid() {
		return ""
	}
	return d.String()
}

// birthDateValues returns the birthDate values of a birth date: the full
// date, or the year and month, or the year; both ends of a range of years;
// or the four-digit years in a date given only as text. A month and day
// without a year give nothing: FollowTheMoney dates start with the year.
func birthDateValues(b sanctions.BirthDate) []string {
	okYear := func(y int) bool { return y >= 1 && y <= 9999 }
	switch {
	case b.Date.IsValid():
		return []string{b.Date.String()}
	case okYear(b.Year) && b.Month >= 1 && b.Month <= 12 && b.Day >= 1 && b.Day <= 31:
		return []string{fmt.Sprintf("%04d-%02d-%02d", b.Year, b.Month, b.Day)}
	case okYear(b.Year) && b.Month >= 1 && b.Month <= 12:
		return []string{fmt.Sprintf("%04d-%02d", b.Year, b.Month)}
	case okYear(b.Year):
		return []string{fmt.Sprintf("%04d", b.Year)}
	case okYear(b.YearFrom) || okYear(b.YearTo):
		var vs []string
		for _, y := range [...]int{b.YearFrom, b.YearTo} {
			if okYear(y) {
				vs = append(vs, fmt.Sprintf("%04d", y))
			}
		}
		return vs
	}
	return yearsIn(b.Text)
}

// yearsIn returns the runs of exactly four digits in s, from 1000 on.
func yearsIn(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j == i {
			i++
			continue
		}
		if j-i == 4 && s[i] != '0' {
			out = append(out, s[i:j])
		}
		i = j
	}
	return out
}

// splitLettered splits a lettered list such as "(a) Mullah, (b) Maulavi"
// into its items, as OpenSanctions does for titles and functions; other
// text is returned whole.
func splitLettered(s string) []string {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, "(a)") {
		return []string{s}
	}
	var out []string
	rest := s[len("(a)"):]
	for next := byte('b'); ; next++ {
		i := -1
		if next <= 'z' {
			i = strings.Index(rest, "("+string(next)+")")
		}
		item := rest
		if i >= 0 {
			item = rest[:i]
		}
		if item = strings.Trim(item, ", ;"); item != "" {
			out = append(out, item)
		}
		if i < 0 {
			return out
		}
		rest = rest[i+len("(a)"):]
	}
}
