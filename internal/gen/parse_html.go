package gen

import (
	"bytes"
	"io"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// htmlTable is one <table> of a Markdown page, with the heading it is under.
type htmlTable struct {
	heading string
	pos
	rows []row
}

// parseHTMLTables parses the raw HTML tables of a Markdown page. Headings come
// from the Markdown parser; tables and cells from the HTML tokenizer, which
// copes with what such pages hold: rows spread over blank lines, stray end tags
// such as a lone </a>, links inside cells. Cells are reduced to their text,
// entities decoded, and trimmed. Every data row must have three <td> cells:
// a code, the English message (which may be empty) and the Chinese
// description (which may not).
func parseHTMLTables(file string, src []byte) ([]htmlTable, error) {
	tables, err := htmlTables(file, src)
	if err != nil {
		return nil, err
	}
	for _, t := range tables {
		if _, err := wellFormed(t.rows, nil); err != nil {
			return nil, err
		}
	}
	return tables, nil
}

// htmlTables is parseHTMLTables with malformed rows returned as such.
func htmlTables(file string, src []byte) ([]htmlTable, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	lines := newLineIndex(src)
	var tables []htmlTable
	for _, s := range sections(src) {
		ts, err := tokenizeTables(file, src, s, lines)
		if err != nil {
			return nil, err
		}
		tables = append(tables, ts...)
	}
	return tables, nil
}

// section is the part of a page under one heading: [start, end) in bytes.
type section struct {
	heading    string
	start, end int
}

// sections splits a Markdown page at its headings; text before the first
// heading is a section with an empty heading.
func sections(src []byte) []section {
	secs := []section{{start: 0}}
	doc := markdown.Parse(text.NewReader(src))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok || h.Lines().Len() == 0 {
			continue
		}
		start := h.Lines().At(0).Start
		start = bytes.LastIndexByte(src[:start], '\n') + 1 // the heading's whole line
		secs[len(secs)-1].end = start
		secs = append(secs, section{heading: strings.TrimSpace(inlineText(h, src)), start: start})
	}
	secs[len(secs)-1].end = len(src)
	return secs
}

// htmlRow makes a row of the cells of a <tr>, or a malformed row.
func htmlRow(p pos, cells []string) row {
	if len(cells) != 3 {
		return row{pos: p, bad: p.errorf("row has %d cells, want 3 (code, message, description)", len(cells))}
	}
	code, ok := parseCode(cells[0])
	if !ok {
		return row{pos: p, bad: p.errorf("code %q is not a number", cells[0])}
	}
	if cells[2] == "" {
		return row{pos: p, code: code, bad: p.errorf("code %d: empty description", code)}
	}
	return row{pos: p, code: code, message: cells[1], description: cells[2]}
}

// tokenizeTables reads the tables of one section.
func tokenizeTables(file string, src []byte, s section, lines lineIndex) ([]htmlTable, error) {
	var (
		tables  []htmlTable
		table   *htmlTable
		cells   []string // cells of the current row
		header  bool     // the current row has <th> cells
		rowAt   = -1     // offset of the current row's first cell, -1 outside a row
		cell    strings.Builder
		inCell  bool
		offset  = s.start
		z       = html.NewTokenizer(bytes.NewReader(src[s.start:s.end]))
		at      = func(off int) pos { return pos{file, lines.line(off)} }
		endCell = func() {
			if inCell {
				cells = append(cells, strings.TrimSpace(cell.String()))
				cell.Reset()
				inCell = false
			}
		}
	)
	endRow := func() error {
		endCell()
		defer func() { cells, header, rowAt = nil, false, -1 }()
		if rowAt < 0 {
			return nil
		}
		p := at(rowAt)
		if header && len(cells) == 3 {
			return nil
		}
		table.rows = append(table.rows, htmlRow(p, cells))
		return nil
	}
	for {
		tt := z.Next()
		tokAt := offset
		offset += len(z.Raw())
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return nil, at(tokAt).errorf("%v", z.Err())
			}
			if table != nil {
				return nil, table.errorf("table under %q is not closed", s.heading)
			}
			return tables, nil
		case html.TextToken:
			text := z.Text() // entities decoded; a second call would return nothing
			switch {
			case inCell:
				cell.Write(text)
			case table != nil && len(bytes.TrimSpace(text)) > 0:
				return nil, at(tokAt).errorf("text outside a table cell: %q", bytes.TrimSpace(text))
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if table == nil {
				if tag == "table" && tt == html.StartTagToken {
					table = &htmlTable{heading: s.heading, pos: at(tokAt)}
				}
				continue
			}
			end := tt == html.EndTagToken
			switch {
			case tag == "table" && !end:
				return nil, at(tokAt).errorf("table inside a table")
			case tag == "table":
				if err := endRow(); err != nil {
					return nil, err
				}
				if len(table.rows) == 0 {
					return nil, table.errorf("table under %q has no rows", s.heading)
				}
				tables = append(tables, *table)
				table = nil
			case tag == "tr":
				if err := endRow(); err != nil {
					return nil, err
				}
			case (tag == "td" || tag == "th") && !end:
				endCell()
				if rowAt < 0 {
					rowAt = tokAt
				}
				header = header || tag == "th"
				inCell = true
			case tag == "td" || tag == "th":
				endCell()
			case tag == "br" && inCell:
				cell.WriteByte(' ')
			}
		}
	}
}
