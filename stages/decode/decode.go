// Package decode is kextract's decode stage: it turns an article's raw
// bytes into UTF-8 text (Article.Source) and a list of blocks (headings,
// paragraphs, list items, tables, code, quotes) that the clean stage
// judges one by one. It removes nothing: every piece of text the file
// shows ends up in a block, and deciding what is boilerplate is clean's
// job — with one exception, bylines (below).
//
// # Encodings
//
// In order of evidence: a byte-order mark (UTF-8, UTF-16LE/BE); valid UTF-8;
// for HTML, a declared charset (<meta charset>, http-equiv, <?xml
// encoding>), every GB2312/GBK label being read as GB18030 (its superset:
// the GBK decoder mangles four-byte characters); an undeclared GB18030
// reading that has no invalid sequences and whose characters are mostly
// common Chinese (GB2312 level-1 hanzi and CJK punctuation — Latin-1, Big5
// or Shift-JIS bytes read as GB18030 give rare hanzi and symbols instead);
// an undeclared Big5 reading that is clean and mostly CJK. Encoding names
// are "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5" or
// another WHATWG name for declared charsets.
//
// Invalid bytes: a file that is almost valid in one of these encodings (at
// most 1% of its characters invalid, or three sequences, as when a file is
// cut in the middle of a character) is decoded with U+FFFD in place of
// each invalid sequence, and its encoding name gets the suffix "-lossy"
// ("utf-8-lossy", "gb18030-lossy") so the damage is on record.
// More than that is skipped as undecodable, naming the offset of the first
// invalid byte. NUL bytes in the first 8 KiB (or more than one in a
// thousand anywhere) or more than 5% control characters make a file
// binary. Nothing is left: no_content.
//
// # Blocks
//
//   - Plain text: one block per non-empty line (Line is its 1-based line
//     in Source; "\r\n" and "\r" count as one line break, as Python's
//     universal newlines do). The first line is the title when it is short.
//     "一、…", "（一）…", "第X步" lines, short lines without closing
//     punctuation followed by longer content, and numbered short lines
//     ("1. 逾期未还款导致冻结") followed by a paragraph are headings; "1."
//     "1、" "（1）" "•" "-" "*" lines are list items, their Level from
//     indentation. Texts keep their markers: they are the article's words.
//     Any other line is a paragraph.
//   - Markdown: flat YAML front matter (title, date, author, url/link) is
//     metadata; then headings (ATX and setext; a short line bold or italic
//     as a whole is a level-4 heading), paragraphs (one block per line, lines cut in
//     the middle of a clause joined), list items, fenced code (KindCode,
//     verbatim), table rows (KindTable, cells joined by " | "), quotes.
//     Inline links become their text, counted in LinkChars (so are bare
//     URLs); lines that hold only images keep their Markdown so that clean
//     drops them as media.
//   - HTML (goquery): headings, paragraphs, list items, rows of data tables,
//     pre (verbatim), blockquote, and the text directly inside divs and
//     other containers; <br> splits a block. LinkChars counts the runes
//     inside <a href>. Path is the element path from body, each step
//     "tag[n]#id.class1.class2" (n: position among the parent's elements),
//     for example "body>div[2]#main.content>p[3]". script, style,
//     noscript, template, svg, iframe, form controls are dropped; hidden
//     elements are kept (WeChat's #js_content is visibility:hidden until
//     its script runs). Tables whose cells hold blocks are layout: their
//     cells are containers. Element nesting is capped at 200 before
//     parsing, so 20,000 nested divs neither hang the parser nor the walk.
//
// Block texts are faithful to the input: white space runs (NBSP, U+3000
// included) fold to one space, zero-width characters go, nothing else
// changes. WidenPunct maps ASCII punctuation next to Chinese to full
// width, rune for rune, for the stages that read sentences.
//
// # Metadata
//
// Bylines — lines made only of dates and "label：value" fields with
// metadata labels (发布时间, 作者, 来源, 阅读 …), or a bare date — are
// marked Removed = article.ReasonMetadata here, because decode is where
// their values go into Title, Date, Author and SourceURL: the values of
// those before the body starts, and of the first labelled date anywhere.
// The text is thus neither in the cleaned article nor lost (it is listed
// among the removed blocks). Clean may re-label such a block (a date
// inside a related-article list is part of that list).
package decode

import (
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// Decode is the decode stage: it fills Encoding, Source, Blocks, Title,
// Date, Author and SourceURL from Raw and Format, and releases Raw. It
// returns an *article.SkipError for binary, undecodable or empty input.
func Decode(a *article.Article) error {
	text, enc, err := decodeBytes(a.Path, a.Raw, a.Format)
	if err != nil {
		return err
	}
	a.Raw = nil
	a.Encoding = enc
	// Line breaks: \r\n and lone \r become \n, as universal newlines read them.
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	a.Source = text
	a.Blocks = nil
	switch a.Format {
	case article.FormatHTML:
		if err := decodeHTML(a); err != nil {
			return err
		}
	case article.FormatMarkdown:
		decodeMarkdown(a)
	default:
		decodeText(a)
	}
	markMetadata(a)
	if len(a.Blocks) == 0 {
		return article.Skip(a.Path, article.SkipNoContent, "no text in the %s file", formatName(a.Format))
	}
	return nil
}

func formatName(f article.Format) string {
	if f == "" {
		return "text"
	}
	return string(f)
}

// markMetadata marks bylines Removed = ReasonMetadata and copies their
// values into the article's fields (see the package comment).
func markMetadata(a *article.Article) {
	head := true
	labelledDate := false
	for i := range a.Blocks {
		b := &a.Blocks[i]
		switch b.Kind {
		case article.KindCode, article.KindTable, article.KindTitle, article.KindHeading:
			continue
		}
		if head && isBody(b.Text) {
			head = false
		}
		m, ok := parseMeta(b.Text)
		if !ok {
			continue
		}
		b.Removed = article.ReasonMetadata
		own := head || (m.labelled && !labelledDate)
		if m.labelled {
			labelledDate = true
		}
		if !own {
			continue
		}
		if a.Date == "" {
			a.Date = m.date
		}
		if a.Author == "" {
			a.Author = m.author
		}
		if a.SourceURL == "" {
			a.SourceURL = m.url
		}
	}
}

// isBody: a paragraph of running text (the article has begun).
func isBody(s string) bool {
	return utf8.RuneCountInString(s) >= 40 && hasSentencePunct(s)
}
