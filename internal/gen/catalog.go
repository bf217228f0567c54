package main

import (
	"cmp"
	"go/token"
	"slices"
	"strings"
)

// The source files, relative to the module root. Their names appear in error
// messages as they are here.
const (
	sourcesDir        = "internal/gen/sources"
	webCurrentFile    = sourcesDir + "/jmessage-web.txt"
	webOlderFile      = sourcesDir + "/jmessage-web-older.md"
	serverFile        = sourcesDir + "/jmessage-server.md"
	androidJMRTCFile  = sourcesDir + "/jmessage-android-jmrtc.md"
	easemobFile       = sourcesDir + "/easemob-web.txt"
	overridesFile     = sourcesDir + "/overrides.txt"
	releasedNamesFile = "internal/gen/released.txt"
)

// The headings of jmessage-android-jmrtc.md above each platform's table.
const (
	androidHeading = "JMessage Android"
	jmrtcHeading   = "JMRTC Android"
)

// inputs holds the contents of every file the catalog is built from, keyed by
// the names above.
type inputs map[string][]byte

// catalog is the finished catalog: each platform's entries sorted by code.
type catalog map[*platform][]*entry

// build parses and checks every input and returns the catalog.
func build(in inputs) (catalog, error) {
	webRows, err := parseGlued(webCurrentFile, in[webCurrentFile])
	if err != nil {
		return nil, err
	}
	olderRows, err := parseMarkdownTable(webOlderFile, in[webOlderFile])
	if err != nil {
		return nil, err
	}
	serverRows, err := oneTable(serverFile, in[serverFile], "")
	if err != nil {
		return nil, err
	}
	androidRows, err := oneTable(androidJMRTCFile, in[androidJMRTCFile], androidHeading)
	if err != nil {
		return nil, err
	}
	jmrtcRows, err := oneTable(androidJMRTCFile, in[androidJMRTCFile], jmrtcHeading)
	if err != nil {
		return nil, err
	}
	easemobRows, err := parseMarkdownTable(easemobFile, in[easemobFile])
	if err != nil {
		return nil, err
	}
	ov, err := parseOverrides(overridesFile, in[overridesFile])
	if err != nil {
		return nil, err
	}
	if err := applySplits(webRows, ov); err != nil {
		return nil, err
	}

	cat := catalog{}
	web, err := entries(jmessageWeb, webRows)
	if err != nil {
		return nil, err
	}
	older, err := entries(jmessageWeb, olderRows)
	if err != nil {
		return nil, err
	}
	cat[jmessageWeb] = mergeRevisions(web, older)
	for _, r := range []struct {
		p    *platform
		rows []row
	}{{jmessageServer, serverRows}, {jmessageAndroid, androidRows}, {jmrtc, jmrtcRows}, {easemob, easemobRows}} {
		if cat[r.p], err = entries(r.p, r.rows); err != nil {
			return nil, err
		}
	}
	if err := cat.decide(ov); err != nil {
		return nil, err
	}
	if err := cat.checkNames(); err != nil {
		return nil, err
	}
	released, err := parseReleased(releasedNamesFile, in[releasedNamesFile])
	if err != nil {
		return nil, err
	}
	return cat, cat.checkReleased(released)
}

// oneTable returns the rows of the single HTML table of file under heading,
// or of the single table of the file when heading is empty.
func oneTable(file string, src []byte, heading string) ([]row, error) {
	tables, err := parseHTMLTables(file, src)
	if err != nil {
		return nil, err
	}
	var found []htmlTable
	for _, t := range tables {
		if heading == "" || t.heading == heading {
			found = append(found, t)
		}
	}
	switch {
	case len(found) == 1:
		return found[0].rows, nil
	case heading == "":
		return nil, pos{file, 1}.errorf("want one table, found %d", len(found))
	case len(found) == 0:
		return nil, pos{file, 1}.errorf("no table under the heading %q", heading)
	}
	return nil, found[1].errorf("second table under the heading %q (first at line %d)", heading, found[0].line)
}

// applySplits applies the split overrides to the glued rows and rejects a row
// whose split is still a guess.
func applySplits(rows []row, ov *overrides) error {
	for i := range rows {
		r := &rows[i]
		if s := ov.splits[key{jmessageWeb, r.code}]; s != nil {
			if !r.resplit(s.message) {
				return s.errorf("split %d: %q does not start the row %q and leave a description", r.code, s.message, r.glued)
			}
			s.used = true
		}
		if r.ambiguous {
			return r.errorf("code %d: cannot tell where the English message ends in %q; decide it with a split line in %s", r.code, r.glued, overridesFile)
		}
	}
	for k, s := range ov.splits {
		if !s.used {
			return s.errorf("split for %s %d matches no glued row", k.platform.id, k.code)
		}
	}
	return nil
}

