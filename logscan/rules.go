package logscan

import (
	"encoding/binary"
	"math/bits"
	"strconv"
	"strings"
	"sync"

	"github.com/imcodes/imcodes/codes"
)

// This file is the tokenizer of Scan: the rules of the package
// documentation, tested cheapest first.

// scanChunk appends to hits the codes on platforms that start in
// data[from:to]. data[:from] holds at least two bytes of what comes before;
// data[to:] what comes after, enough to decide the numbers that start
// before to: the rest of their line, or 32 bytes.
func scanChunk(data []byte, from, to int, platforms []codes.Platform, hits []hit) []hit {
	// 64 bytes at a time, without a branch on the bytes, a prefilter picks
	// out the numbers that the two bytes before them and their length do not
	// already rule out; most numbers of a log are (times, dates, addresses,
	// hex, ids). Then number decides each of the others.
	filter, keep := catalog.table(), pairTable()
	i := from
	for ; i+64 <= len(data) && i < to; i += 64 {
		cand, mid := prefilter(data, i)
		for ; cand != 0; cand &= cand - 1 {
			k := bits.TrailingZeros64(cand)
			start := i + k
			if e := binary.LittleEndian.Uint16(data[start-2:]); keep[e]>>(mid>>k&1)&1 == 0 {
				continue // ruled out by the two bytes before it
			}
			if start >= to {
				break
			}
			// Most numbers are no code on any platform: the filter of the
			// catalog's numbers says so before they are parsed.
			end := digitsEnd(data, start)
			if end-start <= maxDigits && mayHave(filter, data, start, end) {
				hits = number(data, start, end, platforms, hits)
			}
		}
	}
	for {
		if i = nextDigit(data[:max(i, to)], i); i >= to {
			return hits
		}
		end := digitsEnd(data, i)
		if end-i <= maxDigits && mayHave(filter, data, i, end) {
			hits = number(data, i, end, platforms, hits)
		}
		i = end
	}
}

// hit is a code found by scanChunk: data[tok:end] spells code. (A chunk is
// far smaller than 2 GiB, and a code far shorter.)
type hit struct {
	tok, end, code int32
	rule           Rule
	scope          scope  // the numberings its key counts for
	named          uint64 // the platforms of the name next to it: a bit for each
}

// number decides whether the digits data[start:end], which the catalog's
// filter lets through, are a code on one of platforms, and appends it to
// hits if so. The cheap tests come first.
func number(data []byte, start, end int, platforms []codes.Platform, hits []hit) []hit {
	b := data[start-1]
	if byteClass[b]&classWord != 0 || b == '.' {
		return hits // part of a word or a decimal
	}
	if end < len(data) && data[end] == '_' {
		return hits // part of an identifier
	}
	code := 0
	for _, c := range data[start:end] {
		code = code*10 + int(c-'0')
	}
	if b == '-' {
		code = -code
	}
	if h, ok := isCode(data, start, end, code, platforms); ok {
		hits = append(hits, h)
	}
	return hits
}

// prefilter returns the numbers that start in data[i:i+64] and that their
// length does not rule out (cand, a bit for each; eight digits or more is
// too long), and which of them have six or seven digits (mid). The run that
// reaches the end of the block is a candidate whatever its length, and
// counts as six or seven digits (the pair table keeps more of those). It
// keeps some that number and isCode rule out, but drops none that they
// keep. data[i-2:i] must exist.
func prefilter(data []byte, i int) (cand, mid uint64) {
	w := (*[66]byte)(data[i-2 : i+64]) // the block, after the two bytes before it
	d := digitBits(w[2:10]) | digitBits(w[10:18])<<8 | digitBits(w[18:26])<<16 | digitBits(w[26:34])<<24 |
		digitBits(w[34:42])<<32 | digitBits(w[42:50])<<40 | digitBits(w[50:58])<<48 | digitBits(w[58:66])<<56
	starts := d &^ (d<<1 | bit(w[1]-'0' <= 9))
	// The lengths of the runs, for the whole block at once: bit k of geN is
	// set when N digits start at k, counting the bytes after the block as
	// digits.
	d2 := d & fillShift(d, 1)
	d4 := d2 & fillShift(d2, 2)
	ge6 := d4 & fillShift(d2, 4)
	ge8 := d4 & fillShift(d4, 4)
	unknown := starts & (d >> 63 << (bits.Len64(^d) & 63))
	return starts&^ge8 | unknown, ge6&^ge8 | unknown
}

