package logscan

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"sync"

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
	// Rule is the rule that found it; Rule.Strong tells the matches the
	// text itself calls codes from bare numbers.
	Rule Rule `json:"rule"`
	// Entries holds the entry of Code on each platform that defines it (of
	// those asked for, and of the numberings its key counts for); never
	// empty. The platform the text names comes first (by the name next to
	// the number, or a word of its line such as "jmsg_error", "环信" or
	// "WEBIM_"), then the others in the order of codes.Platforms. Where the
	// text names one of a vendor's platforms and that platform has the code,
	// the vendor's other platforms are left out: a short number on both
	// Easemob numberings is reported on the one the text names.
	Entries []codes.Entry `json:"entries"`
}

// Scan reads r to its end and calls fn with each code it finds, in the order
// of the input, as soon as the line of the code has been read. The package
// documentation gives the rules of what is a code. With platforms, only
// codes of those platforms are found; without, codes of every platform.
//
// Scan reads in one pass, on the goroutine that called it, in time linear in
// the size of the input, and in a fixed amount of memory (at most a few MiB)
// whatever the input: a line of any length is scanned through to its end.
// It finishes what it has read before it reads again, so that each match is
// reported before Scan waits for more input (as `tail -f` needs). fn is
// called one match at a time; once it returns false it is never called
// again, and Scan returns nil without reading further. Scan returns nil at
// the end of the input, or the first error of r other than io.EOF, after it
// has scanned what r gave before it.
func Scan(r io.Reader, fn func(Match) bool, platforms ...codes.Platform) error {
	if fn == nil {
		return errors.New("logscan: Scan needs a func")
	}
	s := scanner{r: r, fn: fn, line: 1}
	for _, p := range codes.Platforms() {
		if len(platforms) == 0 || slices.Contains(platforms, p) {
			s.platforms = append(s.platforms, p)
		}
	}
	return s.run()
}

const (
	chunkSize   = 256 << 10 // bytes read at a time
	scanContext = 160       // bytes of context kept before a chunk; more than maxBehind
	overlap     = 128       // bytes after the end of a chunk in a long line, that decide the numbers before it
)

// scanner is the state of one Scan.
type scanner struct {
	r         io.Reader
	fn        func(Match) bool
	platforms []codes.Platform // those asked for, in the order of codes.Platforms
	hint      []codes.Platform // the platforms the last line with a name of one named
	scratch   []codes.Entry    // reused by entries
	hits      []hit            // of the chunk being reported
	// Line counting, in the chunk being reported.
	base      int64 // offset in the input of the chunk's first byte
	counted   int   // the newlines of the chunk before this index are counted
	line      int   // the line of chunk index counted
	lineStart int64 // offset in the input of that line's first byte
}

// buffers holds the buffers of finished Scans, for the next ones: a program
// that scans many short texts does not allocate 256 KiB for each.
var buffers sync.Pool

// run reads the input into one buffer, scans it up to its last line break
// (or, in a line longer than the buffer, up to overlap bytes before its
// end), reports the codes found, and moves what is left, with the context
// the rules look at before a number, to the front of the buffer.
func (s *scanner) run() error {
	buf, _ := buffers.Get().(*[scanContext + chunkSize]byte)
	if buf == nil {
		buf = new([scanContext + chunkSize]byte)
	}
	defer buffers.Put(buf)
	// The input starts after two line breaks that are not part of it, so
	// that every number has two bytes before it.
	buf[0], buf[1] = '\n', '\n'
	n, from, base, empty := 2, 2, int64(-2), 0
	for {
		m, err := s.r.Read(buf[n:])
		if m < 0 || m > len(buf)-n {
			return errors.New("logscan: Scan: invalid count from Read")
		}
		n += m
		var to, limit int
		switch {
		case err != nil:
			to, limit = n, n
		case m > 0 && bytes.LastIndexByte(buf[n-m:n], '\n') >= 0:
			to = n - m + bytes.LastIndexByte(buf[n-m:n], '\n') + 1
			limit = to
		case n == len(buf):
			to, limit = n-overlap, n
		case m == 0:
			if empty++; empty == 100 {
				return io.ErrNoProgress
			}
			continue
		default:
			empty = 0
			continue // the rest of the line is still to come
		}
		empty = 0
		data := buf[:limit]
		s.hits = scanChunk(data, from, to, s.platforms, s.hits[:0])
		if !s.report(data, base, from, to) {
			return nil
		}
		if err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		ctx := max(0, to-scanContext)
		n = copy(buf[:], buf[ctx:n])
		from, base = to-ctx, base+int64(ctx)
	}
}

// report calls fn with each code found in data[from:to], data starting at
// offset base of the input, and counts its lines. It returns false if fn
// asked to stop.
func (s *scanner) report(data []byte, base int64, from, to int) bool {
	s.base, s.counted = base, from
	for _, h := range s.hits {
		entries := s.entries(data, h)
		if len(entries) == 0 {
			continue // the line names the other vendor
		}
		s.countLines(data, int(h.tok))
		m := Match{
			Line:    s.line,
			Column:  int(s.base + int64(h.tok) - s.lineStart + 1),
			Text:    string(data[h.tok:h.end]),
			Code:    int(h.code),
			Rule:    h.rule,
			Entries: entries,
		}
		if !s.fn(m) {
			return false
		}
	}
	s.countLines(data, to)
	return true
}

// countLines counts the newlines of data before index to. (A code can start
// before its chunk, at the minus sign of a negative code after the chunk's
// context: that byte is no newline.)
func (s *scanner) countLines(data []byte, to int) {
	if to <= s.counted {
		return
	}
	seg := data[s.counted:to]
	if c := bytes.Count(seg, newline); c > 0 {
		s.line += c
		s.lineStart = s.base + int64(s.counted+bytes.LastIndexByte(seg, '\n')+1)
	}
	s.counted = to
}

var newline = []byte{'\n'}

const (
	maxDigits = 7  // the longest code, 7100006
	maxSeps   = 8  // separator bytes between a key and its number
	maxWord   = 24 // bytes of an id-like key looked at
	maxBehind = maxNameSep + maxName + 1
	lookAhead = maxNameSep + maxName + 1 // bytes after a number that decide it (a unit, a name); within its line
)

// The context before a chunk holds what is looked for before a number, and
// the overlap after it what decides a number that starts before its end.
var (
	_ [scanContext - maxBehind]struct{}
	_ [overlap - maxDigits - lookAhead]struct{}
)
