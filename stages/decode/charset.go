package decode

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/kextract/kextract/article"
)

// Encoding names written to Article.Encoding. A "-lossy" suffix means a few
// invalid byte sequences (at most maxLossyShare of the characters, e.g. a
// file cut in the middle of a character) were replaced by U+FFFD.
const (
	EncUTF8     = "utf-8"
	EncUTF8BOM  = "utf-8-bom"
	EncUTF16LE  = "utf-16le"
	EncUTF16BE  = "utf-16be"
	EncGB18030  = "gb18030"
	EncBig5     = "big5"
	lossySuffix = "-lossy"
)

const (
	// sniffBytes is how much of the start of a file the binary test and the
	// <meta charset> prescan look at.
	sniffBytes = 8192
	// maxControlShare: more control characters than this (share of the
	// sniffed runes) make a file binary.
	maxControlShare = 0.05
	// maxLossyShare: at most this share of invalid sequences (or three)
	// is repaired with U+FFFD; more makes the file undecodable.
	maxLossyShare = 0.01
	// minGBScore: share of the non-ASCII characters of a GB18030 reading
	// that must be common Chinese (GB2312 level-1 hanzi and CJK punctuation)
	// for an undeclared file to be read as GB18030.
	minGBScore = 0.6
)

// decodeBytes turns raw file bytes into UTF-8 text, returning the encoding
// name. It never panics; bad input gives an *article.SkipError.
//
// The order of evidence: a byte-order mark; valid UTF-8; a charset the HTML
// declares (GB2312 and GBK labels are read as GB18030, their superset);
// an undeclared GB18030 or Big5 reading that decodes cleanly and is mostly
// common Chinese; UTF-8 with a few invalid bytes repaired. Anything else is
// undecodable, and NUL bytes or many control characters make a file binary.
func decodeBytes(path string, raw []byte, format article.Format) (string, string, error) {
	if len(raw) == 0 {
		return "", "", article.Skip(path, article.SkipNoContent, "the file is empty")
	}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		text, bad := utf8Repair(raw[3:])
		return finish(path, text, EncUTF8BOM, bad)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return decodeUTF16(path, raw[2:], false, 2)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return decodeUTF16(path, raw[2:], true, 2)
	}
	if le, ok := sniffUTF16(raw); ok {
		return decodeUTF16(path, raw, !le, 0)
	}
	hs := scanHead(raw)
	if off := binaryOffset(raw, hs); off >= 0 {
		return "", "", &article.SkipError{Path: path, Reason: article.SkipBinary, Offset: int64(off),
			Detail: "NUL or control bytes: not a text file"}
	}
	if validUTF8(raw) { // ASCII included
		// The text is raw: its head was scanned already.
		return finishOffset(path, string(raw), EncUTF8, 0, hs.controlOffset(raw))
	}
	st := scanGB18030(raw)
	looksGB := st.bad <= lossyLimitN(st.chars) && st.score() >= minGBScore
	// Not UTF-8. A declared charset comes first, for HTML, unless it is a
	// single-byte Latin charset and the bytes read as Chinese: such
	// declarations are left over from templates.
	if format == article.FormatHTML {
		if label := declaredCharset(raw); label != "" {
			if enc, name := lookupCharset(label); enc != nil && !(looksGB && isLatin(name)) {
				if text, bad, err := decodeWith(enc, raw); err == nil && bad <= lossyLimit(text) {
					return finish(path, text, name, bad)
				}
			}
		}
	}
	if looksGB {
		if text, bad, err := decodeWith(simplifiedchinese.GB18030, raw); err == nil {
			return finish(path, text, EncGB18030, bad)
		}
	}
	if text, bad, err := decodeWith(traditionalchinese.Big5, raw); err == nil && bad == 0 && cjkShare(text) >= 0.8 {
		return finish(path, text, EncBig5, 0)
	}
	text, bad := utf8Repair(raw)
	if bad <= lossyLimit(text) {
		return finish(path, text, EncUTF8, bad)
	}
	return "", "", &article.SkipError{Path: path, Reason: article.SkipUndecodable, Offset: int64(firstInvalidUTF8(raw)),
		Detail: fmt.Sprintf("not UTF-8 (%d invalid sequences), nor GB18030 or Big5", bad)}
}

