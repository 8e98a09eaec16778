package write

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
	pqschema "github.com/apache/arrow-go/v18/parquet/schema"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/kextract/kextract/knowledge"
)

var update = flag.Bool("update", false, "rewrite testdata/knowledge.golden.json")

// hash returns a content id of s: the first 16 hex digits of its sha256.
func hash(s string) string { return sha256hex(s)[:16] }

func sha256hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// fixture is a small knowledge set with Chinese text, characters that HTML
// escaping would change (< > &), nil nested lists and empty strings.
func fixture() *knowledge.Set {
	const (
		text1 = "花呗被冻结怎么办?\n芝麻信用分 < 600 & 逾期超过 30 天会导致花呗冻结。\n如果逾期未还款,请在 1-3 个工作日内还清欠款。"
		text2 = "<h1>电脑蓝屏</h1>"
		path1 = "000_huabei.txt"
		path2 = "子目录/001_蓝屏.html"
	)
	problem := hash("problem:花呗被冻结")
	cause := hash("cause:逾期未还款")
	remedy := hash("remedy:按时还款")
	remedy2 := hash("remedy:联系客服")
	return &knowledge.Set{
		SchemaVersion: knowledge.SchemaVersion,
		Documents: []knowledge.Document{
			{
				ID: hash(text1), Path: path1, SHA256: sha256hex(text1), Size: int64(len(text1)),
				Title: "花呗被冻结怎么办?", Format: "text", Encoding: "gb18030",
				Date: "2023-05-01", Author: "小编", SourceURL: "https://example.com/a?x=1&y=2",
				ProblemID: problem, Genre: "fix", GenreReason: "fix_title", MirrorOf: "", Text: text1,
				Removed: []knowledge.Removed{
					{Reason: "navigation", Line: 1, Text: "上一篇:花呗怎么开通"},
					{Reason: "template", Line: 9, Text: "大家好,小编来为大家解答以上问题。"},
				},
			},
			{
				ID: hash(text2), Path: path2, SHA256: sha256hex(text2), Size: int64(len(text2)),
				Title: "", Format: "html", Encoding: "utf-8",
				ProblemID: "", Genre: "other", GenreReason: "no_problem", MirrorOf: path1, Text: "电脑蓝屏",
				Removed: nil,
			},
		},
		Skipped: []knowledge.Skipped{
			{Path: "坏文件.bin", Reason: "binary", Detail: "NUL bytes in the first 8 KiB"},
		},
		Problems: []knowledge.Problem{
			{ID: problem, Label: "花呗被冻结", Aliases: []string{"花呗冻结", "花呗被停用"}, Docs: []string{path1}},
		},
		Causes: []knowledge.Cause{
			{ID: cause, ProblemID: problem, ProblemIDs: []string{problem}, Label: "逾期未还款", Aliases: nil, Docs: []string{path1}},
		},
		Remedies: []knowledge.Remedy{
			{ID: remedy, ProblemID: problem, Label: "按时还款", Aliases: []string{"及时还款"}, Docs: []string{path1}},
			{ID: remedy2, ProblemID: problem, Label: "联系客服", Aliases: nil, Docs: nil},
		},
		Triples: []knowledge.Triple{
			{
				ID: hash("triple:1"), ProblemID: problem, CauseID: cause, RemedyID: remedy,
				Cause: "逾期未还款", Remedy: "按时还款", Condition: "芝麻信用分 < 600 且 1-3 个工作日",
				Quantities: []knowledge.Quantity{
					{Subject: "芝麻信用分", Op: "<", Value: 600, Max: 0, Unit: "分", Text: "芝麻信用分 < 600"},
					{Subject: "", Op: "range", Value: 1, Max: 3.5, Unit: "个工作日", Text: "1-3 个工作日"},
				},
				Sources: []knowledge.Source{
					{Doc: path1, Evidence: "芝麻信用分 < 600 & 逾期超过 30 天会导致花呗冻结。", Offset: 10},
					{Doc: path1, Evidence: "如果逾期未还款,请在 1-3 个工作日内还清欠款。", Offset: 40},
				},
			},
			{
				ID: hash("triple:2"), ProblemID: problem, CauseID: "", RemedyID: remedy2,
				Cause: "", Remedy: "联系客服", Condition: "",
				Quantities: nil,
				Sources:    []knowledge.Source{{Doc: path2, Evidence: "电脑蓝屏", Offset: 0}},
			},
		},
	}
}

