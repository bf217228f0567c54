package logscan

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/sdknames"
)

// This file is rule 5: a number next to the SDK constant, Go name or
// catalog message of its own code. The names are looked for from the
// number: a filter of (code, first or last three bytes of a name) rules out
// almost every number at the cost of one probe before any name is compared.

const (
	maxName    = 64 // bytes of the longest name looked for; longer ones are not
	minName    = 3  // bytes of the shortest
	maxNameSep = 12 // bytes of separators between a number and its name
)

// name is a name or message of a code on a platform, as compared: ASCII in
// lower case, without closing punctuation.
type name struct {
	text     string
	code     int32
	platform codes.Platform
	rule     Rule // RuleName or RuleMessage
	weak     bool // one plain word ("success", "Timeout"): only glued to its number, or across a table cell
}

// nameIndex holds the names of every code, built on the first Scan that
// needs it (not at start-up).
type nameIndex struct {
	once   sync.Once
	byCode map[int32][]name
	filter [1 << 16 / 64]uint64 // of nameKey(code, first three bytes) and nameKey(code, last three bytes)^1
}

var names nameIndex

// index builds the index from the catalog: every entry's Go name, message
// (for Easemob, its SDK constant) and Chinese description, and every name an
// SDK gives the code (internal/sdknames: Android, iOS and Web constants).
func (x *nameIndex) index() *nameIndex {
	x.once.Do(func() {
		x.byCode = map[int32][]name{}
		for _, p := range codes.Platforms() {
			for _, e := range p.Entries() {
				x.add(e.Code, p, e.Name, RuleName)
				x.add(e.Code, p, e.Message, RuleMessage)
				x.add(e.Code, p, e.Description, RuleMessage)
			}
		}
		for _, n := range sdknames.All() {
			x.add(n.Code, n.Platform, n.Name, RuleName)
		}
	})
	return x
}

// add adds one name of code on p, if it is one that can be looked for. A
// message that is an SDK constant (USER_NOT_FOUND) is a name.
func (x *nameIndex) add(code int, p codes.Platform, text string, rule Rule) {
	text = strings.TrimRight(text, " .。!！")
	if len(text) < minName || len(text) > maxName || text != strings.TrimSpace(text) {
		return
	}
	n := name{text: lowerASCII(text), code: int32(code), platform: p, rule: rule}
	n.weak = isPlainWord(text)
	switch {
	case isConstant(text):
		n.rule = RuleName
	case n.weak:
		n.rule = RuleMessage // a one-word Go name ("Success") is a word of the message
	}
	for _, m := range x.byCode[n.code] {
		if m.text == n.text && m.platform == p {
			return
		}
	}
	x.byCode[n.code] = append(x.byCode[n.code], n)
	x.set(nameKey(n.code, load3(n.text, 0)))
	x.set(nameKey(n.code, load3(n.text, len(n.text)-3)) ^ 1)
}

func (x *nameIndex) set(k uint32) { x.filter[k/64] |= 1 << (k % 64) }

func (x *nameIndex) has(k uint32) bool { return x.filter[k/64]&(1<<(k%64)) != 0 }

// nameKey hashes a code and three bytes of a name (in lower case) to a bit
// of the filter.
func nameKey(code int32, three uint32) uint32 {
	return (uint32(code)*0x9E3779B1 ^ three*0x85EBCA6B) * 0xC2B2AE35 >> 16
}

// load3 returns the three bytes of s at i, ASCII in lower case, as a number.
func load3[T []byte | string](s T, i int) uint32 {
	return uint32(lower(s[i])) | uint32(lower(s[i+1]))<<8 | uint32(lower(s[i+2]))<<16
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lower(c)
	}
	return string(b)
}

// isConstant reports whether s is an SDK constant: an identifier with an
// underscore or an inner capital (USER_NOT_FOUND, EMErrorUserNotFound).
func isConstant(s string) bool {
	marked := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isWord(c) {
			return false
		}
		marked = marked || c == '_' || i > 0 && 'A' <= c && c <= 'Z' && 'a' <= s[i-1] && s[i-1] <= 'z'
	}
	return marked
}

