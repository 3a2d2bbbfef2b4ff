package fsf

import (
	"encoding/xml"

	"github.com/acquis-eu/acquis/sanctions"
)

// This file reads the ENTITY elements of the legacy XML 1.0.

// readLegacyEntity reads the ENTITY that t starts.
func (p *xmlReader) readLegacyEntity(t xml.StartElement) (*sanctions.Entity, error) {
	const elem = "ENTITY"
	if err := p.checkAttrs(t); err != nil {
		return nil, err
	}
	e := p.begin()
	var cite sanctions.Citation
	var hasID, hasType bool
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "Id":
			if hasID = a.Value != ""; hasID {
				e.LogicalID, err = parseID(a.Value)
			}
		case "Type":
			e.Type, err = typeOfLetter(a.Value)
			hasType = e.Type != 0
		case "remark":
			if s := string(trimSpace([]byte(a.Value))); s != "" {
				e.Remarks = append(e.Remarks, s)
			}
		default:
			ok, err2 := legacyCitationAttr(a, &cite)
			if !ok {
				return nil, p.unknownAttr(elem, a)
			}
			err = err2
		}
		if err != nil {
			return nil, p.valueError(elem, a, err)
		}
	}
	if !hasID {
		return nil, p.errorf(elem, ErrMissing, "no Id")
	}
	if !hasType {
		return nil, p.errorf(elem, ErrMissing, "no Type")
	}
	e.ID = logicalName(e.LogicalID)
	if cite != (sanctions.Citation{}) {
		e.Regulations = append(e.Regulations, cite)
	}
	for {
		c, ok, err := p.child(elem)
		if err != nil {
			return nil, err
		}
		if !ok {
			return p.finish(e), nil
		}
		name := p.name(c)
		if err := p.part(name); err != nil {
			return nil, err
		}
		switch name {
		case "NAME":
			var n sanctions.Name
			n, err = p.readLegacyName(c, e.LogicalID)
			e.Names = append(e.Names, n)
		case "BIRTH":
			var b sanctions.BirthDate
			b, err = p.readLegacyBirth(c, e.LogicalID)
			e.BirthDates = append(e.BirthDates, b)
		case "PASSPORT":
			id := sanctions.Identification{TypeCode: "passport"}
			err = p.readLegacyPart(c, e.LogicalID, &id.Record, []leaf{
				{"NUMBER", &id.Number}, {"COUNTRY", &id.Country.Code},
			})
			e.Identifications = append(e.Identifications, id)
		case "CITIZEN":
			var z sanctions.Citizenship
			err = p.readLegacyPart(c, e.LogicalID, &z.Record, []leaf{{"COUNTRY", &z.Country.Code}})
			e.Citizenships = append(e.Citizenships, z)
		case "ADDRESS":
			var ad sanctions.Address
			err = p.readLegacyPart(c, e.LogicalID, &ad.Record, []leaf{
				{"NUMBER", &ad.Number}, {"STREET", &ad.Street}, {"ZIPCODE", &ad.ZipCode},
				{"CITY", &ad.City}, {"COUNTRY", &ad.Country.Code}, {"OTHER", &ad.Other},
			})
			e.Addresses = append(e.Addresses, ad)
		default:
			err = p.unknownElement(c, elem)
		}
		if err != nil {
			return nil, err
		}
	}
}

// legacyCitationAttr reads a into c if it is one of the attributes that
// cite an act: legal_basis, reg_date, pdf_link, programme. It reports
// whether it was one.
func legacyCitationAttr(a xml.Attr, c *sanctions.Citation) (bool, error) {
	var err error
	switch a.Name.Local {
	case "legal_basis":
		c.NumberTitle = a.Value
	case "reg_date":
		c.Published, err = parseDate(a.Value)
	case "pdf_link":
		c.URL = a.Value
	case "programme":
		c.Programme = a.Value
	default:
		return false, nil
	}
	return true, err
}

// A leaf is a child element of a legacy part that holds text only, and the
// field the text goes to.
type leaf struct {
	name string
	dst  *string
}

// readLegacyPart reads a NAME, BIRTH, PASSPORT, CITIZEN or ADDRESS that t
// starts: its attributes into r, and the text of its child elements into
// the leaves, each at most once. The entity's Id is entity.
func (p *xmlReader) readLegacyPart(t xml.StartElement, entity int64, r *sanctions.Record, leaves []leaf) error {
	elem := t.Name.Local
	if err := p.checkAttrs(t); err != nil {
		return err
	}
	var cite sanctions.Citation
	var hasID, hasEntity bool
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "Id":
			if hasID = a.Value != ""; hasID {
				r.LogicalID, err = parseID(a.Value)
			}
		case "Entity_id":
			if hasEntity = a.Value != ""; hasEntity {
				var n int64
				if n, err = parseID(a.Value); err == nil && n != entity {
					return p.errorf(elem+"@Entity_id", ErrConflict, "Entity_id %s is not the Id %d of its ENTITY", quote(a.Value), entity)
				}
			}
		default:
			ok, err2 := legacyCitationAttr(a, &cite)
			if !ok {
				return p.unknownAttr(elem, a)
			}
			err = err2
		}
		if err != nil {
			return p.valueError(elem, a, err)
		}
	}
	if !hasID {
		return p.errorf(elem, ErrMissing, "no Id")
	}
	if !hasEntity {
		return p.errorf(elem, ErrMissing, "no Entity_id")
	}
	if cite != (sanctions.Citation{}) {
		r.Source = &cite
	}
	var seen uint32 // bit i: leaves[i] read
	for {
		c, ok, err := p.child(elem)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		name, i := p.name(c), 0
		for i < len(leaves) && leaves[i].name != name {
			i++
		}
		if i == len(leaves) {
			return p.unknownElement(c, elem)
		}
		if seen&(1<<i) != 0 {
			return p.repeatedElement(c, elem)
		}
		seen |= 1 << i
		if *leaves[i].dst, err = p.readText(c); err != nil {
			return err
		}
	}
}

// readLegacyName reads a NAME.
func (p *xmlReader) readLegacyName(t xml.StartElement, entity int64) (sanctions.Name, error) {
	var n sanctions.Name
	var gender string
	err := p.readLegacyPart(t, entity, &n.Record, []leaf{
		{"LASTNAME", &n.Last}, {"FIRSTNAME", &n.First}, {"MIDDLENAME", &n.Middle},
		{"WHOLENAME", &n.Whole}, {"GENDER", &gender}, {"TITLE", &n.Title},
		{"FUNCTION", &n.Function}, {"LANGUAGE", &n.Language},
	})
	if err != nil {
		return n, err
	}
	if n.Gender, err = parseGender(gender); err != nil {
		return n, p.errorf("NAME/GENDER", ErrValue, "%v", err)
	}
	return n, nil
}

// readLegacyBirth reads a BIRTH, whose DATE is free text (see
// legacyBirthDate).
func (p *xmlReader) readLegacyBirth(t xml.StartElement, entity int64) (sanctions.BirthDate, error) {
	var b sanctions.BirthDate
	var date string
	err := p.readLegacyPart(t, entity, &b.Record, []leaf{
		{"DATE", &date}, {"PLACE", &b.Place}, {"COUNTRY", &b.Country.Code},
	})
	legacyBirthDate(date, &b)
	return b, err
}
