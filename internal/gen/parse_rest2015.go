package gen

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// rest2015Header are the column titles of the error table of the 2015 REST
// reference.
var rest2015Header = []string{"Code", "HTTP", "Error Message", "说明"}

// parseREST2015 parses the JMessage REST reference of 2015: one pipe table
// of code, HTTP status, English message and Chinese description (GFM rows,
// some without the closing pipe, with tabs and padding in the cells), and
// the error objects of its JSON examples, {"code": N, "message": "..."},
// which hold the numbers the API used before the 899xxx family (3001, 8001)
// and give no Chinese. An example is read by a JSON decoder, on one line or
// several, wherever it stands in a fenced code block: the examples around it
// are not valid JSON (trailing commas), so the blocks are not decoded whole.
func parseREST2015(file string, src []byte) ([]row, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	lines := newLineIndex(src)
	doc := markdown.Parse(text.NewReader(src))
	var (
		rows  []row
		table *east.Table
	)
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *east.Table:
			p := pos{file, lines.line(n.Pos())}
			if table != nil {
				return nil, p.errorf("second table (first at line %d)", lines.line(table.Pos()))
			}
			table = n
			trs, err := rest2015Rows(file, src, lines, n)
			if err != nil {
				return nil, err
			}
			rows = append(rows, trs...)
		case *ast.FencedCodeBlock:
			if n.Lines().Len() > 0 {
				start, stop := n.Lines().At(0).Start, n.Lines().At(n.Lines().Len()-1).Stop
				rows = append(rows, jsonErrorRows(file, src[start:stop], start, lines)...)
			}
		}
	}
	if table == nil {
		return nil, pos{file, 1}.errorf("no table of %s", strings.Join(rest2015Header, ", "))
	}
	return rows, nil
}

// rest2015Rows reads the rows of the error table.
func rest2015Rows(file string, src []byte, lines lineIndex, t *east.Table) ([]row, error) {
	var rows []row
	for n := t.FirstChild(); n != nil; n = n.NextSibling() {
		p := pos{file, lines.line(n.Pos())}
		var cells []string
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if c.Lines().Len() == 0 {
				break // padding that the parser added to a short row
			}
			cells = append(cells, strings.TrimSpace(inlineText(c, src)))
		}
		if _, ok := n.(*east.TableHeader); ok {
			if !slices.Equal(cells, rest2015Header) {
				return nil, p.errorf("table header is %q, want %q", cells, rest2015Header)
			}
			continue
		}
		if len(cells) != len(rest2015Header) || rowRemainder(n, src) != "" {
			rows = append(rows, row{pos: p, bad: p.errorf("row has %d cells%s, want 4 (%s)", len(cells), rowRemainder(n, src), strings.Join(rest2015Header, ", "))})
			continue
		}
		code, ok := parseCode(cells[0])
		status, okStatus := parseCode(cells[1])
		switch {
		case !ok:
			rows = append(rows, row{pos: p, bad: p.errorf("code %q is not a number", cells[0])})
		case !okStatus || status < 100 || status > 599:
			rows = append(rows, row{pos: p, code: code, bad: p.errorf("code %d: HTTP status %q is not one", code, cells[1])})
		case !plausibleText(cells[2]) || !plausibleText(cells[3]):
			rows = append(rows, row{pos: p, code: code, bad: p.errorf("code %d: the message or the description is empty or longer than %d bytes", code, maxText)})
		default:
			rows = append(rows, row{pos: p, code: code, message: cells[2], description: cells[3]})
		}
	}
	return rows, nil
}

// jsonErrorRows reads the error objects of a code block whose text is block,
// at offset in the file: each object that opens with a "code" member must be
// exactly {"code": NUMBER, "message": "TEXT"}. Its row is on the line of
// "code". An object is read within maxText bytes, so that a long block costs
// time in proportion to its length.
func jsonErrorRows(file string, block []byte, offset int, lines lineIndex) []row {
	var rows []row
	for i := 0; i < len(block); i++ {
		if block[i] != '{' {
			continue
		}
		key := i + 1 + len(block[i+1:]) - len(bytes.TrimLeft(block[i+1:], " \t\r\n"))
		if !bytes.HasPrefix(block[key:], []byte(`"code"`)) {
			continue
		}
		p := pos{file, lines.line(offset + key)}
		var obj map[string]json.RawMessage
		var msg string
		d := json.NewDecoder(bytes.NewReader(block[i:min(len(block), i+maxText)]))
		err := d.Decode(&obj)
		code, ok := parseCode(string(obj["code"]))
		switch {
		case err != nil:
			rows = append(rows, row{pos: p, bad: p.errorf("error object in a JSON example: %v", err)})
			continue
		case len(obj) != 2 || obj["message"] == nil || !ok:
			rows = append(rows, row{pos: p, bad: p.errorf("error object in a JSON example is not {\"code\": NUMBER, \"message\": TEXT}")})
			continue
		case json.Unmarshal(obj["message"], &msg) != nil || !plausibleText(msg):
			rows = append(rows, row{pos: p, code: code, bad: p.errorf("code %d: the message of the JSON example is not one line of text", code)})
			continue
		}
		rows = append(rows, row{pos: p, code: code, message: msg})
		i += int(d.InputOffset()) - 1
	}
	return rows
}
