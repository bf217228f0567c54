package gen

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"

	"github.com/imcodes/imcodes/internal/vocab"
)

// Newer Easemob REST endpoints send a numeric code beside the "error"
// reason: "error_code" (five or six digits), or, for the voice-to-text and
// message-search services, a seven-digit "error.code". No public table of
// them exists; easemob-rest-error-codes.tsv holds what the Web SDKs' own
// translation tables say of each: the HTTP status it comes with, the SDK
// codes it becomes, and a meaning in this project's words. The restcode
// lines of the overrides file give each a category, an action and a Chinese
// meaning in this project's words. The generator checks the two against each
// other and against the SDK numberings, and writes easemob/errorcodes.go,
// the table behind easemob.ErrorCode.

const (
	restCodesFile    = sourcesDir + "/easemob-rest-error-codes.tsv"
	errorCodesGoFile = "easemob/errorcodes.go"
)

// restCodeColumns are the columns of easemob-rest-error-codes.tsv, in order.
var restCodeColumns = []string{"http_status", "error_code", "field", "sdk_code", "meaning_en", "sources"}

// maxMeaning bounds a meaning of the fact sheet or a Chinese meaning of the
// overrides file, in bytes: they are short phrases, and a longer cell is a
// slip (a missing tab or newline), not a meaning.
const maxMeaning = 200

// restCodeRow is a row of easemob-rest-error-codes.tsv.
type restCodeRow struct {
	pos
	code    int
	status  int    // 0 where the sheet gives none
	field   string // "error_code" or "error.code"
	web4    []int  // the SDK codes of the Web SDK 4.x numbering
	native  []int  // the SDK codes of the native numbering
	meaning string // in this project's words, English
}

// restCodeDecision is a restcode line of the overrides file.
type restCodeDecision struct {
	pos
	code             int
	category, action string
	chinese          string
	why              string
	used             bool
}

// restCode is one code of the finished table, what the template sees.
type restCode struct {
	*restCodeRow
	*restCodeDecision
}

// Code, Status, Meaning, Chinese, Web4, Native, Category and Action are what the template
// writes of a code.
func (c restCode) Code() int        { return c.restCodeRow.code }
func (c restCode) Status() int      { return c.status }
func (c restCode) Meaning() string  { return strconv.Quote(c.meaning) }
func (c restCode) Chinese() string  { return strconv.Quote(c.chinese) }
func (c restCode) Web4() string     { return intList("web4.Code", c.web4) }
func (c restCode) Category() string { return c.category }
func (c restCode) Action() string   { return c.action }
func (c restCode) Native() string   { return intList("native.Code", c.native) }

// intList writes codes as a slice literal of type typ, or nil for none.
func intList(typ string, codes []int) string {
	if len(codes) == 0 {
		return "nil"
	}
	s := make([]string, len(codes))
	for i, c := range codes {
		s[i] = strconv.Itoa(c)
	}
	return "[]" + typ + "{" + strings.Join(s, ", ") + "}"
}

// parseRESTCodes parses easemob-rest-error-codes.tsv: # comments, a header
// row naming restCodeColumns, then one row per code, sorted by code, each
// code once.
func parseRESTCodes(file string, src []byte) ([]*restCodeRow, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	var rows []*restCodeRow
	header := false
	n := 0
	for line := range strings.Lines(string(src)) {
		n++
		// Not dataLines: it trims the line, and with it the empty first
		// cell of a code without a status.
		line = strings.TrimRight(line, "\r\n")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		p := pos{file, n}
		cells := strings.Split(line, "\t")
		if !header {
			if !slices.Equal(cells, restCodeColumns) {
				return nil, p.errorf("want the header %q, got %q", strings.Join(restCodeColumns, "\t"), line)
			}
			header = true
			continue
		}
		if len(cells) != len(restCodeColumns) {
			return nil, p.errorf("want %d tab-separated cells, got %d", len(restCodeColumns), len(cells))
		}
		r, err := parseRESTCodeRow(p, cells)
		if err != nil {
			return nil, err
		}
		if n := len(rows); n > 0 && rows[n-1].code >= r.code {
			return nil, p.errorf("code %d after %d: the rows must be sorted by code, each code once", r.code, rows[n-1].code)
		}
		rows = append(rows, r)
	}
	if !header {
		return nil, pos{file, 1}.errorf("no header row")
	}
	return rows, nil
}

// parseRESTCodeRow checks and parses the cells of one row.
func parseRESTCodeRow(p pos, cells []string) (*restCodeRow, error) {
	r := &restCodeRow{pos: p, field: cells[2], meaning: cells[4]}
	if cells[0] != "" {
		status, err := strconv.Atoi(cells[0])
		if err != nil || status < 400 || status > 599 {
			return nil, p.errorf("HTTP status %q is not a failure status from 400 to 599", cells[0])
		}
		r.status = status
	}
	code, ok := parseCode(cells[1])
	if !ok || code <= 0 {
		return nil, p.errorf("error code %q is not a positive number", cells[1])
	}
	r.code = code
	// The seven-digit codes are those of the services that nest the code in
	// an error object; every other code is the body's error_code.
	wantField := "error_code"
	if code >= 1000000 {
		wantField = "error.code"
	}
	if r.field != wantField {
		return nil, p.errorf("code %d: field %q, want %q", code, r.field, wantField)
	}
	for _, sdk := range strings.Split(cells[3], ",") {
		numbering, num, _ := strings.Cut(sdk, ":")
		n, ok := parseCode(num)
		if !ok {
			return nil, p.errorf("code %d: SDK code %q is not web4:N or native:N", code, sdk)
		}
		switch numbering {
		case "web4":
			r.web4 = append(r.web4, n)
		case "native":
			r.native = append(r.native, n)
		default:
			return nil, p.errorf("code %d: SDK code %q is not web4:N or native:N", code, sdk)
		}
	}
	for _, list := range [][]int{r.web4, r.native} {
		if len(list) != len(slices.Compact(slices.Clone(list))) {
			return nil, p.errorf("code %d: an SDK code is listed twice in %q", code, cells[3])
		}
	}
	if err := plausibleMeaning(r.meaning); err != nil {
		return nil, p.errorf("code %d: meaning %q: %v", code, r.meaning, err)
	}
	return r, nil
}

