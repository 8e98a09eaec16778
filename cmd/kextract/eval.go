package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/kextract/kextract"
	"github.com/kextract/kextract/eval"
	"github.com/kextract/kextract/stages/segment"
)

func evalCommand(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	gold := fs.String("gold", "", "gold annotation (required), e.g. ../shared/eval/seeds.gold.json")
	inputs := fs.String("inputs", "seeds", "folder of the annotated input files")
	pred := fs.String("pred", "", "knowledge.json to score; without it the pipeline runs over --inputs in memory")
	verbose := fs.Bool("verbose", false, "list every miss and every extra")
	asJSON := fs.Bool("json", false, "print the figures as JSON (as score.py --json)")
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if *gold == "" {
		fmt.Fprintln(stderr, "kextract eval: --gold is required")
		fs.Usage()
		return exitUsage
	}
	g, err := eval.LoadGold(*gold)
	if err != nil {
		fmt.Fprintf(stderr, "kextract eval: %v\n", err)
		return exitFailed
	}
	var p *eval.Prediction
	if *pred != "" {
		if p, err = eval.LoadPrediction(*pred); err != nil {
			fmt.Fprintf(stderr, "kextract eval: %v\n", err)
			return exitFailed
		}
	} else {
		tagger := segment.LoadInBackground(segment.LoadGSE)
		cfg := kextract.DefaultConfig()
		cfg.InDir = *inputs
		set, _, err := kextract.Build(ctx, cfg, tagger, nil)
		if err != nil {
			return reportError(stderr, "eval", err)
		}
		p = eval.PredictionFromSet(set)
	}
	rep, err := eval.Score(p, g, *inputs)
	if err != nil {
		fmt.Fprintf(stderr, "kextract eval: %v\n", err)
		return exitFailed
	}
	if *asJSON {
		err = rep.FormatJSON(stdout)
	} else {
		err = rep.Format(stdout, *verbose)
	}
	if err != nil {
		fmt.Fprintf(stderr, "kextract eval: %v\n", err)
		return exitFailed
	}
	return exitOK
}
