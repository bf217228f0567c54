package wire

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The decoders read bodies with the walker below rather than with
// encoding/json, for three reasons:
//
//   - Real bodies are not always valid JSON, and an error object must not be
//     lost for that: a UTF-8 byte order mark, a trailing comma, data after the
//     first value, or a body cut off after the error object.
//   - Cost must be bounded by the body: decoding a 50 MB array into
//     []json.RawMessage and each item into a map took seconds and gigabytes.
//     The walker visits each byte once and allocates nothing of its own.
//   - Only a few fields matter (error, code, message), so the common body
//     costs two allocations: the error and its message.
//
// The walker accepts every valid JSON text and, leniently, trailing commas in
// objects and arrays; anything else is an error that says where.

// maxDepth bounds the nesting of arrays and objects, as encoding/json does.
const maxDepth = 10000

// errEnd is the error of a body that ends inside a value.
var errEnd = errors.New("unexpected end of JSON input")

// TrimBOM returns data without a leading UTF-8 byte order mark.
func TrimBOM(data []byte) []byte {
	return bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
}

// Start returns the index of the first byte of the first value in data, after
// a byte order mark and white space, or len(data) if there is none.
func Start(data []byte) int {
	return skipSpace(data, len(data)-len(TrimBOM(data)))
}

// Object walks the members of the object that begins at data[i]: fn gets
// each member's key, as written between its quotes (see KeyIs), and its value
// as raw JSON, and stops the walk by returning false. Object returns the index
// just past the object, or the error that ended the walk: every member before
// it has been reported.
func Object(data []byte, i int, fn func(key, value []byte) bool) (int, error) {
	return walkObject(data, i, 1, fn)
}

// Array walks the items of the array that begins at data[i], as Object walks
// members: fn gets each item's index and raw value.
func Array(data []byte, i int, fn func(n int, value []byte) bool) (int, error) {
	return walkArray(data, i, 1, fn)
}

// Skip returns the index just past the value that begins at data[i], after
// white space.
func Skip(data []byte, i int) (int, error) {
	return skipValue(data, i, 0)
}

func skipValue(data []byte, i, depth int) (int, error) {
	i = skipSpace(data, i)
	if i >= len(data) {
		return i, errEnd
	}
	switch c := data[i]; {
	case c == '"':
		return skipString(data, i)
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return i, errors.New("exceeded max depth")
		}
		if c == '{' {
			return walkObject(data, i, depth+1, nil)
		}
		return walkArray(data, i, depth+1, nil)
	case c == 't':
		return literal(data, i, "true")
	case c == 'f':
		return literal(data, i, "false")
	case c == 'n':
		return literal(data, i, "null")
	case c == '-' || '0' <= c && c <= '9':
		return skipNumber(data, i), nil
	default:
		return i, syntaxError(c, "looking for beginning of value")
	}
}

func walkObject(data []byte, i, depth int, fn func(key, value []byte) bool) (int, error) {
	if i >= len(data) || data[i] != '{' {
		return i, errors.New("not an object")
	}
	i++
	for {
		i = skipSpace(data, i)
		switch {
		case i >= len(data):
			return i, errEnd
		case data[i] == '}': // also after a trailing comma
			return i + 1, nil
		case data[i] != '"':
			return i, syntaxError(data[i], "looking for beginning of object key string")
		}
		keyEnd, err := skipString(data, i)
		if err != nil {
			return keyEnd, err
		}
		key := data[i+1 : keyEnd-1]
		i = skipSpace(data, keyEnd)
		if i >= len(data) {
			return i, errEnd
		}
		if data[i] != ':' {
			return i, syntaxError(data[i], "after object key")
		}
		start := skipSpace(data, i+1)
		end, err := skipValue(data, start, depth)
		if err != nil {
			return end, err
		}
		if fn != nil && !fn(key, data[start:end]) {
			return end, nil
		}
		i = skipSpace(data, end)
		switch {
		case i >= len(data):
			return i, errEnd
		case data[i] == ',':
			i++
		case data[i] == '}':
			return i + 1, nil
		default:
			return i, syntaxError(data[i], "after object key:value pair")
		}
	}
}

func walkArray(data []byte, i, depth int, fn func(n int, value []byte) bool) (int, error) {
	if i >= len(data) || data[i] != '[' {
		return i, errors.New("not an array")
	}
	i++
	for n := 0; ; n++ {
		i = skipSpace(data, i)
		switch {
		case i >= len(data):
			return i, errEnd
		case data[i] == ']': // also after a trailing comma
			return i + 1, nil
		}
		start := i
		end, err := skipValue(data, start, depth)
		if err != nil {
			return end, err
		}
		if fn != nil && !fn(n, data[start:end]) {
			return end, nil
		}
		i = skipSpace(data, end)
		switch {
		case i >= len(data):
			return i, errEnd
		case data[i] == ',':
			i++
		case data[i] == ']':
			return i + 1, nil
		default:
			return i, syntaxError(data[i], "after array element")
		}
	}
}

