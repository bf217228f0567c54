package site

import (
	"compress/gzip"
	"encoding/json"
	"html/template"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// get serves one request and returns the response with its body read (and
// unzipped if it was sent compressed).
func get(t testing.TB, h http.Handler, req *http.Request) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	resp := rec.Result()
	var r io.Reader = resp.Body
	if resp.Header.Get("Content-Encoding") == "gzip" {
		zr, err := gzip.NewReader(resp.Body)
		require.NoError(t, err)
		r = zr
	}
	body, err := io.ReadAll(r)
	require.NoError(t, err)
	return resp, string(body)
}

func newHandler(t testing.TB) http.Handler {
	t.Helper()
	h, err := Handler()
	require.NoError(t, err)
	return h
}

func getPath(t testing.TB, h http.Handler, path string) (*http.Response, string) {
	t.Helper()
	return get(t, h, httptest.NewRequest(http.MethodGet, path, nil))
}

// rowCodes are the "PLATFORM CODE" of the result rows of a search page, in
// order.
func rowCodes(page string) []string {
	re := regexp.MustCompile(`<tr[^>]*><td class="num"><a href="[^"]*">(-?\d+)</a></td><td class="platform">([^<]+)</td>`)
	var out []string
	for _, m := range re.FindAllStringSubmatch(page, -1) {
		out = append(out, m[2]+" "+m[1])
	}
	return out
}

func entryCodes(es []codes.Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Platform.String() + " " + strconv.Itoa(e.Code)
	}
	return out
}

// The search page ranks as imcodes search does, numbers first.
func TestSearchPageRanksAsImcodesSearch(t *testing.T) {
	h := newHandler(t)
	for _, q := range []string{"黑名单", "blacklist", "timeout", "no such user", "NoSuchUser"} {
		resp, page := getPath(t, h, "/?q="+url.QueryEscape(q))
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Equal(t, entryCodes(imcodes.Search(q)), rowCodes(page), q)
	}
	_, page := getPath(t, h, "/?q=%E9%BB%91%E5%90%8D%E5%8D%95")
	assert.Equal(t, "jmessage/server 803008", rowCodes(page)[0], "黑名单: user in blacklist first")

	_, page = getPath(t, h, "/?q=0")
	zeros := entryCodes(imcodes.Find(0))
	require.Greater(t, len(zeros), 1)
	assert.Equal(t, zeros, rowCodes(page)[:len(zeros)], "a number: its entry on every platform first")

	_, page = getPath(t, h, "/?q=898002")
	assert.Equal(t, "jmessage/server 898002", rowCodes(page)[0])
}

func TestSearchPageFilters(t *testing.T) {
	h := newHandler(t)
	_, all := getPath(t, h, "/?q=%E9%BB%91%E5%90%8D%E5%8D%95")
	p := codes.Platforms()[len(codes.Platforms())-1]
	for _, e := range imcodes.Search("黑名单") {
		if vendor(e.Platform) != "jmessage" {
			p = e.Platform
		}
	}
	_, narrowed := getPath(t, h, "/?q=%E9%BB%91%E5%90%8D%E5%8D%95&platform="+url.QueryEscape(p.String()))
	got := rowCodes(narrowed)
	assert.NotEmpty(t, got)
	assert.Less(t, len(got), len(rowCodes(all)))
	for _, c := range got {
		assert.True(t, strings.HasPrefix(c, p.String()+" "), c)
	}

	_, page := getPath(t, h, "/?category=Unavailable&action=Retry&deprecated=hide")
	for _, c := range rowCodes(page) {
		var pl codes.Platform
		require.NoError(t, pl.UnmarshalText([]byte(strings.Fields(c)[0])))
		var n int
		require.NoError(t, json.Unmarshal([]byte(strings.Fields(c)[1]), &n))
		e, ok := pl.Lookup(n)
		require.True(t, ok)
		assert.Equal(t, codes.Unavailable, e.Category, c)
		assert.Equal(t, codes.Retry, e.Action, c)
		assert.False(t, e.Deprecated, c)
	}
	_, everything := getPath(t, h, "/")
	assert.Len(t, rowCodes(everything), len(imcodes.Entries()), "no text and no filter: the whole catalog")
	_, vendorOnly := getPath(t, h, "/?vendor=jmessage")
	for _, c := range rowCodes(vendorOnly) {
		assert.True(t, strings.HasPrefix(c, "jmessage/"), c)
	}
}

