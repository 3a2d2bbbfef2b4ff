package fsf

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/internal/limit"
	"github.com/acquis-eu/acquis/sanctions"
)

// A csvGroup is one group of columns of CSV 1.1: the entity's own, or those
// of one kind of part (NameAlias, Address ...). Each row fills the entity's
// columns and at most one part of each kind.
type csvGroup struct {
	name      string
	lo, hi    int // its columns: [lo, hi)
	logicalID int // its LogicalId column; -1 for the entity's group
	remark    int // its Remark column
	reg       int // the first of its seven Regulation columns
}

// The groups of columns, in the order of the header.
var csvGroups = [...]csvGroup{
	{"NameAlias", colNameAliasLastName, colAddressCity, colNameAliasLogicalID, colNameAliasRemark, colNameAliasRegulationType},
	{"Address", colAddressCity, colBirthDateBirthDate, colAddressLogicalID, colAddressRemark, colAddressRegulationType},
	{"BirthDate", colBirthDateBirthDate, colIdentificationNumber, colBirthDateLogicalID, colBirthDateRemark, colBirthDateRegulationType},
	{"Identification", colIdentificationNumber, colCitizenshipRegion, colIdentificationLogicalID, colIdentificationRemark, colIdentificationRegulationType},
	{"Citizenship", colCitizenshipRegion, numColumns, colCitizenshipLogicalID, colCitizenshipRemark, colCitizenshipRegulationType},
}

// The indexes of csvGroups.
const (
	groupName = iota
	groupAddress
	groupBirthDate
	groupIdentification
	groupCitizenship
)

// maxIntern is the number of strings a csvReader interns before it forgets
// them all and starts again.
const maxIntern = 1 << 12

// A csvReader reads CSV 1.1. It reads one row ahead: the first row of the
// next entity, which tells that the entity before has ended.
type csvReader struct {
	r       *csv.Reader
	lr      *limit.Reader
	header  *Header
	base    int64               // input bytes before the csv.Reader's offset 0
	pos     [numColumns]int     // the index in a row of each column
	canon   []string            // the last row read, in the order of the columns
	rowOff  int64               // the offset at which the last row read starts
	ahead   bool                // canon holds the first row of the next entity
	line    int                 // the line of the last row of the last entity read
	endLine int                 // the line on which the last row read ends
	dated   bool                // header.GeneratedAt is set from a row
	seen    map[int64]struct{}  // the logical ids of the entities read
	intern  map[string]string   // the strings kept, so that repeated values share memory
	parts   map[string]*csvPart // the parts of the entity being read, by group and key
	entity  int                 // 1-based index of the entity being read
	badID   string              // the Entity_LogicalId of a row of the wrong width, if badIDOK
	badIDOK bool
	later   error // an error that next returns after the entity it has read
	count   int   // parts of the entity being read, against MaxRecords
}

// A csvPart is one part of the entity being read: the group's columns in
// the first row that gives it, and its index in the entity's slice of its
// kind (Names, Addresses ...).
type csvPart struct {
	cols  []string
	index int
}

func (c *csvReader) init(d *Decoder) {
	c.r = csv.NewReader(d.br)
	c.r.Comma = ';'
	c.r.LazyQuotes = true
	c.r.FieldsPerRecord = -1 // checked by the reader, to report the line
	c.r.ReuseRecord = true
	c.lr, c.header, c.base = &d.lr, &d.header, d.base
	c.canon = make([]string, numColumns)
	c.seen = make(map[int64]struct{})
	c.intern = make(map[string]string)
	c.parts = make(map[string]*csvPart)
}

// errorf returns a *ParseError at the line of the column col (-1 for the
// row) of the last row read.
func (c *csvReader) errorf(col int, err error, format string, args ...any) *ParseError {
	e := &ParseError{Line: c.rowLine(col), Entity: c.entity, Err: err, Detail: fmt.Sprintf(format, args...)}
	if col >= 0 {
		e.Element = csvColumns[col]
	}
	return e
}

// rowLine returns the line on which the column col (-1 for the first field)
// of the last row read starts.
func (c *csvReader) rowLine(col int) int {
	i := 0
	if col >= 0 {
		i = c.pos[col]
	}
	line, _ := c.r.FieldPos(i)
	return line
}