// fillShift shifts x right by s, shifting in ones.
func fillShift(x uint64, s uint) uint64 { return x>>s | ^(^uint64(0) >> s) }

// digitBits returns a bit for each of the 8 bytes of b that is an ASCII
// digit, bit k for b[k].
func digitBits(b []byte) uint64 {
	return (digitMask(binary.LittleEndian.Uint64(b)) >> 7) * 0x0102040810204080 >> 56
}

// pairs is the prefilter's table: for the two bytes before a number (the
// one right before it in the high byte), a bit for each class of its length
// (1 fewer than six digits, 2 six or seven) that it may be a code of. It is built from before1 and before2 on the first Scan, not
// at start-up.
var pairs struct {
	once sync.Once
	keep [1 << 16]uint8
}

func pairTable() *[1 << 16]uint8 {
	pairs.once.Do(func() {
		for b1 := range 256 {
			for b2 := range 256 {
				c1, c2 := before1[b1], before2[b2]
				if c1&rejectAlways != 0 || c1&c2&(rejectTime|rejectWord) != 0 {
					continue
				}
				v := uint8(2) // six or seven digits
				if c1&mayKey != 0 && (c1&sepOrDash == 0 || c2&mayKey != 0) && !prose(byte(b1), byte(b2)) || shortMayFollow(byte(b1), byte(b2)) {
					v |= 1 // a code key, a list or a name can end before it
				}
				pairs.keep[b1<<8|b2] = v
			}
		}
	})
	return &pairs.keep
}

// prose reports whether b2, b1 are a space and a bracket, or a quote and a
// space, before a short number: no code key ends there ("(61 members)",
// "[20/Nov/2026", `HTTP/1.1" 400`), though the bytes could end one.
func prose(b1, b2 byte) bool {
	return (b1 == '(' || b1 == '[') && b2 == ' ' || b1 == ' ' && b2 == '"'
}

// shortMayFollow reports whether a number of fewer than six digits after
// the bytes b2, b1 (b1 right before it) may be a code by a rule that a
// key's end does not show: a table cell or the start of a line, where a
// name or message may follow ("| 16 | WEBIM_...", "0success请求成功"); a
// constant before it ("USER_NOT_FOUND(204)", "EMErrorUserNotFound = 204"); a
// list after a key ("报 40 和 401", "code 1, 2").
func shortMayFollow(b1, b2 byte) bool {
	switch {
	case b1 == '|' || b1 == '\t' || b1 == '\n' || b1 == ',' || b1 == '&' || b1 >= 0x80 && conjunctionEnd[b1]:
		return true
	case b1 == ' ' || b1 == '\r':
		return b2 == '|' || b2 == '\t' || b2 == '\n' || b2 == '=' || b2 == ':' || b2 == '-' || b2 == '*' || conjunctionEnd[b2]
	case b1 == '(' || b1 == '=' || b1 == ':':
		return 'A' <= b2 && b2 <= 'Z' || b2 == '_' || b1 == '=' && b2 == ' ' // the end of a constant, or " = "
	}
	return false
}

// The classes of the byte before a number (before1) and of the byte before
// that (before2), for prefilter: a number is ruled out if
// before1&rejectAlways, or before1&before2&(rejectTime|rejectWord), is not 0;
// a short one also if before1 has no mayKey, or has sepOrDash while before2
// has no mayKey.
const (
	rejectAlways = 1 << iota // before1: a letter, digit, '_' or '.'
	rejectTime               // before1: ':' or '/'; before2: a digit or ':'
	rejectWord               // before1: '-'; before2: a letter, digit or '_'
	mayKey                   // before1: a separator, '-', the end of a key; before2: a separator, the end of a key
	sepOrDash                // before1: a separator or '-'
)