func TestCodePage(t *testing.T) {
	h := newHandler(t)
	resp, page := getPath(t, h, "/jmessage/server/898002")
	require.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, page, "NoSuchUser")
	assert.Contains(t, page, "No such user")
	assert.Contains(t, page, "用户不存在")
	assert.Contains(t, page, `import "github.com/imcodes/imcodes/jmessage/server"`)
	assert.Contains(t, page, "server.NoSuchUser")
	assert.Contains(t, page, "NotFound</a> (HTTP 404)")
	for _, s := range imcodes.Sources() {
		if s.File == "jmessage-server.md" {
			assert.Contains(t, page, `href="`+s.URL+`"`, "the source at its revision")
			assert.Contains(t, page, s.Revision)
		}
	}

	// 0 is defined on several platforms: each page names the others.
	zeros := imcodes.Find(0)
	_, page = getPath(t, h, "/"+zeros[0].Platform.String()+"/0")
	for _, e := range zeros[1:] {
		assert.Contains(t, page, `href="/`+e.Platform.String()+`/0"`)
	}
}

// Where the vendor's text is only a constant's name, the page and the rows
// give the project's words, marked as such.
func TestMeaning(t *testing.T) {
	var e codes.Entry
	for _, x := range imcodes.Entries() {
		if x.Meaning != "" && x.ChineseMeaning != "" && x.Description == "" {
			e = x
			break
		}
	}
	require.NotEmpty(t, e.Meaning, "the catalog has codes described in the project's words")
	h := newHandler(t)
	_, page := getPath(t, h, "/"+codePath(e.Platform, e.Code))
	assert.Contains(t, page, "Meaning (this project&#39;s words)</dt><dd lang=\"en\" id=\"meaning\">"+template.HTMLEscapeString(e.Meaning))

	req := httptest.NewRequest(http.MethodGet, "/?q="+url.QueryEscape(e.Name)+"&platform="+url.QueryEscape(e.Platform.String()), nil)
	req.Header.Set("Accept-Language", "zh-CN")
	_, page = get(t, h, req)
	assert.Contains(t, page, `<td class="text">`+template.HTMLEscapeString(e.ChineseMeaning), "no vendor Chinese: the project's")
}

func TestUnknownCodePageSuggestsNearNumbers(t *testing.T) {
	h := newHandler(t)
	resp, page := getPath(t, h, "/jmessage/server/898999")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.Contains(t, page, "jmessage/server has no code 898999.")
	assert.Contains(t, page, `href="/jmessage/server/899001"`, "the next code up")
	assert.Contains(t, page, `href="/jmessage/server/898`, "codes below")

	for _, path := range []string{"/jmessage/server/0898002", "/jmessage/server/+898002", "/server/898002", "/nowhere", "/jmessage/server/", "/jmessage/server/1e3", "/static/", "/site.go", "/templates/layout.html", "/jmessage/server/99999999999999999999", "/%3Cscript%3E/1", "/jmessage/server/%3Cimg%20onerror=x%3E"} {
		resp, page := getPath(t, h, path)
		assert.Equal(t, http.StatusNotFound, resp.StatusCode, path)
		assert.Contains(t, page, `id="not-found"`, path)
	}
}

