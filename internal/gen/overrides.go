package gen

import (
	"slices"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/internal/vocab"
)

// decision is an overrides line for one code: its Go name, category and
// action.
type decision struct {
	pos
	name     string // "-" where the name comes from the SDK constant
	category string
	action   string
	reason   string
	used     bool
}

// split is an overrides line that decides where the English message of a
// glued row ends.
type split struct {
	pos
	message string
	reason  string
	used    bool
}

// key identifies a code on a platform.
type key struct {
	platform *platform
	code     int
}

// skip is an overrides line that blanks lines of a vendor file before it is
// parsed: a row the vendor got wrong, decided by hand.
type skip struct {
	pos
	file        string // the vendor file, relative to the module root
	first, last int    // the lines, 1-based, inclusive
	reason      string
	text        []string // the skipped lines, once blanked
	// matched records that a row starts on the lines: a file that several
	// platforms read (a combined page) has the row in one platform's part.
	matched bool
}

// englishText is an overrides line giving the English description of a code
// whose row on the English page is skipped.
type englishText struct {
	pos
	text   string
	reason string
}

// renumbering is an overrides line saying that a code is an older number
// of another code of the same platform (see catalog.applyRenumberings).
type renumbering struct {
	pos
	to     int
	reason string
}

// overrides is the parsed overrides file.
type overrides struct {
	decisions  map[key]*decision
	splits     map[key]*split
	skips      []*skip
	english    map[key]*englishText
	renumbered map[key]*renumbering
	rest       map[restKey]*restDecision // see reasons.go
	restCodes  map[int]*restCodeDecision // see restcodes.go
	userTexts  []*userTextDecision       // see usertexts.go
}

