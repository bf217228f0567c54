package httpresp

import (
	"errors"
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

// Without Retry-After, the back-off doubles from lo up to hi.
func TestBackoffDoubles(t *testing.T) {
	d := &Decoder{}
	for attempt, want := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second} {
		assert.Equal(t, want, Backoff(d, time.Second, 10*time.Second, attempt, nil), attempt)
	}
	assert.Equal(t, 10*time.Second, Backoff(d, time.Minute, 10*time.Second, 0, nil), "lo above hi gives hi")
	assert.Equal(t, 10*time.Second, Backoff(d, time.Second, 10*time.Second, 1000, nil), "no overflow")
}

// A wait is capped; a date in the year 9999 asks for codes.MaxRetryAfter.
func TestRetryAfterCap(t *testing.T) {
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	for _, v := range []string{"Fri, 31 Dec 9999 23:59:59 GMT", "18446744073709551615", "3601"} {
		got, ok := RetryAfter(http.Header{"Retry-After": {v}}, now)
		assert.True(t, ok, v)
		assert.Equal(t, time.Hour, got, v)
	}
	_, ok := RetryAfter(http.Header{"Retry-After": {"soon"}}, now)
	assert.False(t, ok)
}

// A success body that fails while its first bytes are read to decide keeps
// the reader's error.
func TestPeekReadError(t *testing.T) {
	broken := errors.New("connection reset")
	resp := &http.Response{StatusCode: 200, Body: io.NopCloser(io.MultiReader(strings.NewReader(" "), errReader{broken}))}
	b := peek(resp, arrays)
	assert.ErrorIs(t, b.readErr, broken)
	_, err := io.ReadAll(resp.Body)
	assert.ErrorIs(t, err, broken, "and the caller's read gets it too")
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
