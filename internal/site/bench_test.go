package site

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// The site's search (a number's entries, then imcodes.Search's ranking,
// then the filters) beside the plainest search there is, one
// strings.Contains per text of every entry, in one run; and the whole
// request, from the URL to the compressed page:
//
//	go test -run '^$' -bench Search -count 10 ./internal/site > search.txt
//	benchstat -col /impl search.txt
var searchQueries = []string{"黑名单", "timeout", "898002", "no such user", "quantum"}

var sinkEntries []codes.Entry

func BenchmarkSearch(b *testing.B) {
	for _, q := range searchQueries {
		b.Run("q="+q+"/impl=site", func(b *testing.B) {
			query := parseQuery(url.Values{"q": {q}})
			b.ReportAllocs()
			for b.Loop() {
				sinkEntries = search(query)
			}
		})
		b.Run("q="+q+"/impl=substring", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkEntries = substringScan(q)
			}
		})
	}
}

// substringScan is the baseline: the entries whose name, message or
// description contains q as it is, in catalog order, unranked.
func substringScan(q string) []codes.Entry {
	var found []codes.Entry
	for _, e := range imcodes.Entries() {
		if strings.Contains(e.Name, q) || strings.Contains(e.Message, q) || strings.Contains(e.Description, q) {
			found = append(found, e)
		}
	}
	return found
}

// BenchmarkSearchPage is a whole search request: parsing, search, the page
// rendered and compressed. The empty query lists every code, the largest
// page.
func BenchmarkSearchPage(b *testing.B) {
	h, err := Handler()
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"黑名单", ""} {
		b.Run("q="+q, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, "/?q="+url.QueryEscape(q), nil)
			req.Header.Set("Accept-Encoding", "gzip")
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatal(rec.Code)
				}
			}
		})
	}
}
