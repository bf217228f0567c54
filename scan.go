package imcodes

import (
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
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
	// Entries holds the entry of Code on each platform that defines it (of
	// those asked for), in the order of codes.Platforms; never empty.
	Entries []codes.Entry `json:"entries"`
}

// Scan reads r to its end and calls fn with each code it finds, in the order
// of the input, as soon as the line of the code has been read. The package
// documentation gives the rules of what is a code. With platforms, only
// codes of those platforms are found; without, codes of every platform.
//
// Scan reads in one pass, in time linear in the size of the input, and in a
// fixed amount of memory (at most a few MiB) whatever the input: a line of
// any length is scanned through to its end. fn is called from the goroutine
// that called Scan, one match at a time; if it returns false, Scan stops and
// returns nil. Scan returns nil at the end of the input, or the first error
// of r other than io.EOF, after it has scanned what r gave before it.
//
// From a regular file or an in-memory reader (*bytes.Reader,
// *strings.Reader), which never block, Scan reads ahead and scans parts of
// the input on several cores at once. From any other reader it finishes
// what it has read before it reads again, so that each match is reported
// before Scan waits for more input (as `tail -f` needs).
func Scan(r io.Reader, fn func(Match) bool, platforms ...codes.Platform) error {
	if fn == nil {
		return errors.New("imcodes: Scan needs a func")
	}
	s := scanner{r: r, fn: fn, line: 1}
	for _, p := range codes.Platforms() {
		if len(platforms) == 0 || slices.Contains(platforms, p) {
			s.platforms = append(s.platforms, p)
		}
	}
	if n := min(runtime.GOMAXPROCS(0), maxWorkers); n > 1 && neverBlocks(r) {
		s.workers = n
	}
	return s.run()
}

const (
	chunkSize   = 256 << 10 // bytes read at a time
	scanContext = 64        // bytes of context kept before a chunk; more than maxBehind
	overlap     = 32        // bytes after the end of a chunk in a long line, that decide the numbers before it
	maxWorkers  = 4         // goroutines that scan at once
)

// scanner is the state of one Scan.
type scanner struct {
	r         io.Reader
	fn        func(Match) bool
	platforms []codes.Platform // those asked for, in the order of codes.Platforms
	workers   int              // goroutines scanning ahead; 0 to scan in Scan's
	// Line counting, in the chunk being reported.
	base      int64 // offset in the input of the chunk's first byte
	counted   int   // the newlines of the chunk before this index are counted
	line      int   // the line of chunk index counted
	lineStart int64 // offset in the input of that line's first byte
}

// chunk is a part of the input, with what comes before and after it, and the
// codes found in it.
type chunk struct {
	buf      []byte // scanContext + chunkSize bytes
	data     []byte // buf[:what scanChunk may look at]
	from, to int    // the codes that start in data[from:to] are this chunk's
	base     int64  // offset in the input of buf[0]
	hits     []hit
	done     chan struct{} // receives when hits are ready
}

