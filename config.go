// Package kextract runs the whole job: it walks the input folder, passes
// every article through the per-document stages on the staged-worker
// runtime (pipeline), merges the results into one knowledge set and writes
// it. cmd/kextract is its command-line front end; this package parses no
// flags.
package kextract

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

// Config is the typed configuration of a run, validated once by Validate.
type Config struct {
	// InDir is the folder of input articles; OutDir receives the dataset.
	InDir  string
	OutDir string
	// Workers is the number of goroutines per stage.
	Workers int
	// MaxFileBytes: larger files are skipped (too_large).
	MaxFileBytes int64
	// MaxLineBytes: a file with a longer line is skipped (line_too_long).
	MaxLineBytes int
	// DocTimeout bounds the time one stage may spend on one document; a
	// document over it is skipped (timeout).
	DocTimeout time.Duration
	// Strict makes any skipped file fail the run before anything is
	// written (ErrStrict); without it the dataset is written and the skips
	// are reported.
	Strict bool
}

// DefaultConfig is the configuration of `kextract run` without flags.
func DefaultConfig() Config {
	return Config{
		InDir:        "seeds",
		OutDir:       "output",
		Workers:      runtime.NumCPU(),
		MaxFileBytes: 16 << 20,
		MaxLineBytes: 4 << 20,
		DocTimeout:   time.Minute,
	}
}

// ErrConfig is wrapped by every configuration error.
var ErrConfig = errors.New("invalid configuration")

// Validate reports the first problem of the configuration.
func (c Config) Validate() error {
	switch {
	case c.InDir == "":
		return fmt.Errorf("%w: the input folder is empty", ErrConfig)
	case c.OutDir == "":
		return fmt.Errorf("%w: the output folder is empty", ErrConfig)
	case c.Workers < 1 || c.Workers > 1024:
		return fmt.Errorf("%w: workers must be between 1 and 1024, got %d", ErrConfig, c.Workers)
	case c.MaxFileBytes < 1:
		return fmt.Errorf("%w: max file size must be positive, got %d", ErrConfig, c.MaxFileBytes)
	case c.MaxLineBytes < 1:
		return fmt.Errorf("%w: max line length must be positive, got %d", ErrConfig, c.MaxLineBytes)
	case c.DocTimeout <= 0:
		return fmt.Errorf("%w: time per document must be positive, got %s", ErrConfig, c.DocTimeout)
	}
	return nil
}
