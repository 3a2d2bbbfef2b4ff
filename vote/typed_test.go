package vote_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

// TestRulesDoNotMix type-checks a program that hands a rule of one
// institution to the other, and checks that the compiler refuses both
// calls: the institution is part of a rule's type.
func TestRulesDoNotMix(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks package vote from source")
	}
	const src = `package p

import "github.com/acquis-eu/acquis/vote"

func f(ep vote.Parliament, c vote.Council, b vote.Ballot) {
	ep.Decide(vote.QualifiedMajority, vote.Tally{})
	c.Decide(vote.Censure, b)
}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Error: func(err error) { errs = append(errs, err.Error()) }}
	conf.Check("p", fset, []*ast.File{file}, nil)
	if len(errs) != 2 || !strings.Contains(errs[0], "cannot use vote.QualifiedMajority") || !strings.Contains(errs[1], "cannot use vote.Censure") {
		t.Errorf("type-checking a Council rule in Parliament and a Parliament rule in the Council: %q; want both refused", errs)
	}
}

// TestDecideAllocatesNothing checks what the docs of Parliament.Decide and
// Council.Decide promise.
func TestDecideAllocatesNothing(t *testing.T) {
	p, err := vote.ParliamentOn(acquis.MustParseDate("2020-09-17"))
	if err != nil {
		t.Fatal(err)
	}
	c := council(t, "2020-11-06")
	b := ballot(c, ms{acquis.HU, acquis.PL}, ms{acquis.BE}, ms{acquis.DK, acquis.IE})
	if n := testing.AllocsPerRun(100, func() { _, _ = p.Decide(vote.Censure, vote.Tally{For: 448, Against: 197, Abstain: 48}) }); n != 0 {
		t.Errorf("Parliament.Decide: %v allocations, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = c.Decide(vote.QualifiedMajority, b) }); n != 0 {
		t.Errorf("Council.Decide: %v allocations, want 0", n)
	}
}
