package kextract

import (
	"os"
	"syscall"
	"testing"
)

// TestUnnamedTemp: the file is made with no link to any name, and works.
func TestUnnamedTemp(t *testing.T) {
	dir := t.TempDir()
	f, err := unnamedTemp(dir, "kextract-test.spool")
	if err != nil {
		t.Fatalf("unnamedTemp in %s: %v (the spool falls back to a named file)", dir, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if n := st.Sys().(*syscall.Stat_t).Nlink; n != 0 {
		t.Errorf("the file has %d links, want 0", n)
	}
	if _, err := f.WriteAt([]byte("记录"), 0); err != nil {
		t.Fatal(err)
	}
	b := make([]byte, len("记录"))
	if _, err := f.ReadAt(b, 0); err != nil || string(b) != "记录" {
		t.Errorf("read back %q, %v", b, err)
	}
	if left, _ := os.ReadDir(dir); len(left) > 0 {
		t.Errorf("the folder holds %s", left[0].Name())
	}
}
