// Package svg writes small, accessible SVG documents: the pictures of the
// acquis examples. It knows only what those pictures use (rectangles,
// circles, lines, paths, text and groups) and writes each document with a
// title and a description, as WAI-ARIA's graphics role asks, so that a
// screen reader has words for every picture.
//
// A Doc collects elements and writes them in order; every text and
// attribute value is escaped, so that no name from a list or a roll call can
// break the markup. Numbers are written with at most two decimals, which
// keeps the output stable for golden tests.
package svg

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A Doc is an SVG document being built. The zero Doc is not usable: make
// one with New.
type Doc struct {
	id    string
	w, h  float64
	title string
	desc  string
	body  bytes.Buffer
	depth int
	extra int // End calls with no open group
}

// New returns a document of the given size in user units (pixels), with
// its title and description. The id names the document's title and
// description elements ("id-title", "id-desc"), which must be unique in a
// page that holds several documents inline; an empty id writes "title" and
// "desc".
func New(id string, width, height float64, title, desc string) *Doc {
	return &Doc{id: id, w: width, h: height, title: title, desc: desc}
}

// An Attr is one attribute of an element.
type Attr struct{ Name, Value string }

// A is a shorthand for an Attr.
func A(name, value string) Attr { return Attr{name, value} }

// Num formats a number as the documents write it: at most two decimals,
// no trailing zeros.
func Num(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

func (d *Doc) indent() {
	for range d.depth + 1 {
		d.body.WriteString("  ")
	}
}

func (d *Doc) start(name string, attrs []Attr) {
	d.indent()
	d.body.WriteByte('<')
	d.body.WriteString(name)
	for _, a := range attrs {
		d.body.WriteByte(' ')
		d.body.WriteString(a.Name)
		d.body.WriteString(`="`)
		escape(&d.body, a.Value)
		d.body.WriteByte('"')
	}
}

// Element writes an empty element, such as a rect, with its attributes
// and, when title is not empty, a title child that a browser shows as a
// tooltip and a screen reader reads.
func (d *Doc) Element(name, title string, attrs ...Attr) {
	d.start(name, attrs)
	if title == "" {
		d.body.WriteString("/>\n")
		return
	}
	d.body.WriteString("><title>")
	escape(&d.body, title)
	d.body.WriteString("</title></")
	d.body.WriteString(name)
	d.body.WriteString(">\n")
}

// Rect writes a rectangle.
func (d *Doc) Rect(x, y, w, h float64, fill, title string, attrs ...Attr) {
	d.Element("rect", title, append([]Attr{A("x", Num(x)), A("y", Num(y)), A("width", Num(w)), A("height", Num(h)), A("fill", fill)}, attrs...)...)
}

// Circle writes a circle.
func (d *Doc) Circle(cx, cy, r float64, fill, title string, attrs ...Attr) {
	d.Element("circle", title, append([]Attr{A("cx", Num(cx)), A("cy", Num(cy)), A("r", Num(r)), A("fill", fill)}, attrs...)...)
}

// Line writes a line.
func (d *Doc) Line(x1, y1, x2, y2 float64, stroke string, attrs ...Attr) {
	d.Element("line", "", append([]Attr{A("x1", Num(x1)), A("y1", Num(y1)), A("x2", Num(x2)), A("y2", Num(y2)), A("stroke", stroke)}, attrs...)...)
}

// Text writes a text element.
func (d *Doc) Text(x, y float64, s string, attrs ...Attr) {
	d.start("text", append([]Attr{A("x", Num(x)), A("y", Num(y))}, attrs...))
	d.body.WriteByte('>')
	escape(&d.body, s)
	d.body.WriteString("</text>\n")
}

// Group opens a g element; End closes it. A group with a title is read as
// one item by screen readers.
func (d *Doc) Group(title string, attrs ...Attr) {
	d.start("g", attrs)
	d.body.WriteString(">\n")
	d.depth++
	if title != "" {
		d.indent()
		d.body.WriteString("<title>")
		escape(&d.body, title)
		d.body.WriteString("</title>\n")
	}
}

// End closes the innermost open group. An End with no open group is
// recorded, and WriteTo reports it.
func (d *Doc) End() {
	if d.depth == 0 {
		d.extra++
		return
	}
	d.depth--
	d.indent()
	d.body.WriteString("</g>\n")
}

// WriteTo writes the document: the svg element with its size, view box,
// role, title and description, then the elements. It returns an error, and
// writes nothing, if the groups are not balanced.
func (d *Doc) WriteTo(w io.Writer) (int64, error) {
	if d.depth != 0 || d.extra != 0 {
		return 0, fmt.Errorf("svg: groups not balanced: %d open, %d closed without opening", d.depth, d.extra)
	}
	tid, did := "title", "desc"
	if d.id != "" {
		tid, did = d.id+"-title", d.id+"-desc"
	}
	var b bytes.Buffer
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" width="`)
	b.WriteString(Num(d.w))
	b.WriteString(`" height="`)
	b.WriteString(Num(d.h))
	b.WriteString(`" viewBox="0 0 `)
	b.WriteString(Num(d.w) + " " + Num(d.h))
	b.WriteString(`" role="img" aria-labelledby="`)
	escape(&b, tid+" "+did)
	b.WriteString("\">\n")
	b.WriteString(`  <title id="`)
	escape(&b, tid)
	b.WriteString(`">`)
	escape(&b, d.title)
	b.WriteString("</title>\n")
	b.WriteString(`  <desc id="`)
	escape(&b, did)
	b.WriteString(`">`)
	escape(&b, d.desc)
	b.WriteString("</desc>\n")
	b.Write(d.body.Bytes())
	b.WriteString("</svg>\n")
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

// escape writes s with the characters XML reserves escaped, and characters
// XML does not allow replaced by U+FFFD.
func escape(b *bytes.Buffer, s string) {
	_ = xml.EscapeText(b, []byte(s)) // a bytes.Buffer never fails to write
}
