package site

import (
	"bytes"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// What an attacker pastes or puts in a link: tags, an attribute break-out,
// terminal escapes, a right-to-left override that would reverse what
// follows it, NUL, and invalid UTF-8, around a real code.
const hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> '><svg onload=alert(3)> " +
	"\x1b[31mred\x1b[0m \u202egnp.exe\u202c \u2066x\u2069 \x00 \xff\xfe\xc3 code=803009 </textarea><b>bold</b>"

// checkSafe checks a served page: valid UTF-8, no tag or attribute from the
// input, and no control or bidirectional character outside the escapes.
func checkSafe(t *testing.T, page string) {
	t.Helper()
	assert.True(t, utf8.ValidString(page), "the page is valid UTF-8")
	for _, bad := range []string{"<script>alert", "<img", "<svg", "<b>bold", "</textarea><b>", "\x1b", "\u202e", "\u2066", "\x00", "onerror=alert(2)>"} {
		assert.NotContains(t, page, bad)
	}
	for _, r := range page {
		if r != '\n' && r != '\t' && r < 0x20 {
			t.Errorf("control character %U in the page", r)
		}
	}
}

func TestHostileQuery(t *testing.T) {
	h := newHandler(t)
	resp, page := getPath(t, h, "/?q="+url.QueryEscape(hostile)+"&platform="+url.QueryEscape(hostile)+"&lang="+url.QueryEscape(hostile))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	checkSafe(t, page)
	assert.Contains(t, page, "No code matches")
	assert.Contains(t, page, `&lt;script&gt;alert(1)&lt;/script&gt;`, "shown, escaped")
	assert.Contains(t, page, `\u202egnp.exe\u202c`, "the override is shown, not obeyed")
	assert.Contains(t, page, `\u001b[31mred`)

	// The switch link carries the query: escaped too.
	assert.Contains(t, page, `id="lang-switch"`)
	assert.NotContains(t, page, `q=<`)

	resp, page = getPath(t, h, "/?q="+strings.Repeat("a", maxQuery+1))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, page, "The query is too long: at most 256 bytes.")
	resp, body := getPath(t, h, "/api/search?q="+strings.Repeat("a", maxQuery+1))
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.JSONEq(t, `{"error":"query longer than 256 bytes"}`, body)
}

func TestHostilePaste(t *testing.T) {
	h := newHandler(t)
	resp, page := postForm(t, h, "text="+url.QueryEscape(hostile))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	checkSafe(t, page)
	assert.Contains(t, page, "<mark>803009</mark>", "the code among the traps is found")
	assert.Contains(t, page, "&lt;/textarea&gt;&lt;b&gt;bold", "the text is shown again in the box, escaped")
	assert.Contains(t, page, `\u202egnp.exe\u202c`)

	// The JSON API escapes for HTML too.
	resp, body := get(t, h, httptest.NewRequest(http.MethodPost, "/api/explain", strings.NewReader(hostile)))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.NotContains(t, body, "<")
	assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"))
}

// 10 MB, past the bound: a clear message, for the form and for the API, and
// no echo of the text.
func TestPasteTooLarge(t *testing.T) {
	h := newHandler(t)
	big := strings.Repeat("code=803009 "+hostile+"\n", 10<<20/(len(hostile)+13))
	resp, page := postForm(t, h, "text="+url.QueryEscape(big))
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
	assert.Contains(t, page, "The text is larger than 1 MiB, the most the paste box takes. For a larger log, run: imcodes explain &lt; app.log")
	assert.Less(t, len(page), 10<<10, "nothing of the text comes back")
	checkSafe(t, page)

	// Just over the bound in the text, though the form is within its own.
	resp, page = postForm(t, h, "text="+strings.Repeat("a", maxPaste+1))
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
	assert.Contains(t, page, `id="too-big"`)
	resp, _ = postForm(t, h, "text="+strings.Repeat("a", maxPaste))
	assert.Equal(t, http.StatusOK, resp.StatusCode, "the bound itself is taken")

	resp, body := get(t, h, httptest.NewRequest(http.MethodPost, "/api/explain", strings.NewReader(big)))
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode)
	assert.JSONEq(t, `{"error":"the text is larger than 1 MiB; for a larger log, run imcodes explain"}`, body)
}

// The server never writes to disk: a multipart form, which net/http would
// spill to temporary files, is refused before it is read.
func TestMultipartRefusedNothingWritten(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	h := newHandler(t)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, err := mw.CreateFormFile("text", "log.txt")
	require.NoError(t, err)
	fw.Write(bytes.Repeat([]byte("code=803009\n"), 4<<20))
	require.NoError(t, mw.Close())
	req := httptest.NewRequest(http.MethodPost, "/explain", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	resp, page := get(t, h, req)
	assert.Equal(t, http.StatusUnsupportedMediaType, resp.StatusCode)
	assert.Contains(t, page, "The paste box takes a form (application/x-www-form-urlencoded).")
	left, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, left)
}

func TestSecurityHeaders(t *testing.T) {
	h := newHandler(t)
	for _, path := range []string{"/", "/jmessage/server/898002", "/nowhere", "/api/code/0", "/static/app.js"} {
		resp, _ := getPath(t, h, path)
		assert.Equal(t, contentSecurity, resp.Header.Get("Content-Security-Policy"), path)
		assert.Equal(t, "nosniff", resp.Header.Get("X-Content-Type-Options"), path)
		assert.Equal(t, "DENY", resp.Header.Get("X-Frame-Options"), path)
	}
	req := httptest.NewRequest(http.MethodDelete, "/jmessage/server/898002", nil)
	resp, _ := get(t, h, req)
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

// Headers are bounded and every timeout is set, on a real server.
func TestServerBounds(t *testing.T) {
	srv := NewServer("127.0.0.1:0", newHandler(t))
	assert.Equal(t, maxHeaderBytes, srv.MaxHeaderBytes)
	for name, d := range map[string]any{"ReadHeaderTimeout": srv.ReadHeaderTimeout, "ReadTimeout": srv.ReadTimeout, "WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout} {
		assert.NotZero(t, d, name)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	req, err := http.NewRequest(http.MethodGet, "http://"+ln.Addr().String()+"/", nil)
	require.NoError(t, err)
	req.Header.Set("X-Filler", strings.Repeat("a", 2*maxHeaderBytes))
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusRequestHeaderFieldsTooLarge, resp.StatusCode)

	resp, err = http.Get("http://" + ln.Addr().String() + "/jmessage/server/898002")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}
