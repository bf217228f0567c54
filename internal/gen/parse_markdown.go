package gen

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown parses GitHub-flavoured Markdown, tables included.
var markdown = goldmark.New(goldmark.WithExtensions(extension.Table)).Parser()

// parseMarkdownTable parses the one pipe table of a Markdown page, whose
// columns are code, English message and Chinese description. Every cell must
// be filled, and a row must have exactly the header's three cells: the GFM
// rule of padding short rows and dropping extra cells would hide a broken row.
func parseMarkdownTable(file string, src []byte) ([]row, error) {
	return wellFormed(markdownRows(file, src))
}

// markdownRows is parseMarkdownTable with malformed rows returned as such.
func markdownRows(file string, src []byte) ([]row, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	lines := newLineIndex(src)
	doc := markdown.Parse(text.NewReader(src))
	var tables []*east.Table
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if t, ok := n.(*east.Table); ok {
			tables = append(tables, t)
		}
	}
	if len(tables) != 1 {
		return nil, pos{file, 1}.errorf("want one table, found %d", len(tables))
	}
	var rows []row
	for n := tables[0].FirstChild(); n != nil; n = n.NextSibling() {
		p := pos{file, lines.line(n.Pos())}
		if _, ok := n.(*east.TableHeader); ok {
			if c := n.ChildCount(); c != 3 {
				return nil, p.errorf("table header has %d columns, want 3 (code, message, description)", c)
			}
			continue
		}
		var cells []string
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Lines().Len() == 0 {
				break // padding that the parser added to a short row
			}
			cells = append(cells, strings.TrimSpace(inlineText(c, src)))
		}
		rows = append(rows, markdownRow(p, cells, rowRemainder(n, src)))
	}
	if len(rows) == 0 {
		return nil, pos{file, lines.line(tables[0].Pos())}.errorf("table has no rows")
	}
	return rows, nil
}

// markdownRow makes a row of the cells of a table row, or a malformed row.
func markdownRow(p pos, cells []string, rest string) row {
	if len(cells) != 3 || rest != "" {
		return row{pos: p, bad: p.errorf("row has %d cells%s, want 3 (code, message, description)", len(cells), rest)}
	}
	code, ok := parseCode(cells[0])
	if !ok {
		return row{pos: p, bad: p.errorf("code %q is not a number", cells[0])}
	}
	if cells[1] == "" || cells[2] == "" {
		return row{pos: p, code: code, bad: p.errorf("code %d: empty message or description", code)}
	}
	return row{pos: p, code: code, message: cells[1], description: cells[2]}
}

// rowRemainder returns " and more after the last" when the source line of row
// goes on past its last cell: cells beyond the header's count.
func rowRemainder(row ast.Node, src []byte) string {
	last := row.LastChild()
	for last != nil && last.Lines().Len() == 0 {
		last = last.PreviousSibling()
	}
	if last == nil {
		return ""
	}
	tail := src[last.Lines().At(0).Stop:]
	if i := bytes.IndexByte(tail, '\n'); i >= 0 {
		tail = tail[:i]
	}
	if t := strings.TrimSpace(string(tail)); t != "" && t != "|" {
		return " and more after the last"
	}
	return ""
}

// inlineText returns the text of an inline container as a reader sees it:
// backslash escapes and character references resolved (goldmark leaves them
// in the source segments for its renderer), code spans as they are, inline
// HTML dropped, soft line breaks as spaces.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.CodeSpan:
			for c := t.FirstChild(); c != nil; c = c.NextSibling() {
				if s, ok := c.(*ast.Text); ok {
					b.Write(s.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			v := t.Segment.Value(src)
			if !t.IsRaw() {
				v = util.UnescapePunctuations(util.ResolveEntityNames(util.ResolveNumericReferences(v)))
			}
			b.Write(v)
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
