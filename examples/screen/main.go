// Command screen screens names against a sanctions list: for each name, the
// listed entities whose score reaches a threshold, with the alias that
// matched and why.
//
// Usage:
//
//	screen [-list FILE] [-min 0.8] [-birth DATE] [-country COUNTRY] [-id NUMBER] [-type TYPE] [-json] [NAME ...]
//
// The names are the arguments or, when there are none, the lines of
// standard input, one name a line (empty lines are skipped). They may be
// written in any script and order: "Лукашэнка Аляксандр", "LUKASHENKO,
// Alexander".
//
// -list reads the list from FILE: a file of the EU's Financial Sanctions
// Files (XML 1.1, the legacy XML 1.0 or CSV 1.1, which package fsf tells
// apart), or FollowTheMoney JSON lines as OpenSanctions publishes them
// (a file whose first character other than a space is "{"). Without it,
// the list is the library's Belarus 2020 data: every entity any act of
// sanctions.Belarus2020 lists. -min is the threshold, in [0, 1]
// (screen.DefaultMin by default).
//
// -birth, -country, -id and -type say what else is known of the bearers of
// the names, and qualify every name screened (package screen documents
// how): a date of birth ("1954-08-30", "1954", "30/08/1954", "30 August
// 1954"), a country (an ISO 3166-1 code such as BY or BLR, or an English
// name such as Belarus), the number of an identity document (of four
// letters and digits at least), and the type of entity (person or
// organisation). A value that cannot be read with certainty, such as the
// date "02/03/1924" (2 March or 3 February) or the country "Narnia", is a
// usage error.
//
// The text output gives, for each name, its matches, best first (score,
// the entity's main name, its id in the list, then the alias that matched
// and the reason), or "no match". It writes the control and reordering
// characters of the names and of the list's text as escapes (\x1b,
// \u202e), so that no input can send escape sequences to the terminal. -json prints a JSON array with one
// object per name: {"query": NAME, "matches": [{"query", "name", "score",
// "id", "alias", "language", "reason", "qualifiers"}]}, where name is the
// entity's main name, id its id in the list (the EU reference number, or
// the FollowTheMoney id), alias the whole name of the alias that matched
// and language its language, and qualifiers the checks of -birth, -country
// and -id against the entity ({"field", "query", "listed", "agrees",
// "delta"}; absent when there are none); scores are rounded to three
// decimals.
//
// Exit status: 0 on success, a name without a match included; 1 on failure
// (a list that cannot be read, with the line where it went wrong); 2 for a
// usage error.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
	"github.com/acquis-eu/acquis/sanctions/ftm"
	"github.com/acquis-eu/acquis/sanctions/screen"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("screen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	list := fs.String("list", "", "read the list from `FILE` (FSF XML or CSV, or FollowTheMoney JSON lines); default: the Belarus 2020 data")
	threshold := fs.Float64("min", screen.DefaultMin, "report matches whose score is at least `SCORE`, in [0, 1]")
	asJSON := fs.Bool("json", false, "print a JSON array, one object per name")
	birth := fs.String("birth", "", "the date of birth of the bearers of the names: `DATE` such as 1954-08-30, 1954 or 30/08/1954")
	country := fs.String("country", "", "their nationality or country of residence: `COUNTRY`, an ISO 3166-1 code (BY, BLR) or an English name")
	idNumber := fs.String("id", "", "the `NUMBER` of an identity document of theirs")
	kind := fs.String("type", "", "keep the entities of this `TYPE`: person or organisation")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: screen [-list FILE] [-min 0.8] [-birth DATE] [-country COUNTRY] [-id NUMBER] [-type TYPE] [-json] [NAME ...]\n\n"+
			"Screens names against a sanctions list; with no NAME, reads one name a line from standard input.\n\n")
		fs.PrintDefaults()
	}
	if status, ok := command.Parse(fs, args, -1); !ok {
		return status
	}
	if math.IsNaN(*threshold) || *threshold < 0 || *threshold > 1 {
		return command.Fail(stderr, "screen", command.Usage(fmt.Errorf("-min %v is not in [0, 1]", *threshold)))
	}

	q, err := details(*birth, *country, *idNumber, *kind)
	if err != nil {
		return command.Fail(stderr, "screen", command.Usage(err))
	}

	entities, err := load(*list)
	if err != nil {
		return command.Fail(stderr, "screen", err)
	}
	names := fs.Args()
	if len(names) == 0 {
		if names, err = readLines(stdin); err != nil {
			return command.Fail(stderr, "screen", fmt.Errorf("reading names: %w", err))
		}
	}

	ix := screen.NewIndex(entities)
	results := make([]result, len(names))
	for i, name := range names {
		results[i] = result{Query: name, Matches: []match{}}
		q.Name = name
		for _, m := range ix.Search(q, *threshold) {
			results[i].Matches = append(results[i].Matches, match{
				Query: name, Name: m.Entity.Name(), Score: math.Round(m.Score*1000) / 1000, ID: m.Entity.ID,
				Alias: m.Alias.Full(), Language: m.Alias.Language, Reason: m.Reason, Qualifiers: m.Qualifiers,
			})
		}
	}
	w := bufio.NewWriter(stdout)
	status := command.Print(w, stderr, "screen", *asJSON, results, func(w io.Writer) error { return writeText(w, results) })
	if err := w.Flush(); err != nil && status == 0 {
		return command.Fail(stderr, "screen", err)
	}
	return status
}

