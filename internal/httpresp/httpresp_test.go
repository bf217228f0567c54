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
		got, _ := RetryAfter(h, now)
		assert.Equal(t, want, got, v)
	}
}

// arrays is a decoder that reads success bodies only when they are arrays.
var arrays = &Decoder{
	Object: func(int, []byte, int) (error, error) { return nil, nil },
	Array:  func(int, []byte, int) (error, error) { return nil, nil },
	Read:   func(first byte) bool { return first == '[' },
}

func TestPeek(t *testing.T) {
	body := `{"error":"x"}` + strings.Repeat(" ", 2*MaxBody)
	resp := &http.Response{StatusCode: 400, Body: io.NopCloser(strings.NewReader(body))}
	b := peek(resp, arrays)
	require.NoError(t, b.readErr)
	assert.Len(t, b.data(), MaxBody)
	all, _ := io.ReadAll(resp.Body)
	assert.Equal(t, body, string(all))

	resp = &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("\xEF\xBB\xBF  " + `{"a":1}` + strings.Repeat("x", 1000)))}
	b = peek(resp, arrays)
	assert.False(t, b.read, "a success object is not read to decide")
	assert.LessOrEqual(t, len(b.data()), sniffLen, "only its first bytes")
	all, _ = io.ReadAll(resp.Body)
	assert.Len(t, all, 3+2+7+1000, "and the caller reads it whole")

	resp = &http.Response{StatusCode: 201, Body: io.NopCloser(strings.NewReader(" [" + strings.Repeat(`{"a":1},`, 1000) + "]"))}
	b = peek(resp, arrays)
	assert.True(t, b.read, "a success array is read to decide")
	assert.Len(t, b.data(), 2+8000+1)

	resp = &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("[1]"))}
	b = peek(resp, &Decoder{})
	assert.False(t, b.read, "a vendor without a Read reads no success body")
	assert.Empty(t, b.data())
}
