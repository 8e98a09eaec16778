package kextract

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/kextract/kextract/eval"
	"github.com/kextract/kextract/knowledge"
	"github.com/kextract/kextract/stages/segment"
	"github.com/kextract/kextract/stages/write"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var (
	taggerOnce sync.Once
	tagger     segment.Tagger
	taggerErr  error
)

// sharedTagger loads gse once for every test of the package.
func sharedTagger(t testing.TB) segment.Tagger {
	taggerOnce.Do(func() { tagger, taggerErr = segment.NewGSE() })
	if taggerErr != nil {
		t.Fatal(taggerErr)
	}
	return tagger
}

func runSeeds(t *testing.T, workers int) (string, *Report) {
	t.Helper()
	return runFolder(t, "seeds", workers)
}

// runFolder runs the pipeline on the articles under dir into a temporary
// folder and returns that folder and the report.
func runFolder(t *testing.T, dir string, workers int) (string, *Report) {
	t.Helper()
	cfg := DefaultConfig()
	cfg.InDir = dir
	cfg.OutDir = t.TempDir()
	cfg.Workers = workers
	rep, err := Run(context.Background(), cfg, sharedTagger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	return cfg.OutDir, rep
}

// TestSeedsGolden runs the whole pipeline on the seeds with 1 and 8
// workers: the bytes must not depend on the worker count, and
// knowledge.json must equal testdata/seeds.golden.json (go test -update
// rewrites it after a deliberate change).
func TestSeedsGolden(t *testing.T) {
	one, rep := runSeeds(t, 1)
	eight, _ := runSeeds(t, 8)
	if rep.Processed != 4 || len(rep.Skipped) != 0 {
		t.Fatalf("processed %d, skipped %v; want the 4 seeds processed", rep.Processed, rep.Skipped)
	}
	for _, name := range write.Files() {
		a, err := os.ReadFile(filepath.Join(one, name))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(eight, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between 1 and 8 workers", name)
		}
	}
	got, err := os.ReadFile(filepath.Join(one, "knowledge.json"))
	if err != nil {
		t.Fatal(err)
	}
	validateSchema(t, got)
	checkGolden(t, got, "seeds.golden.json")
}

// checkGolden compares a knowledge.json with testdata/name; go test
// -update rewrites the file first.
func checkGolden(t *testing.T, got []byte, name string) {
	t.Helper()
	golden := filepath.Join("testdata", name)
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
		t.Errorf("knowledge.json differs from %s; if the change is deliberate, run go test -update and review the diff", golden)
	}
}

