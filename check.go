package kextract

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/kextract/kextract/stages/segment"
)

// Difference is one file of the dataset that is not what a fresh run writes.
type Difference struct {
	File string
	// What is "differs", "missing" (a fresh run writes it, the folder lacks
	// it) or "extra" (the folder has it, a fresh run does not write it).
	What string
}

func (d Difference) String() string { return d.File + ": " + d.What }

// datasetFile reports whether a file name belongs to the generated dataset.
func datasetFile(name string) bool {
	return name == "knowledge.json" || filepath.Ext(name) == ".parquet"
}

// Check regenerates the dataset from cfg.InDir into a temporary folder and
// compares it, file by file and byte by byte, with cfg.OutDir. It returns
// the differences (none when the committed dataset is current).
func Check(ctx context.Context, cfg Config, tagger segment.Tagger) ([]Difference, *Report, error) {
	tmp, err := os.MkdirTemp("", "kextract-check-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	fresh := cfg
	fresh.OutDir = tmp
	rep, err := Run(ctx, fresh, tagger, nil)
	if err != nil {
		return nil, rep, err
	}
	want, err := datasetFiles(tmp)
	if err != nil {
		return nil, rep, err
	}
	have, err := datasetFiles(cfg.OutDir)
	if err != nil && !os.IsNotExist(err) {
		return nil, rep, fmt.Errorf("reading %s: %w", cfg.OutDir, err)
	}
	var diffs []Difference
	for name := range want {
		if _, ok := have[name]; !ok {
			diffs = append(diffs, Difference{name, "missing"})
			continue
		}
		a, err := os.ReadFile(filepath.Join(tmp, name))
		if err != nil {
			return nil, rep, err
		}
		b, err := os.ReadFile(filepath.Join(cfg.OutDir, name))
		if err != nil {
			return nil, rep, err
		}
		if !bytes.Equal(a, b) {
			diffs = append(diffs, Difference{name, "differs"})
		}
	}
	for name := range have {
		if _, ok := want[name]; !ok {
			diffs = append(diffs, Difference{name, "extra"})
		}
	}
	sort.Slice(diffs, func(i, j int) bool { return diffs[i].File < diffs[j].File })
	return diffs, rep, nil
}

func datasetFiles(dir string) (map[string]bool, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, e := range entries {
		if e.Type().IsRegular() && datasetFile(e.Name()) {
			out[e.Name()] = true
		}
	}
	return out, nil
}
