package site

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/imcodes/imcodes/codes"
)

//go:embed templates/*.html
var templateFiles embed.FS

// site holds what every page needs; it is made once, when a handler or a
// static site is made, never at start-up.
type site struct {
	pages   map[string]*template.Template // by page name: "search", "code", "explain", "notfound"
	words   map[lang]map[string]string
	choices choices
	assets  map[string]asset
	rows    sync.Map // served rows of the result list, rendered once: rowKey -> template.HTML

	indexOnce sync.Once
	index     asset // /index.json, made on first use
}

// rowKey names a rendered row of a served page.
type rowKey struct {
	lang     lang
	platform codes.Platform
	code     int
}

// pageNames are the templates of templates/, each a "content" for layout.html.
var pageNames = []string{"search", "code", "explain", "notfound"}

func newSite() (*site, error) {
	s := &site{pages: map[string]*template.Template{}, words: map[lang]map[string]string{}, choices: newChoices()}
	funcs := template.FuncMap{"visible": visible, "visibleLines": visibleLines, "rowOf": rowOf, "listOf": listOf, "rowHTML": s.rowHTML}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		s.pages[name] = t
	}
	for _, l := range langs {
		s.words[l] = map[string]string{}
	}
	for _, w := range words {
		s.words[english][w.key] = w.en
		s.words[chinese][w.key] = w.zh
	}
	var err error
	s.assets, err = loadAssets()
	return s, err
}

// page is what a template is given.
type page struct {
	Lang    lang
	T       map[string]string
	Nav     nav
	Title   string
	Choices choices
	Search  *searchPage
	Code    *codePage
	Explain *explainPage
}

func (s *site) newPage(l lang, n nav, title string) *page {
	n.lang = l
	return &page{Lang: l, T: s.words[l], Nav: n, Title: title, Choices: s.choices}
}

// pageRow is a row of a list, with the page that shows it, for the "row"
// template.
type pageRow struct {
	Page *page
	Row  row
}

func rowOf(p *page, r row) pageRow { return pageRow{p, r} }

// pageRows is a list of entries, with the page that shows it, for the
// "list" template.
type pageRows struct {
	Page *page
	Rows []row
}

func listOf(p *page, rs []row) pageRows { return pageRows{p, rs} }

// rowHTML renders a row of the result list. A served page's rows are the
// same for every search in one language, so each is rendered once: a page
// of the whole catalog then costs a copy of each, not a template run.
func (s *site) rowHTML(p *page, r row) (template.HTML, error) {
	key := rowKey{p.Lang, r.Entry.Platform, r.Entry.Code}
	if !p.Nav.static {
		if h, ok := s.rows.Load(key); ok {
			return h.(template.HTML), nil
		}
	}
	var buf bytes.Buffer
	if err := s.pages["search"].ExecuteTemplate(&buf, "row", pageRow{p, r}); err != nil {
		return "", err
	}
	h := template.HTML(buf.String()) // the output of html/template: escaped
	if !p.Nav.static {
		s.rows.Store(key, h)
	}
	return h, nil
}

// render executes the template name with p into a buffer, so that a
// failure sends an error rather than half a page.
func (s *site) render(name string, p *page) ([]byte, error) {
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, p); err != nil {
		return nil, fmt.Errorf("site: page %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// visible makes text from anywhere (a query, a pasted log) safe to show as
// it is: invalid UTF-8 becomes U+FFFD, and control characters and the
// characters that reorder text (bidirectional controls) are shown as \u
// escapes instead of acting. Tabs stay. HTML escaping is the template's job.
func visible(s string) string { return escapeHidden(s, false) }

// visibleLines is visible for the text of a form field that is shown again
// (the paste box): line breaks stay, as one '\n' each.
func visibleLines(s string) string {
	return escapeHidden(strings.ReplaceAll(s, "\r\n", "\n"), true)
}

func escapeHidden(s string, keepLines bool) string {
	clean := func(r rune) bool {
		return r == '\t' || keepLines && r == '\n' || !unicode.IsControl(r) && !isBidiControl(r) && r != utf8.RuneError
	}
	ok := true
	for _, r := range s {
		if !clean(r) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case r == utf8.RuneError:
			b.WriteRune(utf8.RuneError)
		case clean(r):
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// isBidiControl reports the characters that change the direction of the text
// around them (as in the Trojan Source attacks).
func isBidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F || 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069
}

// send writes body with status, gzip-compressed when the client takes it.
func send(w http.ResponseWriter, r *http.Request, status int, contentType string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Add("Vary", "Accept-Encoding")
	if len(body) > 512 && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		body = gzippedPage(body)
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body) // the client went away; nothing to do
}
