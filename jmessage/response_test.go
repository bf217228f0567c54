package jmessage_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage"
	"github.com/imcodes/imcodes/jmessage/server"
)

// serve answers every request with status, headers and body.
func serve(t *testing.T, status int, header map[string]string, body string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		for k, v := range header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// call makes a request to srv with a query string and user information that
// must not reach the error, and returns the response.
func call(t *testing.T, srv *httptest.Server, method string) *http.Response {
	t.Helper()
	url := strings.Replace(srv.URL, "http://", "http://appkey:secret@", 1) + "/v1/users?token=s3cret"
	req, err := http.NewRequest(method, url, nil)
	require.NoError(t, err)
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func TestCheckResponse(t *testing.T) {
	body := `{"error":{"code":899008,"message":"Basic authentication failed"}}`
	srv := serve(t, 401, nil, body)
	resp := call(t, srv, http.MethodPost)
	err := jmessage.CheckResponse(resp)

	var e *codes.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, http.MethodPost, e.Method)
	assert.Equal(t, srv.URL+"/v1/users", e.URL, "no query string, no user information")
	assert.Equal(t, 401, e.Status)
	assert.Equal(t, "POST "+srv.URL+"/v1/users: jmessage/server 899008: Basic authentication failed (HTTP 401)", err.Error())
	assert.ErrorIs(t, err, server.RESTBasicAuthFailed)
	assert.NotContains(t, err.Error(), "s3cret")

	rest, rerr := io.ReadAll(resp.Body)
	require.NoError(t, rerr)
	assert.Equal(t, body, string(rest), "the body is still there, from its first byte")
}

func TestCheckResponseSuccess(t *testing.T) {
	for name, body := range map[string]string{
		"object":           `{"username":"alice"}`,
		"not JSON":         strings.Repeat("\x00binary", 1<<18),
		"large JSON":       `{"items":[` + strings.Repeat(`{"x":1},`, 1<<18) + `{"x":1}]}`,
		"empty":            ``,
		"batch, no errors": `[{"username":"a"},{"username":"b"}]`,
	} {
		t.Run(name, func(t *testing.T) {
			srv := serve(t, 200, nil, body)
			resp := call(t, srv, http.MethodGet)
			require.NoError(t, jmessage.CheckResponse(resp))
			got, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, len(body), len(got), "a success body is not consumed")
			assert.Equal(t, body, string(got))
		})
	}
}

func TestCheckResponseBatch(t *testing.T) {
	body := `[{"username":"dev_fang","error":{"code":899001,"message":"user exist"}},{"username":"dev_fang2"}]`
	resp := call(t, serve(t, 201, nil, body), http.MethodPost)
	err := jmessage.CheckResponse(resp)
	var batch *jmessage.BatchError
	require.ErrorAs(t, err, &batch, "a 2xx batch with failed items is an error")
	assert.Equal(t, http.MethodPost, batch.Method)
	assert.Contains(t, err.Error(), "POST http://127.0.0.1")
	assert.Contains(t, err.Error(), "[0 username=dev_fang] jmessage/server 899001: user exist")
	assert.ErrorIs(t, err, server.RESTUserExists)
	got, _ := io.ReadAll(resp.Body)
	assert.Equal(t, body, string(got))
}

func TestCheckResponseRetryAfter(t *testing.T) {
	body := `{"error":{"code":803010,"message":"beyond the frequency limit"}}`
	for value, want := range map[string]time.Duration{
		"30":   30 * time.Second,
		"0":    0,
		"-5":   0,
		"soon": 0,
		time.Now().Add(90 * time.Second).UTC().Format(http.TimeFormat): 90 * time.Second,
		time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat):       0,
	} {
		resp := call(t, serve(t, 429, map[string]string{"Retry-After": value}, body), http.MethodPost)
		var e *codes.Error
		require.ErrorAs(t, jmessage.CheckResponse(resp), &e)
		assert.InDelta(t, want.Seconds(), e.RetryAfter.Seconds(), 1, value)
		assert.Equal(t, codes.RetryLater, codes.ActionOf(e))
	}
}