// readDir returns the content of every entry of dir by name; directories
// map to nil.
func readDir(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string][]byte, len(entries))
	for _, e := range entries {
		if e.IsDir() {
			out[e.Name()] = nil
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

func mustWrite(t testing.TB, dir string, set *knowledge.Set) {
	t.Helper()
	if err := Write(dir, set); err != nil {
		t.Fatalf("Write(%s): %v", dir, err)
	}
}

func sortedNames(m map[string][]byte) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

func TestWriteIsDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	mustWrite(t, a, fixture())
	first := readDir(t, a)
	mustWrite(t, b, fixture())
	mustWrite(t, a, fixture()) // over the existing files

	want := slices.Sorted(slices.Values(Files()))
	if got := sortedNames(first); !slices.Equal(got, want) {
		t.Fatalf("files written: got %v, want %v", got, want)
	}
	for _, dir := range []string{a, b} {
		again := readDir(t, dir)
		if got := sortedNames(again); !slices.Equal(got, want) {
			t.Fatalf("files in %s: got %v, want %v", dir, got, want)
		}
		for _, name := range want {
			if !bytes.Equal(first[name], again[name]) {
				t.Errorf("%s differs between two writes of the same set (%d vs %d bytes)", name, len(first[name]), len(again[name]))
			}
		}
	}
}

func TestWriteJSONGolden(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, dir, fixture())
	got, err := os.ReadFile(filepath.Join(dir, JSONFile))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "knowledge.golden.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("knowledge.json differs from %s (run go test -update after checking the change):\ngot:\n%s", golden, got)
	}

	for _, want := range []string{
		fmt.Sprintf("{\n  \"schema_version\": %d,\n  \"documents\": [\n    {\n      \"id\": ", knowledge.SchemaVersion),
		"芝麻信用分 < 600 & 逾期",
		"https://example.com/a?x=1&y=2",
		"\"removed\": []",
		"\"quantities\": []",
	} {
		if !bytes.Contains(got, []byte(want)) {
			t.Errorf("knowledge.json does not contain %q", want)
		}
	}
	for _, bad := range []string{`\u003c`, `\u003e`, `\u0026`, "null"} {
		if bytes.Contains(got, []byte(bad)) {
			t.Errorf("knowledge.json contains %q", bad)
		}
	}
	if !bytes.HasSuffix(got, []byte("}\n")) {
		t.Errorf("knowledge.json does not end with a newline: %q", got[max(0, len(got)-10):])
	}
}

func TestWriteNilListsAsEmpty(t *testing.T) {
	set := &knowledge.Set{
		SchemaVersion: 0, // filled in as knowledge.SchemaVersion
		Documents:     []knowledge.Document{{ID: hash("d"), Path: "a.txt", SHA256: sha256hex("d"), Format: "text", Encoding: "utf-8"}},
		Problems:      []knowledge.Problem{{ID: hash("p"), Label: "问题"}},
		Causes:        []knowledge.Cause{{ID: hash("c"), ProblemID: hash("p"), ProblemIDs: []string{hash("p")}, Label: "原因"}},
		Remedies:      []knowledge.Remedy{{ID: hash("r"), ProblemID: hash("p"), Label: "方法"}},
		Triples:       []knowledge.Triple{{ID: hash("t"), ProblemID: hash("p"), RemedyID: hash("r"), Remedy: "方法"}},
	}
	dir := t.TempDir()
	mustWrite(t, dir, set)

	raw, err := os.ReadFile(filepath.Join(dir, JSONFile))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte("null")) {
		t.Errorf("knowledge.json contains null:\n%s", raw)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if got := doc["schema_version"]; got != float64(knowledge.SchemaVersion) {
		t.Errorf("schema_version: got %v, want %d", got, knowledge.SchemaVersion)
	}
	lists := map[string][]string{
		"documents": {"removed"},
		"skipped":   nil,
		"problems":  {"aliases", "docs"},
		"causes":    {"aliases", "docs"},
		"remedies":  {"aliases", "docs"},
		"triples":   {"quantities", "sources"},
	}
	for key, nested := range lists {
		records, ok := doc[key].([]any)
		if !ok {
			t.Errorf("%s: got %T, want an array", key, doc[key])
			continue
		}
		for i, r := range records {
			for _, field := range nested {
				if v, ok := r.(map[string]any)[field].([]any); !ok || len(v) != 0 {
					t.Errorf("%s[%d].%s: got %#v, want []", key, i, field, r.(map[string]any)[field])
				}
			}
		}
	}

	// The caller's set is not modified.
	if set.SchemaVersion != 0 || set.Skipped != nil || set.Documents[0].Removed != nil ||
		set.Problems[0].Aliases != nil || set.Triples[0].Sources != nil {
		t.Errorf("Write modified the caller's set: %+v", set)
	}
}

