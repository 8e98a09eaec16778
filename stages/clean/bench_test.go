package clean

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/decode"
)

// benchInputs are the seeds and, when the shared corpus is there, the
// html-dev pages: realistic input of both kinds.
func benchInputs(b *testing.B) []*article.Article {
	var paths []string
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	paths = append(paths, seeds...)
	pages, _ := filepath.Glob(filepath.Join(htmlDevDir, "*", "source.html"))
	paths = append(paths, pages...)
	if extra := os.Getenv("KX_BENCH_GLOB"); extra != "" {
		more, _ := filepath.Glob(extra)
		paths = append(paths, more...)
	}
	sort.Strings(paths)
	var out []*article.Article
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		f := article.FormatText
		switch filepath.Ext(p) {
		case ".html":
			f = article.FormatHTML
		case ".md":
			f = article.FormatMarkdown
		}
		out = append(out, &article.Article{Path: p, Raw: raw, Format: f})
	}
	if len(out) == 0 {
		b.Skip("no inputs")
	}
	return out
}

// BenchmarkDecodeClean measures decode and clean together, in MB/s of input.
func BenchmarkDecodeClean(b *testing.B) {
	inputs := benchInputs(b)
	var total int64
	for _, a := range inputs {
		total += int64(len(a.Raw))
	}
	b.SetBytes(total)
	b.ResetTimer()
	for range b.N {
		for _, in := range inputs {
			a := &article.Article{Path: in.Path, Raw: in.Raw, Format: in.Format}
			if err := decode.Decode(a); err != nil {
				continue
			}
			_ = Clean(a)
		}
	}
	b.ReportMetric(float64(total)*float64(b.N)/1e6/b.Elapsed().Seconds(), "MB/s")
	b.ReportMetric(float64(len(inputs))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
