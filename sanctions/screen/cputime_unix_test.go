//go:build unix

package screen

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the process has used, user and
// system, for the benchmarks' rates per second of processor time, which a
// machine shared with other work changes less than rates per second of
// wall time. ok is false where it cannot be measured.
func cpuTime() (d time.Duration, ok bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
