package site

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/imcodes/imcodes"
)

// Write writes the catalog as a static site into dir, which it makes if
// needed: the search page (every code listed, searched by the script over
// index.json), a page per code at PLATFORM/CODE/index.html, and a page that
// says the paste box needs `imcodes serve`; the English pages at dir's root,
// the Chinese ones in zh/. Files of the same names are replaced; no other
// file is touched. It returns the number of files written.
func Write(dir string) (int, error) {
	s, err := newSite()
	if err != nil {
		return 0, err
	}
	w := staticWriter{dir: dir}
	for _, l := range langs {
		prefix := ""
		if l != langs[0] {
			prefix = string(l) + "/"
		}
		p := s.newPage(l, nav{static: true}, s.words[l]["search"])
		p.Search = newSearchPage(query{}, l)
		w.page(s, prefix+"index.html", "search", p)

		p = s.newPage(l, nav{static: true, self: "explain"}, s.words[l]["paste"])
		p.Explain = &explainPage{Limit: maxPasteName}
		w.page(s, prefix+"explain/index.html", "explain", p)

		for _, e := range imcodes.Entries() {
			path := codePath(e.Platform, e.Code)
			cp := newCodePage(e.Platform, e.Code, l)
			p := s.newPage(l, nav{static: true, self: path}, cp.title())
			p.Code = cp
			w.page(s, prefix+path+"/index.html", "code", p)
		}
	}
	w.file("index.json", searchIndex())
	for name, a := range s.assets {
		w.file("static/"+name, a.body)
	}
	return w.n, w.err
}

// staticWriter writes files below dir and keeps the first error.
type staticWriter struct {
	dir string
	n   int
	err error
}

func (w *staticWriter) page(s *site, rel, name string, p *page) {
	if w.err != nil {
		return
	}
	body, err := s.render(name, p)
	if err != nil {
		w.err = err
		return
	}
	w.file(rel, body)
}

func (w *staticWriter) file(rel string, body []byte) {
	if w.err != nil {
		return
	}
	path := filepath.Join(w.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		w.err = err
		return
	}
	if err := os.WriteFile(path, body, 0o644); err != nil {
		w.err = fmt.Errorf("site: %w", err)
		return
	}
	w.n++
}
