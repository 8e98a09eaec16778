package clean

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// Explain prints a cleaned article for a person: its metadata, then every
// block in order, marked "keep" or "drop" with the reason, its kind and
// where it is (line, or the last steps of its HTML path). Call it after
// Clean. Long texts are cut at 120 runes.
func Explain(a *article.Article, w io.Writer) {
	fmt.Fprintf(w, "%s  format=%s encoding=%s\n", a.Path, a.Format, a.Encoding)
	fmt.Fprintf(w, "title:  %s\n", a.Title)
	if a.Date != "" || a.Author != "" || a.SourceURL != "" {
		fmt.Fprintf(w, "date:   %s  author: %s  url: %s\n", a.Date, a.Author, a.SourceURL)
	}
	kept, counts := 0, map[article.Reason]int{}
	for _, b := range a.Blocks {
		if b.Removed == "" {
			kept++
		} else {
			counts[b.Removed]++
		}
	}
	fmt.Fprintf(w, "blocks: %d kept, %d dropped", kept, len(a.Blocks)-kept)
	for _, r := range sortedReasons(counts) {
		fmt.Fprintf(w, "  %s=%d", r, counts[r])
	}
	fmt.Fprintln(w)
	for i, b := range a.Blocks {
		mark := "keep"
		why := ""
		if b.Removed != "" {
			mark, why = "drop", string(b.Removed)
		}
		where := ""
		switch {
		case b.Line > 0:
			where = fmt.Sprintf("L%d", b.Line)
		case b.Path != "":
			where = shortPath(b.Path)
		}
		link := ""
		if b.LinkChars > 0 {
			link = fmt.Sprintf(" link=%d", b.LinkChars)
		}
		fmt.Fprintf(w, "%4d %s %-18s %-9s %s%s | %s\n", i, mark, why, b.Kind, where, link, cut(b.Text, 120))
	}
}

func sortedReasons(m map[article.Reason]int) []article.Reason {
	out := make([]article.Reason, 0, len(m))
	for r := range m {
		out = append(out, r)
	}
	for i := 1; i < len(out); i++ {
		for k := i; k > 0 && out[k] < out[k-1]; k-- {
			out[k], out[k-1] = out[k-1], out[k]
		}
	}
	return out
}

// shortPath keeps the last two steps of a block path.
func shortPath(p string) string {
	parts := strings.Split(p, ">")
	if len(parts) > 2 {
		parts = append([]string{"…"}, parts[len(parts)-2:]...)
	}
	return strings.Join(parts, ">")
}

func cut(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", "⏎")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
