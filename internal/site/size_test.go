package site

import (
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// firstLoadBudget is what the first load of the search page may transfer,
// compressed: the page, its style, script and icon, and the index the
// script loads.
const firstLoadBudget = 300 << 10

// The first load is measured as a browser makes it, with gzip: the page and
// every file it names, and the index.
func TestFirstLoadSize(t *testing.T) {
	h := newHandler(t)
	fetch := func(path string) (int, string) {
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		assert.Equal(t, http.StatusOK, rec.Code, path)
		assert.Equal(t, "gzip", rec.Header().Get("Content-Encoding"), path)
		_, body := get(t, h, httptest.NewRequest(http.MethodGet, path, nil))
		return rec.Body.Len(), body
	}
	total, page := fetch("/")
	sizes := map[string]int{"/": total}
	for _, m := range regexp.MustCompile(`(?:href|src|data-index)="(/(?:static/[^"]+|index\.json))"`).FindAllStringSubmatch(page, -1) {
		n, _ := fetch(m[1])
		sizes[m[1]] = n
		total += n
	}
	assert.Len(t, sizes, 5, "the page, style, script, icon and index")
	t.Logf("first load: %d bytes compressed %v", total, sizes)
	assert.Less(t, total, firstLoadBudget)
}