// read reads a row into c.canon. It returns io.EOF at the end of the input.
func (c *csvReader) read() error {
	c.rowOff = c.r.InputOffset()
	c.lr.Mark = c.base + c.rowOff
	row, err := c.r.Read()
	if err == io.EOF {
		return err
	}
	if err != nil {
		var pe *csv.ParseError
		switch {
		case errors.Is(err, limit.ErrToken):
			return &ParseError{Line: c.nextLine(), Entity: c.entity, Err: ErrLimit, Detail: fmt.Sprintf("a row longer than %d bytes", MaxRow)}
		case errors.Is(err, limit.ErrTotal):
			return &ParseError{Line: c.nextLine(), Entity: c.entity, Err: ErrLimit, Detail: fmt.Sprintf("a document longer than %d bytes", c.lr.MaxTotal)}
		case errors.As(err, &pe): // not with lazy quotes, but keep its line
			return &ParseError{Line: pe.Line, Entity: c.entity, Err: pe.Err, Detail: fmt.Sprintf("column %d", pe.Column)}
		}
		return &ParseError{Line: c.nextLine(), Entity: c.entity, Err: err}
	}
	if len(row) != numColumns {
		c.badID, c.badIDOK = "", false
		if i := c.pos[colEntityLogicalID]; i < len(row) {
			c.badID, c.badIDOK = row[i], true
		}
		return c.errorf(-1, ErrColumn, "a row of %d fields; the header has %d", len(row), numColumns)
	}
	for i, f := range row {
		if len(f) > MaxField {
			line, _ := c.r.FieldPos(i)
			return &ParseError{Line: line, Entity: c.entity, Element: csvColumns[slices.Index(c.pos[:], i)], Err: ErrLimit,
				Detail: fmt.Sprintf("a field longer than %d bytes", MaxField)}
		}
	}
	for col, i := range c.pos {
		c.canon[col] = row[i]
	}
	line, _ := c.r.FieldPos(len(row) - 1)
	c.endLine = line + strings.Count(row[len(row)-1], "\n")
	return nil
}

// nextLine returns the line after the last row read, on which a row that
// fails to read starts (unless empty lines come between).
func (c *csvReader) nextLine() int { return c.endLine + 1 }

// readHeader reads the header row: each of the format's columns once, in
// any order, and no other.
func (c *csvReader) readHeader() error {
	for i := range c.pos {
		c.pos[i] = -1
	}
	c.lr.Mark = c.base
	row, err := c.r.Read()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		var pe *csv.ParseError
		switch {
		case errors.Is(err, limit.ErrToken):
			return &ParseError{Line: 1, Err: ErrLimit, Detail: fmt.Sprintf("a header longer than %d bytes", MaxRow)}
		case errors.As(err, &pe):
			return &ParseError{Line: pe.Line, Err: pe.Err, Detail: fmt.Sprintf("column %d", pe.Column)}
		}
		return &ParseError{Line: 1, Err: err}
	}
	c.endLine = 1
	for i, name := range row {
		col := slices.Index(csvColumns[:], name)
		switch {
		case col < 0:
			return &ParseError{Line: 1, Element: name, Err: ErrColumn, Detail: "unknown column " + quote(name)}
		case c.pos[col] >= 0:
			return &ParseError{Line: 1, Element: name, Err: ErrColumn, Detail: "a column given twice"}
		}
		c.pos[col] = i
	}
	for col, i := range c.pos {
		if i < 0 {
			return &ParseError{Line: 1, Element: csvColumns[col], Err: ErrColumn, Detail: "no such column in the header"}
		}
	}
	return nil
}

