// Package write is the last stage of the pipeline: it writes a merged
// knowledge.Set into an output folder as knowledge.json and one Parquet file
// per record kind (documents, skipped, problems, causes, remedies, triples).
//
// What it promises:
//   - the same Set gives the same bytes in every file, on every run and
//     machine (no timestamps, no build information, a pinned Parquet
//     created_by);
//   - the files are replaced atomically: everything is first written to
//     temporary files in the output folder and synced, and only when all of
//     them are complete are they renamed over the old files, so a failure
//     while encoding leaves the old output untouched;
//   - lists are never null: nil slices in the Set are written as [] in JSON
//     and as empty Parquet LIST values; the caller's Set is never modified.
//
// It does not sort, deduplicate or validate the records: that is the job of
// stages/merge, and the tests check the output against knowledge/schema.json.
package write

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/kextract/kextract/knowledge"
)

// Names of the files Write produces in its output folder.
const (
	JSONFile      = "knowledge.json"
	DocumentsFile = "documents.parquet"
	SkippedFile   = "skipped.parquet"
	ProblemsFile  = "problems.parquet"
	CausesFile    = "causes.parquet"
	RemediesFile  = "remedies.parquet"
	TriplesFile   = "triples.parquet"
)

// CreatedBy is the created_by string written in every Parquet footer. It is
// a constant, not the library's version and build, so that upgrading
// parquet-go or rebuilding the binary does not by itself change the bytes.
const CreatedBy = "kextract"

// Files returns the names of the files Write produces, in the order in
// which it renames them into place: the Parquet files first, knowledge.json
// last.
func Files() []string {
	return []string{DocumentsFile, SkippedFile, ProblemsFile, CausesFile, RemediesFile, TriplesFile, JSONFile}
}

// Sentinel errors, wrapped in *Error; test them with errors.Is.
var (
	// ErrNilSet: Write was given a nil *knowledge.Set.
	ErrNilSet = errors.New("nil knowledge set")
	// ErrSchemaVersion: the set's schema_version is not knowledge.SchemaVersion.
	ErrSchemaVersion = errors.New("unsupported schema version")
	// ErrNotRegular: an output name exists and is not a regular file
	// (a directory, a device, ...), so it cannot be replaced.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTrailingData: a JSON file holds more than one value.
	ErrTrailingData = errors.New("data after the JSON value")
)

// Error records a failed operation on an output file, like os.PathError.
type Error struct {
	// Op is what failed: "check", "mkdir", "create", "encode", "chmod",
	// "sync", "close", "rename", "open" or "decode".
	Op string
	// Path is the file or folder the operation was about: the target file
	// (not its temporary file) for writes.
	Path string
	// Err is the cause.
	Err error
}

