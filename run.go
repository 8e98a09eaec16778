package kextract

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/knowledge"
	"github.com/kextract/kextract/pipeline"
	"github.com/kextract/kextract/stages/clean"
	"github.com/kextract/kextract/stages/decode"
	"github.com/kextract/kextract/stages/extract"
	"github.com/kextract/kextract/stages/load"
	"github.com/kextract/kextract/stages/merge"
	"github.com/kextract/kextract/stages/segment"
	"github.com/kextract/kextract/stages/write"
)

// Report is what a run did, for the summary line and for tests.
type Report struct {
	// Found is the number of files considered; Processed made it through
	// every stage; Skipped did not, with why.
	Found     int
	Processed int
	Skipped   []knowledge.Skipped
	Problems  int
	Causes    int
	Triples   int
	// Removed counts the cleaner's removed blocks by reason.
	Removed map[string]int
	// Genres counts the documents read by what the extractor decided they
	// are (fix, problem, other), and each genre's documents by the reason
	// given (documents[].genre and genre_reason).
	Genres map[string]map[string]int
	// RepeatedLines is the number of distinct lines found repeated across
	// the run's documents (removed as boilerplate).
	RepeatedLines int
	// FirstPass are the per-stage counts of the first pass (load, decode,
	// fingerprint), Stages those of the second (restore, clean, segment,
	// extract).
	FirstPass pipeline.Stats
	Stages    pipeline.Stats
	Elapsed   time.Duration
}

// Progress is told how far a run is: in which phase, how many of the
// phase's documents are done and how many of their bytes were read. It is
// called from one goroutine at a time.
type Progress func(phase Phase, done, total int, bytes int64)

// Phase is a step of a run, as a progress report names it.
type Phase string

const (
	// PhaseRead: the first pass reads, decodes and fingerprints every file.
	PhaseRead Phase = "reading"
	// PhaseExtract: the second pass cleans, segments and extracts.
	PhaseExtract Phase = "extracting"
	// PhaseWrite: merged, the dataset is being written (done and total are 0).
	PhaseWrite Phase = "writing"
)

// Build runs every stage and the merge over cfg.InDir and returns the
// whole knowledge set, documents' texts included, without writing it.
// tagger is the word segmenter shared by all workers; progress may be nil.
func Build(ctx context.Context, cfg Config, tagger segment.Tagger, progress Progress) (*knowledge.Set, *Report, error) {
	set, docs, rep, err := build(ctx, cfg, tagger, progress)
	if err != nil {
		return nil, rep, err
	}
	defer docs.close()
	for i := range set.Documents {
		if err := docs.fill(&set.Documents[i]); err != nil {
			return nil, rep, err
		}
	}
	return set, rep, nil
}