// skipString returns the index just past the string that begins at data[i].
// Escapes are not checked here; String checks them when a value is read.
func skipString(data []byte, i int) (int, error) {
	i++
	for {
		j := bytes.IndexAny(data[i:], `"\`)
		if j < 0 {
			return len(data), errEnd
		}
		i += j
		if data[i] == '"' {
			return i + 1, nil
		}
		i += 2 // a backslash and the character it escapes
		if i >= len(data) {
			return len(data), errEnd
		}
	}
}

// skipNumber returns the index just past the number that begins at data[i];
// Int checks the syntax when a number is read.
func skipNumber(data []byte, i int) int {
	for i < len(data) {
		switch c := data[i]; {
		case '0' <= c && c <= '9', c == '-', c == '+', c == '.', c == 'e', c == 'E':
			i++
		default:
			return i
		}
	}
	return i
}

func literal(data []byte, i int, word string) (int, error) {
	if !bytes.HasPrefix(data[i:], []byte(word)) {
		if len(data)-i < len(word) && bytes.HasPrefix([]byte(word), data[i:]) {
			return len(data), errEnd
		}
		return i, syntaxError(data[i], "looking for beginning of value")
	}
	return i + len(word), nil
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// syntaxError words an error as encoding/json does.
func syntaxError(c byte, context string) error {
	return errors.New("invalid character " + quoteChar(c) + " " + context)
}

func quoteChar(c byte) string {
	switch c {
	case '\'':
		return `'\''`
	case '"':
		return `'"'`
	}
	s := strconv.Quote(string(rune(c)))
	return "'" + s[1:len(s)-1] + "'"
}

// KeyIs reports whether key, a member key as Object reports it, is name.
func KeyIs(key []byte, name string) bool {
	if bytes.IndexByte(key, '\\') < 0 {
		return string(key) == name
	}
	var s string
	return json.Unmarshal(append(append([]byte{'"'}, key...), '"'), &s) == nil && s == name
}

// Key returns a member key, as Object reports it, as a string.
func Key(key []byte) string {
	if bytes.IndexByte(key, '\\') < 0 {
		return string(key)
	}
	s, _ := String(append(append([]byte{'"'}, key...), '"'))
	return s
}

// String reads a JSON string value; anything else gives false. Invalid UTF-8
// is replaced by U+FFFD, as encoding/json does.
func String(raw []byte) (string, bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' {
		return "", false
	}
	inner := raw[1 : len(raw)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		if utf8.Valid(inner) {
			return string(inner), true
		}
		return strings.ToValidUTF8(string(inner), "\uFFFD"), true
	}
	var s string
	if json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// Int reads an integer: a JSON number without fraction or exponent, or a
// string holding one (some clients send "206"), within bits bits. It does
// not allocate unless the string has escapes.
func Int(raw []byte, bits int) (int64, bool) {
	if len(raw) >= 2 && raw[0] == '"' {
		inner := raw[1 : len(raw)-1]
		if bytes.IndexByte(inner, '\\') >= 0 {
			s, ok := String(raw)
			if !ok {
				return 0, false
			}
			inner = []byte(s)
		}
		raw = bytes.TrimSpace(inner)
	}
	return parseInt(raw, bits)
}

// parseInt parses an optionally negative run of decimal digits within bits
// bits.
func parseInt(b []byte, bits int) (int64, bool) {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 19 {
		return 0, false
	}
	var n uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	limit := uint64(1) << (bits - 1)
	switch {
	case neg && n <= limit:
		return -int64(n), true
	case !neg && n < limit:
		return int64(n), true
	}
	return 0, false
}

// Scalar reads a JSON string, number or boolean as text, for fields that
// identify an item; objects, arrays and null give false.
func Scalar(raw []byte) (string, bool) {
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
		return String(raw)
	case '{', '[', 'n':
		return "", false
	}
	return string(raw), true
}

// Interner reads strings as String does, but gives texts it has seen before
// (up to maxInterned of them) the same string, so that a batch of a million
// items that all say "user exist" keeps one copy. A nil or zero Interner
// works; a nil one interns nothing.
type Interner struct {
	seen map[string]string
}

// maxInterned bounds what an Interner remembers.
const maxInterned = 64

// String reads a JSON string value, as the package's String does.
func (in *Interner) String(raw []byte) (string, bool) {
	if in == nil || len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' || bytes.IndexByte(raw, '\\') >= 0 {
		return String(raw)
	}
	if s, ok := in.seen[string(raw[1:len(raw)-1])]; ok {
		return s, true
	}
	s, ok := String(raw)
	if ok {
		in.remember(s)
	}
	return s, ok
}

// Key returns a member key as the package's Key does, interned.
func (in *Interner) Key(key []byte) string {
	if in == nil || bytes.IndexByte(key, '\\') >= 0 {
		return Key(key)
	}
	if s, ok := in.seen[string(key)]; ok {
		return s
	}
	s := string(key)
	in.remember(s)
	return s
}

func (in *Interner) remember(s string) {
	if len(in.seen) < maxInterned {
		if in.seen == nil {
			in.seen = map[string]string{}
		}
		in.seen[s] = s
	}
}
