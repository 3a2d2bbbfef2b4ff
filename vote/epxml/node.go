package epxml

import (
	"encoding/xml"
	"strings"
)

// A Node is an element that a reader keeps as the input has it, because
// neither the model nor the reader's own types have a field for it: an
// unknown block of a roll-call list, the remarks and documents of an agenda
// item in a results list. Keeping it is what makes the readers lossless.
//
// A Node is either an element, with a Name, attributes and children, or a
// text node, with a zero Name and Data. Text is kept with its white space
// collapsed, as everywhere in this package; text that is white space only
// (the indentation between elements) is dropped.
type Node struct {
	Name     xml.Name   // the element's name; zero for a text node
	Attr     []xml.Attr // the element's attributes, in input order
	Data     string     // the text of a text node; empty for an element
	Children []Node     // the element's child elements and text nodes, in input order
}

// Text returns the text of n and its descendants in document order, the
// text nodes separated by a space.
func (n Node) Text() string {
	var b strings.Builder
	n.appendText(&b)
	return b.String()
}

func (n Node) appendText(b *strings.Builder) {
	if n.Data != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(n.Data)
	}
	for _, c := range n.Children {
		c.appendText(b)
	}
}
