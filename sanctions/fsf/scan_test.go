package fsf_test

import (
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// TestScannerRefuses checks what the Decoder's scanner refuses, on
// purpose, where encoding/xml reads on: each refusal is an
// *xml.SyntaxError at its line, and fsf.Refused says so.
func TestScannerRefuses(t *testing.T) {
	body := "\n" + entity11(1, "") + "\n</export>\n"
	root := `<export xmlns="` + fsf.Namespace + `">`
	tests := []struct {
		name     string
		in       string
		wantLine int
		stdReads bool // encoding/xml reads the input without an error
	}{
		{"surrogate reference", doc11(entity11(1, `<remark>&#xD800;</remark>`)), 2, true},
		{"surrogate reference, decimal", doc11(entity11(1, `<nameAlias wholeName="&#57343;"/>`)), 2, true},
		{"comment not UTF-8", root + "\n<!-- \xff -->" + body, 2, true},
		{"comment with a control character", root + "\n<!-- \x01 -->" + body, 2, true},
		{"processing instruction not UTF-8", root + "\n<?pi \xc3?>" + body, 2, true},
		{"target not ASCII", "<?é?>\n" + root + body, 1, true},
		{"target XML", "<?XML version=\"1.0\"?>\n" + root + body, 1, true},
		{"declaration after white space", "\n<?xml version=\"1.0\"?>" + root + body, 2, true},
		{"declaration inside", root + "\n<?xml version=\"1.0\"?>" + body, 2, true},
		{"declaration without a version", "<?xml encoding=\"UTF-8\"?>\n" + root + body, 1, true},
		{"declaration in another order", "<?xml version=\"1.0\" standalone=\"yes\" encoding=\"UTF-8\"?>\n" + root + body, 1, true},
		{"declaration with another attribute", "<?xml version=\"1.0\" lang=\"en\"?>\n" + root + body, 1, true},
		{"declaration twice the version", "<?xml version=\"1.0\" version=\"1.0\"?>\n" + root + body, 1, true},
		{"declaration without white space", "<?xml version=\"1.0\"encoding=\"UTF-8\"?>\n" + root + body, 1, true},
		{"declaration standalone maybe", "<?xml version=\"1.0\" standalone=\"maybe\"?>\n" + root + body, 1, true},
		{"declaration version 1.1", "<?xml version=\"1.1\"?>\n" + root + body, 1, false},
		{"declaration in Latin-1", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + root + body, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := fsf.NewDecoder(strings.NewReader(tt.in))
			for d.Next() {
			}
			var syntax *xml.SyntaxError
			var pe *fsf.ParseError
			if !errors.As(d.Err(), &syntax) || !errors.As(d.Err(), &pe) || pe.Line != tt.wantLine || !fsf.Refused(d) {
				t.Errorf("Err() = %v, refused %v; want an *xml.SyntaxError on line %d, refused", d.Err(), fsf.Refused(d), tt.wantLine)
			}
			if _, _, err := fsf.ReadAllStd(strings.NewReader(tt.in)); (err == nil) != tt.stdReads {
				t.Errorf("encoding/xml: %v; want it to read: %v", err, tt.stdReads)
			}
		})
	}
}

// TestScannerReads checks XML that the scanner reads as encoding/xml does,
// though the Financial Sanctions Files do not use it.
func TestScannerReads(t *testing.T) {
	for _, in := range []string{
		"<?xml version='1.0'?>" + doc11(entity11(1, "")),
		"<?xml version = \"1.0\"  encoding = 'utf-8'\tstandalone=\"no\" ?>" + doc11(entity11(1, "")),
		"<?xml-stylesheet href=\"a\"?>" + doc11(entity11(1, "<?pi?><?pi x?>")),
		doc11(entity11(1, "<remark>a<!--b-->c<![CDATA[d&e<f>]]>g&#x48;&#73;</remark>")),
		doc11(entity11(1, "<remark>\r\n a\rb\r\r\nc &#13;\n</remark>")),
		doc11(entity11(1, `<nameAlias wholeName='a "b" &apos;' lastName = "x&#9;y" />`)),
		doc11(entity11(1, "<nameAlias\n\twholeName=\"a\"\r\n/><remark\n>r</remark\n>")),
		doc11(entity11(1, `<nameAlias wholeName="a ]]> b &gt; c"/>`)),
		`<export><sanctionEntity logicalId="1"><subjectType code="person"/></sanctionEntity></export>`,
	} {
		h, all, err := fsf.ReadAll(strings.NewReader(in))
		if err != nil || len(all) != 1 {
			t.Errorf("ReadAll(%q) = %d entities, %v", in, len(all), err)
			continue
		}
		h2, all2, err := fsf.ReadAllStd(strings.NewReader(in))
		if err != nil || h != h2 || cmpDiff(all2[0], all[0]) != "" {
			t.Errorf("ReadAll(%q) = %+v %+v; encoding/xml reads %+v %+v, %v", in, h, all[0], h2, all2[0], err)
		}
	}
}
