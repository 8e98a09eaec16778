package kextract

import (
	"reflect"
	"testing"

	"github.com/kextract/kextract/knowledge"
)

func TestSpoolRoundTrip(t *testing.T) {
	sp, err := newSpool()
	if err != nil {
		t.Fatal(err)
	}
	defer sp.close()
	docs := []knowledge.Document{
		{ID: "0123456789abcdef", Path: "a/花呗.txt", SHA256: "x", Size: 42, Title: "花呗被冻结怎么办", Format: "text",
			Encoding: "gb18030", Date: "2024-04-02", Text: "第一行\n第二行", Removed: []knowledge.Removed{{Reason: "widget", Line: 7, Text: "分享到"}, {Reason: "counter", Line: -1}}},
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