// result is the output for one name.
type result struct {
	Query   string  `json:"query"`
	Matches []match `json:"matches"`
}

type match struct {
	Query      string             `json:"query"`
	Name       string             `json:"name"`
	Score      float64            `json:"score"`
	ID         string             `json:"id"`
	Alias      string             `json:"alias"`
	Language   string             `json:"language"`
	Reason     string             `json:"reason"`
	Qualifiers []screen.Qualifier `json:"qualifiers,omitempty"`
}

// details returns the query that -birth, -country, -id and -type make, or
// an error that names the flag whose value cannot be read.
func details(birth, country, id, kind string) (screen.Query, error) {
	var q screen.Query
	var err error
	if q.BirthDate, err = screen.ParseBirthDate(birth); err != nil {
		return q, fmt.Errorf("-birth: %w", err)
	}
	if q.Country, err = screen.ParseCountry(country); err != nil {
		return q, fmt.Errorf("-country: %w", err)
	}
	// The library compares the letters and digits of a number, and only
	// from four of them on.
	n := 0
	for _, c := range id {
		if '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			n++
		}
	}
	if id != "" && n < 4 {
		return q, fmt.Errorf("-id: %s has fewer than four letters and digits, too few to compare", strconv.Quote(id))
	}
	q.IDNumber = id
	if kind != "" {
		if err := q.Type.UnmarshalText([]byte(kind)); err != nil {
			return q, fmt.Errorf("-type: %q is neither person nor organisation", kind)
		}
	}
	return q, nil
}

func writeText(w io.Writer, results []result) error {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w, command.Quote(r.Query))
		if len(r.Matches) == 0 {
			fmt.Fprintln(w, "  no match")
		}
		for _, m := range r.Matches {
			fmt.Fprintf(w, "  %.3f  %s  [%s]\n", m.Score, command.Quote(m.Name), command.Quote(m.ID))
			// The library's reason quotes the list's text it holds.
			if _, err := fmt.Fprintf(w, "         %s\n", m.Reason); err != nil {
				return err
			}
		}
	}
	return nil
}

// readLines returns the lines of r that are not blank, trimmed.
func readLines(r io.Reader) ([]string, error) {
	var lines []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		if s := strings.TrimSpace(sc.Text()); s != "" {
			lines = append(lines, s)
		}
	}
	return lines, sc.Err()
}

// load returns the entities of the list in the named file, or of the Belarus
// 2020 data when name is empty.
func load(name string) ([]*sanctions.Entity, error) {
	if name == "" {
		return belarus2020(), nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	first, err := firstByte(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if first == '{' {
		es, err := ftm.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		entities, err := ftm.ToEntities(es)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return entities, nil
	}
	_, entities, err := fsf.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return entities, nil
}

// firstByte returns the first byte of r that is not white space or a
// byte order mark, without consuming it.
func firstByte(r *bufio.Reader) (byte, error) {
	for n := 1; ; n++ {
		b, err := r.Peek(n)
		if len(b) < n {
			if errors.Is(err, io.EOF) {
				return 0, errors.New("empty file")
			}
			return 0, err
		}
		c := b[n-1]
		switch {
		case c == ' ', c == '\t', c == '\r', c == '\n':
			continue
		case n <= 3 && (c == 0xEF || c == 0xBB || c == 0xBF): // UTF-8 byte order mark
			continue
		}
		return c, nil
	}
}

// belarus2020 returns every entity an act of the Belarus 2020 data lists,
// each once, in the order of the acts.
func belarus2020() []*sanctions.Entity {
	var es []*sanctions.Entity
	seen := map[string]bool{}
	for _, a := range sanctions.Belarus2020().Acts() {
		for _, e := range a.Effects {
			if e.Change == sanctions.Listed && e.Entity != nil && !seen[e.Entity.ID] {
				seen[e.Entity.ID] = true
				es = append(es, e.Entity)
			}
		}
	}
	return es
}