// next reads the rows of the next entity, or returns nil at the end of the
// input.
func (c *csvReader) next(index int) (*sanctions.Entity, error) {
	if c.later != nil {
		return nil, c.later
	}
	c.entity = 0
	if !c.ahead {
		if err := c.read(); err == io.EOF {
			return nil, nil
		} else if err != nil {
			return nil, err
		}
	}
	c.ahead = false
	c.entity, c.count = index, 0
	clear(c.parts)
	start := c.rowOff
	e, err := c.readEntity()
	if err != nil {
		return nil, err
	}
	first := c.canon[colEntityLogicalID]
	firstRow := slices.Clone(c.canon[:colNameAliasLastName])
	if err := c.readParts(e); err != nil {
		return nil, err
	}
	for {
		c.line = c.rowLine(-1)
		if err := c.read(); err == io.EOF {
			break
		} else if err != nil {
			// A row of the wrong width that names another entity ends
			// this one, which is complete: the error comes after it.
			var pe *ParseError
			if errors.As(err, &pe) && errors.Is(err, ErrColumn) && c.badIDOK && c.badID != first {
				pe.Entity = index + 1
				c.later = pe
				break
			}
			return nil, err
		}
		if c.canon[colEntityLogicalID] != first {
			c.ahead = true
			break
		}
		if c.r.InputOffset()-start > MaxEntitySize {
			return nil, c.errorf(-1, ErrLimit, "an entity of more than %d bytes", MaxEntitySize)
		}
		if err := c.sameEntity(e, firstRow); err != nil {
			return nil, err
		}
		if err := c.readParts(e); err != nil {
			return nil, err
		}
	}
	c.entity = 0
	return e, nil
}

// readEntity reads the entity's own columns of its first row.
func (c *csvReader) readEntity() (*sanctions.Entity, error) {
	row := c.canon
	if err := c.readGenerated(); err != nil {
		return nil, err
	}
	if row[colEntityLogicalID] == "" {
		return nil, c.errorf(colEntityLogicalID, ErrMissing, "no entity logical id")
	}
	e := &sanctions.Entity{
		EUReference:        c.keep(row[colEntityEUReferenceNumber]),
		UNReference:        c.keep(row[colEntityUnitedNationID]),
		DesignationDetails: c.keep(row[colEntityDesignationDetails]),
	}
	var err error
	if e.LogicalID, err = parseID(row[colEntityLogicalID]); err != nil {
		return nil, c.errorf(colEntityLogicalID, ErrValue, "%v", err)
	}
	if _, ok := c.seen[e.LogicalID]; ok {
		return nil, c.errorf(colEntityLogicalID, ErrConflict, "the rows of entity %d are not together: it appears again after other entities", e.LogicalID)
	}
	c.seen[e.LogicalID] = struct{}{}
	if e.Designated, err = parseDate(row[colEntityDesignationDate]); err != nil {
		return nil, c.errorf(colEntityDesignationDate, ErrValue, "%v", err)
	}
	// The CSV names the letter SubjectType and the word
	// SubjectType_ClassificationCode, the reverse of the XML.
	letter, err := typeOfLetter(row[colEntitySubjectType])
	if err != nil {
		return nil, c.errorf(colEntitySubjectType, ErrValue, "%v", err)
	}
	word, err := typeOfWord(row[colEntitySubjectTypeClassificationCode])
	if err != nil {
		return nil, c.errorf(colEntitySubjectTypeClassificationCode, ErrValue, "%v", err)
	}
	typ, detail, err := subjectType(word, letter)
	if err != nil {
		return nil, c.errorf(colEntitySubjectType, err, "%s", detail)
	}
	e.Type = typ
	if e.EUReference != "" {
		e.ID = e.EUReference
	} else {
		e.ID = logicalName(e.LogicalID)
	}
	return e, c.readEntityLists(e)
}

// readGenerated reads fileGenerationDate, which every row must give the
// same.
func (c *csvReader) readGenerated() error {
	s := c.canon[colFileGenerationDate]
	if !c.dated {
		d, err := parseDMY(s)
		if s != "" && err != nil {
			return c.errorf(colFileGenerationDate, ErrValue, "%v", err)
		}
		c.header.Generated, c.header.GeneratedAt, c.dated = d, strings.Clone(s), true
		return nil
	}
	if s != c.header.GeneratedAt {
		return c.errorf(colFileGenerationDate, ErrConflict, "%s, where the first row has %s", quote(s), quote(c.header.GeneratedAt))
	}
	return nil
}

// sameEntity checks that the entity's own columns of the row are those of
// its first row, but for the remark and the regulation, which rows may
// add, and reads those.
func (c *csvReader) sameEntity(e *sanctions.Entity, first []string) error {
	if err := c.readGenerated(); err != nil {
		return err
	}
	for col := colEntityLogicalID; col < colEntityRegulationType; col++ {
		if col != colEntityRemark && c.canon[col] != first[col] {
			return c.errorf(col, ErrConflict, "%s, where the entity's first row has %s", quote(c.canon[col]), quote(first[col]))
		}
	}
	return c.readEntityLists(e)
}

