package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/kextract/kextract"
)

// fakeClock is a clock a test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

func TestProgressBarDrawsOnlyAfterTheDelay(t *testing.T) {
	var out bytes.Buffer
	clock := &fakeClock{t: time.Unix(1e9, 0)}
	bar := newProgressBarAt(&out, true, clock.now)

	clock.advance(time.Second)
	bar.update(kextract.PhaseRead, 10, 100, 1e6)
	if out.Len() != 0 {
		t.Fatalf("drawn before %v: %q", progressDelay, out.String())
	}

	clock.advance(2 * time.Second)
	bar.update(kextract.PhaseRead, 50, 100, 30e6)
	got := out.String()
	for _, want := range []string{"reading", "50/100 documents", "MB/s", "left", "==="} {
		if !strings.Contains(got, want) {
			t.Errorf("bar %q lacks %q", got, want)
		}
	}

	// Redrawn at most every 200 ms, except for the last document.
	out.Reset()
	clock.advance(50 * time.Millisecond)
	bar.update(kextract.PhaseRead, 51, 100, 31e6)
	if out.Len() != 0 {
		t.Errorf("redrawn after 50 ms: %q", out.String())
	}
	bar.update(kextract.PhaseRead, 100, 100, 60e6)
	if !strings.Contains(out.String(), "100/100 documents") {
		t.Errorf("the last document was not drawn: %q", out.String())
	}

	// A new phase starts its own rate and time left.
	bar.update(kextract.PhaseExtract, 0, 100, 0)
	out.Reset()
	clock.advance(time.Second)
	bar.update(kextract.PhaseExtract, 25, 100, 10e6)
	if got := out.String(); !strings.Contains(got, "extracting") || !strings.Contains(got, "25/100 documents  10.0 MB/s  3s left") {
		t.Errorf("second phase: %q", got)
	}
	out.Reset()
	bar.update(kextract.PhaseWrite, 0, 0, 0)
	if !strings.Contains(out.String(), "writing") {
		t.Errorf("write phase: %q", out.String())
	}

	out.Reset()
	bar.finish()
	if out.String() != "\r\033[K" {
		t.Errorf("finish wrote %q, want the line erased", out.String())
	}
}

func TestProgressBarSilentOffATerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	for name, bar := range map[string]*progressBar{
		"a file":          newProgressBar(f, false),
		"a buffer":        newProgressBar(&buf, false),
		"a file, --quiet": newProgressBar(f, true),
	} {
		if bar.enabled {
			t.Errorf("%s: bar enabled", name)
		}
		bar.start = bar.start.Add(-time.Hour)
		bar.update(kextract.PhaseRead, 1, 2, 3)
		bar.finish()
	}
	if info, _ := f.Stat(); info.Size() != 0 || buf.Len() != 0 {
		t.Errorf("something was drawn off a terminal: file %d bytes, buffer %q", info.Size(), buf.String())
	}
}
