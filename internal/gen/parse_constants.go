package gen

import (
	"bytes"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// htmlToken is a token of an HTML page with the line it starts on.
type htmlToken struct {
	html.Token
	line int
}

// tokens returns the tokens of an HTML page, text with entities decoded.
func tokens(file string, src []byte) ([]htmlToken, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	lines := newLineIndex(src)
	z := html.NewTokenizer(bytes.NewReader(src))
	var toks []htmlToken
	for offset := 0; ; {
		tt := z.Next()
		at := offset
		offset += len(z.Raw())
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				return nil, pos{file, lines.line(at)}.errorf("%v", z.Err())
			}
			return toks, nil
		}
		toks = append(toks, htmlToken{z.Token(), lines.line(at)})
	}
}

// collapse returns s with runs of white space (no-break spaces included) as
// one space, trimmed, as a browser shows it.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// parseAppledoc parses an appledoc page of iOS SDK constants: the NS_ENUM
// definition gives each constant's value ("kJMSGErrorSDKUserNotLogin =
// 863004,"), then a <dt> with each constant's name is followed by a <dd>
// whose paragraphs describe it in Chinese (the last, "Declared In ...", is
// left out). The pages give no English message. A constant without a
// description, or an enum line that does not read NAME = NUMBER, is a
// malformed row.
func parseAppledoc(file string, src []byte) ([]row, error) {
	toks, err := tokens(file, src)
	if err != nil {
		return nil, err
	}
	start := slices.IndexFunc(toks, func(t htmlToken) bool {
		return t.Type == html.TextToken && strings.HasPrefix(strings.TrimSpace(t.Data), "typedef NS_ENUM")
	})
	if start < 0 {
		return nil, pos{file, 1}.errorf("no NS_ENUM definition")
	}
	// The definition, one constant a line, lines ended by <br>.
	type enumLine struct {
		line int
		text string
	}
	var (
		enum []enumLine
		cur  enumLine
		i    = start
	)
	for ; i < len(toks); i++ {
		t := toks[i]
		if t.Type == html.TextToken {
			if cur.text == "" && strings.TrimSpace(t.Data) != "" {
				cur.line = t.line
			}
			if cur.text != "" || strings.TrimSpace(t.Data) != "" {
				cur.text += t.Data
			}
			continue
		}
		if t.Data == "br" || t.Data == "code" {
			if s := collapse(cur.text); s != "" {
				enum = append(enum, enumLine{cur.line, s})
			}
			cur = enumLine{}
		}
		if t.Type == html.EndTagToken && t.Data == "code" {
			break
		}
	}
	// The descriptions: <dt> names the constant, the <dd> after it
	// describes it.
	descs := map[string]string{}
	var (
		name string
		text *strings.Builder // of the current <dt> or <p>
		dd   []string
		inDD bool
	)
	for _, t := range toks[i:] {
		switch {
		case t.Type == html.StartTagToken && (t.Data == "dt" || inDD && t.Data == "p"):
			text = &strings.Builder{}
		case t.Type == html.TextToken && text != nil:
			text.WriteString(t.Data)
		case t.Type == html.EndTagToken && t.Data == "dt" && text != nil:
			name, text = collapse(text.String()), nil
		case t.Type == html.StartTagToken && t.Data == "dd":
			inDD, dd = true, nil
		case t.Type == html.EndTagToken && t.Data == "p" && inDD && text != nil:
			if s := collapse(text.String()); s != "" && !strings.HasPrefix(s, "Declared In") {
				dd = append(dd, s)
			}
			text = nil
		case t.Type == html.EndTagToken && t.Data == "dd" && inDD:
			inDD = false
			if _, dup := descs[name]; dup || name == "" {
				return nil, pos{file, t.line}.errorf("description of %q: no constant before it, or a second one", name)
			}
			descs[name], name = strings.Join(dd, " "), ""
		}
	}
	var rows []row
	for _, l := range enum {
		if strings.HasPrefix(l.text, "typedef NS_ENUM") || l.text == "};" {
			continue
		}
		p := pos{file, l.line}
		nm, val, ok := strings.Cut(strings.TrimSuffix(l.text, ","), " = ")
		code, okCode := parseCode(val)
		switch {
		case !ok || !okCode || strings.Contains(nm, " "):
			rows = append(rows, row{pos: p, bad: p.errorf("enum line %q does not read NAME = NUMBER", l.text)})
		case descs[nm] == "":
			rows = append(rows, row{pos: p, code: code, bad: p.errorf("%s (%d) has no description", nm, code)})
		default:
			rows = append(rows, row{pos: p, code: code, constant: nm, description: descs[nm]})
			delete(descs, nm)
		}
	}
	if len(rows) == 0 {
		return nil, pos{file, 1}.errorf("the NS_ENUM definition has no constants")
	}
	if left := slices.Sorted(maps.Keys(descs)); len(left) > 0 && !slices.ContainsFunc(rows, func(r row) bool { return r.bad != nil }) {
		return nil, pos{file, 1}.errorf("%s is described but not in the NS_ENUM definition", left[0])
	}
	return rows, nil
}

