package gen

import (
	"bytes"
	"strconv"
	"strings"
)

// released is the record of names already published: once a constant is
// released, renaming or dropping it breaks its users, so the generator
// refuses to. The record grows with -release.
type released map[key]releasedName

type releasedName struct {
	pos
	name string
}

// parseReleased parses the record: "PLATFORM CODE NAME" a line, # comments,
// and the lines of the Easemob REST reasons, which parseReleasedReasons
// reads. A missing record (nil src) is empty.
func parseReleased(file string, src []byte) (released, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	rel := released{}
	for p, line := range dataLines(file, src) {
		if strings.HasPrefix(line, "rest ") {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			return nil, p.errorf("want PLATFORM CODE NAME, got %q", line)
		}
		plat := platformByID(f[0])
		code, ok := parseCode(f[1])
		switch {
		case plat == nil:
			return nil, p.errorf("unknown platform %q", f[0])
		case !ok:
			return nil, p.errorf("code %q is not a number", f[1])
		}
		k := key{plat, code}
		if prev, dup := rel[k]; dup {
			return nil, p.errorf("%s %d recorded twice (first at line %d)", plat.id, code, prev.line)
		}
		rel[k] = releasedName{p, f[2]}
	}
	return rel, nil
}

// checkReleased refuses a catalog in which a released name changed or a
// released code is gone.
func (cat *catalog) checkReleased(rel released) error {
	for k, r := range rel {
		e := cat.find(k)
		switch {
		case e == nil:
			return r.errorf("%s %d was released as %s but is no longer in the sources; keep it (a deprecated older revision is one way)", k.platform.id, k.code, r.name)
		case e.Name != r.name:
			return e.Decided.errorf("%s %d was released as %s; released names never change, so it cannot become %s", k.platform.id, k.code, r.name, e.Name)
		}
	}
	return nil
}

func (cat *catalog) find(k key) *entry {
	for _, e := range cat.of[k.platform] {
		if e.Code == k.code {
			return e
		}
	}
	return nil
}

// releasedRecord returns the record of every name in cat, for -release.
func (cat *catalog) releasedRecord() []byte {
	var b bytes.Buffer
	b.WriteString("# Go names of released constants, written by go run gen.go -release.\n")
	b.WriteString("# The generator refuses to rename or drop any of them. Do not edit by hand.\n")
	for _, p := range platforms {
		for _, e := range cat.of[p] {
			b.WriteString(p.id + " " + strconv.Itoa(e.Code) + " " + e.Name + "\n")
		}
	}
	return b.Bytes()
}
