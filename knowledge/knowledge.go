// Package knowledge defines the records of kextract's output, the contract
// that other tools read from output/: knowledge.json and one Parquet file
// per record kind. Field names are the same in JSON and Parquet.
//
// The contract is versioned by SchemaVersion and described by the JSON
// Schema in schema.json (embedded as Schema). Changing a field here is a
// change of contract: bump SchemaVersion, update schema.json and the README.
//
// This package holds data only; it is filled by stages/merge and written by
// stages/write.
package knowledge

import _ "embed"

// SchemaVersion is the version of the output contract.
const SchemaVersion = 3

// Schema is the JSON Schema (draft 2020-12) of knowledge.json.
//
//go:embed schema.json
var Schema []byte

// Set is the whole knowledge set: the content of knowledge.json.
// Every list is sorted by a stable key (see each type) so that the same
// input gives the same bytes.
type Set struct {
	SchemaVersion int        `json:"schema_version"`
	Documents     []Document `json:"documents"`
	Skipped       []Skipped  `json:"skipped"`
	Problems      []Problem  `json:"problems"`
	Causes        []Cause    `json:"causes"`
	Remedies      []Remedy   `json:"remedies"`
	Triples       []Triple   `json:"triples"`
}

// Document is one input article that was read, decoded and cleaned.
// Sorted by Path.
type Document struct {
	// ID is a short hash of the file's content (the first 16 hex digits of SHA256).
	ID string `json:"id" parquet:"id"`
	// Path is the file's path relative to the input folder, with '/' separators.
	Path string `json:"path" parquet:"path"`
	// SHA256 is the hex sha256 of the file's bytes as read.
	SHA256 string `json:"sha256" parquet:"sha256"`
	// Size is the file's size in bytes.
	Size int64 `json:"size" parquet:"size"`
	// Title is the article's title ("" when none was found).
	Title string `json:"title" parquet:"title"`
	// Format is "text", "markdown" or "html".
	Format string `json:"format" parquet:"format"`
	// Encoding is the source encoding that was decoded: "utf-8", "utf-8-bom",
	// "gb18030", "utf-16le", "utf-16be", ...
	Encoding string `json:"encoding" parquet:"encoding"`
	// Date, Author and SourceURL are metadata found in the article
	// (front matter, meta tags, "发布时间:" lines); "" when absent.
	Date      string `json:"date" parquet:"date"`
	Author    string `json:"author" parquet:"author"`
	SourceURL string `json:"source_url" parquet:"source_url"`
	// ProblemID is the problem the article is about ("" when none was found).
	ProblemID string `json:"problem_id" parquet:"problem_id"`
	// Genre is what the extractor decided the article is: "fix" (a how-to
	// or troubleshooting article: its problem, causes and triples are
	// read), "problem" (a problem and its causes without a fix: no
	// triples) or "other" (news, reports, tutorials that solve no
	// problem…: nothing is read). GenreReason is the extractor's stable
	// machine name for why (see the README's table): an article that
	// yielded nothing says so here.
	Genre       string `json:"genre" parquet:"genre"`
	GenreReason string `json:"genre_reason" parquet:"genre_reason"`
	// MirrorOf is the path of the document this one is a near-duplicate of
	// ("" when it is an original); a mirror does not count as another source.
	MirrorOf string `json:"mirror_of" parquet:"mirror_of"`
	// Text is the cleaned article: kept blocks joined by '\n'.
	Text string `json:"text" parquet:"text"`
	// Removed lists every block the cleaner dropped, in document order.
	Removed []Removed `json:"removed" parquet:"removed,list"`
}

// Removed is one dropped block and why it was dropped.
type Removed struct {
	// Reason is a stable machine name (see article.Reason).
	Reason string `json:"reason" parquet:"reason"`
	// Line is the 1-based line of the block in the decoded source (0 for HTML blocks).
	Line int `json:"line" parquet:"line"`
	// Text is the dropped block's text.
	Text string `json:"text" parquet:"text"`
}

