package decode

import (
	"errors"
	"html"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// drawnFrom reports whether every rune of text other than white space,
// '|' (the cell separator of table rows) and U+FFFD (what the HTML
// tokenizer makes of a broken character reference) occurs in src in
// order: a block's text is made of the file's own characters.
func drawnFrom(text, src string) bool {
	for _, r := range text {
		if unicode.IsSpace(r) || r == '|' || r == utf8.RuneError {
			continue
		}
		i := strings.IndexRune(src, r)
		if i < 0 {
			return false
		}
		src = src[i+utf8.RuneLen(r):]
	}
	return true
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("标题\n正文,内容。\n- 上一篇: x\n"), uint8(0))
	f.Add([]byte("---\ntitle: \"t\"\n---\n# h\n[a](b) ![i](j)\n```\ncode\n```\n| a | b |\n|---|---|\n| c | d |\n"), uint8(1))
	f.Add([]byte("<html><head><meta charset=gbk><title>t</title></head><body><div id=a class='b c'><p>x<a href=#>y</a><br>z</p><table><tr><td>1<td>2</table></div>"), uint8(2))
	f.Add([]byte("\xef\xbb\xbf\xff\xfe\x00a\xb0\xa1"), uint8(0))
	f.Add([]byte("<p>&amp;&#20013;&lt;x&gt;<pre>  a\n b</pre>"), uint8(2))
	formats := []article.Format{article.FormatText, article.FormatMarkdown, article.FormatHTML}
	f.Fuzz(func(t *testing.T, raw []byte, fm uint8) {
		a := &article.Article{Path: "f", Raw: raw, Format: formats[int(fm)%len(formats)]}
		done := make(chan error, 1)
		go func() { done <- Decode(a) }()
		var err error
		select {
		case err = <-done:
		case <-time.After(20 * time.Second):
			t.Fatalf("Decode of %d bytes (%s) took over 20s: %q", len(raw), a.Format, raw)
		}
		if err != nil {
			var skip *article.SkipError
			if !errors.As(err, &skip) {
				t.Fatalf("error is not a SkipError: %v", err)
			}
			return
		}
		if a.Raw != nil || len(a.Blocks) == 0 || a.Encoding == "" {
			t.Fatalf("raw released %v, %d blocks, encoding %q", a.Raw == nil, len(a.Blocks), a.Encoding)
		}
		src := a.Source
		if a.Format == article.FormatHTML {
			src = html.UnescapeString(src)
		}
		for _, b := range a.Blocks {
			if strings.TrimSpace(b.Text) == "" {
				t.Fatalf("empty block %+v", b)
			}
			if n := utf8.RuneCountInString(b.Text); b.LinkChars < 0 || b.LinkChars > n {
				t.Fatalf("%d link chars in %d runes", b.LinkChars, n)
			}
			if !drawnFrom(b.Text, src) {
				t.Fatalf("block %q is not drawn from the source %q", b.Text, src)
			}
			if a.Format != article.FormatHTML && (b.Line < 1 || b.Line > strings.Count(a.Source, "\n")+1) {
				t.Fatalf("line %d out of range", b.Line)
			}
		}
	})
}
