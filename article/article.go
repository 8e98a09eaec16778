// Package article defines the document that flows through kextract's
// per-document stages (load → decode → clean → segment → extract), and the
// typed reasons for which a block or a whole document is dropped.
//
// Each stage fills its own fields and leaves the others alone; a stage is a
// plain function of one *Article (see pipeline.Stage).
package article

// Format is the kind of markup an input file is written in.
type Format string

const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
)

// BlockKind says what a block is in the article's structure.
type BlockKind string

const (
	KindTitle     BlockKind = "title"
	KindHeading   BlockKind = "heading"
	KindParagraph BlockKind = "paragraph"
	KindListItem  BlockKind = "list_item"
	KindTable     BlockKind = "table"
	KindCode      BlockKind = "code"
	KindQuote     BlockKind = "quote"
)

// Block is one unit of text of the decoded article: a line of a plain-text
// file, a Markdown paragraph, an HTML heading, paragraph or list item.
type Block struct {
	Kind BlockKind
	// Text is the block's text, trimmed, with runs of spaces folded.
	Text string
	// Level is the heading level (1–6) or the list depth (1 = top level).
	Level int
	// Line is the 1-based line of the block's first line in the decoded
	// source (text and Markdown); 0 for HTML.
	Line int
	// LinkChars counts the characters of Text that are inside links.
	LinkChars int
	// Path is the HTML element path of the block ("body>div#main>p"), "" otherwise.
	Path string
	// Removed is why the cleaner dropped the block; "" when it is kept.
	Removed Reason
}

// Article is one input document on its way through the stages.
type Article struct {
	// Path is relative to the input folder, with '/' separators.
	Path string
	Size int64
	// SHA256 is the hex sha256 of Raw.
	SHA256 string
	// Raw is the file's bytes; decode releases it (sets it to nil) once
	// Source holds the decoded text.
	Raw []byte

	Format   Format
	Encoding string
	// Source is the decoded UTF-8 text of the whole file.
	Source string

	// Metadata found in the article; "" when absent.
	Title     string
	Date      string
	Author    string
	SourceURL string

	// Blocks are the article's blocks in document order (decode), marked
	// kept or removed (clean).
	Blocks []Block
	// Text is the cleaned article: the kept blocks' texts joined by '\n'.
	Text string

	// LineFingerprints are the distinct fingerprints of the decoded
	// article's lines, filled only by the fingerprint pass that finds lines
	// repeated across a run (see kextract.Build).
	LineFingerprints []uint64

	// Traditional is true when Text is written in traditional characters
	// (zhtext.Traditional; segment decides). Segment then tags, and extract
	// reads, Text's simplified fold (zhtext.FoldTraditional), which has the
	// same runes at the same offsets; what extract writes is cut from Text.
	Traditional bool

	// Sentences are the sentences of Text, in order (segment).
	Sentences []Sentence

	// Extraction is what the extractor read from the article (extract).
	Extraction Extraction
}

// Sentence is one sentence of an article's cleaned Text.
type Sentence struct {
	Text string
	// Offset is where the sentence starts in Article.Text, in runes.
	Offset int
	// Block is the index in Article.Blocks of the block it came from.
	Block int
	// Tokens are its words with part-of-speech tags: words of the
	// sentence's simplified fold when the article is Traditional.
	Tokens []Token
}

// Token is one word and its part-of-speech tag (gse's tag set: n, v, c, d, ...).
type Token struct {
	Text string
	POS  string
}

// Extraction is the knowledge read from one article, before merging.
type Extraction struct {
	// Problem is the symptom the article is about, as a short label
	// (花呗被冻结); "" when the article states none.
	Problem string
	// Causes are the causes the article mentions, with or without remedies,
	// in document order.
	Causes []CauseMention
	// Findings are the (cause, remedy, condition) triples, in document order.
	Findings []Finding
	// Genre is what the extractor decided the article is: "fix" (a how-to
	// or troubleshooting article: everything above is kept), "problem" (a
	// problem and its causes, no fix: no findings) or "other" (nothing is
	// kept). Reason is the extractor's machine name for why (fix_section,
	// no_problem, security_report, …). Both are "" before extraction.
	Genre, Reason string
}

// CauseMention is a cause named in an article.
type CauseMention struct {
	Label    string
	Evidence string
	// Offset is where Evidence starts in Article.Text, in runes.
	Offset int
}

// Finding is one (cause, remedy, condition) triple read from an article.
type Finding struct {
	// Cause is "" when the remedy is given for no particular cause.
	Cause     string
	Remedy    string
	Condition string
	// Evidence is the sentence the remedy was read from.
	Evidence string
	// Offset is where Evidence starts in Article.Text, in runes.
	Offset int
	// Section is the role of the section it came from ("remedy", "cause",
	// "steps", "tips", "prevention", ""), for a person reading the
	// extraction; merge does not use it yet.
	Section string
}