// before1 classifies the byte before a number, for prefilter.
var before1 = [256]uint8{
	'\t': mayKey | sepOrDash, ' ': mayKey | sepOrDash, '"': mayKey | sepOrDash, '#': mayKey | sepOrDash,
	'\'': mayKey | sepOrDash, '(': mayKey | sepOrDash, '=': mayKey | sepOrDash, '[': mayKey | sepOrDash,
	'\\': mayKey | sepOrDash,
	'-':  rejectWord | mayKey | sepOrDash,
	'.':  rejectAlways, '0': rejectAlways, '1': rejectAlways, '2': rejectAlways, '3': rejectAlways,
	'4': rejectAlways, '5': rejectAlways, '6': rejectAlways, '7': rejectAlways, '8': rejectAlways,
	'9': rejectAlways, 'A': rejectAlways, 'B': rejectAlways, 'C': rejectAlways, 'D': rejectAlways,
	'F': rejectAlways, 'G': rejectAlways, 'H': rejectAlways, 'I': rejectAlways, 'J': rejectAlways,
	'K': rejectAlways, 'L': rejectAlways, 'M': rejectAlways, 'P': rejectAlways,
	'Q': rejectAlways, 'S': rejectAlways, 'T': rejectAlways, 'U': rejectAlways, 'V': rejectAlways,
	'W': rejectAlways, 'X': rejectAlways, 'Y': rejectAlways, 'Z': rejectAlways, '_': rejectAlways,
	'a': rejectAlways, 'b': rejectAlways, 'c': rejectAlways, 'd': rejectAlways, 'f': rejectAlways,
	'g': rejectAlways, 'h': rejectAlways, 'i': rejectAlways, 'j': rejectAlways, 'k': rejectAlways,
	'l': rejectAlways, 'm': rejectAlways, 'p': rejectAlways, 'q': rejectAlways,
	's': rejectAlways, 't': rejectAlways, 'u': rejectAlways, 'v': rejectAlways, 'w': rejectAlways,
	'x': rejectAlways, 'y': rejectAlways, 'z': rejectAlways,
	'/': rejectTime,
	':': rejectTime | mayKey | sepOrDash,
	'E': rejectAlways | mayKey, 'O': rejectAlways | mayKey, 'R': rejectAlways | mayKey, 'N': rejectAlways | mayKey,
	'e': rejectAlways | mayKey, 'o': rejectAlways | mayKey, 'r': rejectAlways | mayKey, 'n': rejectAlways | mayKey,
	0x81: mayKey, 0x88: mayKey, 0x9A: mayKey, 0xAF: mayKey, 0x99: mayKey, 0xA5: mayKey, 0xB7: mayKey,
	0xBA: mayKey, // 为 (E4 B8 BA) and 為 (E7 82 BA), after a key
}

// before2 classifies the byte two before a number, for prefilter.
var before2 = [256]uint8{
	'\t': mayKey, ' ': mayKey, '"': mayKey, '#': mayKey, '\'': mayKey, '(': mayKey, '=': mayKey,
	'[': mayKey, '\\': mayKey, 0x81: mayKey, 0x88: mayKey, 0x9A: mayKey, 0xAF: mayKey, 0x99: mayKey, 0xA5: mayKey, 0xB7: mayKey,
	0xBA: mayKey,
	'0':  rejectTime | rejectWord, '1': rejectTime | rejectWord, '2': rejectTime | rejectWord,
	'3': rejectTime | rejectWord, '4': rejectTime | rejectWord, '5': rejectTime | rejectWord,
	'6': rejectTime | rejectWord, '7': rejectTime | rejectWord, '8': rejectTime | rejectWord,
	'9': rejectTime | rejectWord,
	':': rejectTime | mayKey,
	'A': rejectWord, 'B': rejectWord, 'C': rejectWord, 'D': rejectWord, 'F': rejectWord,
	'G': rejectWord, 'H': rejectWord, 'I': rejectWord, 'J': rejectWord, 'K': rejectWord,
	'L': rejectWord, 'M': rejectWord, 'P': rejectWord, 'Q': rejectWord,
	'S': rejectWord, 'T': rejectWord, 'U': rejectWord, 'V': rejectWord, 'W': rejectWord,
	'X': rejectWord, 'Y': rejectWord, 'Z': rejectWord, '_': rejectWord, 'a': rejectWord,
	'b': rejectWord, 'c': rejectWord, 'd': rejectWord, 'f': rejectWord, 'g': rejectWord,
	'h': rejectWord, 'i': rejectWord, 'j': rejectWord, 'k': rejectWord, 'l': rejectWord,
	'm': rejectWord, 'p': rejectWord, 'q': rejectWord, 's': rejectWord,
	't': rejectWord, 'u': rejectWord, 'v': rejectWord, 'w': rejectWord, 'x': rejectWord,
	'y': rejectWord, 'z': rejectWord,
	'E': rejectWord | mayKey, 'O': rejectWord | mayKey, 'R': rejectWord | mayKey, 'N': rejectWord | mayKey,
	'e': rejectWord | mayKey, 'o': rejectWord | mayKey, 'r': rejectWord | mayKey, 'n': rejectWord | mayKey,
}

