package eval

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Metric is one figure: precision, recall and F1, and the counts they come
// from when it has them (all but cleaning, which is measured in characters).
type Metric struct {
	Precision, Recall, F1 float64
	TP, FP, FN            int
	HasCounts             bool
}

// Report is the result of Score.
type Report struct {
	Cleaning, Causes, Triples, Conditions, Merge Metric
	// Notes name every miss and every extra, one line each, in score.py's
	// words and order.
	Notes []string
}

// Format prints the report as score.py does: with verbose, the notes, each
// indented by two spaces; then one line per figure.
func (r *Report) Format(w io.Writer, verbose bool) error {
	bw := bufio.NewWriter(w)
	if verbose {
		for _, n := range r.Notes {
			fmt.Fprintf(bw, "  %s\n", n)
		}
	}
	for _, f := range []struct {
		name string
		m    Metric
	}{{"cleaning", r.Cleaning}, {"causes", r.Causes}, {"triples", r.Triples}, {"conditions", r.Conditions}, {"merge", r.Merge}} {
		fmt.Fprintf(bw, "%-11s P %.3f  R %.3f  F1 %.3f", f.name, f.m.Precision, f.m.Recall, f.m.F1)
		if f.m.HasCounts {
			fmt.Fprintf(bw, "  (tp %d, fp %d, fn %d)", f.m.TP, f.m.FP, f.m.FN)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// FormatJSON prints the figures as `score.py --json` does, byte for byte:
// json.dumps(indent=2) with Python's float notation.
func (r *Report) FormatJSON(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{\n")
	figures := []struct {
		name string
		m    Metric
	}{{"cleaning", r.Cleaning}, {"causes", r.Causes}, {"merge", r.Merge}, {"triples", r.Triples}, {"conditions", r.Conditions}}
	for i, f := range figures {
		fields := []string{
			`"precision": ` + pyFloat(f.m.Precision),
			`"recall": ` + pyFloat(f.m.Recall),
			`"f1": ` + pyFloat(f.m.F1),
		}
		if f.m.HasCounts {
			fields = append(fields, `"tp": `+strconv.Itoa(f.m.TP), `"fp": `+strconv.Itoa(f.m.FP), `"fn": `+strconv.Itoa(f.m.FN))
		}
		fmt.Fprintf(bw, "  %q: {\n    %s\n  }", f.name, strings.Join(fields, ",\n    "))
		if i < len(figures)-1 {
			bw.WriteString(",")
		}
		bw.WriteString("\n")
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// pyFloat is Python's repr of a float: the shortest digits that read back,
// in exponent form below 1e-4 or from 1e16, else with at least one decimal.
func pyFloat(f float64) string {
	if a := math.Abs(f); a != 0 && (a < 1e-4 || a >= 1e16) {
		return strconv.FormatFloat(f, 'e', -1, 64)
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
