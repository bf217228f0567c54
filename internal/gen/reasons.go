package gen

import (
	"bytes"
	"cmp"
	"go/token"
	"maps"
	"slices"
	"strconv"
	"strings"
	"text/template"

	"github.com/imcodes/imcodes/internal/vocab"
)

// The Easemob REST API sends no numeric code in most bodies, only an "error"
// identifier such as "service_resource_not_found". easemob-rest-errors.tsv
// lists the identifiers the vendor documents, each under the HTTP statuses
// it comes with; the rest lines of the overrides file give each identifier a
// Go name and each (status, identifier) pair a category and an action. The
// generator checks the two against each other and writes easemob/reasons.go,
// which the easemob decoder reads.

const (
	restReasonsFile = sourcesDir + "/easemob-rest-errors.tsv"
	reasonsGoFile   = "easemob/reasons.go"
)

// restKey identifies one documented pair.
type restKey struct {
	status int
	reason string
}

// restRow is a row of easemob-rest-errors.tsv that names an identifier.
type restRow struct {
	pos
	restKey
	meaning string
}

// restDecision is a rest line of the overrides file.
type restDecision struct {
	pos
	restKey
	name, category, action string
	why                    string
	used                   bool
}

// reason is one documented pair of the finished table.
type reason struct {
	restKey
	Name, Category, Action string
	Meaning                string // the fact sheet's meaning, in the project's words
}

// Status, Quoted and MeaningText are what the template shows of a pair.
func (r *reason) Status() int         { return r.status }
func (r *reason) Quoted() string      { return strconv.Quote(r.reason) }
func (r *reason) MeaningText() string { return comment(r.Meaning) }

// restColumns are the columns of easemob-rest-errors.tsv, in order.
var restColumns = []string{"http_status", "error", "exception", "meaning", "in_newest", "pages"}

// parseRESTReasons parses easemob-rest-errors.tsv: # comments, a header row
// naming restColumns, then one row per documented body. Rows without an
// identifier only say what a status means and are skipped; so are statuses
// given as a class ("5xx").
func parseRESTReasons(file string, src []byte) ([]restRow, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	var rows []restRow
	header := false
	for p, line := range dataLines(file, src) {
		cells := strings.Split(line, "\t")
		if !header {
			if !slices.Equal(cells, restColumns) {
				return nil, p.errorf("want the header %q, got %q", strings.Join(restColumns, "\t"), line)
			}
			header = true
			continue
		}
		if len(cells) != len(restColumns) {
			return nil, p.errorf("want %d tab-separated cells, got %d", len(restColumns), len(cells))
		}
		if cells[1] == "" || strings.HasSuffix(cells[0], "xx") {
			continue
		}
		status, err := strconv.Atoi(cells[0])
		if err != nil || status < 100 || status > 599 {
			return nil, p.errorf("HTTP status %q is not a number from 100 to 599", cells[0])
		}
		rows = append(rows, restRow{pos: p, restKey: restKey{status, cells[1]}, meaning: cells[3]})
	}
	if !header {
		return nil, pos{file, 1}.errorf("no header row")
	}
	return rows, nil
}

// parseRESTDecision parses the rest of a rest line: STATUS "ERROR" NAME
// CATEGORY ACTION.
func parseRESTDecision(p pos, rest string) (*restDecision, error) {
	num, rest, _ := strings.Cut(rest, " ")
	status, err := strconv.Atoi(num)
	if err != nil {
		return nil, p.errorf("rest: status %q is not a number", num)
	}
	rest = strings.TrimSpace(rest)
	quoted, err := strconv.QuotedPrefix(rest)
	if err != nil || rest[0] != '"' {
		return nil, p.errorf("rest %d: the error identifier must be a double-quoted Go string", status)
	}
	id, _ := strconv.Unquote(quoted)
	f := strings.Fields(rest[len(quoted):])
	if len(f) != 3 {
		return nil, p.errorf("rest %d %q: want NAME CATEGORY ACTION after the identifier, got %q", status, id, strings.Join(f, " "))
	}
	if _, ok := vocab.CategoryNumber(f[1]); !ok || f[1] == "OK" {
		return nil, p.errorf("rest %d %q: %q is not the category of a failure (want one of %s but OK)", status, id, f[1], strings.Join(vocab.CategoryNames(), ", "))
	}
	if _, ok := vocab.ActionNumber(f[2]); !ok || f[2] == "None" {
		return nil, p.errorf("rest %d %q: %q is not the action of a failure (want one of %s but None)", status, id, f[2], strings.Join(vocab.ActionNames(), ", "))
	}
	return &restDecision{pos: p, restKey: restKey{status, id}, name: f[0], category: f[1], action: f[2]}, nil
}

