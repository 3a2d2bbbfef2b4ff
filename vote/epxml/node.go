package epxml

import (
	"encoding/json"
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
//
// In JSON a Node is an object with space and local (its name), attr, data
// and children, each left out when empty.
type Node struct {
	Name     xml.Name `json:"-"`                  // the element's name; zero for a text node
	Attr     Attrs    `json:"attr,omitempty"`     // the element's attributes, in input order
	Data     string   `json:"data,omitempty"`     // the text of a text node; empty for an element
	Children []Node   `json:"children,omitempty"` // the element's child elements and text nodes, in input order
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

// nodeJSON is the JSON form of a Node.
type nodeJSON struct {
	Space    string `json:"space,omitempty"`
	Local    string `json:"local,omitempty"`
	Attr     Attrs  `json:"attr,omitempty"`
	Data     string `json:"data,omitempty"`
	Children []Node `json:"children,omitempty"`
}

// MarshalJSON implements json.Marshaler.
func (n Node) MarshalJSON() ([]byte, error) {
	return json.Marshal(nodeJSON{n.Name.Space, n.Name.Local, n.Attr, n.Data, n.Children})
}

// UnmarshalJSON implements json.Unmarshaler, reading what MarshalJSON
// writes.
func (n *Node) UnmarshalJSON(data []byte) error {
	var j nodeJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*n = Node{xml.Name{Space: j.Space, Local: j.Local}, j.Attr, j.Data, j.Children}
	return nil
}

// Attrs are the attributes a reader keeps because no field holds them, in
// input order. They are a []xml.Attr whose JSON form is a list of objects
// with space (when the attribute has one), local and value.
type Attrs []xml.Attr

// attrJSON is the JSON form of one attribute.
type attrJSON struct {
	Space string `json:"space,omitempty"`
	Local string `json:"local"`
	Value string `json:"value"`
}

// MarshalJSON implements json.Marshaler.
func (as Attrs) MarshalJSON() ([]byte, error) {
	js := make([]attrJSON, len(as))
	for i, a := range as {
		js[i] = attrJSON{a.Name.Space, a.Name.Local, a.Value}
	}
	return json.Marshal(js)
}

// UnmarshalJSON implements json.Unmarshaler, reading what MarshalJSON
// writes.
func (as *Attrs) UnmarshalJSON(data []byte) error {
	var js []attrJSON
	if err := json.Unmarshal(data, &js); err != nil {
		return err
	}
	if js == nil {
		*as = nil
		return nil
	}
	v := make(Attrs, len(js))
	for i, j := range js {
		v[i] = xml.Attr{Name: xml.Name{Space: j.Space, Local: j.Local}, Value: j.Value}
	}
	*as = v
	return nil
}
