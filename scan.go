package imcodes

import (
	"bytes"
	"errors"
	"io"
	"slices"

	"github.com/imcodes/imcodes/codes"
)

// Match is one occurrence of a code in a text read by [Scan]. Its JSON form
// is the object that `imcodes explain -format json` prints.
type Match struct {
	// Line is the 1-based number of the line the code is on.
	Line int `json:"line"`
	// Column is the 1-based byte offset of Text in its line.
	Column int `json:"column"`
	// Text is the matched text as it is in the input: the digits, with the
	// minus sign of a negative code.
	Text string `json:"text"`
	// Code is the number Text spells.
	Code int `json:"code"`
	// Entries holds the entry of Code on each platform that defines it (of
	// those asked for), in the order of codes.Platforms; never empty.
	Entries []codes.Entry `json:"entries"`
}

// Scan reads r to its end and calls fn with each code it finds, in the order
// of the input, as soon as the line of the code has been read (or the bytes
// after it that decide it, on a very long line). The package documentation
// gives the rules of what is a code. With platforms, only codes of those
// platforms are found; without, codes of every platform.
//
// Scan reads in one pass, in time linear in the size of the input, and uses
// a fixed amount of memory (about 64 KiB) whatever the input: a line of any
// length is scanned through to its end. If fn returns false, Scan stops and
// returns nil. It returns nil at the end of the input, or the first error of
// r other than io.EOF, after it has scanned what r gave before it.
func Scan(r io.Reader, fn func(Match) bool, platforms ...codes.Platform) error {
	if fn == nil {
		return errors.New("imcodes: Scan needs a func")
	}
	s := scanner{fn: fn, line: 1}
	for _, p := range codes.Platforms() {
		if len(platforms) == 0 || slices.Contains(platforms, p) {
			s.platforms = append(s.platforms, p)
		}
	}
	buf := make([]byte, scanContext+scanChunk)
	n, pos, empty := 0, 0, 0
	for {
		m, err := r.Read(buf[n:])
		if m < 0 || m > len(buf)-n {
			return errors.New("imcodes: Scan: invalid count from Read")
		}
		n += m
		more, stop := s.scan(buf[:n], pos, err != nil)
		switch {
		case stop || err == io.EOF:
			return nil
		case err != nil:
			return err
		case m == 0:
			if empty++; empty == 100 {
				return io.ErrNoProgress
			}
		default:
			empty = 0
		}
		pos = more
		// Keep scanContext bytes before the first undecided byte: the keys
		// and separators before a number are looked for in them.
		if k := pos - scanContext; k > 0 {
			if s.counted < k {
				s.countLines(buf[:n], k)
			}
			copy(buf, buf[k:n])
			n -= k
			pos -= k
			s.counted -= k
			s.base += int64(k)
		}
	}
}

const (
	scanChunk   = 64 << 10 // bytes read at a time
	scanContext = 64       // bytes kept before the scan position; more than maxBehind
	maxDigits   = 7        // the longest code, 7100006
	maxSeps     = 8        // separator bytes between a key and its number
	maxWord     = 24       // bytes of an id-like key looked at
	maxBehind   = maxSeps + maxWord + 1
	lookAhead   = 16 // bytes after a number that decide it (a unit); within its line
)

// scanner is the state of one Scan.
type scanner struct {
	fn        func(Match) bool
	platforms []codes.Platform // those asked for, in the order of codes.Platforms
	base      int64            // offset in the input of the buffer's first byte
	counted   int              // the newlines of the buffer before this index are counted
	line      int              // the line of buffer index counted
	lineStart int64            // offset in the input of that line's first byte
}

// countLines counts the newlines of data before index to.
func (s *scanner) countLines(data []byte, to int) {
	seg := data[s.counted:to]
	if c := bytes.Count(seg, newline); c > 0 {
		s.line += c
		s.lineStart = s.base + int64(s.counted+bytes.LastIndexByte(seg, '\n')+1)
	}
	s.counted = to
}

var newline = []byte{'\n'}

// scan looks for codes in data from index i. Unless final, the input goes on
// after data, and a number whose next bytes are not all in data is left
// undecided. It returns the index of the first undecided byte, and whether fn
// asked to stop.
func (s *scanner) scan(data []byte, i int, final bool) (next int, stop bool) {
	for {
		for i < len(data) && data[i]-'0' > 9 {
			i++
		}
		if i == len(data) {
			return i, false
		}
		start := i
		for i++; i < len(data) && data[i]-'0' <= 9; i++ {
		}
		switch {
		case i-start > maxDigits:
			continue // too long to be a code, and so is the rest of the run
		case !final && i+lookAhead > len(data) && bytes.IndexByte(data[i:], '\n') < 0:
			return start, false // the run may go on, or its unit be cut off
		}
		if !s.candidate(data, start, i) {
			return i, true
		}
	}
}