// plausibleMeaning rejects text that cannot be a short meaning: empty,
// overlong, invalid UTF-8, or holding control characters.
func plausibleMeaning(s string) error {
	switch {
	case strings.TrimSpace(s) == "":
		return errors.New("empty")
	case len(s) > maxMeaning:
		return fmt.Errorf("longer than %d bytes", maxMeaning)
	case !utf8.ValidString(s):
		return errors.New("not UTF-8")
	case strings.ContainsFunc(s, unicode.IsControl):
		return errors.New("holds a control character")
	}
	return nil
}

// parseRESTCodeDecision parses the rest of a restcode line: CODE CATEGORY
// ACTION "CHINESE MEANING".
func parseRESTCodeDecision(p pos, rest string) (*restCodeDecision, error) {
	num, rest, _ := strings.Cut(rest, " ")
	code, ok := parseCode(num)
	if !ok || code <= 0 {
		return nil, p.errorf("restcode: code %q is not a positive number", num)
	}
	category, rest, _ := strings.Cut(strings.TrimSpace(rest), " ")
	action, quoted, _ := strings.Cut(strings.TrimSpace(rest), " ")
	if c, ok := vocab.CategoryNumber(category); !ok || c == vocab.OK {
		return nil, p.errorf("restcode %d: %q is not the category of a failure (want one of %s but OK)", code, category, strings.Join(vocab.CategoryNames(), ", "))
	}
	if a, ok := vocab.ActionNumber(action); !ok || a == vocab.None {
		return nil, p.errorf("restcode %d: %q is not the action of a failure (want one of %s but None)", code, action, strings.Join(vocab.ActionNames(), ", "))
	}
	quoted = strings.TrimSpace(quoted)
	zh, err := strconv.Unquote(quoted)
	if err != nil || quoted[0] != '"' {
		return nil, p.errorf("restcode %d: want CATEGORY ACTION and then the Chinese meaning as one double-quoted Go string, not %q", code, quoted)
	}
	if err := plausibleMeaning(zh); err != nil {
		return nil, p.errorf("restcode %d: Chinese meaning %q: %v", code, zh, err)
	}
	if !strings.ContainsFunc(zh, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		return nil, p.errorf("restcode %d: the Chinese meaning %q has no Chinese character", code, zh)
	}
	return &restCodeDecision{pos: p, code: code, category: category, action: action, chinese: zh}, nil
}

// buildRESTCodes checks the rows against their decisions and the SDK codes
// against the catalog's Easemob numberings: every row has a restcode line,
// every line a row, and every SDK code is in its numbering.
func buildRESTCodes(rows []*restCodeRow, decisions map[int]*restCodeDecision, cat *catalog) ([]restCode, error) {
	has := func(p *platform, code int) bool {
		_, found := slices.BinarySearchFunc(cat.of[p], code, func(e *entry, code int) int { return e.Code - code })
		return found
	}
	var out []restCode
	for _, r := range rows {
		d := decisions[r.code]
		if d == nil {
			return nil, r.errorf("REST error code %d has no restcode line in %s", r.code, overridesFile)
		}
		d.used = true
		for _, c := range r.web4 {
			if !has(easemobWeb4, c) {
				return nil, r.errorf("code %d: web4:%d is not a code of %s", r.code, c, easemobWeb4.id)
			}
		}
		for _, c := range r.native {
			if !has(easemobNative, c) {
				return nil, r.errorf("code %d: native:%d is not a code of %s", r.code, c, easemobNative.id)
			}
		}
		out = append(out, restCode{r, d})
	}
	for _, d := range decisions {
		if !d.used {
			return nil, d.errorf("restcode %d is not in %s", d.code, restCodesFile)
		}
	}
	return out, nil
}

// buildErrorCodes parses the fact sheet and the restcode lines, and checks
// them against each other and against cat.
func buildErrorCodes(in inputs, cat *catalog) ([]restCode, error) {
	rows, err := parseRESTCodes(restCodesFile, in[restCodesFile])
	if err != nil {
		return nil, err
	}
	ov, err := parseOverrides(overridesFile, in[overridesFile])
	if err != nil {
		return nil, err
	}
	return buildRESTCodes(rows, ov.restCodes, cat)
}

// renderErrorCodes renders easemob/errorcodes.go.
func renderErrorCodes(codes []restCode) ([]byte, error) {
	return execute(errorCodesTemplate, codes)
}

var errorCodesTemplate = template.Must(template.New("errorcodes.go").Parse(`package easemob

import (
	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/native"
	"github.com/imcodes/imcodes/easemob/web4"
)

// errorCodes holds what is known of each numeric REST error code, sorted by
// code: the HTTP status it comes with (0 where none is known), its category
// and action, its meaning in this project's words in English and Chinese,
// and the codes the Web SDK 4.x and the native numbering translate it into.
var errorCodes = []errorCodeInfo{
{{- range .}}
	{ {{- .Code}}, {{.Status}}, codes.{{.Category}}, codes.{{.Action}}, {{.Meaning}}, {{.Chinese}}, {{.Web4}}, {{.Native -}} },
{{- end}}
}
`))