// finish checks the decoded text and names the encoding.
func finish(path, text, name string, bad int) (string, string, error) {
	return finishOffset(path, text, name, bad, controlOffset(text))
}

// finishOffset is finish given controlOffset(text).
func finishOffset(path, text, name string, bad, ctlOffset int) (string, string, error) {
	if bad > 0 {
		name += lossySuffix
	}
	if off := ctlOffset; off >= 0 {
		return "", "", &article.SkipError{Path: path, Reason: article.SkipBinary, Offset: -1,
			Detail: fmt.Sprintf("decoded as %s but mostly control characters", name)}
	}
	// Stray NULs (past the sniffed prefix) are dropped, not kept in the text.
	if strings.IndexByte(text, 0) >= 0 {
		text = strings.ReplaceAll(text, "\x00", "")
	}
	return text, name, nil
}

// isLatin reports whether an encoding name is a single-byte Western one.
func isLatin(name string) bool {
	return strings.HasPrefix(name, "windows-125") || strings.HasPrefix(name, "iso-8859") || name == "us-ascii"
}

func lossyLimit(text string) int { return lossyLimitN(utf8.RuneCountInString(text)) }

// lossyLimitN is how many invalid sequences a text of chars characters may
// have repaired: maxLossyShare of them, and always the three bytes of a
// character cut at the end of the file.
func lossyLimitN(chars int) int { return max(3, int(float64(chars)*maxLossyShare)) }

// binaryOffset returns the offset of the first NUL byte in the sniffed
// prefix, or of the first control byte when control bytes are more than
// maxControlShare of it; -1 for text.
func binaryOffset(raw []byte, hs headScan) int {
	head := sniffed(raw)
	if hs.nul >= 0 {
		return hs.nul
	}
	// NULs further on: binary when they are not rare.
	if n := bytes.Count(raw, []byte{0}); n > 0 && n*1000 > len(raw) {
		return bytes.IndexByte(raw, 0)
	}
	if float64(hs.c0) > maxControlShare*float64(len(head)) {
		return hs.c0First
	}
	return -1
}

func sniffed(raw []byte) []byte {
	if len(raw) > sniffBytes {
		return raw[:sniffBytes]
	}
	return raw
}

// headScan is what one pass over the sniffed prefix of a file found: the
// first NUL, the control bytes binaryOffset counts, and the control
// characters controlOffset counts when the file is read as UTF-8.
type headScan struct {
	nul             int // offset of the first NUL, or -1
	c0, c0First     int // control bytes (isControlByte), and the first
	text, textFirst int // C0 (but white space and ESC), DEL, C1: controlOffset's
}

func scanHead(raw []byte) headScan {
	head := sniffed(raw)
	hs := headScan{nul: -1, c0First: -1, textFirst: -1}
	for i := 0; i < len(head); i++ {
		// Eight bytes at a time while none is below 0x20, DEL or C2, then
		// to the first that may be.
		for i+8 <= len(head) {
			m := controlMask(binary.LittleEndian.Uint64(head[i:]))
			if m != 0 {
				i += bits.TrailingZeros64(m) / 8
				break
			}
			i += 8
		}
		if i >= len(head) {
			break
		}
		k := controlBytes[head[i]]
		if k == 0 {
			continue
		}
		if k&ctlC0 != 0 {
			if head[i] == 0 && hs.nul < 0 {
				hs.nul = i
			}
			hs.c0++
			if hs.c0First < 0 {
				hs.c0First = i
			}
		}
		if k&ctlText != 0 || i+1 < len(head) && head[i+1] >= 0x80 && head[i+1] < 0xa0 {
			hs.text++
			if hs.textFirst < 0 {
				hs.textFirst = i
			}
		}
	}
	return hs
}

// controlMask has the high bit of each of the eight bytes of w (little
// endian) that may be a byte controlBytes marks: below 0x20, 0x7F or
// 0xC2. Its lowest bit is such a byte: wrong marks (from borrows) only
// come above a right one.
func controlMask(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	below20 := (w - 0x20*ones) & ^w & highs
	del := w ^ 0x7f*ones
	del = (del - ones) & ^del & highs
	c2 := w ^ 0xC2*ones
	c2 = (c2 - ones) & ^c2 & highs
	return below20 | del | c2
}

