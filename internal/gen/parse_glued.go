package gen

import (
	"bytes"
	"strings"
	"unicode"
)

// gluedHeader is the header line of the table in jmessage-web.txt: the three
// column titles "Code", "Err Message" and "DESCRIPTION" run together, like
// every row below it.
const gluedHeader = "CodeErr MessageDESCRIPTION"

// parseGlued parses text extracted from a rendered page in which each table
// row is one line holding the code, the English message and the Chinese
// description with no separator between them: "880103user not exist用户不存在".
//
// The code is the leading digits. The description starts at the first CJK
// character, since the English never holds one. That split is a guess when the
// description itself opens with Latin text ("appkey 不存在"): the guess then
// leaves the English ending in a space ("appkey not existappkey "), and the
// row is marked ambiguous, to be split by an override backed by evidence.
func parseGlued(file string, src []byte) ([]row, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	var rows []row
	inTable := false
	n := 0
	for b := range bytes.Lines(src) {
		n++
		p := pos{file, n}
		line := strings.TrimSpace(string(b))
		switch {
		case !inTable:
			inTable = line == gluedHeader
			continue
		case line == "":
			continue
		}
		r, err := splitGlued(p, line)
		if err != nil {
			return nil, err
		}
		rows = append(rows, r)
	}
	if !inTable {
		return nil, pos{file, 1}.errorf("no table: header line %q not found", gluedHeader)
	}
	if len(rows) == 0 {
		return nil, pos{file, 1}.errorf("table has no rows")
	}
	return rows, nil
}

// splitGlued splits one glued line into a row.
func splitGlued(p pos, line string) (row, error) {
	end := 0
	for end < len(line) && (line[end] >= '0' && line[end] <= '9' || end == 0 && line[end] == '-') {
		end++
	}
	code, ok := parseCode(line[:end])
	if !ok {
		return row{}, p.errorf("row does not start with a code: %q", line)
	}
	rest := line[end:]
	cjk := strings.IndexFunc(rest, isCJK)
	if cjk < 0 {
		return row{}, p.errorf("code %d: no Chinese description in %q", code, rest)
	}
	r := row{
		pos:         p,
		code:        code,
		message:     strings.TrimSpace(rest[:cjk]),
		description: strings.TrimSpace(rest[cjk:]),
		glued:       rest,
		ambiguous:   cjk > 0 && rest[cjk-1] == ' ',
	}
	if r.message == "" {
		return row{}, p.errorf("code %d: no English message before the Chinese description in %q", code, rest)
	}
	return r, nil
}

// resplit splits r.glued after the given English message, as an override
// decides. The message must be a prefix of the glued text and leave a
// description behind.
func (r *row) resplit(message string) bool {
	desc, ok := strings.CutPrefix(r.glued, message)
	desc = strings.TrimSpace(desc)
	if !ok || desc == "" || strings.TrimSpace(message) != message || message == "" {
		return false
	}
	r.message, r.description, r.ambiguous = message, desc, false
	return true
}

// isCJK reports whether r is a Han character or CJK or full-width
// punctuation, which only the Chinese column contains.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) ||
		0x3000 <= r && r <= 0x303F || // CJK symbols and punctuation
		0xFF00 <= r && r <= 0xFFEF // half-width and full-width forms
}
