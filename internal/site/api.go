package site

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/sdknames"
)

// The JSON API answers with the objects of `imcodes list -format json` (entries)
// and of `imcodes explain -format json` (matches). Its errors are
// {"error": "..."} with the HTTP status.

// sendJSON writes v as JSON. The encoder's HTML escaping stays on: the
// objects are the same, and a browser that sniffed the body as HTML despite
// nosniff would find no tag in it.
func sendJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		http.Error(w, "imcodes: cannot encode the answer", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Access-Control-Allow-Origin", "*") // public data, no credentials
	send(w, r, status, "application/json; charset=utf-8", buf.Bytes())
}

type apiError struct {
	Error string `json:"error"`
}

// indexJSON is the search index, which the page's script searches. It is the same for every request: made and compressed once, and
// served as the embedded files are.
func (s *site) indexJSON(w http.ResponseWriter, r *http.Request) {
	s.indexOnce.Do(func() {
		s.index = newAsset(searchIndex(), "application/json; charset=utf-8")
	})
	w.Header().Set("Access-Control-Allow-Origin", "*")
	serveAsset(w, r, s.index)
}

// apiSearch is the search of the search page, with the same parameters.
func (s *site) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := parseQuery(r.URL.Query())
	if q.TooLong {
		sendJSON(w, r, http.StatusBadRequest, apiError{"query longer than " + strconv.Itoa(maxQuery) + " bytes"})
		return
	}
	sendJSON(w, r, http.StatusOK, orEmpty(search(q)))
}

// apiCode is /api/code/NUMBER, the entries of a number on every platform,
// or /api/code/PLATFORM/NUMBER, one entry.
func (s *site) apiCode(w http.ResponseWriter, r *http.Request) {
	path := r.PathValue("path")
	if n, err := strconv.Atoi(path); err == nil && strconv.Itoa(n) == path {
		found := imcodes.Find(n)
		status := http.StatusOK
		if len(found) == 0 {
			status = http.StatusNotFound
		}
		sendJSON(w, r, status, orEmpty(found))
		return
	}
	p, code, ok := parseCodePath(path)
	if !ok {
		sendJSON(w, r, http.StatusNotFound, apiError{"not a code: use /api/code/NUMBER or /api/code/PLATFORM/NUMBER"})
		return
	}
	e, ok := p.Lookup(code)
	if !ok {
		sendJSON(w, r, http.StatusNotFound, apiError{p.String() + " has no code " + strconv.Itoa(code)})
		return
	}
	sendJSON(w, r, http.StatusOK, e)
}

// explained is the answer of /api/explain.
type explained struct {
	Matches []match `json:"matches"` // the first maxAPI
	Total   int     `json:"total"`   // all of them
}

// apiExplain finds the codes in the request's body, taken as text.
func (s *site) apiExplain(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxPaste))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			sendJSON(w, r, http.StatusRequestEntityTooLarge, apiError{"the text is larger than " + maxPasteName + "; for a larger log, run imcodes explain"})
			return
		}
		sendJSON(w, r, http.StatusBadRequest, apiError{"cannot read the body"})
		return
	}
	out := explained{Matches: []match{}}
	// scan's error is a reader's, and a strings.Reader has none.
	scan(string(body), func(m match) bool {
		out.Total++
		if len(out.Matches) < maxAPI {
			out.Matches = append(out.Matches, m)
		}
		return true
	})
	sendJSON(w, r, http.StatusOK, out)
}

// orEmpty makes a list that found nothing [] rather than null.
func orEmpty(es []codes.Entry) []codes.Entry {
	if es == nil {
		return []codes.Entry{}
	}
	return es
}

// indexEntry is an entry of the search index: the object of `imcodes list
// -json`, with the names the SDKs give the code, which imcodes.Search also
// searches.
type indexEntry struct {
	codes.Entry
	SDKNames []string `json:"sdk_names,omitempty"`
}

// searchIndex is every entry of the catalog, as the page's script searches
// it: /index.json, and index.json of a static site.
func searchIndex() []byte {
	type key struct {
		p    codes.Platform
		code int
	}
	names := map[key][]string{}
	for _, n := range sdknames.All() {
		k := key{n.Platform, n.Code}
		names[k] = append(names[k], n.Name)
	}
	var index []indexEntry
	for _, e := range imcodes.Entries() {
		index = append(index, indexEntry{e, names[key{e.Platform, e.Code}]})
	}
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(index) // entries always encode
	return buf.Bytes()
}