// build is Build with the documents' records left in the spool: the set's
// documents hold no text and no removed blocks until docs fills them. The
// caller closes docs.
func build(ctx context.Context, cfg Config, tagger segment.Tagger, progress Progress) (_ *knowledge.Set, docs *spool, _ *Report, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, nil, nil, err
	}
	start := time.Now()
	arts, walkSkips, err := load.Walk(cfg.InDir)
	if err != nil {
		return nil, nil, nil, err
	}
	rep := &Report{Found: len(arts) + len(walkSkips), Removed: map[string]int{}, Genres: map[string]map[string]int{}}
	var skipped []knowledge.Skipped
	for _, s := range walkSkips {
		skipped = append(skipped, skipRecord(s.Path, s))
	}

	reader := load.Reader{Root: cfg.InDir, Config: load.Config{MaxFileBytes: cfg.MaxFileBytes, MaxLineBytes: cfg.MaxLineBytes}}
	pcfg := pipeline.Config{Workers: cfg.Workers, Buffer: 2 * cfg.Workers, StageTimeout: cfg.DocTimeout}

	decoded, err := newSpool("decoded")
	if err != nil {
		return nil, nil, rep, err
	}
	defer decoded.close()
	repeated, firstPass, err := findRepeatedLines(ctx, pcfg, reader, arts, decoded, progress)
	if err != nil {
		return nil, nil, rep, err
	}
	rep.RepeatedLines = repeated.Len()

	seg := segment.Segmenter{Tagger: tagger}
	cleaner := clean.Cleaner{Repeated: repeated}
	stages := []pipeline.Stage{
		{Name: "restore", Run: func(a *article.Article) error {
			ok, err := decoded.restore(a)
			if ok || err != nil {
				return err
			}
			// Not in the spool: the file failed the first pass. Load and
			// decode it again, so that the error is reported here.
			if err := reader.Read(a); err != nil {
				return err
			}
			return decode.Decode(a)
		}},
		{Name: "clean", Run: cleaner.Clean},
		{Name: "segment", Run: seg.Segment},
		{Name: "extract", Run: extract.Extract},
	}
	sp, err := newSpool("documents")
	if err != nil {
		return nil, nil, rep, err
	}
	defer func() {
		if err != nil {
			sp.close() // every error return below hands back a nil spool
		}
	}()
	docs = sp
	var spoolErr error
	inputs := make([]merge.Input, 0, len(arts))
	if progress != nil {
		progress(PhaseExtract, 0, len(arts), 0)
	}
	done := 0
	var bytes int64
	stats, err := pipeline.Run(ctx, pcfg, stages, fresh(arts),
		func(r pipeline.Result) {
			done++
			bytes += r.Article.Size
			if progress != nil {
				progress(PhaseExtract, done, len(arts), bytes)
			}
			if r.Err != nil {
				skipped = append(skipped, skipRecord(r.Article.Path, r.Err))
				return
			}
			rec := documentRecord(r.Article)
			for _, rm := range rec.Removed {
				rep.Removed[rm.Reason]++
			}
			if rep.Genres[rec.Genre] == nil {
				rep.Genres[rec.Genre] = map[string]int{}
			}
			rep.Genres[rec.Genre][rec.GenreReason]++
			if err := docs.add(rec); err != nil && spoolErr == nil {
				spoolErr = err
			}
			in := merge.NewInput(rec, r.Article.Extraction)
			inputs = append(inputs, detach(in))
		})
	rep.FirstPass, rep.Stages = firstPass, stats
	if err != nil {
		return nil, nil, rep, err
	}
	if spoolErr != nil {
		return nil, nil, rep, spoolErr
	}
	if w, ok := tagger.(interface{ Wait() error }); ok {
		if err := w.Wait(); err != nil {
			return nil, nil, rep, fmt.Errorf("loading the word segmenter: %w", err)
		}
	}
	set := merge.Merge(inputs, skipped)
	rep.Processed = len(inputs)
	rep.Skipped = set.Skipped
	rep.Problems, rep.Causes, rep.Triples = len(set.Problems), len(set.Causes), len(set.Triples)
	rep.Elapsed = time.Since(start)
	return set, docs, rep, nil
}

// findRepeatedLines is the first pass of a run: it reads and decodes every
// article, takes the fingerprints of its lines, and counts in how many
// documents each one occurs. Lines that repeat across many documents are
// the site's boilerplate (see stages/clean). The decoded articles go to
// the decoded spool, from which the second pass starts, so that memory
// does not grow with the documents' text and no file is read or decoded
// twice. Files that fail here are reported by the second pass.
func findRepeatedLines(ctx context.Context, cfg pipeline.Config, reader load.Reader, arts []*article.Article, decoded *spool, progress Progress) (*clean.Repeated, pipeline.Stats, error) {
	stages := []pipeline.Stage{
		{Name: "load", Run: reader.Read},
		{Name: "decode", Run: decode.Decode},
		{Name: "fingerprint", Run: func(a *article.Article) error {
			a.LineFingerprints = clean.LineFingerprints(a)
			return nil
		}},
	}
	// Every document's distinct fingerprints, appended and counted once
	// sorted: cheaper than a map incremented per line.
	var all []uint64
	docs, done := 0, 0
	var bytes int64
	var spoolErr error
	if progress != nil {
		progress(PhaseRead, 0, len(arts), 0)
	}
	stats, err := pipeline.Run(ctx, cfg, stages, fresh(arts), func(r pipeline.Result) {
		done++
		bytes += r.Article.Size
		if progress != nil {
			progress(PhaseRead, done, len(arts), bytes)
		}
		if r.Err != nil {
			return
		}
		docs++
		all = append(all, r.Article.LineFingerprints...)
		if err := decoded.keep(r.Article); err != nil && spoolErr == nil {
			spoolErr = err
		}
	})
	if err == nil {
		err = spoolErr
	}
	if err != nil {
		return nil, stats, err
	}
	slices.Sort(all)
	threshold := clean.RepeatThreshold(docs)
	counts := map[uint64]int{} // only those that reach the threshold
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j] == all[i] {
			j++
		}
		if j-i >= threshold {
			counts[all[i]] = j - i
		}
		i = j
	}
	return clean.NewRepeated(counts, docs), stats, nil
}

// fresh feeds a new article for each of the walk's (path, size, format),
// made when the runtime is ready for it, so that each pass starts from them
// untouched and a finished document is garbage once the sink is done with it.
func fresh(arts []*article.Article) pipeline.Inputs {
	return pipeline.Inputs{N: len(arts), Make: func(i int) *article.Article {
		return &article.Article{Path: arts[i].Path, Size: arts[i].Size, Format: arts[i].Format}
	}}
}

