package kextract

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const goodArticle = "电脑蓝屏怎么办\n电脑蓝屏的常见原因是驱动程序不兼容。如果电脑蓝屏是因为驱动程序不兼容,需要更新驱动程序。\n"

// hostileFolder builds (never commits) a folder of inputs a crawler can
// produce, and returns it with the reason each one must be skipped for
// ("" when it may be processed or skipped, as long as the run survives).
func hostileFolder(t *testing.T) (string, map[string]string) {
	t.Helper()
	dir := t.TempDir()
	put := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]string{}
	rng := rand.New(rand.NewPCG(1, 2))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	exe, err := os.ReadFile("/proc/self/exe")
	if err != nil || len(exe) < 1<<20 {
		exe = append([]byte("\x7fELF\x02\x01\x01\x00"), random...)
	} else {
		exe = exe[:1<<20]
	}
	gbk, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte("<html><body><h1>电脑蓝屏怎么办</h1><p>" + strings.Repeat("电脑蓝屏的常见原因是驱动程序不兼容，需要更新驱动程序。", 20) + "</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(goodArticle))
	if err != nil {
		t.Fatal(err)
	}

	put("good.txt", []byte(goodArticle))
	put("empty.txt", nil)
	want["empty.txt"] = "empty_file"
	put("random.txt", random)
	want["random.txt"] = "binary"
	put("program.html", exe)
	want["program.html"] = "binary"
	put("invalid-utf8.txt", []byte("电脑蓝屏\xff\xfe\xfd怎么办,更新驱动程序。\n"))
	want["invalid-utf8.txt"] = ""
	put("gbk-undeclared.html", gbk)
	want["gbk-undeclared.html"] = ""
	put("utf16.txt", utf16)
	want["utf16.txt"] = ""
	put("truncated.txt", []byte(goodArticle)[:len(goodArticle)-2])
	want["truncated.txt"] = ""
	put("one-line.txt", bytes.Repeat([]byte("蓝屏"), 4<<20)) // 24 MiB, one line
	want["one-line.txt"] = "too_large"
	put("nested.html", []byte(strings.Repeat("<div>", 20000)+"电脑蓝屏"+strings.Repeat("</div>", 20000)))
	want["nested.html"] = ""
	// Two million entities on 2,000 lines (one 10 MB line would be skipped
	// by the line-length limit before decode ever saw it).
	put("entities.html", []byte("<html><body><p>"+strings.Repeat(strings.Repeat("&amp;", 1000)+"\n", 2000)+"</p></body></html>"))
	want["entities.html"] = ""
	put("entities-one-line.html", []byte("<html><body><p>"+strings.Repeat("&amp;", 2_000_000)+"</p></body></html>"))
	want["entities-one-line.html"] = "line_too_long"
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	want["loop"] = "not_regular_file"
	put("bad\xffname.txt", []byte(goodArticle))
	want[`bad\xffname.txt`] = "bad_file_name"
	if err := os.MkdirAll(filepath.Join(dir, "folder.html"), 0o755); err != nil {
		t.Fatal(err)
	}
	put("folder.html/inside.txt", []byte(goodArticle))
	if os.Geteuid() != 0 { // root reads a mode-000 file anyway
		put("unreadable.txt", []byte(goodArticle))
		if err := os.Chmod(filepath.Join(dir, "unreadable.txt"), 0); err != nil {
			t.Fatal(err)
		}
		want["unreadable.txt"] = "unreadable"
	}
	return dir, want
}

// TestHostileInputs: no panic, no hang, every bad file named with a
// reason, every good file processed.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 40 MB of hostile files")
	}
	dir, want := hostileFolder(t)
	cfg := DefaultConfig()
	cfg.InDir = dir
	cfg.OutDir = t.TempDir()
	cfg.Workers = 2
	cfg.DocTimeout = 30 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rep, err := Run(ctx, cfg, sharedTagger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	skipped := map[string]string{}
	for _, s := range rep.Skipped {
		skipped[s.Path] = s.Reason
		if s.Reason == "" || s.Detail == "" {
			t.Errorf("skip of %s has no reason or detail: %+v", s.Path, s)
		}
		if s.Reason == "internal_error" || s.Reason == "failed" {
			t.Errorf("%s: a crash or an unnamed failure instead of a reason: %s", s.Path, s.Detail)
		}
	}
	for name, reason := range want {
		if reason != "" && skipped[name] != reason {
			t.Errorf("%s: skipped as %q, want %q", name, skipped[name], reason)
		}
	}
	for _, good := range []string{"good.txt", "folder.html/inside.txt"} {
		if _, ok := skipped[good]; ok {
			t.Errorf("%s was skipped: %s", good, skipped[good])
		}
	}
	if rep.Processed+len(rep.Skipped) != rep.Found {
		t.Errorf("processed %d + skipped %d != found %d", rep.Processed, len(rep.Skipped), rep.Found)
	}
	t.Logf("found %d, processed %d, skipped %v in %s", rep.Found, rep.Processed, skipped, rep.Elapsed)
}