// readEntityLists reads the entity's remark and regulation from the row,
// unless an earlier row has given them.
func (c *csvReader) readEntityLists(e *sanctions.Entity) error {
	if r := c.canon[colEntityRemark]; r != "" && !slices.Contains(e.Remarks, r) {
		if err := c.part(colEntityRemark); err != nil {
			return err
		}
		e.Remarks = append(e.Remarks, c.keep(r))
	}
	reg, err := c.citation(colEntityRegulationType)
	if err != nil || reg == nil || slices.Contains(e.Regulations, *reg) {
		return err
	}
	if err := c.part(colEntityRegulationType); err != nil {
		return err
	}
	e.Regulations = append(e.Regulations, *reg)
	return nil
}

// part counts one more part of the entity being read, against MaxRecords.
func (c *csvReader) part(col int) error {
	c.count++
	if c.count > MaxRecords {
		return c.errorf(col, ErrLimit, "more than %d parts in one entity", MaxRecords)
	}
	return nil
}

// readParts reads the parts that the row gives, each unless an earlier row
// of the entity has given it.
func (c *csvReader) readParts(e *sanctions.Entity) error {
	for g := range csvGroups {
		if err := c.readPart(e, g); err != nil {
			return err
		}
	}
	return nil
}

// readPart reads the part of the group g that the row gives, if any. A
// part is known by its LogicalId, or by its columns if it has none. The
// first row that gives it makes it; a later row must give the same
// columns, and may add a remark.
func (c *csvReader) readPart(e *sanctions.Entity, g int) error {
	grp := &csvGroups[g]
	cols := c.canon[grp.lo:grp.hi]
	if !slices.ContainsFunc(cols, func(s string) bool { return s != "" }) {
		return nil
	}
	key := grp.name + "\x00" + cols[grp.logicalID-grp.lo]
	if cols[grp.logicalID-grp.lo] == "" {
		var b strings.Builder
		b.WriteString(grp.name + "\x01")
		for i, s := range cols {
			if grp.lo+i != grp.remark {
				b.WriteString(s)
				b.WriteByte(0)
			}
		}
		key = b.String()
	}
	remark := cols[grp.remark-grp.lo]
	if p, ok := c.parts[key]; ok {
		for i, s := range cols {
			if col := grp.lo + i; col != grp.remark && s != p.cols[i] {
				return c.errorf(col, ErrConflict, "%s, where an earlier row of %s %s has %s",
					quote(s), grp.name, cols[grp.logicalID-grp.lo], quote(p.cols[i]))
			}
		}
		if r := record(e, g, p.index); remark != "" && !slices.Contains(r.Remarks, remark) {
			if err := c.part(grp.remark); err != nil {
				return err
			}
			r.Remarks = append(r.Remarks, c.keep(remark))
		}
		return nil
	}
	if err := c.part(grp.lo); err != nil {
		return err
	}
	var r sanctions.Record
	if err := c.readRecord(grp, &r); err != nil {
		return err
	}
	var err error
	switch g {
	case groupName:
		err = c.readName(e, r)
	case groupAddress:
		err = c.readAddress(e, r)
	case groupBirthDate:
		err = c.readBirthDate(e, r)
	case groupIdentification:
		err = c.readIdentification(e, r)
	case groupCitizenship:
		c.readCitizenship(e, r)
	}
	if err != nil {
		return err
	}
	c.parts[key] = &csvPart{cols: slices.Clone(cols), index: count(e, g) - 1}
	return nil
}

// count returns the number of parts of e of the group g.
func count(e *sanctions.Entity, g int) int {
	switch g {
	case groupName:
		return len(e.Names)
	case groupAddress:
		return len(e.Addresses)
	case groupBirthDate:
		return len(e.BirthDates)
	case groupIdentification:
		return len(e.Identifications)
	}
	return len(e.Citizenships)
}

// record returns the Record of the i-th part of e of the group g. It must
// not be kept: appending to the slice of parts moves them.
func record(e *sanctions.Entity, g, i int) *sanctions.Record {
	switch g {
	case groupName:
		return &e.Names[i].Record
	case groupAddress:
		return &e.Addresses[i].Record
	case groupBirthDate:
		return &e.BirthDates[i].Record
	case groupIdentification:
		return &e.Identifications[i].Record
	}
	return &e.Citizenships[i].Record
}

