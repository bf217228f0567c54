package gen

import (
	"cmp"
	"slices"
	"strings"
	"text/template"
)

// localize.UserText picks an end user's sentence by the action and category
// of an error. For a few codes that reads wrong: the fix is to update the
// app, or to allow the app a permission on the device, which the category
// does not say. The usertext lines of the overrides file name those codes
// and the sentence each gets; the generator checks that each code exists and
// writes localize/usertexts.go.

const userTextsGoFile = "localize/usertexts.go"

// userTextKinds maps the KIND of a usertext line to the constant of package
// localize that names its sentence.
var userTextKinds = map[string]string{
	"update":            "updateApp",
	"device-permission": "allowDevicePermission",
}

// userTextDecision is a usertext line of the overrides file.
type userTextDecision struct {
	pos
	platform *platform
	code     int
	kind     string
	why      string
}

// Platform, Code and Kind are what the template writes of a line.
func (d *userTextDecision) Platform() string { return "codes." + d.platform.konst }
func (d *userTextDecision) Code() int        { return d.code }
func (d *userTextDecision) Kind() string     { return userTextKinds[d.kind] }

// parseUserTextDecision parses the rest of a usertext line: PLATFORM CODE
// KIND.
func parseUserTextDecision(p pos, rest string) (*userTextDecision, error) {
	f := strings.Fields(rest)
	if len(f) != 3 {
		return nil, p.errorf("usertext: want PLATFORM CODE KIND, got %q", rest)
	}
	plat := platformByID(f[0])
	if plat == nil {
		return nil, p.errorf("usertext: unknown platform %q", f[0])
	}
	code, ok := parseCode(f[1])
	if !ok {
		return nil, p.errorf("usertext %s: code %q is not a number", f[0], f[1])
	}
	if _, ok := userTextKinds[f[2]]; !ok {
		kinds := make([]string, 0, len(userTextKinds))
		for k := range userTextKinds {
			kinds = append(kinds, k)
		}
		slices.Sort(kinds)
		return nil, p.errorf("usertext %s %d: unknown kind %q (want one of %s)", f[0], code, f[2], strings.Join(kinds, ", "))
	}
	return &userTextDecision{pos: p, platform: plat, code: code, kind: f[2]}, nil
}

// buildUserTexts checks the usertext lines against the catalog (each code
// exists, and is named once) and sorts them by platform, then code.
func buildUserTexts(decisions []*userTextDecision, cat *catalog) ([]*userTextDecision, error) {
	seen := map[key]*userTextDecision{}
	for _, d := range decisions {
		k := key{d.platform, d.code}
		if prev := seen[k]; prev != nil {
			return nil, d.errorf("usertext %s %d: decided twice (first at line %d)", d.platform.id, d.code, prev.line)
		}
		seen[k] = d
		if !slices.ContainsFunc(cat.of[d.platform], func(e *entry) bool { return e.Code == d.code }) {
			return nil, d.errorf("usertext %s %d: no such code", d.platform.id, d.code)
		}
	}
	out := slices.Clone(decisions)
	slices.SortFunc(out, func(a, b *userTextDecision) int {
		return cmp.Or(cmp.Compare(slices.Index(platforms, a.platform), slices.Index(platforms, b.platform)), cmp.Compare(a.code, b.code))
	})
	return out, nil
}

// buildUserTextChoices parses the usertext lines and checks them against
// cat.
func buildUserTextChoices(in inputs, cat *catalog) ([]*userTextDecision, error) {
	ov, err := parseOverrides(overridesFile, in[overridesFile])
	if err != nil {
		return nil, err
	}
	return buildUserTexts(ov.userTexts, cat)
}

// renderUserTexts renders localize/usertexts.go.
func renderUserTexts(decisions []*userTextDecision) ([]byte, error) {
	return execute(userTextsTemplate, decisions)
}

var userTextsTemplate = template.Must(template.New("usertexts.go").Parse(`package localize

import "github.com/imcodes/imcodes/codes"

// userTextChoices are the codes whose user sentence their category and
// action do not choose, each with the sentence it gets, as decided in the
// overrides file; sorted by platform, then code.
var userTextChoices = []userTextChoice{
{{- range .}}
	{ {{- .Platform}}, {{.Code}}, {{.Kind -}} },
{{- end}}
}
`))
