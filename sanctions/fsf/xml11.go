package fsf

import (
	"encoding/xml"

	"github.com/acquis-eu/acquis/sanctions"
)

// This file reads the sanctionEntity elements of XML 1.1.

// readEntity reads the sanctionEntity that t starts.
func (p *xmlReader) readEntity(t xml.StartElement) (*sanctions.Entity, error) {
	const elem = "sanctionEntity"
	if err := p.checkAttrs(t); err != nil {
		return nil, err
	}
	e := p.begin()
	var hasID bool
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "logicalId":
			e.LogicalID, err = p.logicalID(elem, a)
			hasID = a.Value != ""
		case "euReferenceNumber":
			e.EUReference = a.Value
		case "unitedNationId":
			e.UNReference = a.Value
		case "designationDate":
			if e.Designated, err = parseDate(a.Value); err != nil {
				err = p.valueError(elem, a, err)
			}
		case "designationDetails":
			e.DesignationDetails = a.Value
		default:
			err = p.unknownAttr(elem, a)
		}
		if err != nil {
			return nil, err
		}
	}
	var subject bool
	for {
		c, ok, err := p.child(elem)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		name := p.name(c)
		if name != "" && name != "subjectType" {
			if err := p.part(name); err != nil {
				return nil, err
			}
		}
		switch name {
		case "remark":
			var s string
			s, err = p.readText(c)
			e.Remarks = append(e.Remarks, s)
		case "regulation":
			var r sanctions.Citation
			r, err = p.readRegulation(c)
			e.Regulations = append(e.Regulations, r)
		case "subjectType":
			if subject {
				return nil, p.repeatedElement(c, elem)
			}
			subject = true
			e.Type, err = p.readSubjectType(c)
		case "nameAlias":
			var n sanctions.Name
			n, err = p.readNameAlias(c)
			e.Names = append(e.Names, n)
		case "citizenship":
			var z sanctions.Citizenship
			z, err = p.readCitizenship(c)
			e.Citizenships = append(e.Citizenships, z)
		case "birthdate":
			var b sanctions.BirthDate
			b, err = p.readBirthdate(c)
			e.BirthDates = append(e.BirthDates, b)
		case "identification":
			var id sanctions.Identification
			id, err = p.readIdentification(c)
			e.Identifications = append(e.Identifications, id)
		case "address":
			var ad sanctions.Address
			ad, err = p.readAddress(c)
			e.Addresses = append(e.Addresses, ad)
		default:
			err = p.unknownElement(c, elem)
		}
		if err != nil {
			return nil, err
		}
	}
	if !subject {
		return nil, p.errorf(elem, ErrMissing, "no subjectType")
	}
	switch {
	case e.EUReference != "":
		e.ID = e.EUReference
	case hasID:
		e.ID = logicalName(e.LogicalID)
	default:
		return nil, p.errorf(elem, ErrMissing, "neither euReferenceNumber nor logicalId")
	}
	return p.finish(e), nil
}

// readSubjectType reads a subjectType: code "person" or "enterprise",
// classificationCode "P" or "E"; at least one, and both the same type.
func (p *xmlReader) readSubjectType(t xml.StartElement) (sanctions.Type, error) {
	const elem = "subjectType"
	if err := p.checkAttrs(t); err != nil {
		return 0, err
	}
	var code, class sanctions.Type
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "code":
			code, err = typeOfWord(a.Value)
		case "classificationCode":
			class, err = typeOfLetter(a.Value)
		default:
			return 0, p.unknownAttr(elem, a)
		}
		if err != nil {
			return 0, p.valueError(elem, a, err)
		}
	}
	typ, detail, err := subjectType(code, class)
	if err != nil {
		return 0, p.errorf(elem, err, "%s", detail)
	}
	return typ, p.empty(t)
}

// readRegulation reads an entity's regulation: its attributes, and the URL
// in its publicationUrl element.
func (p *xmlReader) readRegulation(t xml.StartElement) (sanctions.Citation, error) {
	const elem = "regulation"
	var r sanctions.Citation
	if err := p.readCitationAttrs(t, &r, false); err != nil {
		return r, err
	}
	var url bool
	for {
		c, ok, err := p.child(elem)
		if err != nil {
			return r, err
		}
		if !ok {
			return r, nil
		}
		if p.name(c) != "publicationUrl" {
			return r, p.unknownElement(c, elem)
		}
		if url {
			return r, p.repeatedElement(c, elem)
		}
		url = true
		if r.URL, err = p.readText(c); err != nil {
			return r, err
		}
	}
}