// readRecord reads the columns that every group has: LogicalId,
// RegulationLanguage, Remark and the regulation.
func (c *csvReader) readRecord(grp *csvGroup, r *sanctions.Record) error {
	if s := c.canon[grp.logicalID]; s != "" {
		n, err := parseID(s)
		if err != nil {
			return c.errorf(grp.logicalID, ErrValue, "%v", err)
		}
		r.LogicalID = n
	}
	// RegulationLanguage is the column before Remark in every group.
	r.RegulationLanguage = c.keep(c.canon[grp.remark-1])
	if s := c.canon[grp.remark]; s != "" {
		r.Remarks = []string{c.keep(s)}
	}
	var err error
	r.Source, err = c.citation(grp.reg)
	return err
}

// citation reads the seven Regulation columns that start at col; nil if
// they are all empty.
func (c *csvReader) citation(col int) (*sanctions.Citation, error) {
	cols := c.canon[col : col+7]
	if !slices.ContainsFunc(cols, func(s string) bool { return s != "" }) {
		return nil, nil
	}
	r := &sanctions.Citation{
		Type:         c.keep(cols[0]),
		Organisation: c.keep(cols[1]),
		NumberTitle:  c.keep(cols[4]),
		Programme:    c.keep(cols[5]),
		URL:          c.keep(cols[6]),
	}
	var err error
	if r.Published, err = parseDate(cols[2]); err != nil {
		return nil, c.errorf(col+2, ErrValue, "%v", err)
	}
	if r.InForce, err = parseDate(cols[3]); err != nil {
		return nil, c.errorf(col+3, ErrValue, "%v", err)
	}
	return r, nil
}

// country returns the country of the two columns from col.
func (c *csvReader) country(col int) sanctions.Country {
	return sanctions.Country{Code: c.keep(c.canon[col]), Description: c.keep(c.canon[col+1])}
}

// flag parses a "true" or "false" column; "" is false.
func (c *csvReader) flag(col int, dst *bool) error {
	s := c.canon[col]
	if s == "" {
		return nil
	}
	b, err := parseBool(s)
	if err != nil {
		return c.errorf(col, ErrValue, "%v", err)
	}
	*dst = b
	return nil
}

// date parses a YYYY-MM-DD column; "" is the zero Date.
func (c *csvReader) date(col int, dst *acquis.Date) error {
	d, err := parseDate(c.canon[col])
	if err != nil {
		return c.errorf(col, ErrValue, "%v", err)
	}
	*dst = d
	return nil
}

// number parses a column of a number from 0 to hi; "" is 0.
func (c *csvReader) number(col, hi int, dst *int) error {
	n, err := parseInt(c.canon[col], hi)
	if err != nil {
		return c.errorf(col, ErrValue, "%v", err)
	}
	*dst = n
	return nil
}

func (c *csvReader) readName(e *sanctions.Entity, r sanctions.Record) error {
	row := c.canon
	n := sanctions.Name{
		Last:     c.keep(row[colNameAliasLastName]),
		First:    c.keep(row[colNameAliasFirstName]),
		Middle:   c.keep(row[colNameAliasMiddleName]),
		Whole:    c.keep(row[colNameAliasWholeName]),
		Language: c.keep(row[colNameAliasNameLanguage]),
		Title:    c.keep(row[colNameAliasTitle]),
		Function: c.keep(row[colNameAliasFunction]),
		Record:   r,
	}
	var err error
	if n.Gender, err = parseGender(row[colNameAliasGender]); err != nil {
		return c.errorf(colNameAliasGender, ErrValue, "%v", err)
	}
	e.Names = append(e.Names, n)
	return nil
}

