package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/kextract/kextract"
	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/clean"
	"github.com/kextract/kextract/stages/segment"
)

func explainCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kextract explain FILE\n\nPrints the article with each block marked keep or drop, with the reason,\nthen what the extractor's gate decided the article is and why, and the\nproblem, causes and triples it read.")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitUsage
	}
	a, err := kextract.Prepare(fs.Arg(0), kextract.DefaultConfig())
	var skip *article.SkipError
	if err != nil && (!errors.As(err, &skip) || skip.Reason != article.SkipNoContent) {
		fmt.Fprintf(stderr, "kextract explain: %v\n", err)
		return exitFailed
	}
	clean.Explain(a, stdout)
	if err == nil {
		err = explainExtraction(a, stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kextract explain: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// explainExtraction prints the gate's decision and what was extracted.
func explainExtraction(a *article.Article, w io.Writer) error {
	genre, why, err := kextract.Classify(a, segment.LoadInBackground(segment.LoadGSE))
	if err != nil {
		return err
	}
	if why == "" {
		fmt.Fprintf(w, "gate:     %s\n", genre)
	} else {
		fmt.Fprintf(w, "gate:     %s (%s)\n", genre, why)
	}
	ex := a.Extraction
	if ex.Problem != "" {
		fmt.Fprintf(w, "problem:  %s\n", ex.Problem)
	}
	for _, c := range ex.Causes {
		fmt.Fprintf(w, "cause:    %s  @%d\n", c.Label, c.Offset)
	}
	for _, f := range ex.Findings {
		fmt.Fprintf(w, "triple:   (%s) -> %s", f.Cause, f.Remedy)
		if f.Condition != "" {
			fmt.Fprintf(w, "  [if %s]", f.Condition)
		}
		fmt.Fprintf(w, "  @%d\n", f.Offset)
	}
	return nil
}
