//go:build !unix

package screen

import "time"

// cpuTime reports that the processor time cannot be measured here.
func cpuTime() (time.Duration, bool) { return 0, false }
