// Package load finds the input articles under a folder, in a deterministic
// order, and reads each one with its content address (sha256 of its bytes).
//
// Walk lists the candidates (one pass over the folder, no file contents
// read); Read is the per-document stage that reads one file. Files that
// cannot be articles (other extensions, non-regular files, names that are
// not valid UTF-8) are reported as skipped with a reason, never silently
// ignored.
package load

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kextract/kextract/article"
)

// Config limits what is read.
type Config struct {
	// MaxFileBytes is the largest file read; larger files are skipped (too_large).
	MaxFileBytes int64
	// MaxLineBytes is the longest line read; a file with a longer line is
	// skipped (line_too_long). 0 means no limit.
	MaxLineBytes int
}

// Extensions maps the file extensions read (lower case) to their format.
var extensions = map[string]article.Format{
	".txt":      article.FormatText,
	".text":     article.FormatText,
	".md":       article.FormatMarkdown,
	".markdown": article.FormatMarkdown,
	".html":     article.FormatHTML,
	".htm":      article.FormatHTML,
	".xhtml":    article.FormatHTML,
}

// FormatOf returns the format a file name's extension announces, and
// whether the extension is one kextract reads.
func FormatOf(name string) (article.Format, bool) {
	f, ok := extensions[strings.ToLower(filepath.Ext(name))]
	return f, ok
}

// Walk lists the articles under root in lexical order of their relative
// paths ('/'-separated), with Path, Size and Format set. Entries that are
// not read are returned as skips. Symbolic links are followed to regular
// files but never into folders, so a link loop cannot trap the walk. The
// error is non-nil only when root itself cannot be read.
func Walk(root string) ([]*article.Article, []*article.SkipError, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("input folder: %w", err)
	}
	if !info.IsDir() {
		return nil, nil, fmt.Errorf("input folder: %s is not a folder", root)
	}
	var arts []*article.Article
	var skips []*article.SkipError
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		rel, relErr := filepath.Rel(root, p)
		if relErr != nil {
			rel = p
		}
		rel = filepath.ToSlash(rel)
		if err != nil {
			if p == root {
				return err
			}
			skips = append(skips, article.Skip(displayPath(rel), article.SkipUnreadable, "%v", unwrapPathError(err)))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p == root {
			return nil
		}
		if d.IsDir() {
			if strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir // hidden folders (.git, .cache) are not input
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil // hidden files (.DS_Store, editor swap files)
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(p); err == nil && fi.IsDir() {
				skips = append(skips, article.Skip(displayPath(rel), article.SkipNotRegular,
					"a link to a folder (links to folders are not followed, so a link loop cannot trap the walk)"))
				return nil
			}
		}
		format, ok := FormatOf(d.Name())
		if !ok {
			skips = append(skips, article.Skip(displayPath(rel), article.SkipUnsupported,
				"extension %q is not one of .txt .md .html .htm", filepath.Ext(d.Name())))
			return nil
		}
		if !utf8.ValidString(rel) {
			skips = append(skips, article.Skip(displayPath(rel), article.SkipBadName, "file name is not valid UTF-8"))
			return nil
		}
		fi, err := os.Stat(p) // follows a symlink to its target
		if err != nil {
			skips = append(skips, article.Skip(rel, article.SkipUnreadable, "%v", unwrapPathError(err)))
			return nil
		}
		if !fi.Mode().IsRegular() {
			skips = append(skips, article.Skip(rel, article.SkipNotRegular, "not a regular file (%s)", fi.Mode().Type()))
			return nil
		}
		arts = append(arts, &article.Article{Path: rel, Size: fi.Size(), Format: format})
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("input folder: %w", err)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].Path < arts[j].Path })
	sort.Slice(skips, func(i, j int) bool { return skips[i].Path < skips[j].Path })
	return arts, skips, nil
}

// Reader is the load stage: it reads one article's bytes from under root.
type Reader struct {
	Root   string
	Config Config
}

// Read reads a.Path under the root into a.Raw and sets a.SHA256 and a.Size.
func (r Reader) Read(a *article.Article) error {
	f, err := os.Open(filepath.Join(r.Root, filepath.FromSlash(a.Path)))
	if err != nil {
		return article.Skip(a.Path, article.SkipUnreadable, "%v", unwrapPathError(err))
	}
	defer f.Close()
	// Read one byte past the limit to tell "at the limit" from "over it",
	// without trusting the size seen by Walk (the file may have grown).
	limit := r.Config.MaxFileBytes
	data, err := readUpTo(f, limit+1, a.Size)
	if err != nil {
		return article.Skip(a.Path, article.SkipUnreadable, "%v", unwrapPathError(err))
	}
	if int64(len(data)) > limit {
		return article.Skip(a.Path, article.SkipTooLarge, "larger than the %d-byte limit (--max-file-bytes)", limit)
	}
	if len(data) == 0 {
		return article.Skip(a.Path, article.SkipEmptyFile, "the file is empty")
	}
	if r.Config.MaxLineBytes > 0 {
		if at, n := longestLine(data); n > r.Config.MaxLineBytes {
			return &article.SkipError{Path: a.Path, Reason: article.SkipLineTooLong, Offset: int64(at),
				Detail: fmt.Sprintf("a line of %d bytes, over the %d-byte limit (--max-line-bytes)", n, r.Config.MaxLineBytes)}
		}
	}
	sum := sha256.Sum256(data)
	a.Raw = data
	a.Size = int64(len(data))
	a.SHA256 = hex.EncodeToString(sum[:])
	return nil
}

// longestLine returns the byte offset and length of the longest line.
func longestLine(data []byte) (at, n int) {
	start := 0
	for start <= len(data) {
		end := bytes.IndexByte(data[start:], '\n')
		if end < 0 {
			end = len(data) - start
		}
		if end > n {
			at, n = start, end
		}
		start += end + 1
	}
	return at, n
}

// unwrapPathError drops the path from an *fs.PathError: the skip already names the file.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// displayPath makes a path printable: invalid UTF-8 bytes are shown as \xNN.
func displayPath(p string) string {
	if utf8.ValidString(p) {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, `\x%02x`, p[i])
		} else {
			b.WriteString(p[i : i+n])
		}
		i += n
	}
	return b.String()
}

// readUpTo reads r to its end or to max bytes, whichever comes first, into
// a buffer sized for the expected size (the size Walk saw, plus one byte to
// see the end), so that a file is read into one allocation unless it grew.
func readUpTo(r io.Reader, max, expected int64) ([]byte, error) {
	size := min(max, expected+1)
	if size < 512 {
		size = 512
	}
	buf := make([]byte, 0, size)
	lr := io.LimitReader(r, max)
	for {
		n, err := lr.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)] // grow: the file is larger than expected
		}
	}
}
