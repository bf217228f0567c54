package gen

import (
	"cmp"
	"slices"
	"text/template"
)

// sdkNamesFile is the generated table of the SDKs' own names of the codes.
const sdkNamesFile = "internal/sdknames/names.go"

// sdkName is one name an SDK gives a code.
type sdkNameRow struct {
	Name     string
	Platform *platform
	Code     int
}

// sdkNames returns every SDK name of the catalog's codes, each once, sorted
// by name, then platform order, then code: the SDK constant (the message of
// a platform whose names come from its constants, or the constant a source
// names), its aliases, and Easemob's iOS and Web SDK 5.x names.
func (cat *catalog) sdkNames() []sdkNameRow {
	var out []sdkNameRow
	order := map[*platform]int{}
	for i, p := range platforms {
		order[p] = i
		for _, e := range cat.of[p] {
			names := []string{e.Constant, e.IOSName}
			if p.derived {
				names = append(names, e.Message)
			}
			names = append(names, e.Aliases...)
			names = append(names, e.Web5Names...)
			for _, n := range names {
				r := sdkNameRow{n, p, e.Code}
				if n != "" && !slices.Contains(out, r) {
					out = append(out, r)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b sdkNameRow) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(order[a.Platform], order[b.Platform]), cmp.Compare(a.Code, b.Code))
	})
	return out
}

var sdkNamesTemplate = template.Must(template.New("names.go").Funcs(funcs).Parse(`package sdknames

import "github.com/imcodes/imcodes/codes"

// names holds every SDK name of the catalog's codes, sorted by name, then
// platform, then code.
var names = []Name{
{{- range .}}
	{ {{- quote .Name}}, codes.{{.Const}}, {{.Code -}} },
{{- end}}
}
`))

// Const is the codes.Platform constant of r's platform.
func (r sdkNameRow) Const() string { return r.Platform.konst }
