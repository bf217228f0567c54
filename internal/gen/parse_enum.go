package gen

import (
	"slices"
	"strconv"
	"strings"
)

// enumHeader is the header line of easemob-sdk-enum.tsv.
const enumHeader = "code\tconstant\ton_page\tfirst_version\tlast_version\temitted\tnote"

// parseEnumTSV parses the fact sheet of the Easemob Web SDK's statusCode
// enum: tab-separated lines under enumHeader, # comments before it. Each line
// is a constant of one number in a range of SDK versions; emitted says
// whether the newest SDK raises it. The message of its row is the constant
// (the only English the vendor gives), its description empty: the vendor
// gives no text, and the note is this project's words, kept apart for doc
// comments.
//
// A row is current when the newest SDK of the sheet (the greatest
// last_version) raises it, and deprecated otherwise. Where a number has
// several constants, the one the newest SDK still has wins (a number reused
// gets its newest meaning); constants of the same versions are aliases, the
// first line's constant winning. A line with the wrong fields is a malformed
// row.
func parseEnumTSV(file string, src []byte) ([]row, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	type enumRow struct {
		row
		first, last string
	}
	var (
		rows   []enumRow
		header bool
		n      int
	)
	for line := range strings.Lines(string(src)) {
		n++
		p := pos{file, n}
		line = strings.TrimRight(line, "\r\n")
		switch {
		case !header && (strings.HasPrefix(line, "#") || strings.TrimSpace(line) == ""):
			continue
		case !header && line == enumHeader:
			header = true
			continue
		case !header:
			return nil, p.errorf("want the header %q before the rows", enumHeader)
		case strings.TrimSpace(line) == "":
			continue
		}
		f := strings.Split(line, "\t")
		r := enumRow{row: row{pos: p}}
		if len(f) != 7 {
			r.bad = p.errorf("row has %d fields, want 7 (%s)", len(f), strings.ReplaceAll(enumHeader, "\t", ", "))
			rows = append(rows, r)
			continue
		}
		code, ok := parseCode(f[0])
		r.code, r.message, r.note, r.first, r.last = code, f[1], strings.TrimSpace(f[6]), f[3], f[4]
		switch {
		case !ok:
			r.bad = p.errorf("code %q is not a number", f[0])
		case !isConstant(f[1]):
			r.bad = p.errorf("code %d: constant %q is not an upper-case identifier", code, f[1])
		case f[2] != "yes" && f[2] != "no":
			r.bad = p.errorf("code %d: on_page %q is neither yes nor no", code, f[2])
		case !isVersion(f[3]) || !isVersion(f[4]) || compareVersions(f[3], f[4]) > 0:
			r.bad = p.errorf("code %d: bad version range %q to %q", code, f[3], f[4])
		case f[5] != "yes" && f[5] != "no" && f[5] != "":
			r.bad = p.errorf("code %d: emitted %q is neither yes, no nor empty", code, f[5])
		}
		r.deprecated = f[5] != "yes"
		rows = append(rows, r)
	}
	if !header {
		return nil, pos{file, 1}.errorf("no header line %q", enumHeader)
	}
	if len(rows) == 0 {
		return nil, pos{file, 1}.errorf("no rows")
	}
	newest := ""
	for _, r := range rows {
		if r.bad == nil && (newest == "" || compareVersions(r.last, newest) > 0) {
			newest = r.last
		}
	}
	// The winner of each number: the greatest last version, then the first
	// line.
	var (
		out    []row
		last   []string        // the last version of each row of out
		byCode = map[int]int{} // code -> index in out
	)
	for _, r := range rows {
		if r.bad == nil {
			r.deprecated = r.deprecated || r.last != newest
			switch {
			case r.last != newest:
				r.deprecation = "the Web SDK " + newest + " no longer has it; versions " + r.first + " to " + r.last + " did"
			case r.deprecated:
				r.deprecation = "the Web SDK " + newest + " declares it but never raises it; older SDKs may"
			}
		}
		i, dup := byCode[r.code]
		if r.bad != nil || !dup {
			if r.bad == nil {
				byCode[r.code] = len(out)
			}
			out, last = append(out, r.row), append(last, r.last)
			continue
		}
		switch compareVersions(r.last, last[i]) {
		case 1: // the number was reused: the newer constant wins
			out[i], last[i] = r.row, r.last
		case 0: // an alias
			out[i].aliases = append(out[i].aliases, r.message)
		}
	}
	return out, nil
}

// isConstant reports whether s is an SDK constant name: upper-case letters,
// digits and underscores, starting with a letter.
func isConstant(s string) bool {
	for i, c := range s {
		if !(c >= 'A' && c <= 'Z' || c == '_' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return s != ""
}

// isVersion reports whether s is a version such as 4.21.1 or 4.8.1-2.
func isVersion(s string) bool {
	parts := versionParts(s)
	return len(parts) >= 3 && !slices.Contains(parts, -1)
}

func versionParts(s string) []int {
	var parts []int
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '-' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 || len(f) > 1 && f[0] == '0' {
			n = -1
		}
		parts = append(parts, n)
	}
	if strings.Count(s, ".")+strings.Count(s, "-")+1 != len(parts) {
		parts = append(parts, -1)
	}
	return parts
}

// compareVersions compares two versions part by part.
func compareVersions(a, b string) int {
	return slices.Compare(versionParts(a), versionParts(b))
}
