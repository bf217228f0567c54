package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/logscan"
)

const explainUsage = `usage: imcodes explain [-platform P] [-lang L] [-format F] [-count] [-strong] [TEXT...]

Finds the codes in a log, an error message or a bug report (the arguments, or
standard input without them) and explains each. Standard input is read as it
arrives, and each code is written as soon as its line has been read, so that
tail -f works; a log of any size, with lines of any length, is read in one
pass in little memory.

What counts as a code (each match says which rule found it):
  key      any number the catalog has right after a code key: code, errcode,
           error_code, errorCode, error, err, 错误码, 错误, 报错, 报, the
           Code= of an NSError, PlatformException(; type for Easemob's
           numberings only; statusCode and responseCode for six or seven
           digits only ("type: 206", "code=-1", "登录时报错206")
  name     a number next to its own SDK constant or Go name
           ("USER_NOT_FOUND(204)", "| 16 | WEBIM_CONNCTION_DISCONNECTED |")
  message  a number next to its own catalog message ("880104invalid password")
  bare     a number of six or seven digits that the catalog has, unless a
           unit follows it ("898002 ms") or a key such as id, uid, seq, size
           or count comes before it ("uid=898002")
A key after words of another system is none ("Http error code: 7",
"getDnsList code: 0"), and an HTTP status stays one ("code: 404 Not Found").
Dates, times, decimals, IP addresses, versions, hex and UUIDs are never
codes. Where the text names an SDK (jmsg_error, EMError, 环信, WEBIM_, a
package name), that platform's entry comes first. The full rules:
go doc github.com/imcodes/imcodes/logscan.

Formats:
  text   each code with its line and column; the first time a code is seen,
         everything about it (the default; honours -lang)
  json   one JSON object per code found: line, column, text (as in the
         input), code, rule, and entries, the objects of imcodes list -format json
  tsv    one line per code found and platform that defines it: line,
         column, platform, code, name
With -strong, only the matches of a key, a name or a message: no bare
numbers. With -count, one row per platform and code with how often it was found, most
frequent first, once the input has ended: a table for text, count, platform,
code and name for tsv, and for json the object of imcodes list -format json with a
count.

Exit status: 0 when a code was found, 1 when none was.

Examples:
  imcodes explain "send failed: code=803009 msg=the message contains sensitive word"
  imcodes explain 'onError {"type":206,"message":"..."}'
  grep ERROR app.log | imcodes explain
  tail -f app.log | imcodes explain -format json
  imcodes explain -count < app.log
  imcodes explain -strong < support-ticket.txt

Flags:
`

// explainFormats are the values of explain's -format, the default first.
var explainFormats = []string{"text", "json", "tsv"}

func runExplain(args []string, env env) error {
	c := newCommand("imcodes explain", false)
	format := c.formatFlag(explainFormats...)
	count := c.fs.Bool("count", false, "instead, count each code, and write the counts, most frequent first, when the input ends")
	strong := c.fs.Bool("strong", false, "only the codes the text itself calls codes (a key, a name or a message), no bare numbers")
	if err := c.parse(args, explainUsage, env); err != nil {
		return err
	}
	if err := checkFormat(*format, explainFormats...); err != nil {
		return err
	}
	out := c.output(env)
	// Before each read of a pipe or a terminal, what has been found is
	// written: the next read may wait. A regular file never does.
	var in io.Reader = flushingReader{env.stdin, out.w}
	if f, ok := env.stdin.(*os.File); ok && isRegular(f) {
		in = f
	}
	if c.fs.NArg() > 0 {
		text := strings.Join(c.fs.Args(), " ")
		if strings.TrimSpace(text) == "" {
			return usagef("explain needs a text, as arguments or on standard input")
		}
		in = strings.NewReader(text)
	}
	var w matchWriter
	switch {
	case *count:
		w = &counter{counts: map[countKey]int{}}
	case *format == "json":
		w = &jsonMatches{out: out}
	case *format == "tsv":
		w = &tsvMatches{out: out}
	default:
		w = &textMatches{out: out, seen: map[int]bool{}}
	}
	found := 0
	var werr error
	err := logscan.Scan(in, func(m logscan.Match) bool {
		if *strong && !m.Rule.Strong() {
			return true
		}
		found++
		werr = w.match(m)
		return werr == nil
	}, c.platforms()...)
	if werr != nil {
		return werr
	}
	if err != nil {
		return err
	}
	if cw, ok := w.(*counter); ok {
		if err := cw.write(out, *format); err != nil {
			return err
		}
	}
	if err := out.flush(); err != nil {
		return err
	}
	if found == 0 {
		return notFoundf("no known code on %s in the text", c.where())
	}
	return nil
}