// validUTF8 is utf8.Valid, quick for text of ASCII and CJK (three-byte
// characters whose lead byte is E1–EC or EE–EF, valid with any two
// continuation bytes).
func validUTF8(p []byte) bool {
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			// ASCII: eight bytes at a time while it lasts.
			i++
			for i+8 <= len(p) && binary.LittleEndian.Uint64(p[i:])&0x8080808080808080 == 0 {
				i += 8
			}
			continue
		}
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(p) && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// controlOffset is controlOffset(string(raw)) from the scan of raw.
func (hs headScan) controlOffset(raw []byte) int {
	if hs.text > 0 && float64(hs.text) > maxControlShare*float64(utf8.RuneCount(sniffed(raw))) {
		return hs.textFirst
	}
	return -1
}

func isControlByte(c byte) bool {
	return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1b
}

// controlBytes marks the bytes binaryOffset and controlOffset look at:
// ctlC0 the control bytes of isControlByte, ctlText those and DEL
// (NUL is one of them), ctlC2 the lead byte of U+0080–U+009F.
var controlBytes = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if isControlByte(byte(c)) {
			t[c] |= ctlC0 | ctlText
		}
	}
	t[0x7f] |= ctlText
	t[0xC2] |= ctlC2
	return t
}()

const (
	ctlC0 = 1 << iota
	ctlText
	ctlC2
)

// controlOffset is binaryOffset for decoded text (after UTF-16): the
// offset of the first control character (NUL, C0 but white space and ESC,
// DEL, C1) of the sniffed prefix when they are more than maxControlShare
// of its runes, -1 otherwise.
func controlOffset(text string) int {
	head := text
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	// Control characters are ASCII bytes or C2 80–C2 9F (U+0080–U+009F);
	// C2 is never a continuation byte, so bytes can be read one by one.
	ctl, first := 0, -1
	for i := 0; i < len(head); i++ {
		k := controlBytes[head[i]]
		if k == 0 {
			continue
		}
		if k&ctlText != 0 || i+1 < len(head) && head[i+1] >= 0x80 && head[i+1] < 0xa0 {
			ctl++
			if first < 0 {
				first = i
			}
		}
	}
	if ctl > 0 && float64(ctl) > maxControlShare*float64(utf8.RuneCountInString(head)) {
		return first
	}
	return -1
}

// utf8Repair returns raw as a string with each invalid sequence replaced by
// U+FFFD, and the number of replacements.
func utf8Repair(raw []byte) (string, int) {
	if utf8.Valid(raw) {
		return string(raw), 0
	}
	var b strings.Builder
	b.Grow(len(raw))
	bad := 0
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(raw[i : i+n])
		}
		i += n
	}
	return b.String(), bad
}

func firstInvalidUTF8(raw []byte) int {
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// decodeUTF16 decodes UTF-16 (after its BOM, at byte base of the file).
func decodeUTF16(path string, b []byte, bigEndian bool, base int) (string, string, error) {
	name := EncUTF16LE
	if bigEndian {
		name = EncUTF16BE
	}
	if len(b)%2 == 1 {
		b = b[:len(b)-1] // a dangling byte: counted as one bad unit below
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	runes := utf16.Decode(units)
	bad := 0 // unpaired surrogates, which Decode turned into U+FFFD
	for i := 0; i < len(units); i++ {
		switch u := units[i]; {
		case u >= 0xD800 && u < 0xDC00:
			if i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] < 0xE000 {
				i++
			} else {
				bad++
			}
		case u >= 0xDC00 && u < 0xE000:
			bad++
		}
	}
	text := string(runes)
	if bad > lossyLimitN(len(runes)) {
		return "", "", &article.SkipError{Path: path, Reason: article.SkipUndecodable, Offset: int64(base),
			Detail: fmt.Sprintf("%s with %d unpaired surrogates", name, bad)}
	}
	return finish(path, text, name, bad)
}

// sniffUTF16 recognises UTF-16 without a byte-order mark: mostly ASCII or
// CJK text where every other byte of the start is NUL (Latin) or the
// pattern holds for the high bytes. It reports whether it is little endian.
func sniffUTF16(raw []byte) (littleEndian bool, ok bool) {
	n := min(len(raw), 1024) &^ 1
	if n < 16 {
		return false, false
	}
	even, odd := 0, 0
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			even++
		}
		if raw[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*7 && even == 0:
		return true, true
	case even*10 >= half*7 && odd == 0:
		return false, true
	}
	return false, false
}

