// Package eval scores a knowledge set against a gold annotation: it is the
// Go port of shared/eval/score.py, behind `kextract eval`. It computes the
// same five figures (cleaning, causes, triples, conditions, merge), the same
// notes, and prints the same text and JSON as score.py, so that either tool
// can be used and their numbers compared.
//
// score.py is the reference: where the two disagree, this package is wrong.
// It reads only the fields score.py reads (shared/eval/README.md), so it does
// not depend on the writer of knowledge.json. It is not a place to change
// how scoring works; change score.py first, then port the change here.
//
// Known gaps, all on inputs no kextract run produces:
//   - Unicode tables are Go's (15.0); Python 3.11's are 14.0, so characters
//     assigned in 15.0 (CJK Extension H, ...) count as letters here only.
//   - A JSON null or a missing field reads as "" (score.py would print None,
//     and tells a missing cause id from an empty one); JSON keys are matched
//     case-insensitively, as encoding/json does.
//   - A gold that score.py would crash on, or that has a triple with no
//     remedy, is rejected by LoadGold and Score with a typed error.
package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/kextract/kextract/knowledge"
)

// Sentinel errors of a gold annotation; test them with errors.Is.
var (
	// ErrLineSpec: content_lines or boilerplate_lines is not a list of
	// numbers and ranges like "1-40,45".
	ErrLineSpec = errors.New("bad line list")
	// ErrUnknownCause: a document's causes name a gold cause that is not defined.
	ErrUnknownCause = errors.New("unknown gold cause")
	// ErrNoRemedy: a gold triple lists no phrasing of its remedy.
	ErrNoRemedy = errors.New("gold triple has no remedy")
)

// FileError is a file that could not be read, decoded or validated.
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// GoldError is a problem in one document of a gold annotation.
type GoldError struct {
	// Doc is the document's name (its key in the gold's documents).
	Doc string
	// Field is the gold field at fault ("content_lines", "triples[2]", ...).
	Field string
	Err   error
}

func (e *GoldError) Error() string {
	return fmt.Sprintf("document %q: %s: %v", e.Doc, e.Field, e.Err)
}
func (e *GoldError) Unwrap() error { return e.Err }

// Gold is a gold annotation (shared/eval/seeds.gold.json).
type Gold struct {
	Problems map[string]Cluster
	Causes   map[string]Cluster
	// Documents are in the order of the file, as score.py reads them; the
	// order decides the order of the notes.
	Documents []GoldDocument
}

// Cluster is a named gold problem or cause.
type Cluster struct {
	Label   string   `json:"label"`
	Aliases []string `json:"aliases"`
}

// GoldDocument is the annotation of one input file.
type GoldDocument struct {
	// Name is the file's path relative to the input folder (its key in the gold).
	Name    string `json:"-"`
	Problem string `json:"problem"`
	// ContentLines and BoilerplateLines are 1-based line lists ("1-40,45").
	ContentLines        string   `json:"content_lines"`
	BoilerplateLines    string   `json:"boilerplate_lines"`
	ContentSnippets     []string `json:"content_snippets"`
	BoilerplateSnippets []string `json:"boilerplate_snippets"`
	// Causes are gold cause ids the document mentions; OptionalCauses count
	// neither way.
	Causes         []string     `json:"causes"`
	OptionalCauses []string     `json:"optional_causes"`
	Triples        []GoldTriple `json:"triples"`
}

// GoldTriple is one gold (cause, remedy, condition).
type GoldTriple struct {
	// Cause is a gold cause id, "" for a remedy given for no particular cause.
	Cause string `json:"cause"`
	// Remedy lists acceptable phrasings; the first names it in notes.
	Remedy    []string `json:"remedy"`
	Condition string   `json:"condition"`
	// Optional triples are neither rewarded nor penalised.
	Optional bool `json:"optional"`
	// OptionalCondition: the condition is neither required nor penalised.
	OptionalCondition bool `json:"optional_condition"`
}