// bit returns 1 for true, 0 for false.
func bit(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// nextDigit returns the index of the first ASCII digit of data from i, or
// len(data). It tests eight bytes at a time.
func nextDigit(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		if m := digitMask(binary.LittleEndian.Uint64(data[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(data) && data[i]-'0' > 9 {
		i++
	}
	return i
}

// digitsEnd returns the index of the first byte of data from i that is not
// an ASCII digit, or len(data). It tests eight bytes at a time.
func digitsEnd(data []byte, i int) int {
	for ; i+8 <= len(data); i += 8 {
		if m := ^digitMask(binary.LittleEndian.Uint64(data[i:])) & (0x80 * 0x0101010101010101); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(data) && data[i]-'0' <= 9 {
		i++
	}
	return i
}

// digitMask returns the high bit of each byte of w that is an ASCII digit.
// Each step works within the bytes, without carries between them: with its
// high bit cleared, a byte t is at least '0' when t+(0x80-'0') has the high
// bit set, and more than '9' when t+(0x7F-'9') has; a byte with the high bit
// set is no digit.
func digitMask(w uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	t := w &^ high
	return (t + (0x80-'0')*ones) &^ (t + (0x7F-'9')*ones) &^ w & high
}

// isCode decides whether the digits data[start:end], which spell code
// (negative after a '-'), are a code on one of platforms, after the cheap
// tests of number, and by which rule. If so, it
// returns the hit: where the code starts (at its minus sign, if negative),
// its number, the rule, and what the rule tells of its platform.
func isCode(data []byte, start, end, code int, platforms []codes.Platform) (h hit, ok bool) {
	if data[start] == '0' && end-start > 1 {
		return h, false // a leading zero: a padded field, never a code
	}
	b1, b2 := data[start-1], data[start-2]
	if b1 == '-' && code == 0 {
		return h, false // "-0": no negative code
	}
	a1, a2 := at(data, end), at(data, end+1)
	switch {
	case isWord(b1), b1 == '.':
		return h, false // part of a word, a decimal, an IP address or a version
	case a2-'0' <= 9 && (a1 == '.' || a1 == ':' || a1 == '-' || a1 == '/'):
		return h, false // a decimal, an address, a time or a date goes on
	case a1 == '-' && isWord(a2), a1 == ':' && a2 == ':':
		return h, false // a UUID or a hyphenated word; an IPv6 address
	case (b1 == ':' || b1 == '/') && (b2-'0' <= 9 || b2 == ':'):
		return h, false // the end of a time, a date or an IPv6 address
	case b1 == '-' && isWord(b2):
		return h, false // the end of a date, a UUID or a hyphenated word
	case b1 == '/' && (a1 == '/' || a1 == '?' || a1 == '&' || a1 == '#'):
		return h, false // a segment of a URL's path: an id
	}
	h = hit{tok: int32(start), end: int32(end), code: int32(code)}
	if b1 == '-' {
		h.tok--
	}
	// A short number can be a code only where a key, a list, a table cell,
	// the start of a line or a constant can come before it: the test of
	// prefilter, which rules the others out before number sees them.
	short := end-start < 6 || b1 == '-'
	if short && pairTable()[uint16(b2)|uint16(b1)<<8]&1 == 0 {
		return h, false
	}
	if isWord(a1) {
		// Glued to a word: only its own name or message makes it a code
		// ("880104invalid password", "0success请求成功"), never "100ms".
		if n, ok := nameAfter(data, end, h.code); ok {
			h.rule, h.named = n.rule, n.platforms
			return h, h.on(platforms)
		}
		return h, false
	}
	if sc, ok := keyBefore(data, int(h.tok)); ok {
		switch {
		case sc == scopeLong && end-start < 6:
			return h, false // a status key: a short number is an HTTP status
		case sc != scopeLong && 100 <= code && code <= 599 && httpReasonAfter(data, end):
			return h, false // "code: 404 Not Found": an HTTP status
		case foreignKeyAfter(data, end):
			return h, false // {"errcode":0,"errmsg":"ok"}: WeChat's
		}
		h.rule, h.scope = RuleKey, sc
	} else if n, ok := nameNear(data, int(h.tok), end, h.code); ok {
		h.rule, h.named = n.rule, n.platforms
	} else if short {
		return h, false // a negative number or a short one, without a key or a name
	} else if idKeyBefore(data, int(h.tok)) || unitAfter(data, end) {
		return h, false // an id, a count, a size or a time
	} else {
		h.rule = RuleBare
	}
	if h.rule == RuleKey || h.rule == RuleBare {
		// A name next to it still says which platform it is of.
		if n, ok := nameNear(data, int(h.tok), end, h.code); ok {
			h.named = n.platforms
		}
	}
	return h, h.on(platforms)
}

// on reports whether h's code is defined on one of platforms, within the
// numberings its key counts for.
func (h hit) on(platforms []codes.Platform) bool {
	for _, p := range platforms {
		if h.scope.allows(p) {
			if _, ok := p.Lookup(int(h.code)); ok {
				return true
			}
		}
	}
	return false
}

// allows reports whether a key of scope sc counts for the codes of p.
func (sc scope) allows(p codes.Platform) bool {
	return sc != scopeEasemob || vendorOf(p) == "easemob"
}

// vendorOf returns the vendor part of p's id: "jmessage" or "easemob".
func vendorOf(p codes.Platform) string {
	id := p.String()
	if i := strings.IndexByte(id, '/'); i >= 0 {
		return id[:i]
	}
	return id
}

// nameNear returns the name of code right after the number data[tok:end]
// or right before it.
func nameNear(data []byte, tok, end int, code int32) (nameMatch, bool) {
	if n, ok := nameAfter(data, end, code); ok {
		return n, true
	}
	return nameBefore(data, tok, code)
}

// catalog is a filter of the numbers of every platform's codes, built on
// the first Scan (not at start-up), so that most numbers are ruled out
// before they are parsed, let alone looked up on every platform.
var catalog codeFilter

// codeFilter is a bit for each hash of the digits of a code: their number
// and the last four of them, as they are in the text.
type codeFilter struct {
	once sync.Once
	bits [1 << 16 / 64]uint64
}

// table returns the filter's bits, built on the first call.
func (f *codeFilter) table() *[1 << 16 / 64]uint64 {
	f.once.Do(func() {
		for _, p := range codes.Platforms() {
			for _, e := range p.Entries() {
				digits := strconv.Itoa(max(e.Code, -e.Code))
				var last [4]byte
				copy(last[4-min(4, len(digits)):], digits[max(0, len(digits)-4):])
				h := digitsHash(binary.LittleEndian.Uint32(last[:]), len(digits))
				f.bits[h/64] |= 1 << (h % 64)
			}
		}
	})
	return &f.bits
}

// mayHave reports whether some platform may define the number spelled by
// data[start:end] (at most seven digits): false means none does. The sign
// does not count.
func mayHave(bits *[1 << 16 / 64]uint64, data []byte, start, end int) bool {
	if end < 4 {
		return true // too near the start of data to load four bytes
	}
	n := end - start
	last := binary.LittleEndian.Uint32(data[end-4:]) & (^uint32(0) << (8 * (4 - min(n, 4))))
	h := digitsHash(last, n)
	return bits[h/64]&(1<<(h%64)) != 0
}

// digitsHash hashes the last four digits of a number (in the high bytes of
// last, the others zero) and how many digits it has.
func digitsHash(last uint32, n int) uint32 {
	return (last*0x9E3779B1 + uint32(n)*0x85EBCA6B) * 0xC2B2AE35 >> 16
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
	classWord    = 1 << iota // ASCII letter, digit, underscore
	classSep                 // a separator between a key and its number
	classKeyEnd              // the last byte of a code key, in lower case
	classWideSep             // the last byte of a full-width separator, ： or （
)

// byteClass classifies each byte value. It is an array literal of constants,
// laid out by the linker: no work at start-up.
var byteClass = [256]uint8{
	'0': classWord, '1': classWord, '2': classWord, '3': classWord, '4': classWord,
	'5': classWord, '6': classWord, '7': classWord, '8': classWord, '9': classWord,
	'_': classWord,
	'a': classWord, 'b': classWord, 'c': classWord, 'd': classWord, 'e': classWord | classKeyEnd,
	'f': classWord, 'g': classWord, 'h': classWord, 'i': classWord, 'j': classWord,
	'k': classWord, 'l': classWord, 'm': classWord, 'n': classWord | classKeyEnd, 'o': classWord | classKeyEnd,
	'p': classWord, 'q': classWord, 'r': classWord | classKeyEnd, 's': classWord, 't': classWord,
	'u': classWord, 'v': classWord, 'w': classWord, 'x': classWord, 'y': classWord, 'z': classWord,
	'A': classWord, 'B': classWord, 'C': classWord, 'D': classWord, 'E': classWord | classKeyEnd,
	'F': classWord, 'G': classWord, 'H': classWord, 'I': classWord, 'J': classWord,
	'K': classWord, 'L': classWord, 'M': classWord, 'N': classWord | classKeyEnd, 'O': classWord | classKeyEnd,
	'P': classWord, 'Q': classWord, 'R': classWord | classKeyEnd, 'S': classWord, 'T': classWord,
	'U': classWord, 'V': classWord, 'W': classWord, 'X': classWord, 'Y': classWord, 'Z': classWord,
	' ': classSep, '\t': classSep, '=': classSep, ':': classSep, '"': classSep, '\'': classSep,
	'(': classSep, '[': classSep, '#': classSep, '\\': classSep,
	0x81: classKeyEnd,  // the last byte of 码 (E7 A0 81)
	0xAF: classKeyEnd,  // the last byte of 误 (E8 AF AF)
	0x99: classKeyEnd,  // the last byte of 错 (E9 94 99)
	0xA5: classKeyEnd,  // the last byte of 报 (E6 8A A5)
	0xB7: classKeyEnd,  // the last byte of 号 (E5 8F B7)
	0x9A: classWideSep, // the last byte of ： (EF BC 9A)
	0x88: classWideSep, // the last byte of （ (EF BC 88)
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

// keyBefore reports whether a code key and separators end at data[i], and
// what the key counts for: directly ("code=206"), or through a list of
// numbers after one ("报 40 和 401", "错误码 206、207"). A key after words
// that name another system is none ("Http error code: 7").
func keyBefore(data []byte, i int) (scope, bool) {
	for range 4 {
		j := skipSeps(data, i)
		if sc, ok := codeKeyEndingAt(data, j); ok {
			return sc, true
		}
		// A verb between: "错误码是206", "错误码为 206", "the error code is 880207".
		if k := copulaBefore(data, j); k >= 0 {
			if sc, ok := codeKeyEndingAt(data, skipSeps(data, k)); ok {
				return sc, true
			}
		}
		// A list: a conjunction, then the number before it.
		j = skipSpaces(data, i)
		if !conjunctionEnd[at(data, j-1)] {
			return 0, false // nothing joins it to a number before
		}
		k := conjunctionBefore(data, j)
		if k < 0 {
			return 0, false
		}
		k = skipSpaces(data, k)
		d := k
		for d > 0 && k-d < maxDigits && data[d-1]-'0' <= 9 {
			d--
		}
		if d == k || isWord(at(data, d-1)) {
			return 0, false
		}
		if at(data, d-1) == '-' {
			d--
		}
		i = d
	}
	return 0, false
}

// copulas join a code key to its number: "错误码是206", "code is 880207".
var copulas = []string{"是", "为", "為", "is", "was"}

// copulaBefore returns the index before the copula that ends at data[i], or
// -1.
func copulaBefore(data []byte, i int) int {
	for _, c := range copulas {
		j := i - len(c)
		if j >= 0 && equalFold(data[j:i], c) && (!isWord(c[0]) || !isWord(at(data, j-1))) {
			return j
		}
	}
	return -1
}

// skipSpaces returns the index before the spaces and tabs that end at i.
func skipSpaces(data []byte, i int) int {
	for lim := max(0, i-maxSeps); i > lim && (data[i-1] == ' ' || data[i-1] == '\t'); i-- {
	}
	return i
}

// conjunctionEnd holds the last bytes of the conjunctions.
var conjunctionEnd = [256]bool{
	',': true, '/': true, '&': true, 'r': true, 'R': true, 'd': true, 'D': true,
	0x81: true, // 、 (E3 80 81)
	0x8C: true, // ， (EF BC 8C) and 和 (E5 92 8C)
	0x8E: true, // 与 (E4 B8 8E)
	0x96: true, // 或 (E6 88 96)
	0x8A: true, // 及 (E5 8F 8A)
}

// conjunctionBefore returns the index before the conjunction that ends at
// data[i], or -1.
func conjunctionBefore(data []byte, i int) int {
	for _, c := range conjunctions {
		j := i - len(c)
		if j >= 0 && equalFold(data[j:i], c) && (!isWord(c[0]) || !isWord(at(data, j-1))) {
			return j
		}
	}
	return -1
}

// codeKeyEndingAt reports whether a code key ends at data[i], and its
// scope. Keys are whole words, and not another system's.
func codeKeyEndingAt(data []byte, i int) (scope, bool) {
	if i == 0 || byteClass[data[i-1]]&classKeyEnd == 0 {
		return 0, false
	}
	for _, k := range codeKeys {
		if j := i - len(k.word); j >= 0 && !isWord(at(data, j-1)) && equalFold(data[j:i], k.word) {
			if foreignBefore(data, j) {
				return 0, false
			}
			return k.scope, true
		}
	}
	return 0, false
}

// maxOwner is how far before a code key foreignBefore looks.
const maxOwner = 24

// foreignBefore reports whether the words just before the key at data[i],
// in its clause, name another system (foreignWords).
func foreignBefore(data []byte, i int) bool {
	lim := max(0, i-maxOwner)
	j := i
	for j > lim {
		c := data[j-1]
		if c == '{' || c == '}' || c == ',' || c == ';' || c == '[' || c == '|' || c == '\n' || c == '(' || c-'0' <= 9 {
			break
		}
		j--
	}
	window := data[j:i]
	first := foreignFirst()
	for k, c := range window {
		if k > 0 && 'a' <= window[k-1] && window[k-1] <= 'z' && 'a' <= c && c <= 'z' {
			continue // inside a lower-case word: no word or part of an identifier starts here
		}
		for _, w := range first[lower(c)] {
			if len(window)-k >= len(w) && equalFold(window[k:k+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// foreignByFirst holds foreignWords by their first byte, built on the first
// use.
var foreignByFirst struct {
	once  sync.Once
	words [256][]string
}

func foreignFirst() *[256][]string {
	foreignByFirst.once.Do(func() {
		for _, w := range foreignWords {
			foreignByFirst.words[w[0]] = append(foreignByFirst.words[w[0]], w)
		}
	})
	return &foreignByFirst.words
}

// foreignKeyAfter reports whether a key of foreignAfter follows the number
// that ends at data[i].
func foreignKeyAfter(data []byte, i int) bool {
	j, _ := skipNameSepsForward(data, i)
	for _, k := range foreignAfter {
		if e := j + len(k); e <= len(data) && equalFold(data[j:e], k) {
			return true
		}
	}
	return false
}

// httpReasonAfter reports whether an HTTP reason phrase follows the number
// that ends at data[i]: after separators, or after a message key
// ("404 Not Found", `404,"message":"Not Found"`).
func httpReasonAfter(data []byte, i int) bool {
	j, _ := skipNameSepsForward(data, i)
	for _, key := range []string{"message", "msg", "reason", "description", "error", "statustext"} {
		if e := j + len(key); e <= len(data) && equalFold(data[j:e], key) && !isWord(at(data, e)) {
			j, _ = skipNameSepsForward(data, e)
			break
		}
	}
	for _, r := range httpReasons {
		if e := j + len(r); e <= len(data) && equalFold(data[j:e], r) && !isWord(at(data, e)) {
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
