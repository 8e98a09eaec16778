package eval

// Text functions of score.py and the Python built-ins they lean on, ported
// so that Go gives the same strings, sets and iteration orders. Strings are
// indexed by code point, as in Python.

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"syscall"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const (
	matchThreshold = 0.45 // MATCH: cause / remedy similarity needed for a match
	condThreshold  = 0.40 // COND_MATCH: condition similarity needed for a match
	ngram          = 6    // NGRAM: gram size deciding whether a source line survived
)

// normText is score.py's norm: NFKC, Python's str.lower(), then only the
// characters of Unicode categories L* and N*.
func normText(s string) string {
	rs := []rune(norm.NFKC.String(s))
	var b strings.Builder
	for i := range rs {
		r := lowerAt(rs, i)
		// str.lower() maps İ to "i̇"; the combining dot is Mn and dropped,
		// so mapping it to 'i' alone gives the same result.
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lowerAt is the lower case of rs[i] in its context: Python lowers capital
// sigma to final ς after a cased letter not followed by one (skipping
// case-ignorable characters both ways), unlike unicode.ToLower.
func lowerAt(rs []rune, i int) rune {
	if rs[i] != 'Σ' {
		return unicode.ToLower(rs[i])
	}
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	final := j >= 0 && cased(rs[j])
	if final && i+1 < len(rs) {
		j = i + 1
		for j < len(rs) && caseIgnorable(rs[j]) {
			j++
		}
		final = j == len(rs) || !cased(rs[j])
	}
	if final {
		return 'ς'
	}
	return 'σ'
}

// cased is the Unicode property Cased.
func cased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable is the Unicode property Case_Ignorable: Mn, Me, Cf, Lm, Sk
// and the Word_Break classes MidLetter, MidNumLet and Single_Quote.
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024,
		0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// bigrams is the set of character bigrams of s; s itself when it has one
// character.
func bigrams(s string) map[string]bool {
	rs := []rune(s)
	set := map[string]bool{}
	if len(rs) == 1 {
		set[s] = true
	}
	for i := 0; i+1 < len(rs); i++ {
		set[string(rs[i:i+2])] = true
	}
	return set
}

// sim is the mean of the overlap coefficient and Dice over the bigrams of
// the normalised texts, scaled down when one has more than four times the
// bigrams of the other.
func sim(a, b string) float64 {
	A, B := bigrams(normText(a)), bigrams(normText(b))
	if len(A) == 0 || len(B) == 0 {
		return 0
	}
	inter := 0
	for g := range A {
		if B[g] {
			inter++
		}
	}
	lo, hi := min(len(A), len(B)), max(len(A), len(B))
	s := (float64(inter)/float64(lo) + float64(2*inter)/float64(len(A)+len(B))) / 2
	ratio := float64(lo) / float64(hi)
	return s * math.Min(1, ratio/0.25)
}

// best is the highest sim of text to a non-empty alternative, 0 when none.
func best(text string, alternatives []string) float64 {
	top := 0.0
	for _, alt := range alternatives {
		if alt != "" {
			top = math.Max(top, sim(text, alt))
		}
	}
	return top
}

// grams is the set of n-character grams of rs.
func grams(rs []rune, n int) map[string]bool {
	set := map[string]bool{}
	for i := 0; i+n <= len(rs); i++ {
		set[string(rs[i:i+n])] = true
	}
	return set
}

// coverage is the share of a normalised source line found in the normalised
// cleaned text: of its 6-grams, or all or nothing when it is shorter.
func coverage(line, text string, textGrams map[string]bool) float64 {
	rs := []rune(line)
	if len(rs) < ngram {
		if strings.Contains(text, line) {
			return 1
		}
		return 0
	}
	n := len(rs) - ngram + 1
	found := 0
	for i := 0; i < n; i++ {
		if textGrams[string(rs[i:i+ngram])] {
			found++
		}
	}
	return float64(found) / float64(n)
}

// lineSet parses a line list like "1-40,45" into its numbers, in the order
// Python iterates the set score.py builds (which is not always ascending:
// "30-35" gives 32 33 34 35 30 31).
func lineSet(spec string) ([]int64, error) {
	var set pySet
	for _, part := range strings.Split(spec, ",") {
		part = pyStrip(part)
		if part == "" {
			continue
		}
		if !strings.Contains(part, "-") {
			n, err := pyInt(part)
			if err != nil {
				return nil, err
			}
			set.add(n)
			continue
		}
		ends := strings.Split(part, "-")
		if len(ends) != 2 {
			return nil, fmt.Errorf("%w: %q is not a range", ErrLineSpec, part)
		}
		a, err := pyInt(ends[0])
		if err != nil {
			return nil, err
		}
		b, err := pyInt(ends[1])
		if err != nil {
			return nil, err
		}
		for n := a; n <= b; n++ {
			set.add(n)
		}
	}
	return set.items(), nil
}

// maxLine keeps a line number's Python hash equal to itself (hashes are
// taken modulo 2**61-1), which pySet relies on.
const maxLine = 1<<61 - 2

// pyInt is Python's int(s) for base 10: surrounding whitespace, a '+',
// Unicode decimal digits, single underscores between digits.
func pyInt(s string) (int64, error) {
	bad := fmt.Errorf("%w: %q is not a number", ErrLineSpec, s)
	rs := []rune(pyStrip(s))
	if len(rs) > 0 && rs[0] == '+' { // a '-' never gets here: lineSet splits on it
		rs = rs[1:]
	}
	if len(rs) == 0 || rs[0] == '_' || rs[len(rs)-1] == '_' {
		return 0, bad
	}
	var n int64
	for i, r := range rs {
		if r == '_' {
			if rs[i-1] == '_' {
				return 0, bad
			}
			continue
		}
		d, ok := decimalValue(r)
		if !ok {
			return 0, bad
		}
		n = n*10 + int64(d)
		if n > maxLine {
			return 0, fmt.Errorf("%w: %q is too large", ErrLineSpec, s)
		}
	}
	return n, nil
}

// decimalValue is the value of a Unicode decimal digit (category Nd). Nd
// characters come in runs of whole 0-9 sequences, so the value is the
// distance from the start of the run, modulo 10.
func decimalValue(r rune) (int, bool) {
	if !unicode.IsDigit(r) {
		return 0, false
	}
	start := r
	for unicode.IsDigit(start - 1) {
		start--
	}
	return int(r-start) % 10, true
}

// pySet reproduces the slot layout of a CPython (3.11) set of non-negative
// ints, whose hash is the int itself, to iterate it in Python's order.
type pySet struct {
	slots []int64 // -1 is an empty slot
	used  int
}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// add is set_add_entry: linear probes, then perturbed jumps; grow when the
// table is 3/5 full.
func (s *pySet) add(n int64) {
	if s.slots == nil {
		s.slots = emptySlots(setMinSize)
	}
	mask := uint64(len(s.slots) - 1)
	i, perturb := uint64(n)&mask, uint64(n)
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			switch s.slots[j] {
			case n:
				return
			case -1:
				s.slots[j] = n
				s.used++
				if uint64(s.used)*5 >= mask*3 {
					s.resize()
				}
				return
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: the smallest power of two above used*4
// (used*2 past 50000), entries re-inserted in slot order.
func (s *pySet) resize() {
	minUsed := s.used * 4
	if s.used > 50000 {
		minUsed = s.used * 2
	}
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.slots
	s.slots = emptySlots(size)
	mask := uint64(size - 1)
	for _, n := range old {
		if n == -1 {
			continue
		}
		i, perturb := uint64(n)&mask, uint64(n)
	probe:
		for {
			probes := uint64(0)
			if i+linearProbes <= mask {
				probes = linearProbes
			}
			for j := i; j <= i+probes; j++ {
				if s.slots[j] == -1 {
					s.slots[j] = n
					break probe
				}
			}
			perturb >>= perturbShift
			i = (i*5 + 1 + perturb) & mask
		}
	}
}

func emptySlots(n int) []int64 {
	slots := make([]int64, n)
	for i := range slots {
		slots[i] = -1
	}
	return slots
}

// items lists the set in Python's iteration order (slot order).
func (s *pySet) items() []int64 {
	var out []int64
	for _, n := range s.slots {
		if n != -1 {
			out = append(out, n)
		}
	}
	return out
}

// pyIsSpace is Python's str.isspace for one character: Go's unicode.IsSpace
// plus the separators U+001C to U+001F.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1C && r <= 0x1F)
}

// pyStrip is Python's str.strip().
func pyStrip(s string) string { return strings.TrimFunc(s, pyIsSpace) }

// head is Python's s[:n]: the first n code points.
func head(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// pyRepr is Python's repr() of a str, as f"{s!r}" prints it.
func pyRepr(s string) string {
	quote := '\''
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		quote = '"'
	}
	var b strings.Builder
	b.WriteRune(quote)
	for _, r := range s {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7F:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7F || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xFF:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xFFFF:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}

// decodeText is how score.py reads an input file: UTF-8 with
// errors="replace" (one U+FFFD per maximal ill-formed subpart, where Go's
// decoder gives one per byte), then universal newlines ("\r\n" and "\r"
// become "\n").
func decodeText(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n == 1 {
			sb.WriteRune(utf8.RuneError)
			b = b[invalidPrefix(b):]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	s := strings.ReplaceAll(sb.String(), "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// invalidPrefix is the length of the maximal subpart of the ill-formed
// UTF-8 sequence that starts b: a lead byte and the continuation bytes that
// may follow it (at least one byte).
func invalidPrefix(b []byte) int {
	lo, hi, need := byte(0x80), byte(0xBF), 0
	switch c := b[0]; {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		lo, need = 0xA0, 2
	case c == 0xED:
		hi, need = 0x9F, 2
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		lo, need = 0x90, 3
	case c == 0xF4:
		hi, need = 0x8F, 3
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for n <= need && n < len(b) && b[n] >= lo && b[n] <= hi {
		lo, hi = 0x80, 0xBF
		n++
	}
	return n
}

// pyOSError is str(e) of the OSError Python raises when open(path) fails:
// "[Errno 2] No such file or directory: 'path'". glibc's messages are Go's
// with a capital letter.
func pyOSError(err error, path string) string {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return err.Error()
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return fmt.Sprintf("[Errno %d] %s: %s", int(errno), msg, pyRepr(path))
}

// pyJoin is os.path.join(dir, name) on POSIX: no cleaning, an absolute name
// replaces dir.
func pyJoin(dir, name string) string {
	switch {
	case strings.HasPrefix(name, "/"):
		return name
	case dir == "" || strings.HasSuffix(dir, "/"):
		return dir + name
	}
	return dir + "/" + name
}

// docKey is score.py's doc_key, os.path.basename: what follows the last '/'.
func docKey(path string) string { return path[strings.LastIndex(path, "/")+1:] }