// candidate decides whether the digits data[start:end] are a code, and if so
// reports it. It returns false if fn asked to stop.
func (s *scanner) candidate(data []byte, start, end int) bool {
	if data[start] == '0' && end-start > 1 {
		return true // a leading zero: a padded field, never a code
	}
	b1, b2 := at(data, start-1), at(data, start-2)
	a1, a2 := at(data, end), at(data, end+1)
	switch {
	case isWord(a1), isWord(b1), b1 == '.':
		return true // part of a word, a decimal, an IP address or a version
	case a2-'0' <= 9 && (a1 == '.' || a1 == ':' || a1 == '-' || a1 == '/'):
		return true // a decimal, an address, a time or a date goes on
	case a1 == '-' && isWord(a2), a1 == ':' && a2 == ':':
		return true // a UUID or a hyphenated word; an IPv6 address
	case (b1 == ':' || b1 == '/') && (b2-'0' <= 9 || b2 == ':'):
		return true // the end of a time, a date or an IPv6 address
	case b1 == '-' && isWord(b2):
		return true // the end of a date, a UUID or a hyphenated word
	}
	tok := start
	if b1 == '-' {
		tok--
	}
	key := codeKeyBefore(data, tok)
	switch {
	case key:
	case tok < start, end-start < 6:
		return true // a negative number or a short one, without a code key
	case idKeyBefore(data, tok), unitAfter(data, end):
		return true // an id, a count, a size or a time
	}
	code := 0
	for _, c := range data[start:end] {
		code = code*10 + int(c-'0')
	}
	if tok < start {
		code = -code
	}
	var found []codes.Entry
	for _, p := range s.platforms {
		if e, ok := p.Lookup(code); ok {
			found = append(found, e)
		}
	}
	if found == nil {
		return true
	}
	s.countLines(data, tok)
	return s.fn(Match{
		Line:    s.line,
		Column:  int(s.base + int64(tok) - s.lineStart + 1),
		Text:    string(data[tok:end]),
		Code:    code,
		Entries: found,
	})
}

// at returns data[i], or '\n' outside data: the start and the end of the
// input separate words as a line break does.
func at(data []byte, i int) byte {
	if i < 0 || i >= len(data) {
		return '\n'
	}
	return data[i]
}

// isWord reports whether b is an ASCII letter, digit or underscore. Other
// bytes, the UTF-8 of Chinese text included, separate words: Chinese runs
// into numbers without spaces ("错误码206").
func isWord(b byte) bool { return byteClass[b]&classWord != 0 }

// Byte classes, of byteClass.
const (
	classWord   = 1 << iota // ASCII letter, digit, underscore
	classSep                // a separator between a key and its number
	classKeyEnd             // the last byte of a code key, in lower case
)

// byteClass classifies each byte value. It is an array literal of constants,
// laid out by the linker: no work at start-up.
var byteClass = [256]uint8{
	'0': classWord, '1': classWord, '2': classWord, '3': classWord, '4': classWord,
	'5': classWord, '6': classWord, '7': classWord, '8': classWord, '9': classWord,
	'_': classWord,
	'a': classWord, 'b': classWord, 'c': classWord, 'd': classWord, 'e': classWord | classKeyEnd,
	'f': classWord, 'g': classWord, 'h': classWord, 'i': classWord, 'j': classWord,
	'k': classWord, 'l': classWord, 'm': classWord, 'n': classWord, 'o': classWord | classKeyEnd,
	'p': classWord, 'q': classWord, 'r': classWord | classKeyEnd, 's': classWord, 't': classWord,
	'u': classWord, 'v': classWord, 'w': classWord, 'x': classWord, 'y': classWord, 'z': classWord,
	'A': classWord, 'B': classWord, 'C': classWord, 'D': classWord, 'E': classWord | classKeyEnd,
	'F': classWord, 'G': classWord, 'H': classWord, 'I': classWord, 'J': classWord,
	'K': classWord, 'L': classWord, 'M': classWord, 'N': classWord, 'O': classWord | classKeyEnd,
	'P': classWord, 'Q': classWord, 'R': classWord | classKeyEnd, 'S': classWord, 'T': classWord,
	'U': classWord, 'V': classWord, 'W': classWord, 'X': classWord, 'Y': classWord, 'Z': classWord,
	' ': classSep, '\t': classSep, '=': classSep, ':': classSep, '"': classSep, '\'': classSep,
	'(': classSep, '[': classSep, '#': classSep, '\\': classSep,
	0x81: classKeyEnd, // the last byte of 码 (E7 A0 81)
	0xAF: classKeyEnd, // the last byte of 误 (E8 AF AF)
}

