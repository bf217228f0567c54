package gen

import (
	"go/token"
	"slices"
	"strconv"
	"strings"
)

// inputs holds the contents of every file the catalog is built from, keyed by
// the names above.
type inputs map[string][]byte

// catalog is the finished catalog: each platform's entries sorted by code,
// and where the files it is built from come from.
type catalog struct {
	of      map[*platform][]*entry
	sources []*provenance
}

// build parses and checks every input and returns the catalog.
func build(in inputs) (*catalog, error) {
	ov, err := parseOverrides(overridesFile, in[overridesFile])
	if err != nil {
		return nil, err
	}
	manifest, err := parseManifest(manifestFile, in[manifestFile])
	if err != nil {
		return nil, err
	}
	cat := &catalog{of: map[*platform][]*entry{}}
	if cat.sources, err = provenanceOf(manifestFile, manifest); err != nil {
		return nil, err
	}
	// Every source is read before any is merged, so that a skip line that
	// blanks no row is reported as such, rather than as the duplicate or
	// bad row it failed to remove; a file several platforms read (a
	// combined page) has the row in one platform's part.
	layers, english := map[*platform][][]row{}, map[*platform][][]row{}
	for _, p := range platforms {
		for _, s := range p.sources {
			rows, err := readSource(s, in, ov)
			if err != nil {
				return nil, err
			}
			layers[p] = append(layers[p], rows)
		}
		for _, s := range p.english {
			rows, err := readSource(s, in, ov)
			if err != nil {
				return nil, err
			}
			english[p] = append(english[p], rows)
		}
	}
	if err := ov.checkSkipsUsed(); err != nil {
		return nil, err
	}
	for _, p := range platforms {
		var repeats []bool
		for _, s := range p.sources {
			repeats = append(repeats, s.repeats)
		}
		if cat.of[p], err = merge(p, layers[p], repeats); err != nil {
			return nil, err
		}
		for _, rows := range english[p] {
			if err := cat.addEnglish(p, rows); err != nil {
				return nil, err
			}
		}
	}
	if err := cat.applyEnglish(ov); err != nil {
		return nil, err
	}
	if err := cat.decide(ov); err != nil {
		return nil, err
	}
	if err := cat.checkNames(); err != nil {
		return nil, err
	}
	if err := cat.applyRenumberings(ov); err != nil {
		return nil, err
	}
	released, err := parseReleased(releasedNamesFile, in[releasedNamesFile])
	if err != nil {
		return nil, err
	}
	return cat, cat.checkReleased(released)
}

// addEnglish gives the entries of p the descriptions of an English page,
// verbatim. The Chinese page stays the reference: the English page's own
// message is not used, and a code only the English page has is an error.
func (cat *catalog) addEnglish(p *platform, rows []row) error {
	seen := map[int]*row{}
	for i := range rows {
		r := &rows[i]
		if prev := seen[r.code]; prev != nil {
			return r.errorf("duplicate code %d on %s (first at line %d)", r.code, p.id, prev.line)
		}
		seen[r.code] = r
		e := cat.find(key{p, r.code})
		if e == nil {
			return r.errorf("%s %d is on the English page but on no page of the platform", p.id, r.code)
		}
		e.EnglishDescription = r.description
	}
	return nil
}

// applyEnglish applies the english lines of the overrides: an English
// description read by hand from a row the parser cannot read, which the
// overrides skip.
func (cat *catalog) applyEnglish(ov *overrides) error {
	for k, d := range ov.english {
		e := cat.find(k)
		switch {
		case e == nil:
			return d.errorf("english %s %d: no such code", k.platform.id, k.code)
		case e.EnglishDescription != "":
			return d.errorf("english %s %d: the English page has a row for it already (%q)", k.platform.id, k.code, e.EnglishDescription)
		case !ov.skippedWords(d.text):
			return d.errorf("english %s %d: %q is not read from a skipped line: every word must be on one", k.platform.id, k.code, d.text)
		}
		e.EnglishDescription = d.text
	}
	return nil
}

// applyRenumberings applies the renumbered lines of the overrides: a
// deprecated code that the vendor replaced by another number of the same
// platform says so in its doc comment, with the line's reason as its note.
func (cat *catalog) applyRenumberings(ov *overrides) error {
	for k, r := range ov.renumbered {
		from, to := cat.find(k), cat.find(key{k.platform, r.to})
		switch {
		case from == nil || to == nil:
			return r.errorf("renumbered %s %d %d: no such code", k.platform.id, k.code, r.to)
		case !from.Deprecated || to.Deprecated:
			return r.errorf("renumbered %s %d %d: the old number must be deprecated and the new one current", k.platform.id, k.code, r.to)
		}
		from.Note = r.reason
		from.Deprecation = "an older number of " + strconv.Itoa(to.Code) + " (" + to.Name + "), which replaced it; " + from.Deprecation
	}
	return nil
}

// oneTable returns the rows of the single HTML table of file under heading,
// or of the single table of the file when heading is empty.
func oneTable(file string, src []byte, heading string) ([]row, error) {
	return wellFormed(tableRows(file, src, heading))
}

// tableRows is oneTable with malformed rows returned as such.
func tableRows(file string, src []byte, heading string) ([]row, error) {
	tables, err := htmlTables(file, src)
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

// decide applies the code lines of the overrides file: every code must have
// exactly one, and every line must match a code.
//
// On a platform whose names come from the SDK constants, a line writes "-";
// it gives a name of its own only where two numbers share a constant (the
// SDK renumbered one), for the one that does not keep the derived name. On
// the other platforms the line gives the Go name; where a source names the
// SDK constant (the iOS appledoc pages), the reason must name it too, so that
// a reader sees where the name comes from.
func (cat *catalog) decide(ov *overrides) error {
	for _, p := range platforms {
		derived := map[string]int{} // derived name -> how many codes have it
		for _, e := range cat.of[p] {
			if p.derived {
				derived[sdkName(e.Message)]++
			}
		}
		for _, e := range cat.of[p] {
			d := ov.decisions[key{p, e.Code}]
			if d == nil {
				return e.From.errorf("%s %d has no line in %s (its name and category are decided there)", p.id, e.Code, overridesFile)
			}
			d.used = true
			e.Category, e.Action, e.Decided = d.category, d.action, d.pos
			switch {
			case p.derived && d.name != "-" && derived[sdkName(e.Message)] < 2:
				return d.errorf("%s %d: the name comes from the SDK constant %s; write - instead of %s", p.id, e.Code, e.Message, d.name)
			case p.derived && d.name == "-":
				e.Name = sdkName(e.Message)
			case d.name == "-":
				return d.errorf("%s %d: no SDK constant to derive a name from; write the Go name", p.id, e.Code)
			case p == jmessageIOS && e.Constant != "" && !strings.Contains(d.reason, e.Constant):
				return d.errorf("%s %d: the reason must name the SDK constant %s that %s comes from", p.id, e.Code, e.Constant, d.name)
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
func (cat *catalog) checkNames() error {
	for _, p := range platforms {
		seen := map[string]*entry{}
		for _, e := range cat.of[p] {
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
		for _, e := range cat.of[p] {
			for _, a := range e.AliasNames() {
				if prev := seen[a]; prev != nil {
					return e.Decided.errorf("%s %d: the alias %s is taken by %d", p.id, e.Code, a, prev.Code)
				}
				seen[a] = e
			}
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
var initialisms = []string{"DB", "DNS", "EM", "ID", "IM", "IO", "REST", "RTC", "SDK", "URL"}

func (cat *catalog) count() int {
	n := 0
	for _, es := range cat.of {
		n += len(es)
	}
	return n
}