// flushingReader flushes w before each read of r: whatever has been found
// is written before explain waits for more input.
type flushingReader struct {
	r io.Reader
	w *bufio.Writer
}

func (f flushingReader) Read(p []byte) (int, error) {
	if err := f.w.Flush(); err != nil {
		return 0, err
	}
	return f.r.Read(p)
}

// isRegular reports whether f is a regular file.
func isRegular(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode().IsRegular()
}

// matchWriter writes the matches of explain in one format.
type matchWriter interface {
	match(logscan.Match) error
}

// textMatches writes each match for people to read: its line, column and
// text, then the blocks of its entries the first time its code is seen, and
// only their names after that.
type textMatches struct {
	out        *output
	seen       map[int]bool // codes written in full; at most the catalog's
	afterBlock bool         // the last thing written was a block
}

func (t *textMatches) match(m logscan.Match) error {
	w := t.out.w
	if t.afterBlock {
		w.WriteString("\n")
	}
	fmt.Fprintf(w, "line %d, column %d: %s", m.Line, m.Column, m.Text)
	if t.seen[m.Code] {
		names := make([]string, len(m.Entries))
		for i, e := range m.Entries {
			names[i] = e.Platform.String() + " " + e.Name
		}
		fmt.Fprintf(w, " (%s, see above)\n", strings.Join(names, ", "))
		t.afterBlock = false
		return nil
	}
	t.seen[m.Code] = true
	w.WriteString("\n")
	for i, e := range m.Entries {
		if i > 0 {
			w.WriteString("\n")
		}
		t.out.block(e)
	}
	t.afterBlock = true
	return nil
}

// jsonMatches writes each match as a JSON object on a line of its own.
type jsonMatches struct{ out *output }

func (j *jsonMatches) match(m logscan.Match) error {
	return j.out.jsonEncoder().Encode(m)
}

// tsvMatches writes a line for each entry of each match.
type tsvMatches struct{ out *output }

func (t *tsvMatches) match(m logscan.Match) error {
	for _, e := range m.Entries {
		fmt.Fprintf(t.out.w, "%d\t%d\t%s\t%d\t%s\n", m.Line, m.Column, e.Platform, e.Code, e.Name)
	}
	return nil
}

// counter counts the matches of each platform and code.
type counter struct {
	counts  map[countKey]int // at most one key per catalog entry
	entries []codes.Entry    // of the keys, in the order first seen
}

type countKey struct {
	platform codes.Platform
	code     int
}

func (c *counter) match(m logscan.Match) error {
	for _, e := range m.Entries {
		k := countKey{e.Platform, e.Code}
		if c.counts[k] == 0 {
			c.entries = append(c.entries, e)
		}
		c.counts[k]++
	}
	return nil
}

// countedEntry is an entry with its count, as -count -format json writes it:
// the object of imcodes list -format json with a count.
type countedEntry struct {
	Count int `json:"count"`
	codes.Entry
}

// write writes the counts, most frequent first; ties in the order of
// codes.Platforms, then by code.
func (c *counter) write(out *output, format string) error {
	rows := make([]countedEntry, len(c.entries))
	for i, e := range c.entries {
		rows[i] = countedEntry{c.counts[countKey{e.Platform, e.Code}], e}
	}
	slices.SortFunc(rows, func(a, b countedEntry) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Platform, b.Platform), cmp.Compare(a.Code, b.Code))
	})
	switch format {
	case "json":
		enc := out.jsonEncoder()
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	case "tsv":
		for _, r := range rows {
			fmt.Fprintf(out.w, "%d\t%s\t%d\t%s\n", r.Count, r.Platform, r.Code, r.Name)
		}
	default:
		if len(rows) == 0 {
			return nil
		}
		entries := make([]codes.Entry, len(rows))
		for i, r := range rows {
			entries[i] = r.Entry
		}
		table := tableRows(entries, out.show)
		table[0] = append([]string{"COUNT"}, table[0]...)
		for i, r := range rows {
			table[i+1] = append([]string{fmt.Sprint(r.Count)}, table[i+1]...)
		}
		out.table(table)
	}
	return nil
}
