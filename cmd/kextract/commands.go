package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/kextract/kextract"
	"github.com/kextract/kextract/pipeline"
	"github.com/kextract/kextract/stages/segment"
)

// configFlags registers the flags shared by run and check on fs, filling cfg.
func configFlags(fs *flag.FlagSet, cfg *kextract.Config) {
	fs.StringVar(&cfg.InDir, "in", cfg.InDir, "folder of input articles (.txt, .md, .html, .htm)")
	fs.StringVar(&cfg.OutDir, "out", cfg.OutDir, "folder the dataset is written to")
	fs.IntVar(&cfg.Workers, "workers", cfg.Workers, "goroutines per stage")
	fs.Int64Var(&cfg.MaxFileBytes, "max-file-bytes", cfg.MaxFileBytes, "skip files larger than this many bytes")
	fs.IntVar(&cfg.MaxLineBytes, "max-line-bytes", cfg.MaxLineBytes, "skip files with a line longer than this many bytes")
	fs.DurationVar(&cfg.DocTimeout, "doc-timeout", cfg.DocTimeout, "skip a document when one stage spends longer than this on it")
	fs.BoolVar(&cfg.Strict, "strict", cfg.Strict, "fail the run (exit 1) without writing anything when any file is skipped")
}

func runCommand(ctx context.Context, args []string, stderr io.Writer) int {
	cfg := kextract.DefaultConfig()
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	configFlags(fs, &cfg)
	quiet := fs.Bool("quiet", false, "print nothing but errors")
	verbose := fs.Bool("v", false, "print each stage's counts and time at the end")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile (pprof) of the run to this file")
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintf(stderr, "kextract run: %v\n", err)
			return exitFailed
		}
		defer stop()
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(stderr, "kextract run: %v\n", err)
		return exitUsage
	}
	tagger := segment.LoadInBackground(segment.LoadGSE)
	bar := newProgressBar(stderr, *quiet)
	rep, err := kextract.Run(ctx, cfg, tagger, bar.update)
	bar.finish()
	if err != nil {
		if errors.Is(err, kextract.ErrStrict) {
			printSkips(stderr, rep)
		}
		return reportError(stderr, "run", err)
	}
	printSkips(stderr, rep)
	if *verbose {
		printStages(stderr, rep)
	}
	if !*quiet {
		fmt.Fprintln(stderr, summary(rep))
	}
	if len(rep.Skipped) > 0 {
		return exitFailed
	}
	return exitOK
}

func checkCommand(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cfg := kextract.DefaultConfig()
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	configFlags(fs, &cfg)
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if err := cfg.Validate(); err != nil {
		fmt.Fprintf(stderr, "kextract check: %v\n", err)
		return exitUsage
	}
	tagger := segment.LoadInBackground(segment.LoadGSE)
	diffs, rep, err := kextract.Check(ctx, cfg, tagger)
	if err != nil {
		return reportError(stderr, "check", err)
	}
	if len(diffs) > 0 {
		fmt.Fprintf(stderr, "kextract check: %s is stale; regenerate it with `go run ./cmd/kextract --in %s --out %s` and commit it:\n", cfg.OutDir, cfg.InDir, cfg.OutDir)
		for _, d := range diffs {
			fmt.Fprintf(stderr, "  %s\n", d)
		}
		return exitFailed
	}
	fmt.Fprintf(stdout, "kextract check: %s is up to date (%d documents, %d triples)\n", cfg.OutDir, rep.Processed, rep.Triples)
	return exitOK
}

func reportError(stderr io.Writer, cmd string, err error) int {
	if errors.Is(err, context.Canceled) {
		fmt.Fprintf(stderr, "kextract %s: interrupted; the output folder was left as it was\n", cmd)
		return exitFailed
	}
	var outErr *kextract.OutputError
	if errors.As(err, &outErr) {
		fmt.Fprintf(stderr, "kextract %s: %v; the output folder was left as it was\n", cmd, err)
		return exitNoWrite
	}
	fmt.Fprintf(stderr, "kextract %s: %v\n", cmd, err)
	return exitFailed
}

