package kextract

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kextract/kextract/stages/segment"
)

const picker5k = "../shared/corpus/picker-5k.tar.gz"

var (
	pickerOnce  sync.Once
	pickerDir   string
	pickerBytes int64
	pickerFiles int
	pickerErr   error
)

// unpackPicker unpacks the 5,000-article sample once per test binary into
// a temporary folder (removed by TestMain's caller: the OS temp cleaner;
// the folder is under os.TempDir and named kextract-picker-*).
func unpackPicker(b *testing.B) string {
	pickerOnce.Do(func() {
		f, err := os.Open(picker5k)
		if err != nil {
			pickerErr = err
			return
		}
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			pickerErr = err
			return
		}
		dir, err := os.MkdirTemp("", "kextract-picker-")
		if err != nil {
			pickerErr = err
			return
		}
		tr := tar.NewReader(zr)
		for {
			h, err := tr.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				pickerErr = err
				return
			}
			if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".md") {
				continue
			}
			// Flatten: the pipeline only needs the files.
			out := filepath.Join(dir, filepath.Base(h.Name))
			data, err := io.ReadAll(tr)
			if err != nil {
				pickerErr = err
				return
			}
			if err := os.WriteFile(out, data, 0o644); err != nil {
				pickerErr = err
				return
			}
			pickerBytes += int64(len(data))
			pickerFiles++
		}
		pickerDir = dir
	})
	if pickerErr != nil {
		b.Skipf("picker-5k sample not available (%s): %v", picker5k, pickerErr)
	}
	return pickerDir
}

var (
	gseOnce, tagOnce          sync.Once
	gseSeconds, taggerSeconds float64
)

// readTexts reads every file of dir.
func readTexts(b *testing.B, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

// timeSegmentation times loading the pipeline's dictionaries and then
// segmenting every text with run on 2 goroutines.
func timeSegmentation(b *testing.B, texts []string, run func(g *segment.GSE, text string)) float64 {
	start := time.Now()
	g, err := segment.NewGSE()
	if err != nil {
		b.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(texts); i += 2 {
				run(g, texts[i])
			}
		}(w)
	}
	wg.Wait()
	return time.Since(start).Seconds()
}

// gseBaseline is the time gse alone takes over the sample in the mode the
// pipeline uses: dictionary load (the pipeline's dictionaries) plus gse's
// own POS segmentation (Segmenter.Pos) of every file, on 2 goroutines.
func gseBaseline(b *testing.B, dir string) float64 {
	gseOnce.Do(func() {
		gseSeconds = timeSegmentation(b, readTexts(b, dir), func(g *segment.GSE, text string) { g.Pos(text) })
	})
	return gseSeconds
}

// taggerBaseline is the same with the pipeline's own tagger (GSE.Tag:
// gse's segmentation, token texts taken by offset), which is faster than
// gse's Pos: the stricter yardstick, reported beside the other.
func taggerBaseline(b *testing.B, dir string) float64 {
	tagOnce.Do(func() {
		taggerSeconds = timeSegmentation(b, readTexts(b, dir), func(g *segment.GSE, text string) { g.Tag(text) })
	})
	return taggerSeconds
}

// BenchmarkGSEPicker5k: gse alone over the sample (the yardstick).
func BenchmarkGSEPicker5k(b *testing.B) { reportYardstick(b, gseBaseline) }

// BenchmarkTaggerPicker5k: the pipeline's tagger alone over the sample.
func BenchmarkTaggerPicker5k(b *testing.B) { reportYardstick(b, taggerBaseline) }

// reportYardstick reports a segmentation time measured once per binary
// (time, MB/s, documents/s).
func reportYardstick(b *testing.B, measure func(*testing.B, string) float64) {
	s := measure(b, unpackPicker(b))
	for b.Loop() {
	}
	b.ReportMetric(s, "s/run")
	b.ReportMetric(float64(pickerBytes)/1e6/s, "MB/s")
	b.ReportMetric(float64(pickerFiles)/s, "docs/s")
}

// BenchmarkPipelinePicker5k runs the whole job (dictionary load, every
// stage, merge, write) over the 5,000-article sample with 1 and 2 workers
// and reports documents/s, MB/s and gse-alone time over pipeline time
// (the target is ≥ 0.8: everything but segmentation costs at most a
// quarter on top of it), and the same over the pipeline's own tagger alone.
func BenchmarkPipelinePicker5k(b *testing.B) {
	// As the command does (cmd/kextract main).
	defer debug.SetGCPercent(debug.SetGCPercent(200))
	dir := unpackPicker(b)
	base := gseBaseline(b, dir)
	taggerAlone := taggerBaseline(b, dir)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			cfg := DefaultConfig()
			cfg.InDir = dir
			cfg.OutDir = b.TempDir()
			cfg.Workers = workers
			var rep *Report
			for b.Loop() {
				tagger := segment.LoadInBackground(segment.LoadGSE)
				var err error
				rep, err = Run(context.Background(), cfg, tagger, nil)
				if err != nil {
					b.Fatal(err)
				}
			}
			s := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(pickerFiles)/s, "docs/s")
			b.ReportMetric(float64(pickerBytes)/1e6/s, "MB/s")
			b.ReportMetric(base/s, "gse/pipeline")
			b.ReportMetric(taggerAlone/s, "tagger/pipeline")
			b.ReportMetric(float64(rep.Triples), "triples")
		})
	}
}