func TestWriteRefusesBadSets(t *testing.T) {
	tests := []struct {
		name string
		set  *knowledge.Set
		want error
	}{
		{"nil", nil, ErrNilSet},
		{"future version", &knowledge.Set{SchemaVersion: knowledge.SchemaVersion + 1}, ErrSchemaVersion},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "out")
			err := Write(dir, tt.set)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			var werr *Error
			if !errors.As(err, &werr) || werr.Op != "check" {
				t.Errorf("got %#v, want *Error with Op check", err)
			}
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("a refused set created %s (stat: %v)", dir, err)
			}
		})
	}
}

func TestReadJSON(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, dir, fixture())
	got, err := ReadJSON(filepath.Join(dir, JSONFile))
	if err != nil {
		t.Fatal(err)
	}
	want, err := normalize(fixture())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadJSON after Write:\ngot  %+v\nwant %+v", got, want)
	}

	bad := []struct {
		name, content string
		want          error
	}{
		{"trailing data", fmt.Sprintf(`{"schema_version": %d} {}`, knowledge.SchemaVersion), ErrTrailingData},
		{"other version", fmt.Sprintf(`{"schema_version": %d}`, knowledge.SchemaVersion+1), ErrSchemaVersion},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), JSONFile)
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := ReadJSON(path); !errors.Is(err, tt.want) {
				t.Errorf("got %v, want %v", err, tt.want)
			}
		})
	}
	t.Run("unknown field", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), JSONFile)
		if err := os.WriteFile(path, []byte(fmt.Sprintf(`{"schema_version": %d, "extra": 1}`, knowledge.SchemaVersion)), 0o644); err != nil {
			t.Fatal(err)
		}
		var werr *Error
		if _, err := ReadJSON(path); !errors.As(err, &werr) || werr.Op != "decode" {
			t.Errorf("got %v, want a decode *Error", err)
		}
	})
}

// jsonRecords returns the records of knowledge.json by top-level key, as
// decoded by encoding/json into []any.
func jsonRecords(t *testing.T, path string) map[string][]any {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	out := make(map[string][]any)
	for k, v := range doc {
		if list, ok := v.([]any); ok {
			out[k] = list
		}
	}
	return out
}

// jsonFields returns the json names of the fields of struct type t, in order.
func jsonFields(t reflect.Type) []string {
	names := make([]string, 0, t.NumField())
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		names = append(names, name)
	}
	return names
}

// parquetKinds maps every Parquet file to its key in knowledge.json and its
// record type.
var parquetKinds = []struct {
	file, key string
	typ       reflect.Type
}{
	{DocumentsFile, "documents", reflect.TypeFor[knowledge.Document]()},
	{SkippedFile, "skipped", reflect.TypeFor[knowledge.Skipped]()},
	{ProblemsFile, "problems", reflect.TypeFor[knowledge.Problem]()},
	{CausesFile, "causes", reflect.TypeFor[knowledge.Cause]()},
	{RemediesFile, "remedies", reflect.TypeFor[knowledge.Remedy]()},
	{TriplesFile, "triples", reflect.TypeFor[knowledge.Triple]()},
}

// TestParquetReadByArrow reads every Parquet file with Apache Arrow's Go
// implementation, which shares no code with parquet-go, and compares it
// with knowledge.json: column names and order, list types, row counts and
// every value, nested lists included.
func TestParquetReadByArrow(t *testing.T) {
	sets := map[string]*knowledge.Set{
		"fixture": fixture(),
		"empty":   {SchemaVersion: knowledge.SchemaVersion},
		"big":     bigSet(30, 120),
	}
	for name, set := range sets {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			mustWrite(t, dir, set)
			records := jsonRecords(t, filepath.Join(dir, JSONFile))
			for _, kind := range parquetKinds {
				t.Run(kind.file, func(t *testing.T) {
					want, ok := records[kind.key]
					if !ok {
						t.Fatalf("knowledge.json has no %q array", kind.key)
					}
					got := readWithArrow(t, filepath.Join(dir, kind.file), jsonFields(kind.typ))
					if len(got) != len(want) {
						t.Fatalf("rows: got %d, want %d", len(got), len(want))
					}
					for i := range want {
						if !reflect.DeepEqual(got[i], want[i]) {
							t.Errorf("row %d:\ngot  %v\nwant %v", i, got[i], want[i])
						}
					}
				})
			}
		})
	}
}

