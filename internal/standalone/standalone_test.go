package standalone

import (
	"bytes"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
)

func sample() Page {
	return Page{
		Title: `Belarus & "2020"`,
		Lead:  "A <story>.",
		Notes: []string{"As of 6 November 2020."},
		Sections: []Section{{
			ID: "vote", Heading: "The vote",
			Paragraphs: []string{"574 for."},
			Figures:    []Figure{{SVG: []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img"><title>t</title><rect width="10" height="10" fill="#0072B2"/></svg>` + "\n"), Caption: "The seats."}},
			Tables:     []Table{{Caption: "Acts", Head: []string{"Act", "Day"}, Rows: [][]Cell{{{Text: "2020/1648", URL: "http://data.europa.eu/eli/reg_impl/2020/1648/oj"}, T("2020-11-06")}}}},
			Sources:    []Link{{Text: "HowTheyVote.eu", URL: "https://howtheyvote.eu/votes/117273"}, {Text: "a press release"}},
		}},
		Footer: "Written by acquis.",
	}
}

func TestWrite(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sample()); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	for _, want := range []string{
		`<title>Belarus &amp; &#34;2020&#34;</title>`,
		`<p class="lead">A &lt;story&gt;.</p>`,
		`<li><a href="#vote">The vote</a></li>`,
		`<rect width="10" height="10" fill="#0072B2"/></svg>`,
		`<a href="http://data.europa.eu/eli/reg_impl/2020/1648/oj">2020/1648</a>`,
		`<li>a press release</li>`,
		`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;`,
	} {
		if !strings.Contains(s, want) {
			t.Errorf("no %s in the page", want)
		}
	}
	if err := Check(b.Bytes()); err != nil {
		t.Errorf("Check: %v", err)
	}
}

func TestWriteErrors(t *testing.T) {
	for name, change := range map[string]func(*Page){
		"figure not svg":     func(p *Page) { p.Sections[0].Figures[0].SVG = []byte("<img src=x>") },
		"script link":        func(p *Page) { p.Sections[0].Sources[0].URL = "javascript:alert(1)" },
		"relative cell link": func(p *Page) { p.Sections[0].Tables[0].Rows[0][0].URL = "page.html" },
	} {
		p := sample()
		change(&p)
		if err := Write(&bytes.Buffer{}, p); err == nil || !strings.HasPrefix(err.Error(), "standalone: section \"vote\"") {
			t.Errorf("%s: Write = %v, want an error naming the section", name, err)
		}
	}
}

// TestCheck checks that the checker finds each way a page could
// fetch: it must be able to fail.
func TestCheck(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sample()); err != nil {
		t.Fatal(err)
	}
	good := b.String()
	for name, c := range map[string]struct{ old, new, want string }{
		"no policy":     {`http-equiv="Content-Security-Policy"`, `http-equiv="X"`, "no Content-Security-Policy"},
		"script":        {"<footer>", "<script>alert(1)</script><footer>", "element script"},
		"image":         {"<footer>", `<img src="http://example.org/x.png"/><footer>`, "element img"},
		"style sheet":   {"</head>", `<link rel="stylesheet" href="https://example.org/s.css"/></head>`, "element link"},
		"css url":       {"body {", "body { background: url(http://example.org/b.png);", "style sheet fetches"},
		"css import":    {"body {", "@import 'x.css'; body {", "style sheet fetches"},
		"inline style":  {`<p class="lead">`, `<p class="lead" style="background:url(x.png)">`, "style that fetches"},
		"handler":       {`<p class="lead">`, `<p class="lead" onclick="x()">`, "event handler"},
		"svg use":       {`<rect width`, `<use href="http://example.org/a.svg#x"/><rect width`, "element use"},
		"svg href":      {`<rect width`, `<rect href="http://example.org/a.svg"/><rect width`, "has href"},
		"refresh":       {"<title>", `<meta http-equiv="refresh" content="0; url=http://example.org"/><title>`, "refresh"},
		"not well-form": {"</footer>", "", "not well-formed"},
	} {
		page := strings.Replace(good, c.old, c.new, 1)
		if page == good {
			t.Fatalf("%s: %q not in the page", name, c.old)
		}
		if err := Check([]byte(page)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: Check = %v, want an error with %q", name, err, c.want)
		}
	}
}

func TestDate(t *testing.T) {
	if c := D(acquis.MustParseDate("2020-11-06")); c != (Cell{Text: "2020-11-06", NoWrap: true}) {
		t.Errorf("D(2020-11-06) = %+v", c)
	}
	if c := D(acquis.Date{}); c != (Cell{}) {
		t.Errorf("D(zero) = %+v, want an empty cell", c)
	}
	p := sample()
	p.Sections[0].Tables[0].Rows[0][1] = D(acquis.MustParseDate("2020-11-06"))
	var b bytes.Buffer
	if err := Write(&b, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `<td class="nowrap">2020-11-06</td>`) {
		t.Errorf("a date cell is not kept on one line")
	}
}
