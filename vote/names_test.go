package vote_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/acquis-eu/acquis/vote"
)

// kebab returns name in lower case with a hyphen between its words, a
// number being a word: "Article7Determination" is "article-7-determination".
func kebab(name string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range name {
		if prev != 0 && (unicode.IsUpper(r) || unicode.IsDigit(r) && !unicode.IsDigit(prev)) {
			b.WriteByte('-')
		}
		b.WriteRune(unicode.ToLower(r))
		prev = r
	}
	return b.String()
}

// constants returns the names of the constants of type typ declared in the
// package's files, in order, from the one set to 1 + iota: their values
// are 1, 2, ...
func constants(t *testing.T, typ string) []string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			in := false
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); ok {
					in = id.Name == typ
				}
				if in && ast.IsExported(vs.Names[0].Name) && (vs.Type != nil || len(vs.Values) == 0) {
					names = append(names, vs.Names[0].Name)
				}
			}
		}
	}
	return names
}

// TestNamesOfRules checks the one spelling of each rule and choice: its
// String is its constant's name in lower case with hyphens, and the table
// of the package documentation lists every rule, in order, with that
// spelling and its basis.
func TestNamesOfRules(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^//\t(\w+) +([a-z0-9-]+) +(.+)$`)
	rows := map[string][2]string{}
	var order []string
	for _, m := range row.FindAllStringSubmatch(string(doc), -1) {
		rows[m[1]] = [2]string{m[2], m[3]}
		order = append(order, m[1])
	}
	check := func(name, text, basis string) {
		t.Helper()
		if text != kebab(name) {
			t.Errorf("%s is spelled %q, want %q", name, text, kebab(name))
		}
		if got, ok := rows[name]; !ok || got != [2]string{text, basis} {
			t.Errorf("the package documentation gives %s as %q, want %q with the basis %q", name, got, text, basis)
		}
	}
	parliament, council := constants(t, "ParliamentRule"), constants(t, "CouncilRule")
	for i, name := range parliament {
		r := vote.ParliamentRule(i + 1)
		check(name, r.String(), r.Basis())
	}
	for i, name := range council {
		r := vote.CouncilRule(i + 1)
		check(name, r.String(), r.Basis())
	}
	if want := append(parliament, council...); strings.Join(order, " ") != strings.Join(want, " ") {
		t.Errorf("the table of the package documentation lists %v, want %v", order, want)
	}
	if len(parliament) == 0 || !vote.ParliamentRule(len(parliament)).IsValid() || vote.ParliamentRule(len(parliament)+1).IsValid() ||
		len(council) == 0 || !vote.CouncilRule(len(council)).IsValid() || vote.CouncilRule(len(council)+1).IsValid() {
		t.Errorf("the constants, %d of Parliament and %d of the Council, are not the valid rules", len(parliament), len(council))
	}
	for i, name := range constants(t, "Choice") {
		if c := vote.Choice(i + 1); c.String() != kebab(name) {
			t.Errorf("%s is spelled %q, want %q", name, c, kebab(name))
		}
	}
}