// readWithArrow opens path with arrow-go, checks its footer and schema, and
// returns its rows as encoding/json would decode them.
func readWithArrow(t *testing.T, path string, fields []string) []any {
	t.Helper()
	rdr, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatalf("arrow cannot open %s: %v", path, err)
	}
	defer rdr.Close()

	meta := rdr.MetaData()
	if got := meta.GetCreatedBy(); got != CreatedBy {
		t.Errorf("created_by: got %q, want %q", got, CreatedBy)
	}
	for rg := range meta.NumRowGroups() {
		rgm := meta.RowGroup(rg)
		for c := range rgm.NumColumns() {
			cc, err := rgm.ColumnChunk(c)
			if err != nil {
				t.Fatal(err)
			}
			if cc.Compression() != compress.Codecs.Zstd {
				t.Errorf("column %v: compression %v, want ZSTD", cc.PathInSchema(), cc.Compression())
			}
		}
	}
	checkParquetSchema(t, meta.Schema.Root(), fields)

	fr, err := pqarrow.NewFileReader(rdr, pqarrow.ArrowReadProperties{}, memory.DefaultAllocator)
	if err != nil {
		t.Fatal(err)
	}
	table, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatalf("arrow cannot read %s: %v", path, err)
	}
	defer table.Release()
	checkArrowSchema(t, table.Schema(), fields)

	var rows []any
	tr := array.NewTableReader(table, 1024)
	defer tr.Release()
	for tr.Next() {
		st := array.RecordToStructArray(tr.RecordBatch())
		for i := range st.Len() {
			raw, err := json.Marshal(st.GetOneForMarshal(i))
			if err != nil {
				t.Fatal(err)
			}
			var row any
			if err := json.Unmarshal(raw, &row); err != nil {
				t.Fatal(err)
			}
			rows = append(rows, row)
		}
		st.Release()
	}
	if err := tr.Err(); err != nil {
		t.Fatal(err)
	}
	if int64(len(rows)) != meta.NumRows {
		t.Errorf("rows read %d, footer says %d", len(rows), meta.NumRows)
	}
	return rows
}

// checkParquetSchema checks that the file's columns are the JSON fields, in
// order, all required, and that lists use the 3-level LIST logical type
// (group (LIST) { repeated group list { element } }).
func checkParquetSchema(t *testing.T, root *pqschema.GroupNode, fields []string) {
	t.Helper()
	var names []string
	for i := range root.NumFields() {
		n := root.Field(i)
		names = append(names, n.Name())
		if n.RepetitionType() != parquet.Repetitions.Required {
			t.Errorf("column %s: repetition %v, want required", n.Name(), n.RepetitionType())
		}
		g, ok := n.(*pqschema.GroupNode)
		if !ok {
			continue
		}
		if !g.LogicalType().Equals(pqschema.ListLogicalType{}) {
			t.Errorf("column %s: logical type %v, want LIST", n.Name(), g.LogicalType())
			continue
		}
		list, ok := g.Field(0).(*pqschema.GroupNode)
		if g.NumFields() != 1 || !ok || list.Name() != "list" || list.RepetitionType() != parquet.Repetitions.Repeated ||
			list.NumFields() != 1 || list.Field(0).Name() != "element" {
			t.Errorf("column %s is not a 3-level LIST: %v", n.Name(), g)
		}
	}
	if !slices.Equal(names, fields) {
		t.Errorf("parquet columns: got %v, want %v", names, fields)
	}
}

// checkArrowSchema checks how Arrow sees the columns: the JSON field names
// in order, not nullable, and Go slices as Arrow list types.
func checkArrowSchema(t *testing.T, s *arrow.Schema, fields []string) {
	t.Helper()
	var names []string
	for _, f := range s.Fields() {
		names = append(names, f.Name)
		if f.Nullable {
			t.Errorf("arrow field %s is nullable", f.Name)
		}
		if f.Type.ID() == arrow.STRUCT {
			t.Errorf("arrow field %s is a struct, want a list", f.Name)
		}
	}
	if !slices.Equal(names, fields) {
		t.Errorf("arrow fields: got %v, want %v", names, fields)
	}
	lists := map[string]bool{"removed": true, "problem_ids": true, "aliases": true, "docs": true, "quantities": true, "sources": true}
	for _, f := range s.Fields() {
		isList := f.Type.ID() == arrow.LIST
		if isList != lists[f.Name] {
			t.Errorf("arrow field %s has type %v (list: %v, want %v)", f.Name, f.Type, isList, lists[f.Name])
		}
	}
}