// buildReasons checks the documented pairs against their decisions: every
// pair has one line, every line a pair, one identifier one name, one name one
// identifier. The table is sorted by identifier, then status.
func buildReasons(rows []restRow, decisions map[restKey]*restDecision) ([]*reason, error) {
	seen := map[restKey]*restRow{}
	var out []*reason
	for i := range rows {
		r := &rows[i]
		if first := seen[r.restKey]; first != nil {
			continue // another example of the same pair (with an exception class, say)
		}
		seen[r.restKey] = r
		d := decisions[r.restKey]
		if d == nil {
			return nil, r.errorf("REST reason %q under HTTP %d has no rest line in %s", r.reason, r.status, overridesFile)
		}
		d.used = true
		out = append(out, &reason{restKey: r.restKey, Name: d.name, Category: d.category, Action: d.action, Meaning: r.meaning})
	}
	for _, d := range decisions {
		if !d.used {
			return nil, d.errorf("rest %d %q is not in %s", d.status, d.reason, restReasonsFile)
		}
	}
	names := map[string]*restDecision{}
	ids := map[string]*restDecision{}
	for _, d := range sortedDecisions(decisions) {
		switch prev, prevID := names[d.name], ids[d.reason]; {
		case !token.IsIdentifier(d.name) || !token.IsExported(d.name) || !strings.HasPrefix(d.name, "Reason"):
			return nil, d.errorf("rest %d %q: %q is not an exported Go identifier starting with Reason", d.status, d.reason, d.name)
		case prev != nil && prev.reason != d.reason:
			return nil, d.errorf("rest %d %q: name %s already names %q (line %d)", d.status, d.reason, d.name, prev.reason, prev.line)
		case prevID != nil && prevID.name != d.name:
			return nil, d.errorf("rest %d %q: the identifier is named %s at line %d; one identifier, one name", d.status, d.reason, prevID.name, prevID.line)
		}
		names[d.name], ids[d.reason] = d, d
	}
	slices.SortFunc(out, func(a, b *reason) int {
		return cmp.Or(strings.Compare(a.reason, b.reason), cmp.Compare(a.status, b.status))
	})
	return out, nil
}

// sortedDecisions returns the decisions in the order of their lines, so that
// errors name the first line at fault.
func sortedDecisions(decisions map[restKey]*restDecision) []*restDecision {
	all := make([]*restDecision, 0, len(decisions))
	for _, d := range decisions {
		all = append(all, d)
	}
	slices.SortFunc(all, func(a, b *restDecision) int { return cmp.Compare(a.line, b.line) })
	return all
}