// CheckResponse never holds more than its cap of a body in memory.
func TestCheckResponseIsBounded(t *testing.T) {
	huge := &endless{}
	resp := &http.Response{StatusCode: 502, Body: io.NopCloser(huge), Header: http.Header{}}
	err := jmessage.CheckResponse(resp)
	var e *codes.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, codes.Unavailable, codes.CategoryOf(e))
	assert.LessOrEqual(t, huge.read, 1<<20, "read at most 1 MiB")
	assert.Nil(t, jmessage.CheckResponse(&http.Response{StatusCode: 204, Body: http.NoBody}))
	assert.Error(t, jmessage.CheckResponse(nil))
}

// endless is a body that never ends: "xxxx...".
type endless struct{ read int }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	e.read += len(p)
	return len(p), nil
}

// A body that cannot be read, when deciding needs it, is an error that keeps
// the reader's error, under any status; a success object is not read, and
// its reader's error reaches the caller who reads it.
func TestCheckResponseReadError(t *testing.T) {
	for _, tt := range []struct {
		status int
		start  string
		action codes.Action
	}{
		{201, `[{"username":"a","error":{"code":899001`, codes.Report},
		{500, `{"error":{"code":`, codes.Report},
		{502, `<html>`, codes.Retry},
		{401, ``, codes.FixSetup},
	} {
		resp := &http.Response{StatusCode: tt.status, Body: io.NopCloser(io.MultiReader(strings.NewReader(tt.start), failing{})), Header: http.Header{}}
		err := jmessage.CheckResponse(resp)
		require.Error(t, err, tt.start)
		assert.ErrorContains(t, err, "the body could not be read: connection reset", tt.start)
		assert.ErrorIs(t, err, errBroken, tt.start)
		assert.Equal(t, tt.action, codes.ActionOf(err), tt.start)
		assert.Equal(t, tt.status, codes.ResponseOf(err).Status, tt.start)
	}

	// An error object read whole before the failure keeps its code.
	resp := &http.Response{StatusCode: 403, Body: io.NopCloser(io.MultiReader(strings.NewReader(`{"error":{"code":899002,"message":"user not exist"},"x":`), failing{}))}
	err := jmessage.CheckResponse(resp)
	assert.ErrorIs(t, err, server.RESTNoSuchUser)
	assert.ErrorIs(t, err, errBroken)

	resp = &http.Response{StatusCode: 200, Body: io.NopCloser(io.MultiReader(strings.NewReader(`{"a":`), failing{}))}
	require.NoError(t, jmessage.CheckResponse(resp))
	_, err = io.ReadAll(resp.Body)
	assert.ErrorIs(t, err, errBroken)
}

var errBroken = errors.New("connection reset")

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, errBroken }

// Real bodies are not always clean JSON; a readable error object is never
// lost for that, whatever the status.
func TestParseResponseReadsImperfectBodies(t *testing.T) {
	for name, body := range map[string]string{
		"byte order mark":  "\xEF\xBB\xBF" + `{"error":{"code":899008,"message":"Basic authentication failed"}}`,
		"trailing comma":   `{"error":{"code":899008,"message":"Basic authentication failed",},}`,
		"trailing data":    `{"error":{"code":899008,"message":"Basic authentication failed"}}{"more":1}` + "\n<!-- proxy -->",
		"cut after error":  `{"error":{"code":899008,"message":"Basic authentication failed"},"data":[1,2,`,
		"error after data": `{"data":{"x":[1,{"y":2}]},"error":{"code":899008,"message":"Basic authentication failed"}}`,
	} {
		for _, status := range []int{200, 401, 0} {
			err := jmessage.ParseResponse(status, []byte(body))
			assert.ErrorIs(t, err, server.RESTBasicAuthFailed, "%s under %d", name, status)
		}
	}
	// A success code in an error object reports no error: the status decides,
	// and no error carries the success code.
	assert.NoError(t, jmessage.ParseResponse(200, []byte(`{"error":{"code":0,"message":"success"}}`)))
	e := mustError(t, jmessage.ParseResponse(400, []byte(`{"error":{"code":0}}`)))
	assert.False(t, hasCode(e))
	assert.Equal(t, codes.InvalidArgument, codes.CategoryOf(e))
	assert.ErrorContains(t, e, "the error object carries a success code")
}