func TestLanguage(t *testing.T) {
	h := newHandler(t)
	req := httptest.NewRequest(http.MethodGet, "/jmessage/server/898002", nil)
	req.Header.Set("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
	_, page := get(t, h, req)
	assert.Contains(t, page, `<html lang="zh-CN">`)
	assert.Contains(t, page, "告诉用户")
	assert.Contains(t, page, `<p class="lead" id="text">用户不存在`)

	req = httptest.NewRequest(http.MethodGet, "/jmessage/server/898002", nil)
	req.Header.Set("Accept-Language", "fr-FR,de")
	_, page = get(t, h, req)
	assert.Contains(t, page, `<html lang="en">`)
	assert.Contains(t, page, `<p class="lead" id="text">No such user`)
	assert.Contains(t, page, `href="/jmessage/server/898002?lang=zh"`, "the switch")

	// A click on the switch chooses, and the choice is remembered.
	req = httptest.NewRequest(http.MethodGet, "/?q=timeout&lang=en", nil)
	req.Header.Set("Accept-Language", "zh-CN")
	resp, page := get(t, h, req)
	assert.Contains(t, page, `<html lang="en">`)
	cookies := resp.Cookies()
	require.Len(t, cookies, 1)
	assert.Equal(t, "en", cookies[0].Value)
	assert.Contains(t, page, `href="/?lang=zh&amp;q=timeout"`, "the switch keeps the query")

	req = httptest.NewRequest(http.MethodGet, "/", nil)
	req.Header.Set("Accept-Language", "zh-CN")
	req.AddCookie(cookies[0])
	_, page = get(t, h, req)
	assert.Contains(t, page, `<html lang="en">`, "the cookie wins over the header")
}

func TestWordsInBothLanguages(t *testing.T) {
	seen := map[string]bool{}
	for _, w := range words {
		assert.False(t, seen[w.key], "key %s twice", w.key)
		seen[w.key] = true
		assert.NotEmpty(t, w.en, w.key)
		assert.NotEmpty(t, w.zh, w.key)
		assert.Equal(t, strings.Count(w.en, "%"), strings.Count(w.zh, "%"), "%s: the same verbs", w.key)
	}
	for _, a := range newChoices().Actions {
		_, ok := adviceZH(a)
		assert.True(t, ok, "%s has Chinese advice", a)
	}
}

func TestAPI(t *testing.T) {
	h := newHandler(t)
	resp, body := getPath(t, h, "/api/search?q="+url.QueryEscape("黑名单"))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "application/json; charset=utf-8", resp.Header.Get("Content-Type"))
	var found []codes.Entry
	require.NoError(t, json.Unmarshal([]byte(body), &found))
	assert.Equal(t, imcodes.Search("黑名单"), found, "the objects of imcodes list -format json")

	_, body = getPath(t, h, "/api/code/0")
	require.NoError(t, json.Unmarshal([]byte(body), &found))
	assert.Equal(t, imcodes.Find(0), found)

	resp, body = getPath(t, h, "/api/code/jmessage/server/898002")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	var e codes.Entry
	require.NoError(t, json.Unmarshal([]byte(body), &e))
	assert.Equal(t, "NoSuchUser", e.Name)

	resp, body = getPath(t, h, "/api/code/jmessage/server/898999")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.JSONEq(t, `{"error":"jmessage/server has no code 898999"}`, body)
	resp, body = getPath(t, h, "/api/code/12345678")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	assert.JSONEq(t, `[]`, body)

	resp, body = get(t, h, httptest.NewRequest(http.MethodPost, "/api/explain", strings.NewReader("send failed: code=803009\nuid=898002 at 2024-05-01")))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	var ex struct {
		Matches []struct {
			Line, Column int
			Text         string
			Code         int
			Entries      []codes.Entry
		}
		Total int
	}
	require.NoError(t, json.Unmarshal([]byte(body), &ex))
	require.Equal(t, 1, ex.Total)
	assert.Equal(t, 803009, ex.Matches[0].Code)
	assert.Equal(t, 1, ex.Matches[0].Line)
	assert.Equal(t, 19, ex.Matches[0].Column)
	assert.Equal(t, "SensitiveWord", ex.Matches[0].Entries[0].Name)

	_, body = getPath(t, h, "/index.json")
	var all []codes.Entry
	require.NoError(t, json.Unmarshal([]byte(body), &all))
	assert.Equal(t, imcodes.Entries(), all)
}

func TestPasteBox(t *testing.T) {
	h := newHandler(t)
	resp, page := postForm(t, h, "text=send+failed%3A+code%3D803009+msg%3Dsensitive%0Auid%3D898002+v4.17.0+2024-05-01+10.0.0.1")
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, page, "Codes found: 1")
	assert.Contains(t, page, `<a class="mark" href="#code-803009"><mark>803009</mark></a>`)
	assert.Contains(t, page, `<section id="code-803009">`)
	assert.Contains(t, page, `href="/jmessage/server/803009"`)
	assert.NotContains(t, page, "<mark>898002</mark>", "an id is not a code")

	_, page = postForm(t, h, "text=uid%3D898002+v4.17.0+2024-05-01+10.0.0.1+1.898002+0x898002")
	assert.Contains(t, page, "No code found in the text.")

	resp, page = get(t, h, httptest.NewRequest(http.MethodGet, "/explain", nil))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, page, `<textarea id="text" name="text"`)
}

func postForm(t testing.TB, h http.Handler, form string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/explain", strings.NewReader(form))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return get(t, h, req)
}