// reasonConstants returns one entry per identifier, for the constants: the
// first of its pairs, with every status it comes with.
func reasonConstants(reasons []*reason) []reasonConstant {
	var out []reasonConstant
	for _, r := range reasons {
		if n := len(out); n > 0 && out[n-1].restKey.reason == r.restKey.reason {
			out[n-1].Statuses = append(out[n-1].Statuses, r)
			continue
		}
		out = append(out, reasonConstant{reason: r, Statuses: []*reason{r}})
	}
	slices.SortFunc(out, func(a, b reasonConstant) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// reasonConstant is what the template sees of one identifier.
type reasonConstant struct {
	*reason
	Statuses []*reason
}

// buildRESTReasons parses the fact sheet and the rest lines of the overrides
// file, checks them against each other and against the names already
// released.
func buildRESTReasons(in inputs) ([]*reason, error) {
	rows, err := parseRESTReasons(restReasonsFile, in[restReasonsFile])
	if err != nil {
		return nil, err
	}
	ov, err := parseOverrides(overridesFile, in[overridesFile])
	if err != nil {
		return nil, err
	}
	reasons, err := buildReasons(rows, ov.rest)
	if err != nil {
		return nil, err
	}
	rel, err := parseReleasedReasons(releasedNamesFile, in[releasedNamesFile])
	if err != nil {
		return nil, err
	}
	return reasons, checkReleasedReasons(reasons, rel, ov.rest)
}

// parseReleasedReasons reads the lines of the released record that name a
// REST reason's constant: rest "ERROR" NAME.
func parseReleasedReasons(file string, src []byte) (map[string]releasedName, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	rel := map[string]releasedName{}
	for p, line := range dataLines(file, src) {
		rest, ok := strings.CutPrefix(line, "rest ")
		if !ok {
			continue
		}
		quoted, err := strconv.QuotedPrefix(rest)
		if err != nil {
			return nil, p.errorf("rest: the identifier must be a double-quoted Go string")
		}
		id, _ := strconv.Unquote(quoted)
		f := strings.Fields(rest[len(quoted):])
		if len(f) != 1 {
			return nil, p.errorf("rest %q: want one NAME after the identifier", id)
		}
		if prev, dup := rel[id]; dup {
			return nil, p.errorf("rest %q recorded twice (first at line %d)", id, prev.line)
		}
		rel[id] = releasedName{p, f[0]}
	}
	return rel, nil
}

// checkReleasedReasons refuses reasons whose released name changed or that
// are gone.
func checkReleasedReasons(reasons []*reason, rel map[string]releasedName, decisions map[restKey]*restDecision) error {
	names := map[string]string{}
	for _, r := range reasons {
		names[r.restKey.reason] = r.Name
	}
	for _, id := range slices.Sorted(maps.Keys(rel)) {
		r := rel[id]
		name, ok := names[id]
		switch {
		case !ok:
			return r.errorf("REST reason %q was released as %s but is no longer in %s", id, r.name, restReasonsFile)
		case name != r.name:
			for _, d := range sortedDecisions(decisions) {
				if d.reason == id {
					return d.errorf("REST reason %q was released as %s; released names never change, so it cannot become %s", id, r.name, name)
				}
			}
		}
	}
	return nil
}

// reasonsRecord returns the released-name lines of the reasons, for -release.
func reasonsRecord(reasons []*reason) []byte {
	var b bytes.Buffer
	for _, c := range reasonConstants(reasons) {
		b.WriteString("rest " + c.Quoted() + " " + c.Name + "\n")
	}
	return b.Bytes()
}

// renderReasons renders easemob/reasons.go.
func renderReasons(reasons []*reason) ([]byte, error) {
	return execute(reasonsTemplate, struct {
		Constants []reasonConstant
		Pairs     []*reason
	}{reasonConstants(reasons), reasons})
}

var reasonsTemplate = template.Must(template.New("reasons.go").Funcs(funcs).Parse(`package easemob

import "github.com/imcodes/imcodes/codes"

// The reasons that the Easemob REST documentation names, in the order of
// their names. A reason's doc comment gives the statuses it comes with and,
// in this project's words, what the vendor documents it for.
const (
{{- range .Constants}}
	// {{.Name}} is the "error" {{.Quoted}}.
	{{- range .Statuses}}
	// With HTTP {{.Status}}: {{.MeaningText}} ({{.Category}}, {{.Action}}).
	{{- end}}
	{{.Name}} Reason = {{.Quoted}}
{{- end}}
)

// restReasons holds the category and action of each documented pair of
// reason and HTTP status, sorted by reason, then status.
var restReasons = []restReason{
{{- range .Pairs}}
	{ {{- .Quoted}}, {{.Status}}, codes.{{.Category}}, codes.{{.Action -}} },
{{- end}}
}
`))
