package acquis

// A Span is the stretch of days a record covers: from the first day on
// which it holds something (First) to the last (Last), and the day up to
// which it was checked against its sources (Checked; zero if not stated).
// What a day's answer is worth depends on where the day lies: before First
// the record says nothing; from First to UpTo it answers; after UpTo its
// answer is the record's as it stood, and something it lacks may have
// changed it. Package recognition records the days its cases' acts were
// adopted; package sanctions the days its acts entered into force.
//
// A Span is a comparable value. The zero Span records nothing.
type Span struct {
	First   Date `json:"first"`
	Last    Date `json:"last"`
	Checked Date `json:"checked,omitzero"`
}

// IsZero reports whether s records nothing.
func (s Span) IsZero() bool { return s == Span{} }

// UpTo returns the last day the record answers for without reserve:
// Checked, or Last when Checked is zero or earlier.
func (s Span) UpTo() Date {
	if s.Checked.After(s.Last) {
		return s.Checked
	}
	return s.Last
}

// Contains reports whether d lies from First to UpTo, both included.
func (s Span) Contains(d Date) bool {
	return !s.IsZero() && !d.Before(s.First) && !d.After(s.UpTo())
}

// String returns the span as "2020-08-11 to 2020-10-12, checked up to
// 2020-11-06", without the last part when Checked is zero, or "" for the
// zero Span.
func (s Span) String() string {
	if s.IsZero() {
		return ""
	}
	str := s.First.String() + " to " + s.Last.String()
	if s.Checked.IsValid() {
		str += ", checked up to " + s.Checked.String()
	}
	return str
}