func TestParseSDKError(t *testing.T) {
	err := jmessage.ParseSDKError([]byte(`{"code":880103,"message":"user not exist"}`))
	var e *codes.Error
	require.ErrorAs(t, err, &e)
	p, code, _ := e.PlatformCode()
	assert.Equal(t, codes.JMessageWeb, p, "on the platform that defines the number")
	assert.Equal(t, 880103, code)
	assert.Equal(t, "jmessage/web 880103: user not exist", err.Error())

	_, code, _ = mustError(t, jmessage.ParseSDKError([]byte(`{"code":"871300"}`))).PlatformCode()
	assert.Equal(t, 871300, code)
	assert.NoError(t, jmessage.ParseSDKError([]byte(`{"code":0,"message":"success"}`)))
	for _, data := range []string{``, `880103`, `{"message":"x"}`, `{"code":`, `<html>`} {
		e := mustError(t, jmessage.ParseSDKError([]byte(data)))
		assert.False(t, hasCode(e), data)
		assert.Equal(t, codes.Unknown, codes.CategoryOf(e), data)
	}
}

func mustError(t *testing.T, err error) *codes.Error {
	t.Helper()
	var e *codes.Error
	require.ErrorAs(t, err, &e)
	return e
}

// What the service wrote cannot forge a log line or flood one.
func TestErrorIsSafeToLog(t *testing.T) {
	word := "坏词\n2026-12-01 INFO all is well\r\x1b[2K\x00\u202e"
	msg, jerr := json.Marshal("the message contains sensitive word: " + word + strings.Repeat("长", 1<<20))
	require.NoError(t, jerr)
	body := `{"error":{"code":803009,"message":` + string(msg) + `}}`
	err := jmessage.ParseResponse(403, []byte(body))
	text := err.Error()
	assert.NotContains(t, text, "\n")
	assert.NotContains(t, text, "\r")
	assert.NotContains(t, text, "\x1b")
	assert.NotContains(t, text, "\x00")
	assert.NotContains(t, text, "\u202e")
	assert.Contains(t, text, `坏词\n2026-12-01 INFO all is well\r\x1b[2K\x00\u202e`)
	assert.Less(t, len(text), 500, "bounded")
	assert.Contains(t, text, "...")

	e := mustError(t, err)
	assert.True(t, strings.HasSuffix(e.Message, strings.Repeat("长", 1<<20)), "the field keeps all of it")
}

// Decoding costs memory linear in the body, whatever its shape; the time it
// takes is measured by BenchmarkParseLargeBodies, not here.
func TestParseResponseCostIsLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("decodes 50 MB and a million items")
	}
	numbers := numbersBody()
	bytes, _ := allocated(func() { _ = jmessage.ParseResponse(500, numbers) })
	assert.Less(t, bytes, uint64(2*len(numbers)), "a 50 MB array allocates less than twice its size")

	batchBody := batchBody(1_000_000)
	var err error
	bytes, mallocs := allocated(func() { err = jmessage.ParseResponse(201, batchBody) })
	var batch *jmessage.BatchError
	require.ErrorAs(t, err, &batch)
	require.Len(t, batch.Failed, 1_000_000)
	assert.Less(t, bytes, uint64(6*len(batchBody)), "a million failed items: bytes linear in the body")
	assert.Less(t, mallocs, uint64(5*1_000_000), "a million failed items: a few allocations each")
	assert.Zero(t, testing.AllocsPerRun(3, func() {
		_ = errors.Is(err, codes.NotFound) // no item matches: all are visited
		_ = errors.Is(err, server.RESTUserExists)
	}), "errors.Is allocates nothing")
	// errors.As allocates its target, for any error; the batch adds nothing.
	one := codes.NewError(codes.JMessageServer, 899001)
	asOne := testing.AllocsPerRun(3, func() {
		var e *codes.Error
		_ = errors.As(one, &e)
	})
	assert.Equal(t, asOne, testing.AllocsPerRun(3, func() {
		var e *codes.Error
		_ = errors.As(err, &e)
	}), "errors.As on the batch allocates what it allocates on one error")
}