// Skipped is an input file that was not processed, and why.
// Sorted by Path.
type Skipped struct {
	Path   string `json:"path" parquet:"path"`
	Reason string `json:"reason" parquet:"reason"`
	Detail string `json:"detail" parquet:"detail"`
}

// Problem is a symptom articles are about (花呗被冻结, 电脑蓝屏), merged across
// documents. Sorted by ID.
type Problem struct {
	ID      string   `json:"id" parquet:"id"`
	Label   string   `json:"label" parquet:"label"`
	Aliases []string `json:"aliases" parquet:"aliases,list"`
	// Docs are the paths of the documents about this problem, sorted.
	Docs []string `json:"docs" parquet:"docs,list"`
}

// Cause is a reason given for a problem, merged across documents and
// across problems: one cause stated for two problems (网络不稳定, for a
// failed install and a failed update) is one entry. Sorted by ID.
type Cause struct {
	ID string `json:"id" parquet:"id"`
	// ProblemID is the first of ProblemIDs (what a reader of schema
	// version 2, where a cause had one problem, reads).
	ProblemID string `json:"problem_id" parquet:"problem_id"`
	// ProblemIDs are the ids of every problem the cause is given for,
	// sorted (schema version 3).
	ProblemIDs []string `json:"problem_ids" parquet:"problem_ids,list"`
	Label      string   `json:"label" parquet:"label"`
	Aliases    []string `json:"aliases" parquet:"aliases,list"`
	Docs       []string `json:"docs" parquet:"docs,list"`
}

// Remedy is an action that fixes a problem, merged across documents.
// Sorted by ID.
type Remedy struct {
	ID        string   `json:"id" parquet:"id"`
	ProblemID string   `json:"problem_id" parquet:"problem_id"`
	Label     string   `json:"label" parquet:"label"`
	Aliases   []string `json:"aliases" parquet:"aliases,list"`
	Docs      []string `json:"docs" parquet:"docs,list"`
}

// Triple is one piece of knowledge: for a problem with a cause, a remedy
// applies under a condition. Sorted by ID.
type Triple struct {
	ID        string `json:"id" parquet:"id"`
	ProblemID string `json:"problem_id" parquet:"problem_id"`
	// CauseID is "" when the remedy is given for no particular cause.
	CauseID  string `json:"cause_id" parquet:"cause_id"`
	RemedyID string `json:"remedy_id" parquet:"remedy_id"`
	// Cause is the label of the cause ("" when none).
	Cause  string `json:"cause" parquet:"cause"`
	Remedy string `json:"remedy" parquet:"remedy"`
	// Condition is "" when the articles state none.
	Condition string `json:"condition" parquet:"condition"`
	// Quantities are the numeric parts of Condition in structured form.
	Quantities []Quantity `json:"quantities" parquet:"quantities,list"`
	// Sources are the documents that state this triple, sorted by Doc then Offset.
	Sources []Source `json:"sources" parquet:"sources,list"`
}

// Quantity is a number in a condition: 芝麻信用分 < 600, 逾期 ≤ 1 个月, 1–3 个工作日.
type Quantity struct {
	// Subject is what is measured ("芝麻信用分", "逾期时间"; "" when unstated).
	Subject string `json:"subject" parquet:"subject"`
	// Op is one of "<", "<=", ">", ">=", "=", "range".
	Op    string  `json:"op" parquet:"op"`
	Value float64 `json:"value" parquet:"value"`
	// Max is the upper bound when Op is "range" (Value is the lower one), else 0.
	Max  float64 `json:"max" parquet:"max"`
	Unit string  `json:"unit" parquet:"unit"`
	// Text is the phrase the quantity was read from.
	Text string `json:"text" parquet:"text"`
}

// Source is where a triple was stated.
type Source struct {
	// Doc is the document's path (as in Document.Path).
	Doc string `json:"doc" parquet:"doc"`
	// Evidence is the sentence the triple was read from.
	Evidence string `json:"evidence" parquet:"evidence"`
	// Offset is where Evidence starts in the document's Text, in Unicode
	// code points (characters), so that text[offset:] in Python or
	// substring(text, offset+1) in SQL starts with it.
	Offset int `json:"offset" parquet:"offset"`
}
