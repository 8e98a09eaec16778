package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kextract/kextract/article"
)

func write(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWalkOrderFormatsAndSkips(t *testing.T) {
	root := t.TempDir()
	write(t, root, "b.txt", "b")
	write(t, root, "a/z.md", "z")
	write(t, root, "a/y.HTML", "<p>y</p>")
	write(t, root, "c.htm", "c")
	write(t, root, "image.png", "png")
	write(t, root, ".hidden.txt", "x")
	write(t, root, ".git/config.txt", "x")
	if err := os.Mkdir(filepath.Join(root, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(root, filepath.Join(root, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "folder.txt"), filepath.Join(root, "dirlink.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "b.txt"), filepath.Join(root, "filelink.txt")); err != nil {
		t.Fatal(err)
	}
	write(t, root, "bad\xffname.txt", "x")

	arts, skips, err := Walk(root)
	if err != nil {
		t.Fatal(err)
	}
	wantArts := []struct {
		path   string
		format article.Format
	}{
		{"a/y.HTML", article.FormatHTML},
		{"a/z.md", article.FormatMarkdown},
		{"b.txt", article.FormatText},
		{"c.htm", article.FormatHTML},
		{"filelink.txt", article.FormatText},
	}
	if len(arts) != len(wantArts) {
		var got []string
		for _, a := range arts {
			got = append(got, a.Path)
		}
		t.Fatalf("articles = %q, want %d", got, len(wantArts))
	}
	for i, w := range wantArts {
		if arts[i].Path != w.path || arts[i].Format != w.format {
			t.Errorf("article %d = %s (%s), want %s (%s)", i, arts[i].Path, arts[i].Format, w.path, w.format)
		}
	}
	wantSkips := map[string]article.Reason{
		`bad\xffname.txt`: article.SkipBadName,
		"dirlink.txt":     article.SkipNotRegular,
		"image.png":       article.SkipUnsupported,
		"loop":            article.SkipNotRegular,
	}
	if len(skips) != len(wantSkips) {
		for _, s := range skips {
			t.Logf("skip: %v", s)
		}
		t.Fatalf("got %d skips, want %d", len(skips), len(wantSkips))
	}
	for _, s := range skips {
		if wantSkips[s.Path] != s.Reason {
			t.Errorf("skip %s: reason %s, want %s", s.Path, s.Reason, wantSkips[s.Path])
		}
	}
}

func TestWalkRootErrors(t *testing.T) {
	root := t.TempDir()
	if _, _, err := Walk(filepath.Join(root, "missing")); err == nil {
		t.Error("missing folder: no error")
	}
	write(t, root, "file.txt", "x")
	if _, _, err := Walk(filepath.Join(root, "file.txt")); err == nil {
		t.Error("a file as root: no error")
	}
}

func TestRead(t *testing.T) {
	root := t.TempDir()
	write(t, root, "ok.txt", "花呗")
	write(t, root, "limit.txt", "0123456\n89")
	write(t, root, "empty.txt", "")
	write(t, root, "big.txt", "0123\n456\n789")
	write(t, root, "longline.txt", "12345678\nc")
	r := Reader{Root: root, Config: Config{MaxFileBytes: 10, MaxLineBytes: 7}}
	for _, c := range []struct {
		path   string
		reason article.Reason
	}{
		{"ok.txt", ""},
		{"limit.txt", ""},
		{"empty.txt", article.SkipEmptyFile},
		{"big.txt", article.SkipTooLarge},
		{"longline.txt", article.SkipLineTooLong},
		{"gone.txt", article.SkipUnreadable},
	} {
		a := &article.Article{Path: c.path}
		err := r.Read(a)
		var skip *article.SkipError
		switch {
		case c.reason == "" && err != nil:
			t.Errorf("%s: %v", c.path, err)
		case c.reason != "" && (!asSkip(err, &skip) || skip.Reason != c.reason):
			t.Errorf("%s: err = %v, want skip %s", c.path, err, c.reason)
		}
	}
	a := &article.Article{Path: "ok.txt"}
	if err := r.Read(a); err != nil {
		t.Fatal(err)
	}
	// sha256 of the UTF-8 bytes of 花呗 (printf '花呗' | sha256sum).
	const want = "79b9abeebbf3d78911d0f6985701074bfc4c9341d328de38d9d091f18a7f10fa"
	if a.SHA256 != want || string(a.Raw) != "花呗" || a.Size != int64(len("花呗")) {
		t.Errorf("read = %q size %d sha %s, want sha %s", a.Raw, a.Size, a.SHA256, want)
	}
}

func asSkip(err error, target **article.SkipError) bool {
	s, ok := err.(*article.SkipError)
	if ok {
		*target = s
	}
	return ok
}

func TestReadUpTo(t *testing.T) {
	data := strings.Repeat("花呗被冻结怎么办？", 500) // 13,500 bytes
	n := int64(len(data))
	for _, c := range []struct {
		name          string
		max, expected int64
		want          int64
	}{
		{"as expected", n + 1, n, n},
		{"grew since the walk", n + 1, 100, n},
		{"shrank since the walk", n + 1, 10 * n, n},
		{"unknown size", n + 1, 0, n},
		{"cut at the limit", 1000, n, 1000},
		{"limit below the minimum buffer", 10, 0, 10},
	} {
		got, err := readUpTo(strings.NewReader(data), c.max, c.expected)
		if err != nil || int64(len(got)) != c.want || string(got) != data[:c.want] {
			t.Errorf("%s: %d bytes, err %v; want the first %d bytes", c.name, len(got), err, c.want)
		}
	}
}