func (e *Error) Error() string { return "write: " + e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// output is one file of the output folder and how to encode it.
type output struct {
	name   string
	encode func(io.Writer) error
}

// Write writes set into dir, creating dir if needed: knowledge.json and the
// Parquet files named by Files. A SchemaVersion of 0 is written as
// knowledge.SchemaVersion; any other version than that is an error.
//
// Every file is written to a temporary file beside its target, synced and
// closed; only when all of them are complete are they renamed over the
// targets, in the order of Files, and the folder is synced. On an error
// before the renames nothing in dir has changed and no temporary file is
// left. Names that exist but are not regular files are refused before any
// rename; should a rename still fail, the files before it in Files have
// already been replaced, and the error names the file that was not.
//
// All errors are *Error.
func Write(dir string, set *knowledge.Set) error {
	return WriteWith(dir, set, nil)
}

// WriteWith is Write for a set whose documents are kept out of memory:
// set.Documents holds them without their large fields, and fill, called
// once per document per file in path order, completes each one (its text,
// removed blocks, ...) just before it is encoded, so only one document's
// text is in memory at a time. A nil fill writes set.Documents as they are.
// The bytes are the same as Write's for the same complete set.
func WriteWith(dir string, set *knowledge.Set, fill func(*knowledge.Document) error) error {
	return WriteConcurrently(dir, set, fill, nil)
}

// Each runs job(0) … job(n-1), perhaps at the same time, and returns the
// error of the lowest-numbered job that failed (pipeline.Each is one).
type Each func(n int, job func(i int) error) error

// WriteConcurrently is WriteWith with the files encoded by each, so that
// the large ones (knowledge.json and documents.parquet) can be encoded at
// the same time; fill must then be safe to call from several goroutines.
// A nil each encodes them one after another. The bytes are the same.
func WriteConcurrently(dir string, set *knowledge.Set, fill func(*knowledge.Document) error, each Each) error {
	if set == nil {
		return &Error{Op: "check", Path: dir, Err: ErrNilSet}
	}
	norm, err := normalize(set)
	if err != nil {
		return &Error{Op: "check", Path: dir, Err: err}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &Error{Op: "mkdir", Path: dir, Err: err}
	}
	outs := outputs(norm, fill)
	if err := checkTargets(dir, outs); err != nil {
		return err
	}
	removeStaleTemps(dir, outs)
	temps, err := writeTemps(dir, outs, each)
	if err != nil {
		return err
	}
	return commit(dir, outs, temps)
}

// removeStaleTemps deletes the temporary files a killed run left behind
// (SIGKILL gives no chance to clean up). Two runs must therefore not write
// into one folder at the same time. Failures are ignored: a stale temporary
// file is clutter, not damage.
func removeStaleTemps(dir string, outs []output) {
	for _, o := range outs {
		stale, _ := filepath.Glob(filepath.Join(dir, "."+o.name+".tmp-*"))
		for _, p := range stale {
			_ = os.Remove(p)
		}
	}
}

// outputs lists the files of set in the order of Files.
func outputs(set *knowledge.Set, fill func(*knowledge.Document) error) []output {
	docs := documents{set: set, fill: fill}
	return []output{
		{DocumentsFile, docs.parquet},
		{SkippedFile, parquetEncoder(set.Skipped)},
		{ProblemsFile, parquetEncoder(set.Problems)},
		{CausesFile, parquetEncoder(set.Causes)},
		{RemediesFile, parquetEncoder(set.Remedies)},
		{TriplesFile, parquetEncoder(set.Triples)},
		{JSONFile, docs.json},
	}
}

// documents walks a set's documents in order, completed by fill.
type documents struct {
	set  *knowledge.Set
	fill func(*knowledge.Document) error
}

func (ds documents) each(f func(knowledge.Document) error) error {
	for _, d := range ds.set.Documents {
		if ds.fill != nil {
			if err := ds.fill(&d); err != nil {
				return fmt.Errorf("document %s: %w", d.Path, err)
			}
			d.Removed = nonNil(d.Removed)
		}
		if err := f(d); err != nil {
			return err
		}
	}
	return nil
}

// documentsPerRowGroup bounds the documents buffered before a row group of
// documents.parquet is written out.
const documentsPerRowGroup = 1000

// parquet writes documents.parquet, one row group per documentsPerRowGroup
// documents.
func (ds documents) parquet(w io.Writer) error {
	pw := newParquetWriter[knowledge.Document](w)
	n := 0
	err := ds.each(func(d knowledge.Document) error {
		if _, err := pw.Write([]knowledge.Document{d}); err != nil {
			return err
		}
		if n++; n%documentsPerRowGroup == 0 {
			return pw.Flush()
		}
		return nil
	})
	if err != nil {
		return err
	}
	return pw.Close()
}

// json encodes the set as UTF-8 JSON indented by two spaces, fields in
// struct order, with '<', '>' and '&' kept as they are, and a final
// newline: the bytes json.Encoder gives for the whole set, written one
// document at a time.
func (ds documents) json(w io.Writer) error {
	set := ds.set
	if _, err := fmt.Fprintf(w, "{\n  \"schema_version\": %d,\n  \"documents\": ", set.SchemaVersion); err != nil {
		return err
	}
	if len(set.Documents) == 0 {
		if _, err := io.WriteString(w, "[]"); err != nil {
			return err
		}
	} else {
		if _, err := io.WriteString(w, "["); err != nil {
			return err
		}
		first := true
		var buf []byte
		err := ds.each(func(d knowledge.Document) error {
			sep := ",\n    "
			if first {
				sep, first = "\n    ", false
			}
			buf = append(buf[:0], sep...)
			buf = appendDocumentJSON(buf, d, "    ")
			_, err := w.Write(buf)
			return err
		})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, "\n  ]"); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		name  string
		value any
	}{
		{"skipped", set.Skipped}, {"problems", set.Problems}, {"causes", set.Causes},
		{"remedies", set.Remedies}, {"triples", set.Triples},
	} {
		if _, err := fmt.Fprintf(w, ",\n  %q: ", f.name); err != nil {
			return err
		}
		if err := encodeIndented(w, f.value, "  "); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n}\n")
	return err
}

