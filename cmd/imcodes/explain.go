package main

import (
	"io"
	"strconv"
	"strings"
)

const explainUsage = `usage: imcodes explain [-platform P] [-lang L] [TEXT...]

Finds the codes in a log line, an error message or a bug report (the
arguments, or standard input without them) and explains each. A number of six
digits or more is a code if the catalog has it; a shorter one, as Easemob codes
are, only after a word such as code, type, error or 错误码 ("type: 206",
"code=-1"), so that times and counts are not taken for codes.

Examples:
  imcodes explain "send failed: code=803009 msg=the message contains sensitive word"
  imcodes explain 'onError {"type":206,"message":"..."}'
  grep ERROR app.log | imcodes explain

Flags:
`

// maxInput bounds what explain reads from standard input.
const maxInput = 16 << 20

func runExplain(args []string, env env) error {
	c := newCommand("imcodes explain", false)
	if err := c.parse(args, explainUsage, env); err != nil {
		return err
	}
	text := strings.Join(c.fs.Args(), " ")
	if c.fs.NArg() == 0 {
		b, err := io.ReadAll(io.LimitReader(env.stdin, maxInput))
		if err != nil {
			return err
		}
		text = string(b)
	}
	if strings.TrimSpace(text) == "" {
		return usagef("explain needs a text, as arguments or on standard input")
	}
	out := c.output(env)
	for _, n := range codesIn(text) {
		out.entries(c.lookup(n))
	}
	if err := out.flush(); err != nil {
		return err
	}
	if out.n == 0 {
		return notFoundf("no known code on %s in the text", c.where())
	}
	return nil
}

// keywords announce a short code in free text.
var keywords = []string{"code", "type", "err", "error", "errno", "errcode", "errorcode", "error_code", "statuscode", "错误码", "错误", "代码"}

// codesIn returns the numbers in text that may be codes, each once, in the
// order they first appear. A number must stand alone: not inside a word
// ("v2", "abc123"), a decimal ("3.14") or a date ("2024-05-01"). A minus sign
// right before it counts unless it joins two words. Numbers of fewer than six
// digits count only after a keyword.
func codesIn(text string) []int {
	var found []int
	seen := map[int]bool{}
	for i := 0; i < len(text); {
		if !isDigit(text[i]) {
			i++
			continue
		}
		start := i
		for i < len(text) && isDigit(text[i]) {
			i++
		}
		end := i
		numStart := start
		if start > 0 && text[start-1] == '-' && (start < 2 || !isWordByte(text[start-2])) {
			numStart--
		}
		switch {
		case numStart == start && start > 0 && (isWordByte(text[start-1]) || text[start-1] == '.'):
			continue // inside a word or a decimal
		case end < len(text) && isWordByte(text[end]):
			continue
		case end+1 < len(text) && text[end] == '.' && isDigit(text[end+1]):
			continue // a decimal
		case end-start > 10:
			continue
		case end-start < 6 && !afterKeyword(text[:numStart]):
			continue
		}
		n, err := strconv.Atoi(text[numStart:end])
		if err == nil && !seen[n] {
			seen[n] = true
			found = append(found, n)
		}
	}
	return found
}

// afterKeyword reports whether before ends with a keyword, give or take the
// punctuation of "key: ", "key=", `"key":` or "key #".
func afterKeyword(before string) bool {
	before = strings.ToLower(strings.TrimRight(before, " \t:=#\"'：（("))
	for _, k := range keywords {
		if rest, ok := strings.CutSuffix(before, k); ok && (rest == "" || !isWordByte(rest[len(rest)-1])) {
			return true
		}
	}
	return false
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isWordByte reports whether b is an ASCII letter, digit or underscore.
// Other bytes, the UTF-8 of Chinese text included, separate words: Chinese
// runs into numbers without spaces ("错误码206").
func isWordByte(b byte) bool {
	return isDigit(b) || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_'
}