func (c *csvReader) readAddress(e *sanctions.Entity, r sanctions.Record) error {
	row := c.canon
	a := sanctions.Address{
		City:    c.keep(row[colAddressCity]),
		Street:  c.keep(row[colAddressStreet]),
		POBox:   c.keep(row[colAddressPoBox]),
		ZipCode: c.keep(row[colAddressZipCode]),
		Region:  c.keep(row[colAddressRegion]),
		Place:   c.keep(row[colAddressPlace]),
		Country: c.country(colAddressCountryIso2Code),
		Record:  r,
	}
	if err := c.flag(colAddressAsAtListingTime, &a.AsAtListingTime); err != nil {
		return err
	}
	// The CSV gives all the contact details of an address in one column,
	// in a layout no source documents: it is kept whole, with no key.
	if s := row[colAddressContactInfo]; s != "" {
		a.Contacts = []sanctions.Contact{{Key: "", Value: c.keep(s)}}
	}
	e.Addresses = append(e.Addresses, a)
	return nil
}

func (c *csvReader) readBirthDate(e *sanctions.Entity, r sanctions.Record) error {
	row := c.canon
	b := sanctions.BirthDate{
		Calendar: c.keep(row[colBirthDateCalendarType]),
		ZipCode:  c.keep(row[colBirthDateZipCode]),
		Region:   c.keep(row[colBirthDateRegion]),
		Place:    c.keep(row[colBirthDatePlace]),
		City:     c.keep(row[colBirthDateCity]),
		Country:  c.country(colBirthDateCountryIso2Code),
		Record:   r,
	}
	for _, err := range []error{
		c.date(colBirthDateBirthDate, &b.Date),
		c.number(colBirthDateDay, 31, &b.Day),
		c.number(colBirthDateMonth, 12, &b.Month),
		c.number(colBirthDateYear, 9999, &b.Year),
		c.number(colBirthDateYearRangeFrom, 9999, &b.YearFrom),
		c.number(colBirthDateYearRangeTo, 9999, &b.YearTo),
		c.flag(colBirthDateCirca, &b.Circa),
	} {
		if err != nil {
			return err
		}
	}
	if err := checkBirthDate(&b); err != nil {
		return c.errorf(colBirthDateBirthDate, ErrConflict, "%v", err)
	}
	e.BirthDates = append(e.BirthDates, b)
	return nil
}

func (c *csvReader) readIdentification(e *sanctions.Entity, r sanctions.Record) error {
	row := c.canon
	id := sanctions.Identification{
		Number:          c.keep(row[colIdentificationNumber]),
		IssuedBy:        c.keep(row[colIdentificationIssuedBy]),
		LatinNumber:     c.keep(row[colIdentificationLatinNumber]),
		NameOnDocument:  c.keep(row[colIdentificationNameOnDocument]),
		TypeCode:        c.keep(row[colIdentificationTypeCode]),
		TypeDescription: c.keep(row[colIdentificationTypeDescription]),
		Region:          c.keep(row[colIdentificationRegion]),
		Country:         c.country(colIdentificationCountryIso2Code),
		Record:          r,
	}
	for _, err := range []error{
		c.flag(colIdentificationDiplomatic, &id.Diplomatic),
		c.flag(colIdentificationKnownExpired, &id.KnownExpired),
		c.flag(colIdentificationKnownFalse, &id.KnownFalse),
		c.flag(colIdentificationReportedLost, &id.ReportedLost),
		c.flag(colIdentificationRevokedByIssuer, &id.Revoked),
		c.date(colIdentificationIssuedDate, &id.Issued),
		c.date(colIdentificationValidFrom, &id.ValidFrom),
		c.date(colIdentificationValidTo, &id.ValidTo),
	} {
		if err != nil {
			return err
		}
	}
	e.Identifications = append(e.Identifications, id)
	return nil
}

func (c *csvReader) readCitizenship(e *sanctions.Entity, r sanctions.Record) {
	e.Citizenships = append(e.Citizenships, sanctions.Citizenship{
		Region:  c.keep(c.canon[colCitizenshipRegion]),
		Country: c.country(colCitizenshipCountryIso2Code),
		Record:  r,
	})
}

// keep returns a copy of s that does not share the memory of the row, so
// that a kept field does not pin its whole row; the same copy for the same
// short string.
func (c *csvReader) keep(s string) string {
	if s == "" {
		return ""
	}
	if k, ok := c.intern[s]; ok {
		return k
	}
	k := strings.Clone(s)
	if len(s) <= 64 {
		if len(c.intern) >= maxIntern {
			clear(c.intern)
		}
		c.intern[k] = k
	}
	return k
}
