package main

import (
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

// overrides is the parsed overrides file.
type overrides struct {
	decisions map[key]*decision
	splits    map[key]*split
	rest      map[restKey]*restDecision // see reasons.go
}

// parseOverrides parses the overrides file. Its grammar, one item a line:
//
//	# comment
//	platform ID
//	CODE NAME CATEGORY ACTION | REASON
//	split CODE "ENGLISH MESSAGE" | REASON
//	rest STATUS "ERROR" NAME CATEGORY ACTION | REASON
//
// A code line decides the Go name ("-" for a name derived from the SDK
// constant), the category and the action. A split line decides
// where the English message of a glued row ends (see parseGlued). A rest line
// decides an Easemob REST reason (see reasons.go). Every line must give its
// reason after the bar.
func parseOverrides(file string, src []byte) (*overrides, error) {
	o := &overrides{decisions: map[key]*decision{}, splits: map[key]*split{}, rest: map[restKey]*restDecision{}}
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
		if plat == nil {
			return nil, p.errorf("no platform line before the first decision")
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
