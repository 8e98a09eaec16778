package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kextract/kextract"
)

// TestSummaryCountsGenres: the end-of-run line counts the documents read by
// genre, fix first, then problem, then other, then any name the gate may
// add later; --verbose breaks each genre down by reason, sorted.
func TestSummaryCountsGenres(t *testing.T) {
	tests := []struct {
		name    string
		genres  map[string]map[string]int
		summary string // what the summary line must contain
		verbose []string
	}{
		{"none", nil, "3 documents read, 0 skipped", nil},
		{"all kinds", map[string]map[string]int{
			"other":   {"security_report": 1, "no_problem": 2},
			"new":     {"x": 1},
			"fix":     {"fix_title": 1, "advisory": 4},
			"problem": {"causes_no_fix": 1},
		}, "3 documents read (fix 5, problem 1, other 3, new 1), 0 skipped", []string{
			"documents read as fix: 5 (advisory 4, fix_title 1)\n",
			"documents read as problem: 1 (causes_no_fix 1)\n",
			"documents read as other: 3 (no_problem 2, security_report 1)\n",
			"documents read as new: 1 (x 1)\n",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := &kextract.Report{Processed: 3, Genres: tt.genres}
			if got := summary(rep); !strings.Contains(got, tt.summary) {
				t.Errorf("summary = %q, want it to contain %q", got, tt.summary)
			}
			var buf bytes.Buffer
			printStages(&buf, rep)
			out := buf.String()
			at := 0
			for _, line := range tt.verbose {
				k := strings.Index(out[at:], line)
				if k < 0 {
					t.Fatalf("verbose output lacks %q after byte %d:\n%s", line, at, out)
				}
				at += k + len(line)
			}
			if tt.verbose == nil && strings.Contains(out, "documents read as") {
				t.Errorf("verbose output has genre lines for a report without genres:\n%s", out)
			}
		})
	}
}