// compileSchema compiles knowledge.Schema, checking it against the draft
// 2020-12 meta-schema on the way.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(knowledge.Schema))
	if err != nil {
		t.Fatalf("schema.json is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	const url = "file:///knowledge/schema.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(url)
	if err != nil {
		t.Fatalf("schema.json does not compile: %v", err)
	}
	return sch
}

// failures lists "instance-location keyword" for every leaf of a
// validation error, e.g. "/documents/0 required".
func failures(err error) []string {
	var verr *jsonschema.ValidationError
	if !errors.As(err, &verr) {
		return []string{err.Error()}
	}
	var out []string
	var walk func(*jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			kw := strings.Join(e.ErrorKind.KeywordPath(), "/")
			out = append(out, "/"+strings.Join(e.InstanceLocation, "/")+" "+kw)
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(verr)
	return out
}

func TestSchemaValidatesOutput(t *testing.T) {
	sch := compileSchema(t)
	for name, set := range map[string]*knowledge.Set{
		"fixture": fixture(),
		"empty":   {},
		"big":     bigSet(20, 60),
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			mustWrite(t, dir, set)
			f, err := os.Open(filepath.Join(dir, JSONFile))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			inst, err := jsonschema.UnmarshalJSON(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("written knowledge.json is invalid: %v", failures(err))
			}
		})
	}
}

// TestSchemaRejects shows that the schema can fail: each case breaks one
// rule of the contract in otherwise valid output, and the test checks where
// and why validation failed.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	dir := t.TempDir()
	mustWrite(t, dir, fixture())
	raw, err := os.ReadFile(filepath.Join(dir, JSONFile))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		mutate func(doc map[string]any)
		want   string
	}{
		{"missing required field", func(d map[string]any) { delete(rec(d, "documents", 0), "sha256") }, "/documents/0 required"},
		{"missing top-level list", func(d map[string]any) { delete(d, "remedies") }, "/ required"},
		{"extra field", func(d map[string]any) { rec(d, "triples", 0)["score"] = 0.9 }, "/triples/0 additionalProperties"},
		{"extra nested field", func(d map[string]any) {
			rec(d, "triples", 0)["sources"].([]any)[0].(map[string]any)["page"] = 1
		}, "/triples/0/sources/0 additionalProperties"},
		{"null list", func(d map[string]any) { rec(d, "problems", 0)["aliases"] = nil }, "/problems/0/aliases type"},
		{"other schema version", func(d map[string]any) { d["schema_version"] = knowledge.SchemaVersion + 1 }, "/schema_version const"},
		{"bad genre", func(d map[string]any) { rec(d, "documents", 0)["genre"] = "news" }, "/documents/0/genre enum"},
		{"bad genre reason", func(d map[string]any) { rec(d, "documents", 0)["genre_reason"] = "" }, "/documents/0/genre_reason enum"},
		{"bad format", func(d map[string]any) { rec(d, "documents", 0)["format"] = "pdf" }, "/documents/0/format enum"},
		{"bad op", func(d map[string]any) { rec(d, "triples", 0)["quantities"].([]any)[0].(map[string]any)["op"] = "≤" }, "/triples/0/quantities/0/op enum"},
		{"upper-case id", func(d map[string]any) { rec(d, "causes", 0)["id"] = "ABCDEF0123456789" }, "/causes/0/id pattern"},
		{"bad problem id", func(d map[string]any) { rec(d, "triples", 0)["problem_id"] = "not-hex" }, "/triples/0/problem_id pattern"},
		{"short document id", func(d map[string]any) { rec(d, "documents", 0)["id"] = "abcdef01" }, "/documents/0/id pattern"},
		{"bad sha256", func(d map[string]any) { rec(d, "documents", 0)["sha256"] = "abc" }, "/documents/0/sha256 pattern"},
		{"negative offset", func(d map[string]any) {
			rec(d, "triples", 0)["sources"].([]any)[0].(map[string]any)["offset"] = -1
		}, "/triples/0/sources/0/offset minimum"},
		{"fractional line", func(d map[string]any) {
			rec(d, "documents", 0)["removed"].([]any)[0].(map[string]any)["line"] = 1.5
		}, "/documents/0/removed/0/line type"},
		{"max without range", func(d map[string]any) {
			rec(d, "triples", 0)["quantities"].([]any)[0].(map[string]any)["max"] = 7
		}, "/triples/0/quantities/0/max const"},
		{"triple without source", func(d map[string]any) { rec(d, "triples", 1)["sources"] = []any{} }, "/triples/1/sources minItems"},
		{"absolute path", func(d map[string]any) { rec(d, "skipped", 0)["path"] = "/etc/passwd" }, "/skipped/0/path pattern"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(raw, &doc); err != nil {
				t.Fatal(err)
			}
			tt.mutate(doc)
			broken, err := json.Marshal(doc)
			if err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(broken))
			if err != nil {
				t.Fatal(err)
			}
			err = sch.Validate(inst)
			if err == nil {
				t.Fatalf("schema accepted the broken document")
			}
			if got := failures(err); !slices.Contains(got, tt.want) {
				t.Errorf("failures: got %v, want one of them to be %q", got, tt.want)
			}
		})
	}
}

