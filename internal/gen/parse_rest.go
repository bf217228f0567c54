package gen

import (
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// restErrorHeading is the heading or paragraph above each endpoint's list of
// error codes in the REST reference.
const restErrorHeading = "Error Code"

// parseRESTReference parses the JMessage REST reference: after each "Error
// Code" heading or paragraph, bullet lists of "CODE description" items, the
// description in Chinese. The reference gives no English message. An item
// that does not start with a code, or has no description, is a malformed row.
func parseRESTReference(file string, src []byte) ([]row, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	lines := newLineIndex(src)
	doc := markdown.Parse(text.NewReader(src))
	var rows []row
	inList := false
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n.Kind() {
		case ast.KindHeading, ast.KindParagraph:
			inList = strings.TrimSpace(inlineText(n, src)) == restErrorHeading
			continue
		case ast.KindList:
			if !inList {
				continue
			}
		default:
			inList = false
			continue
		}
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			rows = append(rows, restItem(file, src, lines, item))
		}
	}
	if len(rows) == 0 {
		return nil, pos{file, 1}.errorf("no %q lists", restErrorHeading)
	}
	return rows, nil
}

// restItem reads one bullet of an error-code list.
func restItem(file string, src []byte, lines lineIndex, item ast.Node) row {
	p := pos{file, 0}
	var parts []string
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Lines().Len() > 0 && p.line == 0 {
			p.line = lines.line(c.Lines().At(0).Start)
		}
		parts = append(parts, inlineText(c, src))
	}
	if p.line == 0 {
		p.line = lines.line(max(item.Pos(), 0))
	}
	item1 := strings.TrimFunc(strings.Join(parts, " "), unicode.IsSpace)
	end := 0
	for end < len(item1) && item1[end] >= '0' && item1[end] <= '9' {
		end++
	}
	code, ok := parseCode(item1[:end])
	desc := strings.TrimFunc(item1[end:], unicode.IsSpace)
	switch {
	case !ok:
		return row{pos: p, bad: p.errorf("bullet does not start with a code: %q", item1)}
	case desc == item1[end:] && desc != "":
		return row{pos: p, code: code, bad: p.errorf("code %d: no space after the code in %q", code, item1)}
	case desc == "":
		return row{pos: p, code: code, bad: p.errorf("code %d: no description", code)}
	}
	return row{pos: p, code: code, description: desc}
}
