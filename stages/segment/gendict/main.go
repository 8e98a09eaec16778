// Command gendict writes stages/segment/dict/zh_core.txt.gz, the core
// dictionary kextract's segmenter loads: the entries of gse's simplified-
// Chinese dictionary (data/dict/zh/s_1.txt of github.com/go-ego/gse, Apache
// License 2.0) whose frequency is at least 4, plus every single character.
// The 200,000 rarer entries (frequency 2 and 3: rare compounds and names)
// are left out: they take most of the dictionary's load time and change no
// cue word, which kextract matches as strings.
//
// Run from stages/segment with `go generate` (see segment.go).
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

const minFreq = 4

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gendict:", err)
		os.Exit(1)
	}
}

func run() error {
	out, err := exec.Command("go", "list", "-m", "-json", "github.com/go-ego/gse").Output()
	if err != nil {
		return fmt.Errorf("go list: %w", err)
	}
	var mod struct{ Dir, Version string }
	if err := json.Unmarshal(out, &mod); err != nil {
		return err
	}
	src, err := os.Open(filepath.Join(mod.Dir, "data", "dict", "zh", "s_1.txt"))
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(filepath.Join("dict", "zh_core.txt.gz"))
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(dst, gzip.BestCompression)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(src)
	kept, all := 0, 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 2 {
			continue
		}
		all++
		freq, err := strconv.ParseFloat(f[1], 64)
		if err != nil || (freq < minFreq && utf8.RuneCountInString(f[0]) > 1) {
			continue
		}
		kept++
		if _, err := zw.Write([]byte(sc.Text() + "\n")); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Printf("gendict: kept %d of %d entries of gse %s\n", kept, all, mod.Version)
	return dst.Close()
}
