package site

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/imcodes/imcodes/codes"
)

// Handler returns the web catalog (see the package documentation for its
// pages). The error reports a broken build (a template that does not
// parse), never anything about the request.
func Handler() (http.Handler, error) {
	s, err := newSite()
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.searchPage)
	mux.HandleFunc("GET /explain", s.explainForm)
	mux.HandleFunc("POST /explain", s.explainPost)
	mux.HandleFunc("GET /index.json", s.indexJSON)
	mux.HandleFunc("GET /api/search", s.apiSearch)
	mux.HandleFunc("GET /api/code/{path...}", s.apiCode)
	mux.HandleFunc("POST /api/explain", s.apiExplain)
	mux.HandleFunc("GET /static/{name}", s.staticFile)
	mux.HandleFunc("GET /{path...}", s.codePage)
	return secureHeaders(mux), nil
}

// contentSecurity lets a page load only the site's own script, style and
// icon, and send forms and requests only to the site: an injected tag could
// neither run nor fetch anything.
const contentSecurity = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurity)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// Server bounds, for NewServer: a request is a few hundred bytes of
// headers and at most a paste of a MiB; anything slower than these is a
// client that went away or is holding a connection open.
const (
	maxHeaderBytes    = 16 << 10
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 60 * time.Second
)

// NewServer returns a server of h on addr with bounded headers and every
// timeout set.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		MaxHeaderBytes:    maxHeaderBytes,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
	}
}

// html sends a page of the served site.
func (s *site) html(w http.ResponseWriter, r *http.Request, status int, name string, p *page) {
	body, err := s.render(name, p)
	if err != nil {
		http.Error(w, "imcodes: cannot show this page", http.StatusInternalServerError)
		return
	}
	w.Header().Add("Vary", "Accept-Language, Cookie")
	send(w, r, status, "text/html; charset=utf-8", body)
}

// servedNav is the nav of a served page at path (without its leading slash).
func servedNav(r *http.Request, path string) nav {
	return nav{self: path, query: r.URL.Query()}
}

func (s *site) searchPage(w http.ResponseWriter, r *http.Request) {
	l := requestLang(w, r)
	p := s.newPage(l, servedNav(r, ""), s.words[l]["search"])
	p.Search = newSearchPage(parseQuery(r.URL.Query()), l)
	s.html(w, r, http.StatusOK, "search", p)
}

// codePage serves /PLATFORM/CODE, and a page that says "not found" for any
// other path.
func (s *site) codePage(w http.ResponseWriter, r *http.Request) {
	p, code, ok := parseCodePath(r.PathValue("path"))
	if !ok {
		s.notFound(w, r)
		return
	}
	l := requestLang(w, r)
	cp := newCodePage(p, code, l)
	pg := s.newPage(l, servedNav(r, codePath(p, code)), cp.title())
	pg.Code = cp
	status := http.StatusOK
	if !cp.Known {
		status = http.StatusNotFound
	}
	s.html(w, r, status, "code", pg)
}

func (s *site) notFound(w http.ResponseWriter, r *http.Request) {
	l := requestLang(w, r)
	s.html(w, r, http.StatusNotFound, "notfound", s.newPage(l, servedNav(r, ""), s.words[l]["notFound"]))
}

// parseCodePath reads "jmessage/server/898002": a platform's id, a slash,
// and a number as Go writes it (no plus sign, no leading zeros, at most
// eleven digits), so that each code has one URL.
func parseCodePath(path string) (codes.Platform, int, bool) {
	i := strings.LastIndexByte(path, '/')
	if i < 0 {
		return 0, 0, false
	}
	p, ok := platformByID(path[:i])
	digits := path[i+1:]
	if !ok || len(digits) > 12 {
		return 0, 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || strconv.Itoa(n) != digits {
		return 0, 0, false
	}
	return p, n, true
}