// parseOverrides parses the overrides file. Its grammar, one item a line:
//
//	# comment
//	platform ID
//	CODE NAME CATEGORY ACTION | REASON
//	split CODE "ENGLISH MESSAGE" | REASON
//	skip FILE:LINE[-LINE] | REASON
//	english CODE "ENGLISH DESCRIPTION" | REASON
//	rest STATUS "ERROR" NAME CATEGORY ACTION | REASON
//	restcode CODE CATEGORY ACTION "CHINESE MEANING" | REASON
//	usertext PLATFORM CODE KIND | REASON
//	renumbered CODE NEWCODE | REASON
//
// A code line decides the Go name ("-" for a name derived from the SDK
// constant), the category and the action. A split line decides
// where the English message of a glued row ends (see parseGlued). A skip
// line blanks lines of a vendor file (named as in the sources directory)
// before it is parsed, for a row the vendor got wrong; an english line gives
// the English description of a code whose row on the English page is skipped,
// each of its words read from the skipped lines. A rest line decides an
// Easemob REST reason (see reasons.go), a restcode line a numeric Easemob
// REST error code (see restcodes.go), a usertext line the user sentence of
// a code whose category does not choose it (see usertexts.go). A renumbered
// line says that a deprecated code is an older number of a current one.
// Every line must give its reason after the bar.
func parseOverrides(file string, src []byte) (*overrides, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	o := &overrides{decisions: map[key]*decision{}, splits: map[key]*split{}, english: map[key]*englishText{}, renumbered: map[key]*renumbering{}, rest: map[restKey]*restDecision{}, restCodes: map[int]*restCodeDecision{}}
	var plat *platform
	for p, line := range dataLines(file, src) {
		if id, ok := strings.CutPrefix(line, "platform "); ok {
			if plat = platformByID(strings.TrimSpace(id)); plat == nil {
				return nil, p.errorf("unknown platform %q", strings.TrimSpace(id))
			}
			continue
		}
		body, reason, ok := strings.Cut(line, "|")
		reason = strings.TrimSpace(reason)
		if !ok || reason == "" {
			return nil, p.errorf("no reason: every line ends with | and the reason for it")
		}
		if rest, ok := strings.CutPrefix(body, "restcode "); ok {
			d, err := parseRESTCodeDecision(p, strings.TrimSpace(rest))
			if err != nil {
				return nil, err
			}
			if prev := o.restCodes[d.code]; prev != nil {
				return nil, p.errorf("restcode %d: decided twice (first at line %d)", d.code, prev.line)
			}
			d.why = reason
			o.restCodes[d.code] = d
			continue
		}
		if rest, ok := strings.CutPrefix(body, "usertext "); ok {
			d, err := parseUserTextDecision(p, strings.TrimSpace(rest))
			if err != nil {
				return nil, err
			}
			d.why = reason
			o.userTexts = append(o.userTexts, d)
			continue
		}
		if rest, ok := strings.CutPrefix(body, "rest "); ok {
			d, err := parseRESTDecision(p, strings.TrimSpace(rest))
			if err != nil {
				return nil, err
			}
			if prev := o.rest[d.restKey]; prev != nil {
				return nil, p.errorf("rest %d %q: decided twice (first at line %d)", d.status, d.reason, prev.line)
			}
			d.why = reason
			o.rest[d.restKey] = d
			continue
		}
		if rest, ok := strings.CutPrefix(body, "skip "); ok {
			sk, err := parseSkip(p, strings.TrimSpace(rest))
			if err != nil {
				return nil, err
			}
			for _, prev := range o.skips {
				if prev.file == sk.file && prev.first <= sk.last && sk.first <= prev.last {
					return nil, p.errorf("skip overlaps line %d", prev.line)
				}
			}
			sk.reason = reason
			o.skips = append(o.skips, sk)
			continue
		}
		if plat == nil {
			return nil, p.errorf("no platform line before the first decision")
		}
		if rest, ok := strings.CutPrefix(body, "english "); ok {
			s, code, err := parseSplit(p, strings.TrimSpace(rest))
			if err != nil {
				return nil, err
			}
			k := key{plat, code}
			if prev := o.english[k]; prev != nil {
				return nil, p.errorf("%s %d: second english line (first at line %d)", plat.id, code, prev.line)
			}
			o.english[k] = &englishText{pos: p, text: s.message, reason: reason}
			continue
		}
		if rest, ok := strings.CutPrefix(body, "renumbered "); ok {
			f := append(strings.Fields(rest), "", "")
			from, ok1 := parseCode(f[0])
			to, ok2 := parseCode(f[1])
			if !ok1 || !ok2 || f[2] != "" || from == to {
				return nil, p.errorf("renumbered: want CODE NEWCODE, two numbers, got %q", strings.TrimSpace(rest))
			}
			k := key{plat, from}
			if prev := o.renumbered[k]; prev != nil {
				return nil, p.errorf("%s %d: renumbered twice (first at line %d)", plat.id, from, prev.line)
			}
			o.renumbered[k] = &renumbering{pos: p, to: to, reason: reason}
			continue
		}
		if rest, ok := strings.CutPrefix(body, "split "); ok {
			s, code, err := parseSplit(p, strings.TrimSpace(rest))
			if err != nil {
				return nil, err
			}
			k := key{plat, code}
			if prev := o.splits[k]; prev != nil {
				return nil, p.errorf("%s %d: second split (first at line %d)", plat.id, code, prev.line)
			}
			s.reason = reason
			o.splits[k] = s
			continue
		}
		d, code, err := parseDecision(p, strings.Fields(body))
		if err != nil {
			return nil, err
		}
		k := key{plat, code}
		if prev := o.decisions[k]; prev != nil {
			return nil, p.errorf("%s %d: decided twice (first at line %d)", plat.id, code, prev.line)
		}
		d.reason = reason
		o.decisions[k] = d
	}
	return o, nil
}

// parseSkip parses "FILE:LINE" or "FILE:FIRST-LAST".
func parseSkip(p pos, rest string) (*skip, error) {
	file, lines, ok := strings.Cut(rest, ":")
	if !ok || file == "" || strings.ContainsAny(file, "/ ") {
		return nil, p.errorf("skip: want FILE:LINE or FILE:FIRST-LAST with FILE in %s, got %q", sourcesDir, rest)
	}
	from, to, isRange := strings.Cut(lines, "-")
	first, ok1 := parseCode(from)
	last, ok2 := first, true
	if isRange {
		last, ok2 = parseCode(to)
	}
	if !ok1 || !ok2 || first < 1 || last < first {
		return nil, p.errorf("skip: bad line range %q", lines)
	}
	return &skip{pos: p, file: sourcesDir + "/" + file, first: first, last: last}, nil
}

