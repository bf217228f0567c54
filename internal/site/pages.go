package site

import (
	"slices"
	"strconv"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// row is an entry as a list shows it: with its text in the page's
// language, and the project's words for it where the vendor's text is only
// a constant's name.
type row struct {
	Entry   codes.Entry
	Text    string
	Meaning string // "" unless it differs from Text
}

func newRow(e codes.Entry, l lang) row {
	r := row{Entry: e, Text: text(e, l)}
	if m := meaning(e, l); m != r.Text {
		r.Meaning = m
	}
	return r
}

func rows(es []codes.Entry, l lang) []row {
	out := make([]row, len(es))
	for i, e := range es {
		out[i] = newRow(e, l)
	}
	return out
}

// searchPage is the search form and what it found.
type searchPage struct {
	Query query
	Rows  []row
}

func newSearchPage(q query, l lang) *searchPage {
	return &searchPage{Query: q, Rows: rows(search(q), l)}
}

// codePage is everything about one code, as `imcodes CODE` shows it, with
// the same number on the other platforms; for a code the catalog lacks, the
// codes near it.
type codePage struct {
	Entry    codes.Entry
	Known    bool
	Text     string
	Advice   string
	UserText string
	GoImport string // the import path of the platform's package
	GoIdent  string // the constant, qualified by its package's name
	Source   imcodes.Source
	Others   []row // the number on other platforms
	Near     []row // a code the catalog lacks: the nearest codes of its platform
}

// nearCount is how many codes below and above an unknown one its page lists.
const nearCount = 3

func newCodePage(p codes.Platform, code int, l lang) *codePage {
	e, known := p.Lookup(code)
	c := &codePage{Entry: e, Known: known}
	for _, o := range imcodes.Find(code) {
		if o.Platform != p {
			c.Others = append(c.Others, newRow(o, l))
		}
	}
	if !known {
		all := p.Entries()
		i, _ := slices.BinarySearchFunc(all, code, func(e codes.Entry, n int) int { return e.Code - n })
		c.Near = rows(all[max(0, i-nearCount):min(len(all), i+nearCount)], l)
		return c
	}
	c.Text = text(e, l)
	c.Advice = advice(e.Action, l)
	c.UserText = userText(e, l)
	c.GoImport = "github.com/imcodes/imcodes/" + p.String()
	c.GoIdent = packageName(p) + "." + e.Name
	for _, s := range imcodes.Sources() {
		if s.File == e.Source {
			c.Source = s
		}
	}
	return c
}

// packageName is the name of a platform's package: the last element of its
// import path.
func packageName(p codes.Platform) string {
	id := p.String()
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '/' {
			return id[i+1:]
		}
	}
	return id
}

// title is the page's title: "jmessage/server 898002 NoSuchUser".
func (c *codePage) title() string {
	t := c.Entry.Platform.String() + " " + strconv.Itoa(c.Entry.Code)
	if c.Known {
		t += " " + c.Entry.Name
	}
	return t
}

// HTTPStatus is the HTTP status of the code's category.
func (c *codePage) HTTPStatus() int { return c.Entry.Category.HTTPStatus() }
