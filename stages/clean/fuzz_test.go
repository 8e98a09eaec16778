package clean

import (
	"errors"
	"html"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/stages/decode"
)

// drawnFrom: every rune of text but white space, '|' and U+FFFD occurs in
// src in order (see the decode package's fuzz test).
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

func FuzzClean(f *testing.F) {
	f.Add("标题\n正文,内容。如果逾期,请还款。\n- 上一篇: x\n相关内容:\n标题一11-23\n标题二11-22\n标题三11-21\n返回顶部\n", uint8(0))
	f.Add("---\ntitle: t\n---\n# t\n* [a](b)\n* [c](d)\n正文，内容。\n![i](j)\n", uint8(1))
	f.Add("<div class=nav><a href=/>首页</a></div><div class=content><h1>t</h1><p>正文，内容，很长的一段话。</p><div class=comment><p>评论，内容。</p></div></div><div class=footer>版权所有</div>", uint8(2))
	f.Add("大家好,小编来为大家解答以上的问题。\n以上就是关于x的相关回答,希望对大家有所帮助。\n(0)\n", uint8(0))
	formats := []article.Format{article.FormatText, article.FormatMarkdown, article.FormatHTML}
	f.Fuzz(func(t *testing.T, src string, fm uint8) {
		a := &article.Article{Path: "f", Raw: []byte(src), Format: formats[int(fm)%len(formats)]}
		if decode.Decode(a) != nil {
			return
		}
		err := Clean(a)
		var kept []string
		for _, b := range a.Blocks {
			if b.Removed == "" {
				kept = append(kept, b.Text)
			}
		}
		if err != nil {
			var skip *article.SkipError
			if !errors.As(err, &skip) || skip.Reason != article.SkipNoContent || len(kept) != 0 && strings.TrimSpace(strings.Join(kept, "")) != "" {
				t.Fatalf("unexpected error %v with %d kept blocks", err, len(kept))
			}
			return
		}
		if a.Text != strings.Join(kept, "\n") {
			t.Fatalf("Text is not the kept blocks joined by \\n")
		}
		source := a.Source
		if a.Format == article.FormatHTML {
			source = html.UnescapeString(source)
		}
		for _, k := range kept {
			if !drawnFrom(k, source) {
				t.Fatalf("kept %q is not drawn from the source", k)
			}
		}
	})
}