// skipRows drops the rows of file that start on a line a skip line names,
// malformed rows included, and records the text skipped. A skip beyond the
// end of the file or of a blank line is an error; so is one of a line that
// starts no row of any platform (see checkSkipsUsed).
func (o *overrides) skipRows(file string, src []byte, rows []row) ([]row, error) {
	var lines []string
	for _, sk := range o.skips {
		if sk.file != file {
			continue
		}
		if lines == nil {
			lines = strings.Split(string(src), "\n")
		}
		sk.text = nil
		for n := sk.first; n <= sk.last; n++ {
			if n > len(lines) || strings.TrimSpace(lines[n-1]) == "" {
				return nil, sk.errorf("skip: line %d of %s is blank or missing", n, file)
			}
			sk.text = append(sk.text, lines[n-1])
		}
		sk.matched = sk.matched || slices.ContainsFunc(rows, func(r row) bool { return sk.first <= r.line && r.line <= sk.last })
		rows = slices.DeleteFunc(rows, func(r row) bool { return sk.first <= r.line && r.line <= sk.last })
	}
	return rows, nil
}

// checkSkipsUsed rejects a skip line for a file the catalog does not read, or
// for lines on which no row of the file starts.
func (o *overrides) checkSkipsUsed() error {
	for _, sk := range o.skips {
		switch {
		case sk.text == nil:
			return sk.errorf("skip: %s is not a source of the catalog", sk.file)
		case !sk.matched:
			return sk.errorf("skip: no row of %s starts on line %d-%d", sk.file, sk.first, sk.last)
		}
	}
	return nil
}

// skippedWords reports whether every word of text is in one skipped line.
func (o *overrides) skippedWords(text string) bool {
	for _, sk := range o.skips {
		for _, line := range sk.text {
			all := text != ""
			for _, w := range strings.Fields(text) {
				all = all && strings.Contains(line, w)
			}
			if all {
				return true
			}
		}
	}
	return false
}

func parseSplit(p pos, rest string) (*split, int, error) {
	num, quoted, _ := strings.Cut(rest, " ")
	code, ok := parseCode(num)
	if !ok {
		return nil, 0, p.errorf("split: code %q is not a number", num)
	}
	quoted = strings.TrimSpace(quoted)
	msg, err := strconv.Unquote(quoted)
	if err != nil || quoted[0] != '"' {
		return nil, 0, p.errorf("split %d: the English message must be a double-quoted Go string, not %s", code, quoted)
	}
	return &split{pos: p, message: msg}, code, nil
}

func parseDecision(p pos, f []string) (*decision, int, error) {
	if len(f) != 4 {
		return nil, 0, p.errorf("want CODE NAME CATEGORY ACTION, got %q", strings.Join(f, " "))
	}
	code, ok := parseCode(f[0])
	if !ok {
		return nil, 0, p.errorf("code %q is not a number", f[0])
	}
	category, ok := vocab.CategoryNumber(f[2])
	if !ok {
		return nil, 0, p.errorf("code %d: unknown category %q (want one of %s)", code, f[2], strings.Join(vocab.CategoryNames(), ", "))
	}
	action, ok := vocab.ActionNumber(f[3])
	if !ok {
		return nil, 0, p.errorf("code %d: unknown action %q (want one of %s)", code, f[3], strings.Join(vocab.ActionNames(), ", "))
	}
	if (category == vocab.OK) != (action == vocab.None) {
		return nil, 0, p.errorf("code %d: category OK and action None go together, not %s and %s", code, f[2], f[3])
	}
	return &decision{pos: p, name: f[1], category: f[2], action: f[3]}, code, nil
}

func platformByID(id string) *platform {
	for _, p := range platforms {
		if p.id == id {
			return p
		}
	}
	return nil
}
