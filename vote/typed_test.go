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

// TestMisuseDoesNotCompile type-checks a program that hands a rule of one
// institution to the other and uses Ballot.Set as if it returned a changed
// copy, and checks that the compiler refuses every line: the institution
// is part of a rule's type, and a ballot changes in place.
func TestMisuseDoesNotCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks package vote from source")
	}
	const src = `package p

import (
	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/vote"
)

func f(ep vote.Parliament, c vote.Council, b vote.Ballot) {
	ep.Decide(vote.QualifiedMajority, vote.Tally{})
	c.Decide(vote.Censure, b)
	b = b.Set(acquis.DE, vote.Against)
	c.Ballot(vote.For).Set(acquis.DE, vote.Against)
}
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	refused := map[int]string{}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Error: func(err error) {
		if te, ok := err.(types.Error); ok {
			refused[fset.Position(te.Pos).Line] = te.Msg
		}
	}}
	conf.Check("p", fset, []*ast.File{file}, nil)
	for line, code := range strings.Split(src, "\n") {
		if strings.HasPrefix(code, "\t") && strings.Contains(code, "(") {
			if _, ok := refused[line+1]; !ok {
				t.Errorf("%s compiles", strings.TrimSpace(code))
			}
		}
	}
}

// TestBallotSet checks that Set and RequestPopulationCheck change the
// ballot they are called on, and that a copy passed to Decide is decided
// as it was at the call.
func TestBallotSet(t *testing.T) {
	c := council(t, "2010-06-01")
	b := c.Ballot(vote.For)
	b.Set(acquis.DE, vote.Against)
	b.RequestPopulationCheck()
	if b.Choice(acquis.DE) != vote.Against || !b.PopulationCheckRequested() {
		t.Fatalf("after Set and RequestPopulationCheck: DE %v, check %v", b.Choice(acquis.DE), b.PopulationCheckRequested())
	}
	res, err := c.Decide(vote.NiceWeights, b)
	if err != nil {
		t.Fatal(err)
	}
	b.Set(acquis.FR, vote.Against)
	if res.MembersAgainst() != 1 || !res.PopulationCheck() {
		t.Errorf("decided %v", res)
	}
	b.Set(0, vote.Against)
	b.Set(200, vote.Against)
	if b.Choice(0) != 0 || b.Choice(200) != 0 {
		t.Error("Set of an invalid member changed the ballot")
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