// encodeIndented writes v as indented JSON whose lines after the first
// start with prefix, without HTML escaping and without a final newline.
func encodeIndented(w io.Writer, v any, prefix string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return err
}

// parquetEncoder encodes rows as a Parquet file (see newParquetWriter).
func parquetEncoder[T any](rows []T) func(io.Writer) error {
	return func(w io.Writer) error {
		pw := newParquetWriter[T](w)
		if _, err := pw.Write(rows); err != nil {
			return err
		}
		return pw.Close()
	}
}

// zstdCodec compresses the Parquet pages at zstd's fastest level: on
// picker-5k it took a third of the time of the default level for files
// about 8% larger (documents.parquet is most of a dataset's bytes, and the
// write is the serial tail of a run).
var zstdCodec = zstd.Codec{Level: zstd.SpeedFastest}

// newParquetWriter writes a Parquet file whose schema comes from the parquet
// tags of T: required columns, LIST columns for tagged slices, zstd
// compression (zstdCodec) and the constant CreatedBy.
func newParquetWriter[T any](w io.Writer) *parquet.GenericWriter[T] {
	return parquet.NewGenericWriter[T](w,
		parquet.Compression(&zstdCodec),
		&parquet.WriterConfig{CreatedBy: CreatedBy},
	)
}

// checkTargets refuses target names that exist but cannot be replaced by a
// rename, so that such a failure happens before anything is replaced.
func checkTargets(dir string, outs []output) error {
	for _, o := range outs {
		target := filepath.Join(dir, o.name)
		info, err := os.Lstat(target)
		switch {
		case errors.Is(err, os.ErrNotExist):
			continue
		case err != nil:
			return &Error{Op: "check", Path: target, Err: err}
		case info.Mode().IsRegular(), info.Mode()&os.ModeSymlink != 0:
			continue
		default:
			return &Error{Op: "check", Path: target, Err: fmt.Errorf("%w: %s", ErrNotRegular, info.Mode().Type())}
		}
	}
	return nil
}

// writeTemps writes every output to its temporary file, by each, and
// returns their paths, in the order of outs. On error it removes those
// written.
func writeTemps(dir string, outs []output, each Each) ([]string, error) {
	if each == nil {
		each = func(n int, job func(int) error) error {
			for i := 0; i < n; i++ {
				if err := job(i); err != nil {
					return err
				}
			}
			return nil
		}
	}
	temps := make([]string, len(outs))
	err := each(len(outs), func(i int) error {
		tmp, err := writeTemp(dir, outs[i])
		temps[i] = tmp
		return err
	})
	if err != nil {
		var written []string
		for _, t := range temps {
			if t != "" {
				written = append(written, t)
			}
		}
		removeAll(written)
		return nil, err
	}
	return temps, nil
}

// writeTemp encodes o into a new temporary file in dir, syncs and closes it,
// and returns its path. On error the temporary file is removed.
func writeTemp(dir string, o output) (_ string, err error) {
	target := filepath.Join(dir, o.name)
	f, err := os.CreateTemp(dir, "."+o.name+".tmp-*")
	if err != nil {
		return "", &Error{Op: "create", Path: target, Err: err}
	}
	tmp := f.Name()
	closed := false
	defer func() {
		if err != nil {
			if !closed {
				_ = f.Close() // the write already failed; that error is the one to report
			}
			_ = os.Remove(tmp)
		}
	}()

	bw := bufio.NewWriterSize(f, 64<<10)
	if err := o.encode(bw); err != nil {
		return "", &Error{Op: "encode", Path: target, Err: err}
	}
	if err := bw.Flush(); err != nil {
		return "", &Error{Op: "encode", Path: target, Err: err}
	}
	// CreateTemp makes the file private (0600); outputs are for everyone to read.
	if err := f.Chmod(0o644); err != nil {
		return "", &Error{Op: "chmod", Path: target, Err: err}
	}
	if err := f.Sync(); err != nil {
		return "", &Error{Op: "sync", Path: target, Err: err}
	}
	closed = true
	if err := f.Close(); err != nil {
		return "", &Error{Op: "close", Path: target, Err: err}
	}
	return tmp, nil
}

