// Package wire holds what the decoders of vendor responses share: reading
// loosely typed JSON fields and keeping a bounded excerpt of a body that
// could not be decoded.
package wire

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxExcerpt is the most bytes of a body that an error keeps.
const MaxExcerpt = 200

// Excerpt returns the start of body for an error message: surrounding space
// trimmed, invalid UTF-8 replaced by U+FFFD, and at most MaxExcerpt bytes,
// cut between characters, with "..." where it was cut. Its work is bounded by
// MaxExcerpt, however large the body.
func Excerpt(body []byte) string {
	body = bytes.TrimSpace(body)
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

// Object decodes a JSON object into its fields, or returns nil.
func Object(data []byte) map[string]json.RawMessage {
	var obj map[string]json.RawMessage
	if json.Unmarshal(data, &obj) != nil {
		return nil
	}
	return obj
}

// Code reads a vendor code: a JSON integer, or a string holding one (some
// clients send "206"), within the int32 range of the Code types.
func Code(raw json.RawMessage) (int, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return 0, false
		}
		raw = []byte(strings.TrimSpace(s))
	}
	n, err := strconv.ParseInt(string(raw), 10, 32)
	return int(n), err == nil
}

// Text reads a JSON string; anything else gives "".
func Text(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return ""
	}
	return s
}

// Int reads a JSON integer, or a string holding one; anything else gives 0.
func Int(raw json.RawMessage) int64 {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		raw = []byte(Text(raw))
	}
	n, _ := strconv.ParseInt(string(raw), 10, 64)
	return n
}