var (
	metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)`)
	xmlEncodingRe = regexp.MustCompile(`(?i)<\?xml[^>]*encoding\s*=\s*["']([a-z0-9_\-:.]+)`)
)

// declaredCharset returns the charset label an HTML document declares in
// its first bytes (<meta charset>, http-equiv Content-Type, <?xml encoding>).
func declaredCharset(raw []byte) string {
	head := raw
	if len(head) > sniffBytes {
		head = head[:sniffBytes]
	}
	if m := metaCharsetRe.FindSubmatch(head); m != nil {
		return strings.ToLower(string(m[1]))
	}
	if m := xmlEncodingRe.FindSubmatch(head); m != nil {
		return strings.ToLower(string(m[1]))
	}
	return ""
}

// lookupCharset maps a charset label to an encoding and kextract's name
// for it. Every GB label (gb2312, gbk, x-gbk, cp936, gb18030) is GB18030:
// the GBK decoder mangles the 4-byte characters GBK pages still contain.
func lookupCharset(label string) (encoding.Encoding, string) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "gb2312", "gbk", "x-gbk", "gb18030", "cp936", "ms936", "windows-936", "csgb2312", "chinese", "iso-ir-58", "gb_2312-80", "euc-cn", "x-euc-cn":
		return simplifiedchinese.GB18030, EncGB18030
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return nil, "" // already tried: the bytes are not valid UTF-8
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	if name == "gbk" {
		return simplifiedchinese.GB18030, EncGB18030
	}
	return enc, strings.ToLower(name)
}

// decodeWith decodes raw with enc, counting the U+FFFD it produced beyond
// those already in the input.
func decodeWith(enc encoding.Encoding, raw []byte) (text string, bad int, err error) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", 0, err
	}
	text = string(out)
	bad = strings.Count(text, "\uFFFD") - bytes.Count(raw, []byte("\uFFFD"))
	if bad < 0 {
		bad = 0
	}
	return text, bad, nil
}

// gbStats is what one pass over the bytes as GB18030 found.
type gbStats struct {
	chars   int // characters, ASCII included
	high    int // non-ASCII characters
	bad     int // invalid sequences
	common  int // GB2312 level-1 hanzi (the 3,755 most common)
	punct   int // GB2312 rows 1 and 3: CJK and full-width punctuation
	level2  int // GB2312 level-2 hanzi
	fourByt int // four-byte sequences
}

// score is the share of non-ASCII characters that look like ordinary
// simplified Chinese text. Big5, Shift-JIS or Latin-1 bytes read as
// GB18030 decode to rare hanzi and symbols instead.
func (s gbStats) score() float64 {
	if s.high == 0 {
		return 0
	}
	return float64(s.common+s.punct+s.level2/2+s.fourByt/4) / float64(s.high)
}

// scanGB18030 walks raw as GB18030 without decoding it.
func scanGB18030(raw []byte) gbStats {
	var s gbStats
	for i := 0; i < len(raw); {
		c := raw[i]
		s.chars++
		if c < 0x80 {
			i++
			continue
		}
		s.high++
		if c == 0x80 || c == 0xFF || i+1 >= len(raw) {
			s.bad++
			i++
			continue
		}
		d := raw[i+1]
		switch {
		case d >= 0x30 && d <= 0x39:
			if i+3 < len(raw) && raw[i+2] >= 0x81 && raw[i+2] <= 0xFE && raw[i+3] >= 0x30 && raw[i+3] <= 0x39 {
				s.fourByt++
				i += 4
				continue
			}
			s.bad++
			i++
		case (d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE):
			switch {
			case c >= 0xB0 && c <= 0xD7 && d >= 0xA1:
				s.common++
			case (c == 0xA1 || c == 0xA3) && d >= 0xA1:
				s.punct++
			case c >= 0xD8 && c <= 0xF7 && d >= 0xA1:
				s.level2++
			}
			i += 2
		default:
			s.bad++
			i++
		}
	}
	return s
}

// cjkShare is the share of non-ASCII runes of text that are CJK ideographs
// or CJK punctuation.
func cjkShare(text string) float64 {
	high, cjk := 0, 0
	for _, r := range text {
		if r < utf8.RuneSelf {
			continue
		}
		high++
		if unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) {
			cjk++
		}
	}
	if high == 0 {
		return 0
	}
	return float64(cjk) / float64(high)
}
