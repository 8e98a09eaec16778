package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"golang.org/x/term"
)

// progressBar draws documents done / total, MB/s and time left on a
// terminal, once a run has lasted long enough to need it. It draws nothing
// when the output is not a terminal or under --quiet.
type progressBar struct {
	w       io.Writer
	enabled bool
	start   time.Time
	last    time.Time
	drawn   bool
}

// progressDelay is how long a run goes before the bar appears.
const progressDelay = 2 * time.Second

func newProgressBar(w io.Writer, quiet bool) *progressBar {
	f, ok := w.(*os.File)
	return &progressBar{w: w, enabled: !quiet && ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
}

func (p *progressBar) update(done, total int, bytes int64) {
	if !p.enabled {
		return
	}
	now := time.Now()
	elapsed := now.Sub(p.start)
	if elapsed < progressDelay || (now.Sub(p.last) < 200*time.Millisecond && done < total) {
		return
	}
	p.last = now
	mbps := float64(bytes) / 1e6 / elapsed.Seconds()
	left := "?"
	if done > 0 {
		left = (time.Duration(float64(elapsed) / float64(done) * float64(total-done))).Round(time.Second).String()
	}
	const width = 30
	filled := 0
	if total > 0 {
		filled = width * done / total
	}
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = ' '
		if i < filled {
			bar[i] = '='
		}
	}
	fmt.Fprintf(p.w, "\r[%s] %d/%d documents  %.1f MB/s  %s left ", bar, done, total, mbps, left)
	p.drawn = true
}

func (p *progressBar) finish() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