// run reads the input into chunks that end at a line break (or, in a line
// longer than a chunk, with overlap bytes of the next one), has them scanned,
// and reports their codes in order.
func (s *scanner) run() error {
	buffers := 2 // one being read, one being reported
	var jobs chan *chunk
	var wg sync.WaitGroup
	if s.workers > 0 {
		buffers = 2 * s.workers
		jobs = make(chan *chunk, buffers)
		wg.Add(s.workers)
		for range s.workers {
			go func() {
				defer wg.Done()
				for c := range jobs {
					c.hits = scanChunk(c.data, c.from, c.to, s.platforms, c.hits[:0])
					c.done <- struct{}{}
				}
			}()
		}
		defer func() {
			close(jobs)
			wg.Wait()
		}()
	}
	free := make([]*chunk, buffers)
	for i := range free {
		free[i] = &chunk{buf: make([]byte, scanContext+chunkSize), done: make(chan struct{}, 1)}
	}
	pending := make([]*chunk, 0, buffers) // submitted, in order
	// report reports the codes of the oldest pending chunk and frees it; it
	// returns false if fn asked to stop.
	report := func() bool {
		c := pending[0]
		pending = pending[:copy(pending, pending[1:])]
		if s.workers > 0 {
			<-c.done
		}
		free = append(free, c)
		return s.report(c)
	}
	// drain waits for the pending chunks, reporting them unless stopped.
	drain := func(stopped bool) bool {
		for len(pending) > 0 {
			if !report() && !stopped {
				stopped = true
			}
		}
		return !stopped
	}

	c := free[len(free)-1]
	free = free[:len(free)-1]
	// The first chunk starts with two line breaks that are not part of the
	// input, so that every number has two bytes before it.
	c.buf[0], c.buf[1] = '\n', '\n'
	n, from, base, empty := 2, 2, int64(-2), 0
	for {
		m, err := s.r.Read(c.buf[n:])
		if m < 0 || m > len(c.buf)-n {
			drain(true)
			return errors.New("imcodes: Scan: invalid count from Read")
		}
		n += m
		var to, limit int
		switch {
		case err != nil:
			to, limit = n, n
		case m > 0 && bytes.LastIndexByte(c.buf[n-m:n], '\n') >= 0:
			to = n - m + bytes.LastIndexByte(c.buf[n-m:n], '\n') + 1
			limit = to
		case n == len(c.buf):
			to, limit = n-overlap, n
		case m == 0:
			if empty++; empty == 100 {
				drain(false)
				return io.ErrNoProgress
			}
			continue
		default:
			empty = 0
			continue // the rest of the line is still to come
		}
		empty = 0
		c.data, c.from, c.to, c.base = c.buf[:limit], from, to, base
		if err != nil {
			c.hits = scanChunk(c.data, c.from, c.to, s.platforms, c.hits[:0])
			if s.workers > 0 {
				c.done <- struct{}{}
			}
			pending = append(pending, c)
			if !drain(false) || err == io.EOF {
				return nil
			}
			return err
		}
		if len(free) == 0 && !report() {
			drain(true)
			return nil
		}
		next := free[len(free)-1]
		free = free[:len(free)-1]
		ctx := max(0, to-scanContext)
		n = copy(next.buf, c.buf[ctx:n])
		from, base = to-ctx, base+int64(ctx)
		pending = append(pending, c)
		if s.workers > 0 {
			jobs <- c
		} else {
			c.hits = scanChunk(c.data, c.from, c.to, s.platforms, c.hits[:0])
			if !report() {
				return nil
			}
		}
		c = next
	}
}

// report calls fn with each code found in c, and counts c's lines. It
// returns false if fn asked to stop.
func (s *scanner) report(c *chunk) bool {
	s.base, s.counted = c.base, c.from
	for _, h := range c.hits {
		s.countLines(c.data, int(h.tok))
		var found []codes.Entry
		for _, p := range s.platforms {
			if e, ok := p.Lookup(int(h.code)); ok {
				found = append(found, e)
			}
		}
		m := Match{
			Line:    s.line,
			Column:  int(s.base + int64(h.tok) - s.lineStart + 1),
			Text:    string(c.data[h.tok:h.end]),
			Code:    int(h.code),
			Entries: found,
		}
		if !s.fn(m) {
			return false
		}
	}
	s.countLines(c.data, c.to)
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

// neverBlocks reports whether reading r never waits for input to arrive: r
// is a regular file or in memory.
func neverBlocks(r io.Reader) bool {
	switch r := r.(type) {
	case *bytes.Reader, *strings.Reader:
		return true
	case *os.File:
		fi, err := r.Stat()
		return err == nil && fi.Mode().IsRegular()
	}
	return false
}

const (
	maxDigits = 7  // the longest code, 7100006
	maxSeps   = 8  // separator bytes between a key and its number
	maxWord   = 24 // bytes of an id-like key looked at
	maxBehind = maxSeps + maxWord + 1
	lookAhead = 16 // bytes after a number that decide it (a unit); within its line
)

// The context before a chunk holds what is looked for before a number, and
// the overlap after it what decides a number that starts before its end.
var (
	_ [scanContext - maxBehind]struct{}
	_ [overlap - maxDigits - lookAhead]struct{}
)
