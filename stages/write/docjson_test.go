package write

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/kextract/kextract/knowledge"
)

// encoderJSON is the reference: what encoding/json writes for v.
func encoderJSON(t testing.TB, v any, prefix string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := encodeIndented(&buf, v, prefix); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

var awkwardStrings = []string{
	"",
	"花呗被冻结怎么办",
	"quote \" backslash \\ slash /",
	"<script>&amp;</script>",
	"\x00\x01\x07\b\f\n\r\t\x1f\x7f",
	"invalid \xff\xfe utf-8 \xe4\xb8",
	"separators \u2028 and \u2029",
	"emoji 😀 and 𠀀 (4-byte)",
	"\ufffd already a replacement",
	strings.Repeat("长", 5000),
}

func TestDocumentJSONMatchesEncoder(t *testing.T) {
	docs := []knowledge.Document{
		{},
		{Removed: []knowledge.Removed{}},
		{ID: "0123456789abcdef", Path: "a/b.md", SHA256: strings.Repeat("f", 64), Size: 1234,
			Title: "标题", Format: "markdown", Encoding: "gb18030", Date: "2024-01-02",
			Author: "作者", SourceURL: "https://example.com/?a=1&b=<2>", ProblemID: "p1",
			Genre: "fix", GenreReason: "fix_section", MirrorOf: "c.md", Text: "第一行\n第二行",
			Removed: []knowledge.Removed{{Reason: "nav", Line: 3, Text: "首页 > 列表"}, {Reason: "repeated", Line: -1, Text: ""}}},
	}
	for i, s := range awkwardStrings {
		docs = append(docs, knowledge.Document{Path: s, Title: s, Text: s, Size: int64(-i), Genre: s, GenreReason: s,
			Removed: []knowledge.Removed{{Reason: s, Line: i, Text: s}}})
	}
	for _, prefix := range []string{"", "    "} {
		for i, d := range docs {
			want := encoderJSON(t, d, prefix)
			got := string(appendDocumentJSON(nil, d, prefix))
			if got != want {
				t.Errorf("document %d, prefix %q:\ngot  %q\nwant %q", i, prefix, got, want)
			}
		}
	}
}

func FuzzDocumentJSON(f *testing.F) {
	for i, s := range awkwardStrings {
		f.Add(s, s, int64(i), i, s)
	}
	f.Fuzz(func(t *testing.T, title, text string, size int64, line int, removed string) {
		d := knowledge.Document{Title: title, Text: text, Size: size, Path: removed,
			Removed: []knowledge.Removed{{Reason: removed, Line: line, Text: text}}}
		want := encoderJSON(t, d, "    ")
		if got := string(appendDocumentJSON(nil, d, "    ")); got != want {
			t.Fatalf("got  %q\nwant %q", got, want)
		}
		if !json.Valid([]byte(want)) {
			t.Fatalf("reference encoder wrote invalid JSON: %q", want)
		}
	})
}
