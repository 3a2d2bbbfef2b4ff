package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/acquis-eu/acquis/internal/num"
)

// A progress draws a progress bar of a batch on a terminal, redrawn at
// most five times a second; on anything else it draws nothing.
type progress struct {
	w     io.Writer
	on    bool
	total int
	start time.Time
	last  time.Time
}

// newProgress returns the progress bar of a batch of total names, drawn on
// w when w is a terminal.
func newProgress(w io.Writer, total int) *progress {
	p := &progress{w: w, total: total, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

// update redraws the bar for n names done, if it is time to.
func (p *progress) update(n int) {
	if !p.on {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 200*time.Millisecond && n < p.total {
		return
	}
	p.last = now
	fmt.Fprint(p.w, "\r"+bar(n, p.total, now.Sub(p.start))+"\x1b[K")
}

// done clears the bar.
func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}

// bar returns the line of a progress bar for n names of total done in
// elapsed: the bar, the share, the names, the rate and the time left.
func bar(n, total int, elapsed time.Duration) string {
	const width = 30
	share := 1.0
	if total > 0 {
		share = float64(n) / float64(total)
	}
	filled := int(share * width)
	var b strings.Builder
	b.WriteString("[" + strings.Repeat("=", filled) + strings.Repeat(" ", width-filled) + "]")
	fmt.Fprintf(&b, " %3d%%  %s of %s names", int(share*100), num.Thousands(int64(n)), num.Thousands(int64(total)))
	if s := elapsed.Seconds(); s > 0 && n > 0 {
		rate := float64(n) / s
		fmt.Fprintf(&b, "  %s names/s  %s left", num.Thousands(int64(rate)), time.Duration(float64(total-n)/rate*float64(time.Second)).Round(time.Second))
	}
	return b.String()
}