// commit renames every temporary file over its target, in order, then syncs
// dir so that the renames survive a crash. On a failed rename the remaining
// temporary files are removed.
func commit(dir string, outs []output, temps []string) error {
	for i, o := range outs {
		target := filepath.Join(dir, o.name)
		if err := os.Rename(temps[i], target); err != nil {
			removeAll(temps[i:])
			return &Error{Op: "rename", Path: target, Err: err}
		}
	}
	if err := syncDir(dir); err != nil {
		return &Error{Op: "sync", Path: dir, Err: err}
	}
	return nil
}

// syncDir flushes dir's entries (the renames) to stable storage.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	if err := d.Sync(); err != nil {
		_ = d.Close() // the sync error is the one to report
		return err
	}
	return d.Close()
}

// removeAll removes temporary files after a failure. Their removal is best
// effort: the failure that caused it is the error to report.
func removeAll(paths []string) {
	for _, p := range paths {
		_ = os.Remove(p)
	}
}

// normalize returns a copy of set in which every nil list, at the top level
// and inside records, is an empty list, and SchemaVersion 0 is filled in.
// It shares strings and untouched slices with set but never modifies it.
func normalize(set *knowledge.Set) (*knowledge.Set, error) {
	version := set.SchemaVersion
	switch version {
	case 0:
		version = knowledge.SchemaVersion
	case knowledge.SchemaVersion:
	default:
		return nil, fmt.Errorf("%w: %d (this build writes %d)", ErrSchemaVersion, version, knowledge.SchemaVersion)
	}
	return &knowledge.Set{
		SchemaVersion: version,
		Documents: mapped(set.Documents, func(d knowledge.Document) knowledge.Document {
			d.Removed = nonNil(d.Removed)
			return d
		}),
		Skipped: nonNil(set.Skipped),
		Problems: mapped(set.Problems, func(p knowledge.Problem) knowledge.Problem {
			p.Aliases, p.Docs = nonNil(p.Aliases), nonNil(p.Docs)
			return p
		}),
		Causes: mapped(set.Causes, func(c knowledge.Cause) knowledge.Cause {
			c.ProblemIDs, c.Aliases, c.Docs = nonNil(c.ProblemIDs), nonNil(c.Aliases), nonNil(c.Docs)
			return c
		}),
		Remedies: mapped(set.Remedies, func(r knowledge.Remedy) knowledge.Remedy {
			r.Aliases, r.Docs = nonNil(r.Aliases), nonNil(r.Docs)
			return r
		}),
		Triples: mapped(set.Triples, func(t knowledge.Triple) knowledge.Triple {
			t.Quantities, t.Sources = nonNil(t.Quantities), nonNil(t.Sources)
			return t
		}),
	}, nil
}

// nonNil returns s, or an empty slice when s is nil.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// mapped returns a new, never nil, slice holding f of every element of s.
func mapped[T any](s []T, f func(T) T) []T {
	out := make([]T, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

// ReadJSON reads a knowledge.json written by Write. It refuses unknown
// fields, trailing data and another schema_version than
// knowledge.SchemaVersion, but does not otherwise validate the content
// (see knowledge.Schema for that). All errors are *Error.
func ReadJSON(path string) (*knowledge.Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{Op: "open", Path: path, Err: err}
	}
	defer f.Close() // read-only: a close error cannot lose data

	dec := json.NewDecoder(bufio.NewReader(f))
	dec.DisallowUnknownFields()
	var set knowledge.Set
	if err := dec.Decode(&set); err != nil {
		return nil, &Error{Op: "decode", Path: path, Err: err}
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		if err == nil {
			err = ErrTrailingData
		}
		return nil, &Error{Op: "decode", Path: path, Err: err}
	}
	if set.SchemaVersion != knowledge.SchemaVersion {
		return nil, &Error{Op: "decode", Path: path, Err: fmt.Errorf("%w: %d", ErrSchemaVersion, set.SchemaVersion)}
	}
	return &set, nil
}