// entries turns the rows of one platform into entries sorted by code, and
// rejects a code that appears twice.
func entries(p *platform, rows []row) ([]*entry, error) {
	es := make([]*entry, len(rows))
	for i, r := range rows {
		es[i] = &entry{Platform: p, Code: r.code, Message: r.message, Description: r.description, From: r.pos}
	}
	slices.SortStableFunc(es, func(a, b *entry) int { return cmp.Compare(a.Code, b.Code) })
	for i := 1; i < len(es); i++ {
		if es[i].Code == es[i-1].Code {
			return nil, es[i].From.errorf("duplicate code %d on %s (first at line %d)", es[i].Code, p.id, es[i-1].From.line)
		}
	}
	return es, nil
}

// mergeRevisions merges two revisions of one page: every code of the current
// page as it is there, and the codes only the older page has, deprecated.
func mergeRevisions(current, older []*entry) []*entry {
	merged := slices.Clone(current)
	for _, e := range older {
		if _, found := slices.BinarySearchFunc(current, e.Code, func(x *entry, c int) int { return cmp.Compare(x.Code, c) }); !found {
			e.Deprecated = true
			merged = append(merged, e)
		}
	}
	slices.SortFunc(merged, func(a, b *entry) int { return cmp.Compare(a.Code, b.Code) })
	return merged
}

// decide applies the code lines of the overrides file: every code must have
// exactly one, and every line must match a code.
func (cat catalog) decide(ov *overrides) error {
	for _, p := range platforms {
		for _, e := range cat[p] {
			d := ov.decisions[key{p, e.Code}]
			if d == nil {
				return e.From.errorf("%s %d has no line in %s (its name and category are decided there)", p.id, e.Code, overridesFile)
			}
			d.used = true
			e.Category, e.Action, e.Decided = d.category, d.action, d.pos
			switch {
			case p.derived && d.name != "-":
				return d.errorf("%s %d: the name comes from the SDK constant %s; write - instead of %s", p.id, e.Code, e.Message, d.name)
			case p.derived:
				e.Name = sdkName(e.Message)
			case d.name == "-":
				return d.errorf("%s %d: no SDK constant to derive a name from; write the Go name", p.id, e.Code)
			default:
				e.Name = d.name
			}
		}
	}
	for k, d := range ov.decisions {
		if !d.used {
			return d.errorf("%s %d is not in the sources", k.platform.id, k.code)
		}
	}
	return nil
}

// reserved are the exported identifiers every platform package declares
// besides its constants.
var reserved = []string{"Code"}

// checkNames checks that every name is an exported Go identifier, unique in
// its package.
func (cat catalog) checkNames() error {
	for _, p := range platforms {
		seen := map[string]*entry{}
		for _, e := range cat[p] {
			switch prev := seen[e.Name]; {
			case !token.IsIdentifier(e.Name) || !token.IsExported(e.Name):
				return e.Decided.errorf("%s %d: %q is not an exported Go identifier", p.id, e.Code, e.Name)
			case slices.Contains(reserved, e.Name):
				return e.Decided.errorf("%s %d: %s is taken by the package itself (%s)", p.id, e.Code, e.Name, strings.Join(reserved, ", "))
			case prev != nil:
				return e.Decided.errorf("%s %d: name %s already names %d (line %d)", p.id, e.Code, e.Name, prev.Code, prev.Decided.line)
			}
			seen[e.Name] = e
		}
	}
	return nil
}

// sdkName turns an SDK constant name such as WEBIM_CONNCTION_OPEN_ERROR into
// a Go name, WebIMConnctionOpenError, keeping the SDK's spelling.
func sdkName(constant string) string {
	var b strings.Builder
	for _, w := range strings.Split(constant, "_") {
		switch {
		case w == "WEBIM":
			b.WriteString("WebIM")
		case slices.Contains(initialisms, w):
			b.WriteString(w)
		case w != "":
			b.WriteString(w[:1] + strings.ToLower(w[1:]))
		}
	}
	return b.String()
}

// initialisms stay upper case in Go names, as Go style wants.
var initialisms = []string{"DB", "ID", "IM", "REST", "SDK"}

func (cat catalog) count() int {
	n := 0
	for _, es := range cat {
		n += len(es)
	}
	return n
}