func printSkips(stderr io.Writer, rep *kextract.Report) {
	for _, s := range rep.Skipped {
		fmt.Fprintf(stderr, "kextract: skipped %s: %s", s.Path, s.Reason)
		if s.Detail != "" {
			fmt.Fprintf(stderr, ": %s", s.Detail)
		}
		fmt.Fprintln(stderr)
	}
}

// printStages prints the runtime's per-stage counts of both passes.
func printStages(w io.Writer, rep *kextract.Report) {
	fmt.Fprintf(w, "%-6s %-11s %7s %7s %7s %7s %10s  dropped\n", "pass", "stage", "in", "out", "dropped", "failed", "busy")
	for pass, stats := range []pipeline.Stats{rep.FirstPass, rep.Stages} {
		for _, st := range stats.Stages {
			dropped := 0
			var reasons []string
			for _, r := range pipeline.Reasons(st.Dropped) {
				dropped += st.Dropped[r]
				reasons = append(reasons, fmt.Sprintf("%s %d", r, st.Dropped[r]))
			}
			fmt.Fprintf(w, "%-6d %-11s %7d %7d %7d %7d %10s  %s\n", pass+1, st.Name, st.In, st.Out, dropped, st.Failed, st.Busy.Round(time.Millisecond), strings.Join(reasons, ", "))
		}
	}
	fmt.Fprintf(w, "lines repeated across documents (removed as %s): %d\n", "repeated", rep.RepeatedLines)
	for _, g := range genreOrder(rep.Genres) {
		reasons := make([]string, 0, len(rep.Genres[g]))
		for r := range rep.Genres[g] {
			reasons = append(reasons, r)
		}
		sort.Strings(reasons)
		for i, r := range reasons {
			reasons[i] = fmt.Sprintf("%s %d", r, rep.Genres[g][r])
		}
		fmt.Fprintf(w, "documents read as %s: %d (%s)\n", g, genreCount(rep.Genres[g]), strings.Join(reasons, ", "))
	}
}

// genreOrder is the genres of a run's documents, the ones that yield the
// most first: fix, problem, other, then any other name.
func genreOrder(genres map[string]map[string]int) []string {
	rank := map[string]int{"fix": 0, "problem": 1, "other": 2}
	out := make([]string, 0, len(genres))
	for g := range genres {
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		ri, iok := rank[out[i]]
		rj, jok := rank[out[j]]
		if iok != jok {
			return iok
		}
		if ri != rj {
			return ri < rj
		}
		return out[i] < out[j]
	})
	return out
}

func genreCount(reasons map[string]int) int {
	n := 0
	for _, c := range reasons {
		n += c
	}
	return n
}

// summary is the one line printed at the end of a run.
func summary(rep *kextract.Report) string {
	skipped := fmt.Sprintf("%d skipped", len(rep.Skipped))
	if len(rep.Skipped) > 0 {
		keys, counts := kextract.SkipReasons(rep.Skipped)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s %d", k, counts[k])
		}
		skipped += " (" + strings.Join(parts, ", ") + ")"
	}
	removed := 0
	reasons := make([]string, 0, len(rep.Removed))
	for r, n := range rep.Removed {
		removed += n
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	byReason := make([]string, len(reasons))
	for i, r := range reasons {
		byReason[i] = fmt.Sprintf("%s %d", r, rep.Removed[r])
	}
	removedText := fmt.Sprintf("%d blocks removed", removed)
	if removed > 0 {
		removedText += " (" + strings.Join(byReason, ", ") + ")"
	}
	read := fmt.Sprintf("%d documents read", rep.Processed)
	if len(rep.Genres) > 0 {
		var parts []string
		for _, g := range genreOrder(rep.Genres) {
			parts = append(parts, fmt.Sprintf("%s %d", g, genreCount(rep.Genres[g])))
		}
		read += " (" + strings.Join(parts, ", ") + ")"
	}
	return fmt.Sprintf("kextract: %s, %s, %s, %d problems, %d causes, %d triples in %s",
		read, skipped, removedText, rep.Problems, rep.Causes, rep.Triples, rep.Elapsed.Round(time.Millisecond))
}
