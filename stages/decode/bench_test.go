package decode

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
)

// Benchmark inputs: the seeds (plain text), the html-dev pages and every
// tenth article of picker-5k (Markdown), the shared corpus being a sibling
// of the repository. Kinds whose files are missing are skipped.
const (
	benchHTMLDev = "../../../shared/corpus/html-dev"
	benchPicker  = "../../../shared/corpus/picker-5k.tar.gz"
	// benchPickerEvery: one article in so many of picker-5k is used.
	benchPickerEvery = 10
)

type benchFile struct {
	path   string
	raw    []byte
	format article.Format
}

// benchCorpus returns the benchmark files of each kind: "text", "markdown",
// "html".
func benchCorpus(b *testing.B) map[string][]benchFile {
	b.Helper()
	out := map[string][]benchFile{}
	read := func(kind string, f article.Format, paths []string) {
		sort.Strings(paths)
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			out[kind] = append(out[kind], benchFile{p, raw, f})
		}
	}
	seeds, _ := filepath.Glob("../../seeds/*.txt")
	read("text", article.FormatText, seeds)
	pages, _ := filepath.Glob(filepath.Join(benchHTMLDev, "*", "source.html"))
	read("html", article.FormatHTML, pages)
	out["markdown"] = pickerSample(b, benchPicker, benchPickerEvery)
	return out
}

// pickerSample reads every n-th Markdown file of the picker-5k archive.
func pickerSample(b *testing.B, archive string, n int) []benchFile {
	f, err := os.Open(archive)
	if err != nil {
		return nil
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	tr := tar.NewReader(zr)
	var out []benchFile
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
		k++
		if k%n != 1 {
			continue
		}
		raw, err := io.ReadAll(tr)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, benchFile{h.Name, raw, article.FormatMarkdown})
	}
	return out
}

// BenchmarkDecode measures the decode stage per input kind, in MB/s of
// input bytes: go test -bench Decode -count 5 ./stages/decode.
func BenchmarkDecode(b *testing.B) {
	corpus := benchCorpus(b)
	for _, kind := range []string{"text", "markdown", "html"} {
		files := corpus[kind]
		b.Run(kind, func(b *testing.B) {
			if len(files) == 0 {
				b.Skip("no inputs")
			}
			var total int64
			for _, f := range files {
				total += int64(len(f.raw))
			}
			b.SetBytes(total)
			b.ReportAllocs()
			for b.Loop() {
				for _, f := range files {
					a := &article.Article{Path: f.path, Raw: f.raw, Format: f.format}
					_ = Decode(a)
				}
			}
			b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
		})
	}
}