// isPlainWord reports whether s is one ASCII word with no inner capital or
// underscore: too common to say what a number is unless glued to it.
func isPlainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || i == 0 && 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// nameMatch is where a name of a code was found next to it: the rule (a
// name or a message) and the platforms whose names match there.
type nameMatch struct {
	rule      Rule
	platforms uint64 // a bit for each codes.Platform
}

// add records n as found.
func (m *nameMatch) add(n *name) {
	if m.rule == 0 || n.rule == RuleName {
		m.rule = n.rule
	}
	m.platforms |= 1 << (n.platform & 63)
}

// nameAfter returns the names of code that start at data[i], after at most
// maxNameSep bytes of separators, and whether there is one.
func nameAfter(data []byte, i int, code int32) (m nameMatch, ok bool) {
	x := names.index()
	j, cell := skipNameSepsForward(data, i)
	if j+minName > len(data) || !x.has(nameKey(code, load3(data, j))) {
		return m, false
	}
	ns := x.byCode[code]
	for k := range ns {
		n := &ns[k]
		if n.weak && j > i && !cell {
			continue
		}
		end := j + len(n.text)
		if end <= len(data) && equalFold(data[j:end], n.text) && (!isWord(n.text[len(n.text)-1]) || !isWord(at(data, end))) {
			m.add(n)
		}
	}
	return m, m.rule != 0
}

// nameBefore returns the names of code that end before data[i], before at
// most maxNameSep bytes of separators, and whether there is one.
func nameBefore(data []byte, i int, code int32) (m nameMatch, ok bool) {
	x := names.index()
	j, cell := skipNameSepsBack(data, i)
	if j == i || j < minName || !x.has(nameKey(code, load3(data, j-3))^1) {
		return m, false
	}
	ns := x.byCode[code]
	for k := range ns {
		n := &ns[k]
		if n.weak && !cell {
			continue
		}
		start := j - len(n.text)
		if start >= 0 && equalFold(data[start:j], n.text) && (!isWord(n.text[0]) || !isWord(at(data, start-1))) {
			m.add(n)
		}
	}
	return m, m.rule != 0
}

// nameSep reports whether b separates a number from its name.
func nameSep(b byte) bool { return nameSeps[b] }

var nameSeps = [256]bool{
	' ': true, '\t': true, '|': true, '(': true, ')': true, '[': true, ']': true, ':': true, '=': true,
	',': true, '"': true, '\'': true, '`': true, '-': true, '>': true, '<': true, '*': true,
	'/': true, '#': true, ';': true,
}

// wideNameSep reports whether data[i:i+3] is a full-width separator:
// ：，（）｜.
func wideNameSep(data []byte, i int) bool {
	if i < 0 || i+3 > len(data) || data[i] != 0xEF {
		return false
	}
	r, _ := utf8.DecodeRune(data[i : i+3])
	return r == '：' || r == '，' || r == '（' || r == '）' || r == '｜'
}

// skipNameSepsForward returns the index after the separators that start at
// i, and whether they cross a table cell ('|' or a tab).
func skipNameSepsForward(data []byte, i int) (int, bool) {
	cell := false
	for lim := min(len(data), i+maxNameSep); i < lim; {
		switch {
		case nameSep(data[i]):
			cell = cell || data[i] == '|' || data[i] == '\t'
			i++
		case data[i] == 0xEF && wideNameSep(data, i):
			i += 3
		default:
			return i, cell
		}
	}
	return i, cell
}

// skipNameSepsBack returns the index before the separators that end at i,
// and whether they cross a table cell.
func skipNameSepsBack(data []byte, i int) (int, bool) {
	cell := false
	for lim := max(0, i-maxNameSep); i > lim; {
		switch {
		case nameSep(data[i-1]):
			cell = cell || data[i-1] == '|' || data[i-1] == '\t'
			i--
		case i >= 3 && data[i-3] == 0xEF && wideNameSep(data, i-3):
			i -= 3
		default:
			return i, cell
		}
	}
	return i, cell
}