// UnmarshalJSON reads a gold annotation, keeping the documents in file order
// (a repeated key keeps its first place and its last value, as in Python).
func (g *Gold) UnmarshalJSON(b []byte) error {
	var raw struct {
		Problems  map[string]Cluster `json:"problems"`
		Causes    map[string]Cluster `json:"causes"`
		Documents json.RawMessage    `json:"documents"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	names, values, err := orderedObject(raw.Documents)
	if err != nil {
		return fmt.Errorf("documents: %w", err)
	}
	docs := make([]GoldDocument, 0, len(names))
	for _, name := range names {
		d := GoldDocument{Name: name}
		if err := json.Unmarshal(values[name], &d); err != nil {
			return fmt.Errorf("documents: %q: %w", name, err)
		}
		docs = append(docs, d)
	}
	*g = Gold{Problems: raw.Problems, Causes: raw.Causes, Documents: docs}
	return nil
}

// orderedObject splits a JSON object into its keys in first-seen order and
// their last values. null or absent gives no keys.
func orderedObject(b json.RawMessage) ([]string, map[string]json.RawMessage, error) {
	values := map[string]json.RawMessage{}
	if len(b) == 0 || string(b) == "null" {
		return nil, values, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if tok, err := dec.Token(); err != nil {
		return nil, nil, err
	} else if tok != json.Delim('{') {
		return nil, nil, fmt.Errorf("want an object, got %v", tok)
	}
	var names []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, err
		}
		key := tok.(string) // object keys are strings
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, nil, err
		}
		if _, seen := values[key]; !seen {
			names = append(names, key)
		}
		values[key] = v
	}
	return names, values, nil
}

// Validate reports the first problem that would stop scoring: a bad line
// list, a document cause that is not a gold cause, a triple with no remedy.
func (g *Gold) Validate() error {
	for _, d := range g.Documents {
		if _, err := lineSet(d.ContentLines); err != nil {
			return &GoldError{d.Name, "content_lines", err}
		}
		if _, err := lineSet(d.BoilerplateLines); err != nil {
			return &GoldError{d.Name, "boilerplate_lines", err}
		}
		for _, c := range d.Causes {
			if _, ok := g.Causes[c]; !ok {
				return &GoldError{d.Name, "causes", fmt.Errorf("%w %q", ErrUnknownCause, c)}
			}
		}
		for i, t := range d.Triples {
			if len(t.Remedy) == 0 {
				return &GoldError{d.Name, fmt.Sprintf("triples[%d]", i), ErrNoRemedy}
			}
		}
	}
	return nil
}

// LoadGold reads and validates a gold annotation.
func LoadGold(path string) (*Gold, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &FileError{path, err}
	}
	var g Gold
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, &FileError{path, err}
	}
	if err := g.Validate(); err != nil {
		return nil, &FileError{path, err}
	}
	return &g, nil
}

// Prediction is what score.py reads of a knowledge set (knowledge.json).
type Prediction struct {
	Documents []PredDocument `json:"documents"`
	Causes    []PredCause    `json:"causes"`
	Triples   []PredTriple   `json:"triples"`
}

// PredDocument is a cleaned document.
type PredDocument struct {
	Path string `json:"path"`
	Text string `json:"text"`
}

// PredCause is a merged cause and the documents that mention it.
type PredCause struct {
	ID      string   `json:"id"`
	Label   string   `json:"label"`
	Aliases []string `json:"aliases"`
	Docs    []string `json:"docs"`
}

// PredTriple is a (cause, remedy, condition) and where it was stated.
type PredTriple struct {
	CauseID   string       `json:"cause_id"`
	Cause     string       `json:"cause"`
	Remedy    string       `json:"remedy"`
	Condition string       `json:"condition"`
	Sources   []PredSource `json:"sources"`
}

// PredSource names a document a triple was read from.
type PredSource struct {
	Doc string `json:"doc"`
}

// LoadPrediction reads the fields score.py reads from a knowledge.json.
func LoadPrediction(path string) (*Prediction, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, &FileError{path, err}
	}
	var p Prediction
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, &FileError{path, err}
	}
	return &p, nil
}

// PredictionFromSet takes from an in-memory knowledge set what LoadPrediction
// would read from its knowledge.json.
func PredictionFromSet(s *knowledge.Set) *Prediction {
	p := &Prediction{}
	for _, d := range s.Documents {
		p.Documents = append(p.Documents, PredDocument{Path: d.Path, Text: d.Text})
	}
	for _, c := range s.Causes {
		p.Causes = append(p.Causes, PredCause{ID: c.ID, Label: c.Label, Aliases: c.Aliases, Docs: c.Docs})
	}
	for _, t := range s.Triples {
		pt := PredTriple{CauseID: t.CauseID, Cause: t.Cause, Remedy: t.Remedy, Condition: t.Condition}
		for _, src := range t.Sources {
			pt.Sources = append(pt.Sources, PredSource{Doc: src.Doc})
		}
		p.Triples = append(p.Triples, pt)
	}
	return p
}