// rec returns record i of the list key of a decoded knowledge.json.
func rec(doc map[string]any, key string, i int) map[string]any {
	return doc[key].([]any)[i].(map[string]any)
}

// TestSchemaMatchesGoTypes checks that schema.json describes exactly the
// fields of the Go types, all required, and no others.
func TestSchemaMatchesGoTypes(t *testing.T) {
	var schema struct {
		Required             []string                   `json:"required"`
		AdditionalProperties *bool                      `json:"additionalProperties"`
		Properties           map[string]json.RawMessage `json:"properties"`
		Defs                 map[string]struct {
			Required             []string                   `json:"required"`
			AdditionalProperties *bool                      `json:"additionalProperties"`
			Properties           map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(knowledge.Schema, &schema); err != nil {
		t.Fatal(err)
	}
	check := func(name string, typ reflect.Type, required []string, additional *bool, props map[string]json.RawMessage) {
		fields := slices.Sorted(slices.Values(jsonFields(typ)))
		if got := slices.Sorted(slices.Values(required)); !slices.Equal(got, fields) {
			t.Errorf("%s: required %v, want %v", name, got, fields)
		}
		var keys []string
		for k, v := range props {
			keys = append(keys, k)
			var p struct {
				Description string `json:"description"`
			}
			if err := json.Unmarshal(v, &p); err != nil || p.Description == "" {
				t.Errorf("%s.%s has no description", name, k)
			}
		}
		if got := slices.Sorted(slices.Values(keys)); !slices.Equal(got, fields) {
			t.Errorf("%s: properties %v, want %v", name, got, fields)
		}
		if additional == nil || *additional {
			t.Errorf("%s: additionalProperties is not false", name)
		}
	}
	check("root", reflect.TypeFor[knowledge.Set](), schema.Required, schema.AdditionalProperties, schema.Properties)
	defs := map[string]reflect.Type{
		"document": reflect.TypeFor[knowledge.Document](),
		"removed":  reflect.TypeFor[knowledge.Removed](),
		"skipped":  reflect.TypeFor[knowledge.Skipped](),
		"problem":  reflect.TypeFor[knowledge.Problem](),
		"cause":    reflect.TypeFor[knowledge.Cause](),
		"remedy":   reflect.TypeFor[knowledge.Remedy](),
		"triple":   reflect.TypeFor[knowledge.Triple](),
		"quantity": reflect.TypeFor[knowledge.Quantity](),
		"source":   reflect.TypeFor[knowledge.Source](),
	}
	for name, typ := range defs {
		def, ok := schema.Defs[name]
		if !ok {
			t.Errorf("schema.json has no $defs/%s", name)
			continue
		}
		check(name, typ, def.Required, def.AdditionalProperties, def.Properties)
	}
}

func TestWriteFailureLeavesOldOutput(t *testing.T) {
	old := fixture()
	newSet := fixture()
	newSet.Documents[0].Title = "新标题"
	nan := fixture()
	nan.Triples[0].Quantities[0].Value = math.NaN() // JSON cannot encode NaN

	tests := []struct {
		name    string
		prepare func(t *testing.T, dir string) // breaks dir after the old output is written
		set     *knowledge.Set
		op      string
		path    string // the file the error must name
		is      error
	}{
		{
			name: "target name is a directory",
			prepare: func(t *testing.T, dir string) {
				target := filepath.Join(dir, TriplesFile)
				if err := os.Remove(target); err != nil {
					t.Fatal(err)
				}
				if err := os.Mkdir(target, 0o755); err != nil {
					t.Fatal(err)
				}
			},
			set: newSet, op: "check", path: TriplesFile, is: ErrNotRegular,
		},
		{
			name: "encoding fails after the Parquet files",
			set:  nan, op: "encode", path: JSONFile,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			mustWrite(t, dir, old)
			if tt.prepare != nil {
				tt.prepare(t, dir)
			}
			before := readDir(t, dir)

			err := Write(dir, tt.set)
			var werr *Error
			if !errors.As(err, &werr) {
				t.Fatalf("got %v, want *Error", err)
			}
			if werr.Op != tt.op || werr.Path != filepath.Join(dir, tt.path) {
				t.Errorf("got Op %q Path %q, want %q %q", werr.Op, werr.Path, tt.op, filepath.Join(dir, tt.path))
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("got %v, want it to wrap %v", err, tt.is)
			}
			assertUnchanged(t, dir, before)
		})
	}

	t.Run("parent is a regular file", func(t *testing.T) {
		parent := filepath.Join(t.TempDir(), "file")
		if err := os.WriteFile(parent, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		err := Write(filepath.Join(parent, "out"), fixture())
		var werr *Error
		if !errors.As(err, &werr) || werr.Op != "mkdir" {
			t.Fatalf("got %v, want a mkdir *Error", err)
		}
		if b, _ := os.ReadFile(parent); string(b) != "x" {
			t.Errorf("the parent file changed: %q", b)
		}
	})
}

// TestCommitFailureRemovesTemps covers a rename that fails after the
// targets were checked: the error names the target and no temporary file
// is left.
func TestCommitFailureRemovesTemps(t *testing.T) {
	dir := t.TempDir()
	set, err := normalize(fixture())
	if err != nil {
		t.Fatal(err)
	}
	outs := outputs(set, nil)
	temps, err := writeTemps(dir, outs, nil)
	if err != nil {
		t.Fatal(err)
	}
	// A directory with an entry in it cannot be replaced by a rename.
	blocker := filepath.Join(dir, ProblemsFile, "x")
	if err := os.MkdirAll(blocker, 0o755); err != nil {
		t.Fatal(err)
	}
	err = commit(dir, outs, temps)
	var werr *Error
	if !errors.As(err, &werr) || werr.Op != "rename" || werr.Path != filepath.Join(dir, ProblemsFile) {
		t.Fatalf("got %v, want a rename *Error for %s", err, ProblemsFile)
	}
	// The temporary files before the failure were renamed, the others removed.
	for _, tmp := range temps {
		if _, err := os.Lstat(tmp); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("temporary file left behind: %s (lstat: %v)", tmp, err)
		}
	}
	got := sortedNames(readDir(t, dir))
	if want := []string{DocumentsFile, ProblemsFile, SkippedFile}; !slices.Equal(got, want) {
		t.Errorf("dir holds %v, want %v", got, want)
	}
}

// assertUnchanged checks that dir holds exactly the entries of before, with
// the same bytes: nothing replaced, no temporary file left.
func assertUnchanged(t *testing.T, dir string, before map[string][]byte) {
	t.Helper()
	after := readDir(t, dir)
	if got, want := sortedNames(after), sortedNames(before); !slices.Equal(got, want) {
		t.Errorf("dir holds %v, want %v (a temporary file left behind?)", got, want)
	}
	for name, b := range before {
		if !bytes.Equal(after[name], b) {
			t.Errorf("%s was changed by a failed write", name)
		}
	}
}

// bigSet builds a set of nDocs documents and nTriples triples with
// realistic Chinese text.
func bigSet(nDocs, nTriples int) *knowledge.Set {
	set := &knowledge.Set{SchemaVersion: knowledge.SchemaVersion}
	problem := hash("problem")
	para := strings.Repeat("如果芝麻信用分低于 600 分,花呗可能会被冻结;逾期超过 30 天的用户请尽快还款。", 8)
	for i := range nDocs {
		text := fmt.Sprintf("第 %d 篇:%s", i, para)
		path := fmt.Sprintf("%04d_文章.txt", i)
		set.Documents = append(set.Documents, knowledge.Document{
			ID: hash(text), Path: path, SHA256: sha256hex(text), Size: int64(len(text)),
			Title: fmt.Sprintf("花呗问题 %d", i), Format: "text", Encoding: "utf-8",
			ProblemID: problem, Genre: "fix", GenreReason: "fix_section", Text: text,
			Removed: []knowledge.Removed{{Reason: "related_list", Line: 3, Text: "大家还在看:花呗怎么提额"}},
		})
		set.Problems = append(set.Problems, knowledge.Problem{
			ID: hash(fmt.Sprint("p", i)), Label: fmt.Sprintf("问题 %d", i), Aliases: []string{"别名"}, Docs: []string{path},
		})
		set.Causes = append(set.Causes, knowledge.Cause{
			ID: hash(fmt.Sprint("c", i)), ProblemID: problem, ProblemIDs: []string{problem}, Label: fmt.Sprintf("原因 %d", i), Docs: []string{path},
		})
		set.Remedies = append(set.Remedies, knowledge.Remedy{
			ID: hash(fmt.Sprint("r", i)), ProblemID: problem, Label: fmt.Sprintf("方法 %d", i), Docs: []string{path},
		})
	}
	for i := range nTriples {
		doc := set.Documents[i%nDocs].Path
		set.Triples = append(set.Triples, knowledge.Triple{
			ID: hash(fmt.Sprint("t", i)), ProblemID: problem, CauseID: hash(fmt.Sprint("c", i%nDocs)), RemedyID: hash(fmt.Sprint("r", i%nDocs)),
			Cause: "逾期未还款", Remedy: "尽快还款", Condition: "芝麻信用分低于 600 分",
			Quantities: []knowledge.Quantity{{Subject: "芝麻信用分", Op: "<", Value: 600, Unit: "分", Text: "低于 600 分"}},
			Sources:    []knowledge.Source{{Doc: doc, Evidence: "如果芝麻信用分低于 600 分,花呗可能会被冻结;", Offset: 8}},
		})
	}
	return set
}

func BenchmarkWrite(b *testing.B) {
	set := bigSet(1000, 5000)
	dir := b.TempDir()
	var bytesPerWrite int64
	n := 0
	for b.Loop() {
		if err := Write(dir, set); err != nil {
			b.Fatal(err)
		}
		n++
	}
	for _, name := range Files() {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			b.Fatal(err)
		}
		bytesPerWrite += info.Size()
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(bytesPerWrite)*float64(n)/1e6/secs, "MB/s")
	b.ReportMetric(float64(len(set.Documents))*float64(n)/secs, "docs/s")
}