// parseJavadocConstants parses a javadoc "Constant Field Values" page of the
// JMRTC Android SDK: rows of modifier and type, constant name and value. Each
// int constant is a code; its String constant NAME_DESC is the English
// message. The page gives no Chinese. An int constant without its _DESC, or a
// value that does not parse, is a malformed row.
func parseJavadocConstants(file string, src []byte) ([]row, error) {
	toks, err := tokens(file, src)
	if err != nil {
		return nil, err
	}
	type constant struct {
		line             int
		typ, name, value string
	}
	var (
		consts []constant
		cells  []string
		cell   *strings.Builder
		rowAt  int
	)
	for _, t := range toks {
		switch {
		case t.Type == html.StartTagToken && t.Data == "tr":
			cells, rowAt = nil, t.line
		case t.Type == html.StartTagToken && t.Data == "td":
			cell = &strings.Builder{}
		case t.Type == html.TextToken && cell != nil:
			cell.WriteString(t.Data)
		case t.Type == html.EndTagToken && t.Data == "td" && cell != nil:
			cells = append(cells, collapse(cell.String()))
			cell = nil
		case t.Type == html.EndTagToken && t.Data == "tr":
			if len(cells) == 3 {
				consts = append(consts, constant{rowAt, cells[0], cells[1], cells[2]})
			} else if len(cells) > 0 {
				return nil, pos{file, rowAt}.errorf("row has %d cells, want 3 (type, name, value)", len(cells))
			}
			cells = nil
		}
	}
	desc := map[string]string{}
	for _, c := range consts {
		if strings.HasSuffix(c.typ, "String") {
			if s, err := strconv.Unquote(c.value); err == nil {
				desc[c.name] = s
			}
		}
	}
	var rows []row
	for _, c := range consts {
		p := pos{file, c.line}
		switch {
		case strings.HasSuffix(c.typ, "String"):
			if _, ok := desc[c.name]; !ok {
				rows = append(rows, row{pos: p, bad: p.errorf("%s: %s is not a string literal", c.name, c.value)})
			}
			continue
		case !strings.HasSuffix(c.typ, " int"):
			rows = append(rows, row{pos: p, bad: p.errorf("%s: type %q is neither int nor String", c.name, c.typ)})
			continue
		}
		code, ok := parseCode(c.value)
		msg, hasDesc := desc[c.name+"_DESC"]
		switch {
		case !ok:
			rows = append(rows, row{pos: p, bad: p.errorf("%s: value %q is not a number", c.name, c.value)})
		case !hasDesc || msg == "":
			rows = append(rows, row{pos: p, code: code, bad: p.errorf("%s (%d) has no %s_DESC", c.name, code, c.name)})
		default:
			rows = append(rows, row{pos: p, code: code, constant: c.name, message: msg})
		}
	}
	if len(rows) == 0 {
		return nil, pos{file, 1}.errorf("no constants")
	}
	return rows, nil
}
