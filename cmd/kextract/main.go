// Command kextract turns a folder of scraped Chinese how-to and
// troubleshooting articles into a merged knowledge set of (cause, remedy,
// condition) triples, written as JSON and Parquet.
//
//	kextract [run] [--in DIR] [--out DIR] [--workers N]   build the dataset (default: seeds → output)
//	kextract check [--in DIR] [--out DIR]                 fail when the dataset in --out is stale
//	kextract eval --gold FILE [--inputs DIR] [--pred FILE] score a knowledge set against a gold annotation
//	kextract explain FILE                                  show each block kept or removed and why, then what the extractor read
//
// Exit codes: 0 every file processed; 1 some file skipped or the run
// failed or was interrupted (check: the dataset is stale; eval: scoring
// failed); 2 bad usage; 3 the output could not be written.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	exitNoWrite = 3
)

func main() {
	// A run's live heap is small next to what it allocates on the way (every
	// article's blocks, sentences and tokens), so the collector can run half
	// as often for little more memory.
	debug.SetGCPercent(200)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// Main runs the command line args and returns the exit code.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	cmd := "run"
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	var err error
	switch cmd {
	case "run":
		return runCommand(ctx, args, stderr)
	case "check":
		return checkCommand(ctx, args, stdout, stderr)
	case "eval":
		return evalCommand(ctx, args, stdout, stderr)
	case "explain":
		return explainCommand(args, stdout, stderr)
	case "help":
		usage(stdout)
		return exitOK
	default:
		err = fmt.Errorf("unknown command %q", cmd)
	}
	fmt.Fprintf(stderr, "kextract: %v\n", err)
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
  kextract [run] [--in DIR] [--out DIR] [--workers N] [flags]   build the dataset (default: seeds → output)
  kextract check [--in DIR] [--out DIR]                         exit 1, naming the files, when --out is stale
  kextract eval --gold FILE [--inputs DIR] [--pred FILE]        score a knowledge set against a gold annotation
  kextract explain FILE                                         show each block of FILE kept or removed and why, then what the extractor read
Run 'kextract COMMAND -h' for a command's flags.
Exit codes: 0 all processed, 1 some file skipped or the run failed, 2 bad usage, 3 output not written.
`)
}

// parseFlags parses a command's flags and reports -h and bad usage as exit codes.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (int, bool) {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "kextract %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return exitUsage, false
	}
	return 0, true
}