// Run builds the knowledge set and writes it to cfg.OutDir.
func Run(ctx context.Context, cfg Config, tagger segment.Tagger, progress Progress) (*Report, error) {
	start := time.Now()
	set, docs, rep, err := build(ctx, cfg, tagger, progress)
	if err != nil {
		return rep, err
	}
	defer docs.close()
	if cfg.Strict && len(set.Skipped) > 0 {
		return rep, fmt.Errorf("%w: %d file(s) skipped", ErrStrict, len(set.Skipped))
	}
	if progress != nil {
		progress(PhaseWrite, 0, 0, 0)
	}
	each := func(n int, job func(int) error) error { return pipeline.Each(cfg.Workers, n, job) }
	if err := write.WriteConcurrently(cfg.OutDir, set, docs.fill, each); err != nil {
		return rep, &OutputError{Dir: cfg.OutDir, Err: err}
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// ErrStrict is returned by Run under Config.Strict when a file was skipped;
// nothing is written then.
var ErrStrict = errors.New("strict mode: a file was skipped, so the dataset was not written")

// OutputError is a failure to write the dataset; what was in the output
// folder before is left as it was.
type OutputError struct {
	Dir string
	Err error
}

func (e *OutputError) Error() string { return fmt.Sprintf("writing %s: %v", e.Dir, e.Err) }
func (e *OutputError) Unwrap() error { return e.Err }

// detach keeps of a merge input only what merge needs, in strings of its
// own: the document's other fields, its text and removed blocks are in the spool, and a field that is a
// substring of the article's text (a title, an evidence sentence) would
// otherwise keep the whole text alive until the merge.
func detach(in merge.Input) merge.Input {
	c := strings.Clone
	// Of the document, merge reads the path and the title; the writer
	// completes the rest from the spool (spool.fill).
	in.Doc = knowledge.Document{Path: c(in.Doc.Path), Title: c(in.Doc.Title)}
	ex := &in.Extraction
	ex.Problem = c(ex.Problem)
	ex.Causes = append([]article.CauseMention(nil), ex.Causes...)
	for i := range ex.Causes {
		m := &ex.Causes[i]
		m.Label, m.Evidence = c(m.Label), c(m.Evidence)
	}
	ex.Findings = append([]article.Finding(nil), ex.Findings...)
	for i := range ex.Findings {
		f := &ex.Findings[i]
		f.Cause, f.Remedy, f.Condition, f.Evidence, f.Section = c(f.Cause), c(f.Remedy), c(f.Condition), c(f.Evidence), c(f.Section)
	}
	in.Instances = append([]merge.InstanceList(nil), in.Instances...)
	for i := range in.Instances {
		l := &in.Instances[i]
		l.Before = c(l.Before)
		l.Instances = append([]string(nil), l.Instances...)
		for j := range l.Instances {
			l.Instances[j] = c(l.Instances[j])
		}
	}
	return in
}

// documentRecord turns a finished article into its output record, keeping
// only what the output needs (the raw bytes, blocks and tokens are dropped
// here so memory does not hold them until the merge).
func documentRecord(a *article.Article) knowledge.Document {
	d := knowledge.Document{
		ID: a.SHA256[:16], Path: a.Path, SHA256: a.SHA256, Size: a.Size,
		Title: a.Title, Format: string(a.Format), Encoding: a.Encoding,
		Date: a.Date, Author: a.Author, SourceURL: a.SourceURL,
		Genre: a.Extraction.Genre, GenreReason: a.Extraction.Reason,
		Text: a.Text, Removed: []knowledge.Removed{},
	}
	for _, b := range a.Blocks {
		if b.Removed != "" {
			d.Removed = append(d.Removed, knowledge.Removed{Reason: string(b.Removed), Line: b.Line, Text: b.Text})
		}
	}
	return d
}

func skipRecord(path string, err error) knowledge.Skipped {
	var skip *article.SkipError
	if errors.As(err, &skip) {
		return knowledge.Skipped{Path: path, Reason: string(skip.Reason), Detail: skip.Detail}
	}
	var panicErr *pipeline.PanicError
	if errors.As(err, &panicErr) {
		return knowledge.Skipped{Path: path, Reason: string(article.SkipPanic), Detail: err.Error()}
	}
	return knowledge.Skipped{Path: path, Reason: string(article.SkipFailed), Detail: err.Error()}
}

// SkipReasons counts skipped files by reason, reasons sorted.
func SkipReasons(sk []knowledge.Skipped) ([]string, map[string]int) {
	m := map[string]int{}
	for _, s := range sk {
		m[s.Reason]++
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, m
}