// validateSchema checks a knowledge.json against knowledge/schema.json.
func validateSchema(t *testing.T, doc []byte) {
	t.Helper()
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(knowledge.Schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("file:///knowledge/schema.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile("file:///knowledge/schema.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(inst); err != nil {
		t.Errorf("knowledge.json does not follow knowledge/schema.json: %v", err)
	}
}

// Floors are the seeds' scores the code must not fall below: a quality
// ratchet. Raise them in testdata/quality.json as quality improves.
type floors struct {
	Cleaning, Causes, Triples, Conditions, Merge float64
	// GenreTune are the floors on the tune half of testdata/genre (the
	// seeds' genre on other products); its cleaning and merge lines are
	// not held to a floor.
	GenreTune *floors `json:"genre_tune"`
	// Genre3Tune are the floors on the tune half of testdata/genre3;
	// its merge line is not held to a floor.
	Genre3Tune *floors `json:"genre3_tune"`
	// Genre4Tune are the floors on the tune half of testdata/genre4;
	// its merge line is not held to a floor.
	Genre4Tune *floors `json:"genre4_tune"`
	// Genre5Tune are the floors on the tune half of testdata/genre5;
	// its merge line is not held to a floor.
	Genre5Tune *floors `json:"genre5_tune"`
	// Genre6Tune are the floors on the tune half of testdata/genre6;
	// its merge line is not held to a floor.
	Genre6Tune *floors `json:"genre6_tune"`
	// Genre7Tune are the floors on the tune half of testdata/genre7;
	// its merge line is not held to a floor.
	Genre7Tune *floors `json:"genre7_tune"`
}

const goldPath = "../shared/eval/seeds.gold.json"

// TestQualityRatchet scores the seeds with kextract's own scorer (which
// agrees with shared/eval/score.py) and fails when an F1 falls below the
// floor recorded in testdata/quality.json.
func TestQualityRatchet(t *testing.T) {
	if _, err := os.Stat(goldPath); err != nil {
		t.Skipf("no gold annotation at %s (shared/ is not beside the repository): %v", goldPath, err)
	}
	gold, err := eval.LoadGold(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	cfg := DefaultConfig()
	cfg.InDir = "seeds"
	set, _, err := Build(context.Background(), cfg, sharedTagger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Score(eval.PredictionFromSet(set), gold, "seeds")
	if err != nil {
		t.Fatal(err)
	}
	f := readFloors(t)
	checkFloors(t, "seeds", []floorCheck{
		{"cleaning", rep.Cleaning.F1, f.Cleaning},
		{"causes", rep.Causes.F1, f.Causes},
		{"triples", rep.Triples.F1, f.Triples},
		{"conditions", rep.Conditions.F1, f.Conditions},
		{"merge", rep.Merge.F1, f.Merge},
	})
}

// floorCheck is one scorer line's F1 and the floor it is held to.
type floorCheck struct {
	line      string
	got, want float64
}

// checkFloors logs every line of a set and fails the ones below their floor.
func checkFloors(t *testing.T, set string, checks []floorCheck) {
	t.Helper()
	for _, c := range checks {
		t.Logf("%s %-10s F1 %.3f (floor %.3f)", set, c.line, c.got, c.want)
		if c.got+1e-9 < c.want {
			t.Errorf("%s %s F1 fell to %.3f, below the floor %.3f in testdata/quality.json", set, c.line, c.got, c.want)
		}
	}
}

func readFloors(t *testing.T) floors {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "quality.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f floors
	if err := json.Unmarshal(raw, &f); err != nil {
		t.Fatalf("testdata/quality.json: %v", err)
	}
	return f
}

// TestGenreTuneRatchet holds the tune half of testdata/genre (articles of
// the seeds' genre about other products, which the rules may be tuned on)
// to the floors in testdata/quality.json, so that a change made for the
// seeds cannot quietly lose the genre. The test half is never scored here.
// Its cleaning line is not held to a floor.
func TestGenreTuneRatchet(t *testing.T) {
	tuneRatchet(t, "genre", "genre_tune", readFloors(t).GenreTune, false)
}

// TestGenre3TuneRatchet holds the tune half of testdata/genre3 (pages in
// other sites' styles, on other topics) to its floors, cleaning included:
// its pages carry the furniture (comment boxes, forum controls) the clean
// stage's text rules were written for. The test half is never scored here.
func TestGenre3TuneRatchet(t *testing.T) {
	tuneRatchet(t, "genre3", "genre3_tune", readFloors(t).Genre3Tune, true)
}

// TestGenre4TuneRatchet holds the tune half of testdata/genre4 (pages
// written blind in session 68, after every rule of the earlier sets) to
// its floors, cleaning included. The test half is never scored here.
func TestGenre4TuneRatchet(t *testing.T) {
	tuneRatchet(t, "genre4", "genre4_tune", readFloors(t).Genre4Tune, true)
}

// TestGenre5TuneRatchet holds the tune half of testdata/genre5 (pages
// written blind in session 85) to its floors, cleaning included. The
// test half is never scored here.
func TestGenre5TuneRatchet(t *testing.T) {
	tuneRatchet(t, "genre5", "genre5_tune", readFloors(t).Genre5Tune, true)
}

// TestGenre6TuneRatchet holds the tune half of testdata/genre6 (pages
// written blind in session 86, tuned on in session 87) to its floors,
// cleaning included. The test half is never scored here.
func TestGenre6TuneRatchet(t *testing.T) {
	tuneRatchet(t, "genre6", "genre6_tune", readFloors(t).Genre6Tune, true)
}

// TestGenre7TuneRatchet holds the tune half of testdata/genre7 (pages
// written blind in session 87, tuned on in sessions 87 and 88) to its
// floors, cleaning included. The test half is never scored here.
func TestGenre7TuneRatchet(t *testing.T) {
	tuneRatchet(t, "genre7", "genre7_tune", readFloors(t).Genre7Tune, true)
}

// tuneRatchet scores the tune half of testdata/<set> and holds it to f,
// the floors under key in testdata/quality.json; the cleaning line only
// when cleaning is set.
func tuneRatchet(t *testing.T, set, key string, f *floors, cleaning bool) {
	t.Helper()
	if f == nil {
		t.Fatalf("testdata/quality.json has no %s floors", key)
	}
	rep := scoreTuneHalf(t, set)
	var checks []floorCheck
	if cleaning {
		checks = append(checks, floorCheck{"cleaning", rep.Cleaning.F1, f.Cleaning})
	}
	checks = append(checks,
		floorCheck{"causes", rep.Causes.F1, f.Causes},
		floorCheck{"triples", rep.Triples.F1, f.Triples},
		floorCheck{"conditions", rep.Conditions.F1, f.Conditions},
	)
	checkFloors(t, set+" tune", checks)
}

// scoreTuneHalf runs the pipeline on the tune half of testdata/<set>
// (its articles/ folder, the names in its gold file's split.tune) and
// scores it against that half of the gold.
func scoreTuneHalf(t *testing.T, set string) *eval.Report {
	t.Helper()
	goldFile := filepath.Join("testdata", set, set+".gold.json")
	gold, err := eval.LoadGold(goldFile)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(goldFile)
	if err != nil {
		t.Fatal(err)
	}
	var split struct {
		Split struct{ Tune []string } `json:"split"`
	}
	if err := json.Unmarshal(raw, &split); err != nil {
		t.Fatal(err)
	}
	tune := map[string]bool{}
	in := t.TempDir()
	for _, name := range split.Split.Tune {
		tune[name] = true
		data, err := os.ReadFile(filepath.Join("testdata", set, "articles", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var docs []eval.GoldDocument
	for _, d := range gold.Documents {
		if tune[d.Name] {
			docs = append(docs, d)
		}
	}
	if len(docs) != len(tune) || len(docs) == 0 {
		t.Fatalf("%s: %d tune documents in the gold, %d named in split.tune", set, len(docs), len(tune))
	}
	gold.Documents = docs
	cfg := DefaultConfig()
	cfg.InDir = in
	built, _, err := Build(context.Background(), cfg, sharedTagger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := eval.Score(eval.PredictionFromSet(built), gold, in)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestConfigValidate(t *testing.T) {
	for i, mut := range []func(*Config){
		func(c *Config) { c.InDir = "" },
		func(c *Config) { c.OutDir = "" },
		func(c *Config) { c.Workers = 0 },
		func(c *Config) { c.MaxFileBytes = 0 },
		func(c *Config) { c.MaxLineBytes = -1 },
		func(c *Config) { c.DocTimeout = 0 },
	} {
		c := DefaultConfig()
		mut(&c)
		if err := c.Validate(); err == nil {
			t.Errorf("case %d: %+v validated", i, c)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Errorf("default config: %v", err)
	}
}

// TestCheckFindsStaleOutput: check is clean right after a run, and names
// the file that was changed, removed or added afterwards.
func TestCheckFindsStaleOutput(t *testing.T) {
	cfg := DefaultConfig()
	cfg.InDir = "seeds"
	cfg.OutDir = t.TempDir()
	if _, err := Run(context.Background(), cfg, sharedTagger(t), nil); err != nil {
		t.Fatal(err)
	}
	diffs, _, err := Check(context.Background(), cfg, sharedTagger(t))
	if err != nil || len(diffs) != 0 {
		t.Fatalf("fresh output: diffs %v err %v", diffs, err)
	}
	if err := os.WriteFile(filepath.Join(cfg.OutDir, "triples.parquet"), []byte("stale"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(cfg.OutDir, "causes.parquet")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(cfg.OutDir, "old.parquet"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	diffs, _, err = Check(context.Background(), cfg, sharedTagger(t))
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(diffs)
	want := "[causes.parquet: missing old.parquet: extra triples.parquet: differs]"
	if got != want {
		t.Errorf("diffs = %s, want %s", got, want)
	}
}

// TestProbesGolden runs the whole pipeline on testdata/probes/articles,
// written to probe the extractor (Markdown, HTML, Q&A, forum answers, a
// Big5 page in traditional characters; see its README), and compares knowledge.json with testdata/probes.golden.json.
// It detects change, it is no gold: go test -update rewrites the file after
// a deliberate change, and the diff is to be read.
func TestProbesGolden(t *testing.T) {
	out, rep := runFolder(t, filepath.Join("testdata", "probes", "articles"), 1)
	if rep.Processed != 53 || len(rep.Skipped) != 0 {
		t.Fatalf("processed %d, skipped %v; want the 53 probes processed", rep.Processed, rep.Skipped)
	}
	got, err := os.ReadFile(filepath.Join(out, "knowledge.json"))
	if err != nil {
		t.Fatal(err)
	}
	validateSchema(t, got)
	checkGolden(t, got, "probes.golden.json")
}
