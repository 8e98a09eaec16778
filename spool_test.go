package kextract

import (
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/kextract/kextract/article"
	"github.com/kextract/kextract/knowledge"
)

func TestSpoolRoundTrip(t *testing.T) {
	sp, err := newSpool("documents")
	if err != nil {
		t.Fatal(err)
	}
	defer sp.close()
	docs := []knowledge.Document{
		{ID: "0123456789abcdef", Path: "a/花呗.txt", SHA256: "x", Size: 42, Title: "花呗被冻结怎么办", Format: "text",
			Encoding: "gb18030", Date: "2024-04-02", Genre: "fix", GenreReason: "fix_title", Text: "第一行\n第二行", Removed: []knowledge.Removed{{Reason: "widget", Line: 7, Text: "分享到"}, {Reason: "counter", Line: -1}}},
		{Path: "b.html", Removed: []knowledge.Removed{}},
	}
	for _, d := range docs {
		if err := sp.add(d); err != nil {
			t.Fatal(err)
		}
	}
	for i := len(docs) - 1; i >= 0; i-- {
		got := knowledge.Document{Path: docs[i].Path, ProblemID: "p1", MirrorOf: "m"}
		if err := sp.fill(&got); err != nil {
			t.Fatal(err)
		}
		want := docs[i]
		want.ProblemID, want.MirrorOf = "p1", "m"
		if !reflect.DeepEqual(got, want) {
			t.Errorf("fill(%s) =\n%+v\nwant\n%+v", want.Path, got, want)
		}
	}
	if err := sp.fill(&knowledge.Document{Path: "missing"}); err == nil {
		t.Error("fill of a path never added: no error")
	}
	for cut := 0; cut < len(encodeDocument(nil, docs[0])); cut += 5 {
		if _, err := decodeDocument(encodeDocument(nil, docs[0])[:cut]); err == nil {
			t.Errorf("a record cut at %d bytes decoded without error", cut)
		}
	}
}

// setEveryField gives every string and int field of the struct v points to
// a distinct non-zero value, so that a field added to the type and
// forgotten by a record format fails the round trip.
func setEveryField(v reflect.Value, seed int) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString(fmt.Sprintf("%s·字段%d", v.Type().Field(i).Name, seed+i))
		case reflect.Int, reflect.Int64:
			f.SetInt(int64(seed*100 + i + 1))
		}
	}
}

// TestDecodedSpoolRoundTrip: the second pass starts from what load and
// decode gave the first, field for field (the raw bytes and the decoded
// source, which no later stage reads, excepted).
func TestDecodedSpoolRoundTrip(t *testing.T) {
	sp, err := newSpool("decoded")
	if err != nil {
		t.Fatal(err)
	}
	defer sp.close()
	var blocks []article.Block
	for i := 0; i < 3; i++ {
		var b article.Block
		setEveryField(reflect.ValueOf(&b).Elem(), i)
		blocks = append(blocks, b)
	}
	want := article.Article{Path: "a/花呗.md", Size: 99, SHA256: "abc", Format: article.FormatMarkdown,
		Encoding: "gb18030", Title: "标题", Date: "2024-04-02", Author: "作者", SourceURL: "https://example.com/x", Blocks: blocks}
	empty := article.Article{Path: "b.txt", Format: article.FormatText, Blocks: []article.Block{}}
	for _, a := range []article.Article{want, empty} {
		in := a
		in.Raw, in.Source = []byte("raw"), "source"
		if err := sp.keep(&in); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range []article.Article{want, empty} {
		got := article.Article{Path: a.Path}
		ok, err := sp.restore(&got)
		if !ok || err != nil {
			t.Fatalf("restore(%s): ok %v, err %v", a.Path, ok, err)
		}
		if !reflect.DeepEqual(got, a) {
			t.Errorf("restore(%s) =\n%+v\nwant\n%+v", a.Path, got, a)
		}
	}
	if ok, err := sp.restore(&article.Article{Path: "never.md"}); ok || err != nil {
		t.Errorf("restore of an article never kept: ok %v, err %v; want false, nil", ok, err)
	}
	rec := encodeDecoded(nil, &want)
	for cut := 0; cut < len(rec); cut += 7 {
		if err := decodeDecoded(rec[:cut], &article.Article{}); err == nil {
			t.Errorf("a decoded record cut at %d bytes decoded without error", cut)
		}
	}
}

// TestSpoolLeavesNoName: while a spool is open, and after it is closed,
// the temporary folder holds no file of it (on Linux not even for an
// instant, so a kill at any moment leaves nothing; elsewhere the name is
// removed as soon as the file is made).
func TestSpoolLeavesNoName(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	sp, err := newSpool("documents")
	if err != nil {
		t.Fatal(err)
	}
	if err := sp.put("k", []byte("record")); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("an open spool left %s in the temporary folder", left[0].Name())
	}
	if rec, ok, err := sp.get("k"); err != nil || !ok || string(rec) != "record" {
		t.Errorf("get(k) = %q, %v, %v", rec, ok, err)
	}
	sp.close()
	if left, _ := os.ReadDir(tmp); len(left) > 0 {
		t.Errorf("a closed spool left %s in the temporary folder", left[0].Name())
	}
}