// readCitationAttrs reads the attributes of a regulation, or with summary
// true those of a regulationSummary, which carries its URL as an
// attribute. A regulationSummary may carry the attributes of a regulation
// too: they fill the same Citation.
func (p *xmlReader) readCitationAttrs(t xml.StartElement, r *sanctions.Citation, summary bool) error {
	if err := p.checkAttrs(t); err != nil {
		return err
	}
	elem := t.Name.Local
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "regulationType":
			r.Type = a.Value
		case "organisationType":
			r.Organisation = a.Value
		case "publicationDate":
			r.Published, err = parseDate(a.Value)
		case "entryIntoForceDate":
			r.InForce, err = parseDate(a.Value)
		case "numberTitle":
			r.NumberTitle = a.Value
		case "programme":
			r.Programme = a.Value
		case "logicalId":
			if a.Value != "" {
				r.LogicalID, err = parseID(a.Value)
			}
		case "publicationUrl":
			if !summary {
				return p.unknownAttr(elem, a)
			}
			r.URL = a.Value
		default:
			return p.unknownAttr(elem, a)
		}
		if err != nil {
			return p.valueError(elem, a, err)
		}
	}
	return nil
}

// readRecord reads the children of a part of an entity: remark elements
// into r.Remarks, a regulationSummary into r.Source and, if contacts is not
// nil, contactInfo elements into *contacts.
func (p *xmlReader) readRecord(t xml.StartElement, r *sanctions.Record, contacts *[]sanctions.Contact) error {
	elem := t.Name.Local
	for {
		c, ok, err := p.child(elem)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		name := p.name(c)
		if name != "" {
			if err := p.part(name); err != nil {
				return err
			}
		}
		switch {
		case name == "remark":
			var s string
			s, err = p.readText(c)
			r.Remarks = append(r.Remarks, s)
		case name == "regulationSummary":
			if r.Source != nil {
				return p.repeatedElement(c, elem)
			}
			r.Source = new(sanctions.Citation)
			if err = p.readCitationAttrs(c, r.Source, true); err == nil {
				err = p.empty(c)
			}
		case name == "contactInfo" && contacts != nil:
			var k sanctions.Contact
			k, err = p.readContact(c)
			*contacts = append(*contacts, k)
		default:
			err = p.unknownElement(c, elem)
		}
		if err != nil {
			return err
		}
	}
}

// readContact reads a contactInfo: key and value.
func (p *xmlReader) readContact(t xml.StartElement) (sanctions.Contact, error) {
	var k sanctions.Contact
	if err := p.checkAttrs(t); err != nil {
		return k, err
	}
	for _, a := range t.Attr {
		switch a.Name.Local {
		case "key":
			k.Key = a.Value
		case "value":
			k.Value = a.Value
		default:
			return k, p.unknownAttr("contactInfo", a)
		}
	}
	return k, p.empty(t)
}

// otherAttr reads a into r if it is an attribute that every part has
// (regulationLanguage, logicalId), or into c, if c is not nil, if it is
// countryIso2Code or countryDescription. Otherwise a is unknown.
func (p *xmlReader) otherAttr(elem string, a xml.Attr, r *sanctions.Record, c *sanctions.Country) error {
	switch a.Name.Local {
	case "regulationLanguage":
		r.RegulationLanguage = a.Value
	case "logicalId":
		n, err := p.logicalID(elem, a)
		r.LogicalID = n
		return err
	case "countryIso2Code":
		if c == nil {
			return p.unknownAttr(elem, a)
		}
		c.Code = a.Value
	case "countryDescription":
		if c == nil {
			return p.unknownAttr(elem, a)
		}
		c.Description = a.Value
	default:
		return p.unknownAttr(elem, a)
	}
	return nil
}

func (p *xmlReader) readNameAlias(t xml.StartElement) (sanctions.Name, error) {
	const elem = "nameAlias"
	var n sanctions.Name
	if err := p.checkAttrs(t); err != nil {
		return n, err
	}
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "wholeName":
			n.Whole = a.Value
		case "firstName":
			n.First = a.Value
		case "middleName":
			n.Middle = a.Value
		case "lastName":
			n.Last = a.Value
		case "nameLanguage":
			n.Language = a.Value
		case "gender":
			n.Gender, err = parseGender(a.Value)
		case "title":
			n.Title = a.Value
		case "function":
			n.Function = a.Value
		case "strong":
			n.Strength, err = parseStrength(a.Value)
		default:
			if err := p.otherAttr(elem, a, &n.Record, nil); err != nil {
				return n, err
			}
		}
		if err != nil {
			return n, p.valueError(elem, a, err)
		}
	}
	return n, p.readRecord(t, &n.Record, nil)
}

