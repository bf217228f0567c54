// Package wire holds what the decoders of vendor responses share: a lenient,
// allocation-free walker over JSON bodies (json.go), and the text that an
// error may put in a log line: a bounded excerpt of a body, and the service's
// own words made safe to log.
package wire

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxExcerpt is the most bytes of a body that an error keeps.
const MaxExcerpt = 200

// MaxText is the most bytes of the service's own text that an error's
// Error() shows; the whole text stays in the error's fields.
const MaxText = 300

// Excerpt returns the start of body for an error message: a byte order mark
// and surrounding space trimmed, invalid UTF-8 replaced by U+FFFD, and at
// most MaxExcerpt bytes, cut between characters, with "..." where it was cut.
// Its work is bounded by MaxExcerpt, however large the body. (Error texts
// quote the excerpt, which escapes what a log line must not hold.)
func Excerpt(body []byte) string {
	body = bytes.TrimSpace(TrimBOM(body))
	var b strings.Builder
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRune(body[i:]) // invalid bytes give RuneError
		if b.Len()+utf8.RuneLen(r) > MaxExcerpt {
			b.WriteString("...")
			break
		}
		b.WriteRune(r)
		i += size
	}
	return b.String()
}

// LogSafe returns s as it may appear in a log line: control characters (C0,
// DEL and C1) and the bidirectional controls that can reorder a line
// (U+202A-U+202E, U+2066-U+2069) escaped as Go escapes them, invalid UTF-8
// bytes as \xNN, and at most max bytes of it, cut between characters, with
// "..." where it was cut. A text that needs none of this is returned as it
// is, without allocating.
func LogSafe(s string, max int) string {
	if len(s) <= max && !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var piece string
		switch {
		case r == utf8.RuneError && size == 1:
			piece = `\x` + strconv.FormatUint(uint64(s[i])>>4, 16) + strconv.FormatUint(uint64(s[i])&15, 16)
		case unsafeRune(r):
			q := strconv.QuoteRuneToASCII(r)
			piece = q[1 : len(q)-1]
		default:
			piece = s[i : i+size]
		}
		if b.Len()+len(piece) > max {
			b.WriteString("...")
			break
		}
		b.WriteString(piece)
		i += size
	}
	return b.String()
}

// Cut returns at most max bytes of s, cut between characters, with "..."
// where it was cut; s itself if it is short enough. It neither escapes nor
// looks past the cut, so its cost is bounded by max.
func Cut(s string, max int) string {
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// needsEscape reports whether s holds anything LogSafe escapes.
func needsEscape(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; 0x20 <= c && c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unsafeRune(r) || r == utf8.RuneError && size == 1 {
			return true
		}
		i += size
	}
	return false
}

// unsafeRune reports whether r must not reach a log line raw.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, 0x80 <= r && r < 0xa0:
		return true
	case 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x2069:
		return true
	}
	return false
}