func TestWriteRemovesTempFilesOfAKilledRun(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".knowledge.json.tmp-12345")
	other := filepath.Join(dir, ".notes.tmp-1")
	for _, p := range []string{stale, other} {
		if err := os.WriteFile(p, []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := Write(dir, &knowledge.Set{SchemaVersion: knowledge.SchemaVersion}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("stale temporary file still there: %v", err)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("a file that is not ours was removed: %v", err)
	}
}

// TestWriteWithFillGivesWritesBytes: writing documents completed one at a
// time by fill gives the same bytes as writing the complete set, also past
// a row-group boundary of documents.parquet.
func TestWriteWithFillGivesWritesBytes(t *testing.T) {
	for _, n := range []int{0, 3, documentsPerRowGroup + 7} {
		full := fixture()
		full.Documents = nil
		for i := 0; i < n; i++ {
			full.Documents = append(full.Documents, knowledge.Document{
				ID: fmt.Sprintf("%016x", i), Path: fmt.Sprintf("d/%05d.txt", i), SHA256: strings.Repeat("a", 64),
				Format: "text", Encoding: "utf-8", Text: fmt.Sprintf("第%d篇：花呗被冻结怎么办？", i),
				Removed: []knowledge.Removed{{Reason: "widget", Line: i, Text: "分享到<微信>&"}},
			})
		}
		light := *full
		light.Documents = nil
		byPath := map[string]knowledge.Document{}
		for _, d := range full.Documents {
			byPath[d.Path] = d
			d.Text, d.Removed = "", nil
			light.Documents = append(light.Documents, d)
		}
		a, b := t.TempDir(), t.TempDir()
		if err := Write(a, full); err != nil {
			t.Fatal(err)
		}
		calls := 0
		err := WriteWith(b, &light, func(d *knowledge.Document) error {
			calls++
			*d = byPath[d.Path]
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		var whole bytes.Buffer
		enc := json.NewEncoder(&whole)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		norm, _ := normalize(full)
		if err := enc.Encode(norm); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(filepath.Join(b, JSONFile)); !bytes.Equal(got, whole.Bytes()) {
			t.Errorf("n=%d: streamed knowledge.json differs from json.Encoder's encoding of the whole set", n)
		}
		if calls != 2*n {
			t.Errorf("n=%d: fill called %d times, want %d (once per document per file)", n, calls, 2*n)
		}
		// Every file encoded at once, fill called from several goroutines.
		c := t.TempDir()
		var mu sync.Mutex
		concurrent := func(n int, job func(int) error) error {
			errs := make([]error, n)
			var wg sync.WaitGroup
			for i := 0; i < n; i++ {
				wg.Add(1)
				go func() { defer wg.Done(); errs[i] = job(i) }()
			}
			wg.Wait()
			return errors.Join(errs...)
		}
		err = WriteConcurrently(c, &light, func(d *knowledge.Document) error {
			mu.Lock()
			defer mu.Unlock()
			*d = byPath[d.Path]
			return nil
		}, concurrent)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range Files() {
			x, _ := os.ReadFile(filepath.Join(a, name))
			y, _ := os.ReadFile(filepath.Join(b, name))
			z, _ := os.ReadFile(filepath.Join(c, name))
			if !bytes.Equal(x, y) {
				t.Errorf("n=%d: %s differs between Write and WriteWith", n, name)
			}
			if !bytes.Equal(x, z) {
				t.Errorf("n=%d: %s differs between Write and WriteConcurrently", n, name)
			}
		}
	}
	failing := fixture()
	err := WriteWith(t.TempDir(), failing, func(*knowledge.Document) error { return errors.New("spool gone") })
	if err == nil || !strings.Contains(err.Error(), "spool gone") {
		t.Errorf("a failing fill: err = %v", err)
	}
}
