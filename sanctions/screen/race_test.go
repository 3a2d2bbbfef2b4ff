//go:build race

package screen

// raceEnabled reports whether the tests run with the race detector, which
// makes the scan of the whole benchmark list ten times slower.
const raceEnabled = true
