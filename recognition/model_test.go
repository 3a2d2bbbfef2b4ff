package recognition

import "testing"

func TestActorName(t *testing.T) {
	for a, want := range map[Actor]string{
		EuropeanParliament: "European Parliament", EuropeanCouncil: "European Council", Council: "Council of the EU",
		HighRepresentative: "High Representative", "DE": "Germany", "EL": "Greece", "UK": "United Kingdom",
		"US": "United States", "CA": "Canada", "UNGA": "UNGA", "HR": "Croatia",
	} {
		if got := a.Name(); got != want {
			t.Errorf("Actor(%q).Name() = %q, want %q", a, got, want)
		}
	}
}
