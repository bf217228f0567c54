package site

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/codes"
)

// nav makes the links of a page. A served page links from the server's root
// with the language in a cookie; a static site has a tree per language (the
// English one at its root, the Chinese one in zh/) and links by relative
// paths to index.html files, so that it works from any folder of any host,
// and from file:// too.
type nav struct {
	static bool
	lang   lang
	self   string     // the page's path below its language's root: "", "explain", "jmessage/server/898002"
	query  url.Values // served: the page's query, kept by the language switch
}

// root is the way from the page up to the site's root.
func (n nav) root() string {
	if !n.static {
		return "/"
	}
	depth := 0
	if n.self != "" {
		depth = strings.Count(n.self, "/") + 1
	}
	if n.lang != langs[0] {
		depth++
	}
	return strings.Repeat("../", depth)
}

// page links to the page at path in language l.
func (n nav) page(l lang, path string) string {
	if !n.static {
		return "/" + path
	}
	p := n.root()
	if l != langs[0] {
		p += string(l) + "/"
	}
	if path != "" {
		p += path + "/"
	}
	return p + "index.html"
}

// Home links to the search page.
func (n nav) Home() string { return n.page(n.lang, "") }

// Explain links to the paste box.
func (n nav) Explain() string { return n.page(n.lang, "explain") }

// Code links to the page of e.
func (n nav) Code(e codes.Entry) string { return n.page(n.lang, codePath(e.Platform, e.Code)) }

// CodeBase and CodeSuffix are what comes before and after
// "PLATFORM/CODE" in the link to a code's page, for the script.
func (n nav) CodeBase() string {
	link := n.page(n.lang, "@")
	return link[:strings.LastIndex(link, "@")]
}

// CodeSuffix: see CodeBase.
func (n nav) CodeSuffix() string {
	link := n.page(n.lang, "@")
	return link[strings.LastIndex(link, "@")+1:]
}

// Asset links to one of the embedded files.
func (n nav) Asset(name string) string { return n.root() + "static/" + name }

// Index links to every entry as JSON, which the script searches.
func (n nav) Index() string { return n.root() + "index.json" }

// API links to the JSON of the page's code, on a served site only.
func (n nav) API() string {
	if n.static {
		return ""
	}
	return "/api/code/" + n.self
}

// Switch links to the page in the other language.
func (n nav) Switch() string {
	other := n.lang.other()
	if n.static {
		return n.page(other, n.self)
	}
	v := url.Values{}
	for k, vs := range n.query {
		if k != "lang" {
			v[k] = vs
		}
	}
	v.Set("lang", string(other))
	return "/" + n.self + "?" + v.Encode()
}

// Static reports whether the page is part of a static site.
func (n nav) Static() bool { return n.static }

// codePath is the path of a code's page: "jmessage/server/898002".
func codePath(p codes.Platform, code int) string {
	return p.String() + "/" + strconv.Itoa(code)
}
