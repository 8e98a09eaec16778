package clean

import (
	"archive/tar"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
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

// Inputs of the per-kind benchmarks: the seeds (plain text), the html-dev
// pages and every tenth article of picker-5k (Markdown), decoded once.
const (
	benchPicker      = "../../../shared/corpus/picker-5k.tar.gz"
	benchPickerEvery = 10
)

// decodedCorpus returns decoded articles of each kind ("text", "markdown",
// "html") and their input bytes.
func decodedCorpus(b *testing.B) (map[string][]*article.Article, map[string]int64) {
	b.Helper()
	docs := map[string][]*article.Article{}
	size := map[string]int64{}
	add := func(kind, path string, raw []byte, f article.Format) {
		a := &article.Article{Path: path, Raw: raw, Format: f, Size: int64(len(raw))}
		if err := decode.Decode(a); err != nil {
			return
		}
		docs[kind] = append(docs[kind], a)
		size[kind] += int64(len(raw))
	}
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	pages, _ := filepath.Glob(filepath.Join(htmlDevDir, "*", "source.html"))
	for kind, paths := range map[string][]string{"text": seeds, "html": pages} {
		sort.Strings(paths)
		f := article.FormatText
		if kind == "html" {
			f = article.FormatHTML
		}
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			add(kind, p, raw, f)
		}
	}
	if f, err := os.Open(benchPicker); err == nil {
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		tr := tar.NewReader(zr)
		for k := 0; ; {
			h, err := tr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".md") {
				continue
			}
			if k++; k%benchPickerEvery != 1 {
				continue
			}
			raw, err := io.ReadAll(tr)
			if err != nil {
				b.Fatal(err)
			}
			add("markdown", h.Name, raw, article.FormatMarkdown)
		}
	}
	return docs, size
}

// repeatedOf builds the cross-document repeated lines of docs, as a run's
// first pass does.
func repeatedOf(docs []*article.Article) *Repeated {
	counts := map[uint64]int{}
	for _, a := range docs {
		for _, fp := range LineFingerprints(a) {
			counts[fp]++
		}
	}
	return NewRepeated(counts, len(docs))
}

// BenchmarkClean measures the clean stage alone (with the repeated lines
// of the inputs of its kind) per input kind, in MB/s of the input files:
// go test -run '^$' -bench 'Clean$|Fingerprints' -count 5 ./stages/clean.
func BenchmarkClean(b *testing.B) {
	docs, size := decodedCorpus(b)
	for _, kind := range []string{"text", "markdown", "html"} {
		b.Run(kind, func(b *testing.B) {
			if len(docs[kind]) == 0 {
				b.Skip("no inputs")
			}
			c := Cleaner{Repeated: repeatedOf(docs[kind])}
			b.SetBytes(size[kind])
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range docs[kind] {
					_ = c.Clean(a)
				}
			}
			b.ReportMetric(float64(len(docs[kind]))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}

// BenchmarkLineFingerprints measures the first pass's per-document work
// after decode, in MB/s of the input files.
func BenchmarkLineFingerprints(b *testing.B) {
	docs, size := decodedCorpus(b)
	for _, kind := range []string{"text", "markdown", "html"} {
		b.Run(kind, func(b *testing.B) {
			if len(docs[kind]) == 0 {
				b.Skip("no inputs")
			}
			b.SetBytes(size[kind])
			b.ReportAllocs()
			for b.Loop() {
				for _, a := range docs[kind] {
					_ = LineFingerprints(a)
				}
			}
		})
	}
}
