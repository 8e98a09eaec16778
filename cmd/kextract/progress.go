package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/kextract/kextract"
)

// progressBar draws, on a terminal, the phase of the run, documents done /
// total, MB/s and time left, once a run has lasted long enough to need it.
// It draws nothing when the output is not a terminal or under --quiet.
type progressBar struct {
	w       io.Writer
	enabled bool
	now     func() time.Time
	start   time.Time // of the run
	phase   kextract.Phase
	since   time.Time // the phase's start
	last    time.Time // the last drawing
	drawn   bool
}

// progressDelay is how long a run goes before the bar appears.
const progressDelay = 2 * time.Second

func newProgressBar(w io.Writer, quiet bool) *progressBar {
	f, ok := w.(*os.File)
	return newProgressBarAt(w, !quiet && ok && term.IsTerminal(int(f.Fd())), time.Now)
}

func newProgressBarAt(w io.Writer, enabled bool, now func() time.Time) *progressBar {
	t := now()
	return &progressBar{w: w, enabled: enabled, now: now, start: t, since: t}
}

// update is a kextract.Progress.
func (p *progressBar) update(phase kextract.Phase, done, total int, bytes int64) {
	if !p.enabled {
		return
	}
	now := p.now()
	if phase != p.phase {
		p.phase, p.since, p.last = phase, now, time.Time{}
	}
	if now.Sub(p.start) < progressDelay || (now.Sub(p.last) < 200*time.Millisecond && done < total) {
		return
	}
	p.last = now
	if phase == kextract.PhaseWrite {
		fmt.Fprintf(p.w, "\r\033[K%s the dataset ...", phase)
		p.drawn = true
		return
	}
	elapsed := now.Sub(p.since)
	mbps := 0.0
	if elapsed > 0 {
		mbps = float64(bytes) / 1e6 / elapsed.Seconds()
	}
	left := "?"
	if done > 0 {
		left = (time.Duration(float64(elapsed) / float64(done) * float64(total-done))).Round(time.Second).String()
	}
	const width = 30
	filled := 0
	if total > 0 {
		filled = width * done / total
	}
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	fmt.Fprintf(p.w, "\r\033[K%-10s [%s] %d/%d documents  %.1f MB/s  %s left", phase, bar, done, total, mbps, left)
	p.drawn = true
}

// finish erases the bar.
func (p *progressBar) finish() {
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