// numbersBody is a valid 50 MB JSON array of numbers.
func numbersBody() []byte {
	return []byte("[" + strings.Repeat("12345678,", 50<<20/9) + "1]")
}

// batchBody is a batch response of n failed items.
func batchBody(n int) []byte {
	var b strings.Builder
	b.WriteByte('[')
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"username":"u%d","error":{"code":899001,"message":"user exist"}}`, i)
	}
	b.WriteByte(']')
	return []byte(b.String())
}

// BenchmarkParseLargeBodies times the bodies of TestParseResponseCostIsLinear.
func BenchmarkParseLargeBodies(b *testing.B) {
	for name, body := range map[string][]byte{"numbers=50MB": numbersBody(), "batch=1M": batchBody(1_000_000)} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				sinkErr = jmessage.ParseResponse(201, body)
			}
		})
	}
}

// allocated returns the bytes and the number of allocations f makes.
func allocated(f func()) (bytes, mallocs uint64) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, after.Mallocs - before.Mallocs
}

// Nil errors and items give text and matching, never a panic.
func TestNilErrors(t *testing.T) {
	var batch *jmessage.BatchError
	assert.NotEmpty(t, batch.Error())
	assert.False(t, errors.Is(batch, codes.NotFound))
	assert.Equal(t, codes.Unknown, codes.CategoryOf(batch))

	withNil := &jmessage.BatchError{Total: 2, Failed: []jmessage.BatchItem{{Index: 1}}}
	assert.Equal(t, "jmessage: 1 of 2 batch items failed: [1] unknown error", withNil.Error())
	assert.False(t, errors.Is(withNil, codes.NotFound))
	var e *codes.Error
	assert.False(t, errors.As(withNil, &e))

	var ce *codes.Error
	assert.NotEmpty(t, ce.Error())
	assert.False(t, errors.Is(ce, server.NoSuchUser))
}

// FuzzCheckResponse feeds any status and body through CheckResponse: no
// panic, an error for every failure status, and the body intact afterwards.
func FuzzCheckResponse(f *testing.F) {
	f.Add(401, []byte(`{"error":{"code":899008,"message":"Basic authentication failed"}}`))
	f.Add(201, []byte(`[{"username":"a","error":{"code":899001}}]`))
	f.Add(200, []byte(`{"username":"a"}`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		resp := &http.Response{StatusCode: status, Header: http.Header{}, Body: io.NopCloser(strings.NewReader(string(body)))}
		err := jmessage.CheckResponse(resp)
		if (status < 200 || status >= 300) && err == nil {
			t.Fatalf("status %d gave no error", status)
		}
		if err != nil && (err.Error() == "" || codes.CategoryOf(err) == codes.OK) {
			t.Fatalf("bad error %q", err)
		}
		got, rerr := io.ReadAll(resp.Body)
		if rerr != nil || string(got) != string(body) {
			t.Fatalf("the body changed: %q, %v", got, rerr)
		}
	})
}

// FuzzParseSDKError: any data decodes without panic, and only a success code
// gives no error.
func FuzzParseSDKError(f *testing.F) {
	f.Add([]byte(`{"code":880103,"message":"user not exist"}`))
	f.Add([]byte(`{"code":"0"}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := jmessage.ParseSDKError(data)
		if err != nil && (err.Error() == "" || codes.CategoryOf(err) == codes.OK) {
			t.Fatalf("bad error %q", err)
		}
	})
}
