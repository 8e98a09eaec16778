package kextract

import (
	"path/filepath"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/clean"
	"github.com/kextract/kextract/stages/decode"
	"github.com/kextract/kextract/stages/extract"
	"github.com/kextract/kextract/stages/load"
	"github.com/kextract/kextract/stages/segment"
)

// Prepare reads, decodes and cleans one file the way a run does (without
// the cross-document pass, which needs the whole folder), for a person
// reviewing the cleaner. The article is returned even when a stage skips
// it, with the skip as the error.
func Prepare(path string, cfg Config) (*article.Article, error) {
	format, ok := load.FormatOf(path)
	if !ok {
		return nil, article.Skip(path, article.SkipUnsupported, "extension %q is not one of .txt .md .html .htm", filepath.Ext(path))
	}
	a := &article.Article{Path: filepath.Base(path), Format: format}
	reader := load.Reader{Root: filepath.Dir(path), Config: load.Config{MaxFileBytes: cfg.MaxFileBytes, MaxLineBytes: cfg.MaxLineBytes}}
	for _, stage := range []func(*article.Article) error{reader.Read, decode.Decode, clean.Clean} {
		if err := stage(a); err != nil {
			return a, err
		}
	}
	return a, nil
}

// Classify segments and extracts an article that Prepare returned, the way
// a run does, and reports what the extractor's gate decided the article
// is and why, for a person asking why an article yielded what it did.
func Classify(a *article.Article, tagger segment.Tagger) (extract.Genre, extract.Reason, error) {
	if err := (segment.Segmenter{Tagger: tagger}).Segment(a); err != nil {
		return extract.GenreOther, "", err
	}
	g, why := extract.New().Classify(a)
	return g, why, nil
}
