package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"
)

func TestNum(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 1: "1", 1.5: "1.5", 1.005: "1", 2.456: "2.46", -0.001: "0", -3.25: "-3.25", 700: "700"} {
		if got := Num(in); got != want {
			t.Errorf("Num(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestDoc(t *testing.T) {
	d := New("", 200, 100, `Votes & "seats"`, "574 for, 37 against")
	d.Group("for", A("class", "for"))
	d.Circle(10, 20, 3.333, "#1a9850", `MEP <O'Brien> & co`)
	d.Rect(0, 0, 5, 5, "#000", "")
	d.End()
	d.Line(0, 50, 200, 50, "#999", A("stroke-dasharray", "4 2"))
	d.Text(100, 90, "majority: 306 of 611 \x01", A("text-anchor", "middle"))
	var b bytes.Buffer
	if _, err := d.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	want := `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" role="img" aria-labelledby="title desc">
  <title id="title">Votes &amp; &#34;seats&#34;</title>
  <desc id="desc">574 for, 37 against</desc>
  <g class="for">
    <title>for</title>
    <circle cx="10" cy="20" r="3.33" fill="#1a9850"><title>MEP &lt;O&#39;Brien&gt; &amp; co</title></circle>
    <rect x="0" y="0" width="5" height="5" fill="#000"/>
  </g>
  <line x1="0" y1="50" x2="200" y2="50" stroke="#999" stroke-dasharray="4 2"/>
  <text x="100" y="90" text-anchor="middle">majority: 306 of 611 ` + "\uFFFD" + `</text>
</svg>
`
	if got := b.String(); got != want {
		t.Errorf("WriteTo wrote\n%s\nwant\n%s", got, want)
	}
	wellFormed(t, b.Bytes())
}

// wellFormed checks that b is well-formed XML whose root is svg.
func wellFormed(t *testing.T, b []byte) {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(b))
	root := ""
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%s", err, b)
		}
		if se, ok := tok.(xml.StartElement); ok && root == "" {
			root = se.Name.Local
		}
	}
	if root != "svg" {
		t.Errorf("root element %q, want svg", root)
	}
}

func TestUnbalanced(t *testing.T) {
	for name, build := range map[string]func(*Doc){
		"open":  func(d *Doc) { d.Group("") },
		"extra": func(d *Doc) { d.End() },
	} {
		d := New("x", 1, 1, "t", "d")
		build(d)
		var b bytes.Buffer
		if _, err := d.WriteTo(&b); err == nil || !strings.Contains(err.Error(), "not balanced") || b.Len() != 0 {
			t.Errorf("%s: WriteTo = %v, wrote %d bytes; want an error and nothing written", name, err, b.Len())
		}
	}
}

// FuzzText checks that no text or attribute value breaks the markup.
func FuzzText(f *testing.F) {
	for _, s := range []string{"", "a", "<", "]]>", "\x00", "\"'&", "Лукашэнка"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := New(s, 10, 10, s, s)
		d.Group(s, A("class", s))
		d.Text(1, 1, s, A("data-x", s))
		d.End()
		var b bytes.Buffer
		if _, err := d.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		wellFormed(t, b.Bytes())
	})
}

func TestID(t *testing.T) {
	var b bytes.Buffer
	if _, err := New(`ep"1`, 1, 1, "t", "d").WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`aria-labelledby="ep&#34;1-title ep&#34;1-desc"`, `<title id="ep&#34;1-title">t</title>`, `<desc id="ep&#34;1-desc">d</desc>`} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("no %s in\n%s", want, b.String())
		}
	}
	wellFormed(t, b.Bytes())
}
