package httpresp

import (
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRequest(t *testing.T) {
	u, err := url.Parse("https://appkey:secret@api.im.jpush.cn/v1/users/alice?token=x#frag")
	require.NoError(t, err)
	method, got := Request(&http.Response{Request: &http.Request{URL: u}})
	assert.Equal(t, "GET", method, "an empty method is GET")
	assert.Equal(t, "https://api.im.jpush.cn/v1/users/alice", got)
	method, got = Request(&http.Response{})
	assert.Empty(t, method+got)
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	for v, want := range map[string]time.Duration{
		"":                                0,
		"120":                             2 * time.Minute,
		"-1":                              0,
		"1.5":                             0,
		"Tue, 01 Dec 2026 08:01:00 GMT":   time.Minute,
		"Tue, 01 Dec 2026 07:59:00 GMT":   0,
		"Tuesday, 01-Dec-26 08:00:30 GMT": 30 * time.Second,
	} {
		h := http.Header{}
		if v != "" {
			h.Set("Retry-After", v)
		}
		assert.Equal(t, want, RetryAfter(h, now), v)
	}
}

func TestPeek(t *testing.T) {
	body := `{"error":"x"}` + strings.Repeat(" ", 2*MaxBody)
	resp := &http.Response{StatusCode: 400, Body: io.NopCloser(strings.NewReader(body))}
	data, err := Peek(resp)
	require.NoError(t, err)
	assert.Len(t, data, MaxBody)
	all, _ := io.ReadAll(resp.Body)
	assert.Equal(t, body, string(all))

	resp = &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("GIF89a" + strings.Repeat("x", 1000)))}
	data, err = Peek(resp)
	require.NoError(t, err)
	assert.Len(t, data, sniffLen, "a success body that is not JSON is sniffed only")
}
