package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/kextract/kextract"
	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/clean"
)

func explainCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("explain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kextract explain FILE\n\nPrints the article with each block marked keep or drop, with the reason.")
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
	if err != nil {
		fmt.Fprintf(stderr, "kextract explain: %v\n", err)
		return exitFailed
	}
	return exitOK
}