// codeKeys are the code keys of rule 3, in lower case.
var codeKeys = []string{
	"code", "errcode", "err_code", "error_code", "errorcode", "errno", "error", "err", "type",
	"statuscode", "status_code", "responsecode", "response_code", "错误码", "错误代码", "错误", "代码",
}

// skipSeps returns the index before the separators that end at i, going
// back at most maxSeps bytes.
func skipSeps(data []byte, i int) int {
	lim := max(0, i-maxSeps)
	for i > lim {
		switch {
		case byteClass[data[i-1]]&classSep != 0:
			i--
		case i-3 >= lim && data[i-3] == 0xEF && data[i-2] == 0xBC && (data[i-1] == 0x9A || data[i-1] == 0x88):
			i -= 3 // full-width ： or （
		default:
			return i
		}
	}
	return i
}

// codeKeyBefore reports whether a code key and separators end at data[i].
func codeKeyBefore(data []byte, i int) bool {
	i = skipSeps(data, i)
	if i == 0 || byteClass[data[i-1]]&classKeyEnd == 0 {
		return false
	}
	for _, k := range codeKeys {
		if j := i - len(k); j >= 0 && !isWord(at(data, j-1)) && equalFold(data[j:i], k) {
			return true
		}
	}
	return false
}

// equalFold reports whether b is lower, ignoring the case of ASCII letters;
// lower is in lower case.
func equalFold(b []byte, lower string) bool {
	if len(b) != len(lower) {
		return false
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}

// idKeys are the id-like keys of rule 4, in lower case.
var idKeys = []string{
	"id", "uid", "gid", "pid", "tid", "cid", "mid", "rid", "sid", "uuid", "guid", "msgid", "userid",
	"groupid", "roomid", "seq", "seqno", "sequence", "sn", "no", "num", "number", "ts", "time",
	"timestamp", "date", "port", "size", "len", "length", "count", "cnt", "total", "offset", "pos",
	"line", "took", "elapsed", "cost", "duration", "latency", "ttl", "timeout", "ver", "version",
}

// idKeyBefore reports whether an id-like key and separators end at data[i].
func idKeyBefore(data []byte, i int) bool {
	end := skipSeps(data, i)
	j := end
	for lim := max(0, end-maxWord); j > lim && isWord(data[j-1]); j-- {
	}
	if j == end {
		return false
	}
	word := data[j:end]
	// The last part of the word: after its last '_', or from its last change
	// from lower to upper case ("userId", "traceID").
	last := word
	for k := len(word) - 1; k > 0; k-- {
		if word[k-1] == '_' || 'a' <= word[k-1] && word[k-1] <= 'z' && 'A' <= word[k] && word[k] <= 'Z' {
			last = word[k:]
			break
		}
	}
	for _, k := range idKeys {
		if equalFold(word, k) || equalFold(last, k) {
			return true
		}
	}
	return false
}

// units are the units of rule 4, in lower case.
var units = []string{
	"ns", "us", "ms", "nsec", "usec", "msec", "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
	"h", "hr", "hrs", "hour", "hours", "d", "day", "days", "b", "byte", "bytes", "k", "kb", "kib",
	"mb", "mib", "g", "gb", "gib", "tb", "tib", "bps", "kbps", "mbps", "times",
}

// utf8Units are the units of rule 4 that are not ASCII words.
var utf8Units = []string{"%", "µs", "μs", "毫秒", "秒", "分钟", "小时", "字节", "次"}

// unitAfter reports whether a unit follows the number that ends at data[i].
func unitAfter(data []byte, i int) bool {
	for lim := i + 2; i < lim && i < len(data) && (data[i] == ' ' || data[i] == '\t'); i++ {
	}
	rest := data[i:min(len(data), i+maxUnit+1)]
	for _, u := range utf8Units {
		if len(rest) >= len(u) && string(rest[:len(u)]) == u {
			return true
		}
	}
	j := 0
	for j < len(rest) && isWord(rest[j]) {
		j++
	}
	if j == 0 || j > maxUnit {
		return false // no word, or one too long to be a unit
	}
	for _, u := range units {
		if equalFold(rest[:j], u) {
			return true
		}
	}
	return false
}

// maxUnit is the length of the longest unit.
const maxUnit = 7