func (p *xmlReader) readCitizenship(t xml.StartElement) (sanctions.Citizenship, error) {
	const elem = "citizenship"
	var z sanctions.Citizenship
	if err := p.checkAttrs(t); err != nil {
		return z, err
	}
	for _, a := range t.Attr {
		switch a.Name.Local {
		case "region":
			z.Region = a.Value
		default:
			if err := p.otherAttr(elem, a, &z.Record, &z.Country); err != nil {
				return z, err
			}
		}
	}
	return z, p.readRecord(t, &z.Record, nil)
}

func (p *xmlReader) readBirthdate(t xml.StartElement) (sanctions.BirthDate, error) {
	const elem = "birthdate"
	var b sanctions.BirthDate
	if err := p.checkAttrs(t); err != nil {
		return b, err
	}
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "birthdate":
			b.Date, err = parseDate(a.Value)
		case "dayOfMonth":
			b.Day, err = parseInt(a.Value, 31)
		case "monthOfYear":
			b.Month, err = parseInt(a.Value, 12)
		case "year":
			b.Year, err = parseInt(a.Value, 9999)
		case "yearRangeFrom":
			b.YearFrom, err = parseInt(a.Value, 9999)
		case "yearRangeTo":
			b.YearTo, err = parseInt(a.Value, 9999)
		case "circa":
			b.Circa, err = parseBool(a.Value)
		case "calendarType":
			b.Calendar = a.Value
		case "city":
			b.City = a.Value
		case "zipCode":
			b.ZipCode = a.Value
		case "region":
			b.Region = a.Value
		case "place":
			b.Place = a.Value
		default:
			if err := p.otherAttr(elem, a, &b.Record, &b.Country); err != nil {
				return b, err
			}
		}
		if err != nil {
			return b, p.valueError(elem, a, err)
		}
	}
	if err := checkBirthDate(&b); err != nil {
		return b, p.errorf(elem, ErrConflict, "%v", err)
	}
	return b, p.readRecord(t, &b.Record, nil)
}

func (p *xmlReader) readIdentification(t xml.StartElement) (sanctions.Identification, error) {
	const elem = "identification"
	var id sanctions.Identification
	if err := p.checkAttrs(t); err != nil {
		return id, err
	}
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "number":
			id.Number = a.Value
		case "latinNumber":
			id.LatinNumber = a.Value
		case "identificationTypeCode":
			id.TypeCode = a.Value
		case "identificationTypeDescription":
			id.TypeDescription = a.Value
		case "issuedBy":
			id.IssuedBy = a.Value
		case "issueDate":
			id.Issued, err = parseDate(a.Value)
		case "validFrom":
			id.ValidFrom, err = parseDate(a.Value)
		case "validTo":
			id.ValidTo, err = parseDate(a.Value)
		case "nameOnDocument":
			id.NameOnDocument = a.Value
		case "region":
			id.Region = a.Value
		case "diplomatic":
			id.Diplomatic, err = parseBool(a.Value)
		case "knownExpired":
			id.KnownExpired, err = parseBool(a.Value)
		case "knownFalse":
			id.KnownFalse, err = parseBool(a.Value)
		case "reportedLost":
			id.ReportedLost, err = parseBool(a.Value)
		case "revokedByIssuer":
			id.Revoked, err = parseBool(a.Value)
		default:
			if err := p.otherAttr(elem, a, &id.Record, &id.Country); err != nil {
				return id, err
			}
		}
		if err != nil {
			return id, p.valueError(elem, a, err)
		}
	}
	return id, p.readRecord(t, &id.Record, nil)
}

func (p *xmlReader) readAddress(t xml.StartElement) (sanctions.Address, error) {
	const elem = "address"
	var ad sanctions.Address
	if err := p.checkAttrs(t); err != nil {
		return ad, err
	}
	for _, a := range t.Attr {
		var err error
		switch a.Name.Local {
		case "street":
			ad.Street = a.Value
		case "city":
			ad.City = a.Value
		case "zipCode":
			ad.ZipCode = a.Value
		case "poBox":
			ad.POBox = a.Value
		case "region":
			ad.Region = a.Value
		case "place":
			ad.Place = a.Value
		case "asAtListingTime":
			ad.AsAtListingTime, err = parseBool(a.Value)
		default:
			if err := p.otherAttr(elem, a, &ad.Record, &ad.Country); err != nil {
				return ad, err
			}
		}
		if err != nil {
			return ad, p.valueError(elem, a, err)
		}
	}
	return ad, p.readRecord(t, &ad.Record, &ad.Contacts)
}
