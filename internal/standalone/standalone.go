// Package standalone writes self-contained HTML pages: the illustrated
// page of each story the example programs tell, one document with its
// pictures inline, its style in the page, no script, and a
// Content-Security-Policy that forbids the browser to fetch anything, so
// that the page makes no network request and reads the same offline.
//
// The markup is also well-formed XML (the pictures are the library's own
// SVG, and every empty element is closed), which lets Check read a page
// with encoding/xml and refuse anything in it that could fetch or run.
package standalone

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/acquis-eu/acquis"
)

// A Page is one story: a title, a lead paragraph and its sections.
type Page struct {
	Title string
	Lead  string
	// Notes are printed under the title, such as the day the page
	// describes and what the data does not hold.
	Notes    []string
	Sections []Section
	Footer   string
}

// A Section is one part of the story, with its pictures, tables and
// sources.
type Section struct {
	ID         string // the fragment the contents link to
	Heading    string
	Paragraphs []string
	Figures    []Figure
	Tables     []Table
	Sources    []Link
}

// A Figure is one picture: an SVG document, written inline, and its
// caption.
type Figure struct {
	SVG     []byte
	Caption string
}

// A Table is a table of text: the text alternative of a picture, or a list
// of acts.
type Table struct {
	Caption string
	Head    []string
	Rows    [][]Cell
}

// A Cell is one table cell: text, linked when URL is not empty, and kept
// on one line when NoWrap is set (a date, which would otherwise break at
// its hyphens).
type Cell struct {
	Text   string
	URL    string
	NoWrap bool
}

// A Link is a source: its words, and its address when it has one.
type Link struct {
	Text string
	URL  string
}

// T returns a cell of text.
func T(s string) Cell { return Cell{Text: s} }

// D returns a cell of a date, kept on one line; the zero Date is an empty
// cell.
func D(d acquis.Date) Cell {
	if !d.IsValid() {
		return Cell{}
	}
	return Cell{Text: d.String(), NoWrap: true}
}

// csp forbids every fetch: the page's style and pictures are inline, and
// nothing else is needed. Links the reader follows are navigation, which
// the policy does not govern.
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

const style = `
body { font-family: sans-serif; color: #222; background: #fff; margin: 0; line-height: 1.45; }
main { max-width: 820px; margin: 0 auto; padding: 24px 20px 40px; }
h1 { font-size: 1.7em; margin: 0.2em 0 0.4em; }
h2 { font-size: 1.3em; margin: 1.8em 0 0.5em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
h3 { font-size: 1em; margin: 1.2em 0 0.3em; }
.lead { font-size: 1.1em; }
.note { color: #555; font-size: 0.92em; }
nav ol { padding-left: 1.4em; margin: 0.3em 0; }
figure { margin: 1em 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: #555; font-size: 0.9em; margin-top: 0.3em; }
table { border-collapse: collapse; width: 100%; font-size: 0.88em; margin: 0.8em 0; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.nowrap { white-space: nowrap; }
ul.sources { font-size: 0.88em; color: #333; padding-left: 1.2em; }
a { color: #0060a0; }
footer { margin-top: 2.5em; color: #555; font-size: 0.85em; border-top: 1px solid #ccc; padding-top: 0.6em; }
`

var page = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta http-equiv="Content-Security-Policy" content="{{.CSP}}"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{{.Title}}</title>
<style>{{.Style}}</style>
</head>
<body>
<main>
<header>
<h1>{{.Title}}</h1>
<p class="lead">{{.Lead}}</p>
{{- range .Notes}}
<p class="note">{{.}}</p>
{{- end}}
</header>
<nav aria-label="Contents">
<ol>
{{- range .Sections}}
<li><a href="#{{.ID}}">{{.Heading}}</a></li>
{{- end}}
</ol>
</nav>
{{- range .Sections}}
<section id="{{.ID}}" aria-labelledby="{{.ID}}-h">
<h2 id="{{.ID}}-h">{{.Heading}}</h2>
{{- range .Paragraphs}}
<p>{{.}}</p>
{{- end}}
{{- range .Figures}}
<figure>
{{.SVG}}
<figcaption>{{.Caption}}</figcaption>
</figure>
{{- end}}
{{- range .Tables}}
<table>
<caption>{{.Caption}}</caption>
<thead><tr>{{range .Head}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr>{{range .}}<td{{if .NoWrap}} class="nowrap"{{end}}>{{if .URL}}<a href="{{.URL}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
{{- end}}
{{- if .Sources}}
<h3>Sources</h3>
<ul class="sources">
{{- range .Sources}}
<li>{{if .URL}}<a href="{{.URL}}">{{.Text}}</a>{{else}}{{.Text}}{{end}}</li>
{{- end}}
</ul>
{{- end}}
</section>
{{- end}}
<footer>{{.Footer}}</footer>
</main>
</body>
</html>
`))

// Write writes p as one HTML document. The figures' SVG is written as it
// is: it must be the output of package chart, or of another writer that
// escapes what it writes. Write returns an error if a figure is not an svg
// element, a link is not an http, https or fragment address, or w fails.
func Write(w io.Writer, p Page) error {
	type figure struct {
		SVG     template.HTML
		Caption string
	}
	type section struct {
		Section
		Figures []figure
	}
	data := struct {
		Page
		CSP      string
		Style    template.CSS
		Sections []section
	}{Page: p, CSP: csp, Style: template.CSS(style)}
	for _, s := range p.Sections {
		sec := section{Section: s}
		for i, f := range s.Figures {
			svg := bytes.TrimSpace(f.SVG)
			if !bytes.HasPrefix(svg, []byte("<svg ")) || !bytes.HasSuffix(svg, []byte("</svg>")) {
				return fmt.Errorf("standalone: section %q, figure %d: not an svg element", s.ID, i+1)
			}
			sec.Figures = append(sec.Figures, figure{template.HTML(svg), f.Caption})
		}
		for _, l := range s.Sources {
			if err := checkURL(l.URL); err != nil {
				return fmt.Errorf("standalone: section %q, source %q: %w", s.ID, l.Text, err)
			}
		}
		for _, t := range s.Tables {
			for _, r := range t.Rows {
				for _, c := range r {
					if err := checkURL(c.URL); err != nil {
						return fmt.Errorf("standalone: section %q, table %q: %w", s.ID, t.Caption, err)
					}
				}
			}
		}
		data.Sections = append(data.Sections, sec)
	}
	var b bytes.Buffer
	if err := page.Execute(&b, data); err != nil {
		return fmt.Errorf("standalone: %w", err)
	}
	_, err := w.Write(b.Bytes())
	return err
}

func checkURL(u string) error {
	if u == "" || strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "#") {
		return nil
	}
	return errors.New("link " + u + " is not an http, https or fragment address")
}
