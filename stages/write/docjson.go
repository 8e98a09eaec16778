package write

import (
	"strconv"
	"unicode/utf8"

	"github.com/kextract/kextract/knowledge"
)

// appendDocumentJSON appends d as the bytes json.Encoder gives for it with
// SetEscapeHTML(false) and SetIndent(prefix, "  "), without the final
// newline. Documents are most of a dataset's bytes, and encoding/json's
// reflection and its second, indenting pass over the encoded bytes cost as
// much as the rest of the write; TestDocumentJSONMatchesEncoder and
// FuzzDocumentJSON hold the two encoders to the same bytes (a field added
// to knowledge.Document without being added here fails them).
func appendDocumentJSON(b []byte, d knowledge.Document, prefix string) []byte {
	field := prefix + "  " // the fields of the document's object
	b = append(b, '{')
	str := func(name, v string) {
		b = append(b, '\n')
		b = append(b, field...)
		b = append(b, '"')
		b = append(b, name...)
		b = append(b, "\": "...)
		b = appendJSONString(b, v)
		b = append(b, ',')
	}
	str("id", d.ID)
	str("path", d.Path)
	str("sha256", d.SHA256)
	b = append(b, '\n')
	b = append(b, field...)
	b = append(b, `"size": `...)
	b = strconv.AppendInt(b, d.Size, 10)
	b = append(b, ',')
	str("title", d.Title)
	str("format", d.Format)
	str("encoding", d.Encoding)
	str("date", d.Date)
	str("author", d.Author)
	str("source_url", d.SourceURL)
	str("problem_id", d.ProblemID)
	str("genre", d.Genre)
	str("genre_reason", d.GenreReason)
	str("mirror_of", d.MirrorOf)
	str("text", d.Text)
	b = append(b, '\n')
	b = append(b, field...)
	b = append(b, `"removed": `...)
	if d.Removed == nil {
		b = append(b, "null"...)
	} else if len(d.Removed) == 0 {
		b = append(b, "[]"...)
	} else {
		item := field + "  "
		inner := item + "  "
		b = append(b, '[')
		for i, r := range d.Removed {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '\n')
			b = append(b, item...)
			b = append(b, "{\n"...)
			b = append(b, inner...)
			b = append(b, `"reason": `...)
			b = appendJSONString(b, r.Reason)
			b = append(b, ",\n"...)
			b = append(b, inner...)
			b = append(b, `"line": `...)
			b = strconv.AppendInt(b, int64(r.Line), 10)
			b = append(b, ",\n"...)
			b = append(b, inner...)
			b = append(b, `"text": `...)
			b = appendJSONString(b, r.Text)
			b = append(b, '\n')
			b = append(b, item...)
			b = append(b, '}')
		}
		b = append(b, '\n')
		b = append(b, field...)
		b = append(b, ']')
	}
	b = append(b, '\n')
	b = append(b, prefix...)
	b = append(b, '}')
	return b
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as encoding/json writes a string without HTML
// escaping: '"' and '\\' escaped, control characters as \b \f \n \r \t or
// \u00XX, invalid UTF-8 bytes as \ufffd, U+2028 and U+2029 as \u2028 and
// \u2029, everything else as it is.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
