package recognition_test

import (
	"testing"

	"github.com/acquis-eu/acquis"
	"github.com/acquis-eu/acquis/recognition"
)

// at returns l.StatusAt, failing the test on an error.
func at(t testing.TB, l *recognition.Ledger, a recognition.Actor, c recognition.Claimant, o recognition.Office, d acquis.Date) recognition.Position {
	t.Helper()
	p, err := l.StatusAt(a, c, o, d)
	if err != nil {
		t.Fatalf("StatusAt(%s, %s, %v): %v", a, c.ID, d, err)
	}
	return p
}
