package jmessage_test

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httptrace"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage"
	"github.com/imcodes/imcodes/jmessage/server"
)

// The policies have go-retryablehttp's signatures, without importing it.
var (
	_ func(context.Context, *http.Response, error) (bool, error)            = jmessage.CheckRetry
	_ func(time.Duration, time.Duration, int, *http.Response) time.Duration = jmessage.Backoff
	_ http.RoundTripper                                                     = &jmessage.Transport{}
)

// A failing response becomes the client's error: a *url.Error around the
// library's error, which is not a timeout, and whose action, status and
// wait are one call away.
func TestTransportMakesTheError(t *testing.T) {
	srv := serve(t, 429, map[string]string{"Retry-After": "5"}, `{"error":{"code":800017,"message":"too many requests"}}`)
	client := &http.Client{Transport: &jmessage.Transport{}}
	resp, err := client.Post(srv.URL+"/v1/messages", "application/json", strings.NewReader(`{}`))
	require.Error(t, err)
	assert.Nil(t, resp)
	var ue *url.Error
	require.ErrorAs(t, err, &ue)
	assert.False(t, ue.Timeout(), "never a network timeout")
	assert.Equal(t, codes.RetryLater, codes.ActionOf(err))
	r := codes.ResponseOf(err)
	assert.Equal(t, 429, r.Status)
	assert.True(t, r.HasRetryAfter)
	assert.Equal(t, 5*time.Second, r.RetryAfter)
	assert.Equal(t, http.MethodPost, r.Method)
}

// A success goes on unchanged, its body whole; connections are reused
// after failures and successes alike.
func TestTransportSuccessAndConnectionReuse(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		if n.Add(1)%2 == 0 {
			w.WriteHeader(403)
			_, _ = io.WriteString(w, `{"error":{"code":899002,"message":"user not exist"}}`)
			return
		}
		_, _ = io.WriteString(w, `{"username":"dev_fang","nickname":"`+strings.Repeat("x", 10000)+`"}`)
	}))
	defer srv.Close()
	client := &http.Client{Transport: &jmessage.Transport{Base: srv.Client().Transport}}
	var reused atomic.Int32
	trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) {
		if info.Reused {
			reused.Add(1)
		}
	}}
	for i := range 6 {
		req, _ := http.NewRequestWithContext(httptrace.WithClientTrace(context.Background(), trace), http.MethodGet, srv.URL+"/v1/users/dev_fang", nil)
		resp, err := client.Do(req)
		if i%2 == 1 {
			assert.ErrorIs(t, err, server.RESTNoSuchUser)
			continue
		}
		require.NoError(t, err)
		body, rerr := io.ReadAll(resp.Body)
		require.NoError(t, rerr)
		assert.Len(t, body, len(`{"username":"dev_fang","nickname":""}`)+10000)
		require.NoError(t, resp.Body.Close())
	}
	assert.Equal(t, int32(5), reused.Load(), "one connection for all six calls")
}

// With PassResponses the client sees every response, whole; the error
// reaches the caller through the request's context and OnError.
func TestTransportPassesResponses(t *testing.T) {
	body := `[{"username":"dev_fang","error":{"code":899001,"message":"user exist"}},{"username":"dev_li"}]`
	srv := serve(t, 201, nil, body)
	var seen error
	client := &http.Client{Transport: &jmessage.Transport{PassResponses: true, OnError: func(req *http.Request, err error) {
		assert.Equal(t, "/v1/users/", req.URL.Path)
		seen = err
	}}}
	ctx, recorded := jmessage.RecordErrors(context.Background())
	assert.NoError(t, recorded(), "nothing before a response")
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/v1/users/", strings.NewReader(`[]`))
	resp, err := client.Do(req)
	require.NoError(t, err)
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, body, string(got), "the client reads the response from its first byte")

	var batch *jmessage.BatchError
	require.ErrorAs(t, recorded(), &batch)
	assert.Equal(t, 201, codes.ResponseOf(recorded()).Status)
	assert.Equal(t, codes.FixRequest, codes.ActionOf(recorded()))
	assert.ErrorIs(t, recorded(), server.RESTUserExists)
	assert.Same(t, recorded(), seen)
}

// CheckRetry retries what the action says can succeed, and stops with the
// library's error otherwise; Backoff follows Retry-After, then the action.
func TestRetryPolicies(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		status int
		header map[string]string
		body   string
		retry  bool
		wait   time.Duration
	}{
		{429, map[string]string{"Retry-After": "5"}, `{"error":{"code":800017}}`, true, 5 * time.Second},
		{429, nil, ``, true, time.Minute}, // RetryLater without a wait: the longest allowed
		{502, nil, `<html>bad gateway</html>`, true, 4 * time.Second},
		{401, nil, `{"error":{"code":899008,"message":"Basic authentication failed"}}`, false, 4 * time.Second},
		{401, nil, ``, false, 4 * time.Second},
		{200, nil, `{}`, false, 4 * time.Second},
	} {
		resp := call(t, serve(t, tt.status, tt.header, tt.body), http.MethodGet)
		retry, err := jmessage.CheckRetry(ctx, resp, nil)
		assert.Equal(t, tt.retry, retry, "%d %s", tt.status, tt.body)
		assert.Equal(t, tt.status >= 300, err != nil, "%d %s", tt.status, tt.body)
		_, _ = io.Copy(io.Discard, resp.Body) // as retryablehttp drains it
		assert.Equal(t, tt.wait, jmessage.Backoff(time.Second, time.Minute, 2, resp), "%d %s", tt.status, tt.body)
	}

	netErr := &url.Error{Op: "Get", URL: "x", Err: errors.New("connection refused")}
	retry, err := jmessage.CheckRetry(ctx, nil, netErr)
	assert.True(t, retry, "a network error is retried")
	assert.NoError(t, err)
	done, cancel := context.WithCancel(ctx)
	cancel()
	retry, err = jmessage.CheckRetry(done, nil, netErr)
	assert.False(t, retry)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Equal(t, time.Minute, jmessage.Backoff(time.Second, time.Minute, 10, nil))
}

// Retry-After has an upper bound: a date in the year 9999 asks for an
// hour, not for 292 years.
func TestRetryAfterIsCapped(t *testing.T) {
	for _, v := range []string{"Fri, 31 Dec 9999 23:59:59 GMT", "99999999999999"} {
		resp := call(t, serve(t, 429, map[string]string{"Retry-After": v}, ``), http.MethodGet)
		r := codes.ResponseOf(jmessage.CheckResponse(resp))
		assert.Equal(t, codes.MaxRetryAfter, r.RetryAfter, v)
		assert.True(t, r.HasRetryAfter)
	}
	resp := call(t, serve(t, 429, map[string]string{"Retry-After": "0"}, ``), http.MethodGet)
	r := codes.ResponseOf(jmessage.CheckResponse(resp))
	assert.True(t, r.HasRetryAfter, "Retry-After: 0 is told from no header")
	assert.Zero(t, r.RetryAfter)
	resp = call(t, serve(t, 429, nil, ``), http.MethodGet)
	assert.False(t, codes.ResponseOf(jmessage.CheckResponse(resp)).HasRetryAfter)
}

// CheckResponseBody decides a response whose body a client already read,
// as resty's OnAfterResponse hooks see it, keeping the request and wait.
func TestCheckResponseBody(t *testing.T) {
	u, _ := url.Parse("https://api.im.jpush.cn/v1/users/x/password?token=1")
	resp := &http.Response{StatusCode: 401, Header: http.Header{"Retry-After": {"3"}}, Body: http.NoBody,
		Request: &http.Request{Method: http.MethodPut, URL: u}}
	err := jmessage.CheckResponseBody(resp, []byte(`{"error":{"code":899008,"message":"Basic authentication failed"}}`))
	assert.Equal(t, codes.FixSetup, codes.ActionOf(err))
	r := codes.ResponseOf(err)
	assert.Equal(t, codes.Response{Method: "PUT", URL: "https://api.im.jpush.cn/v1/users/x/password", Status: 401, RetryAfter: 3 * time.Second, HasRetryAfter: true}, r)
	assert.Equal(t, codes.FixSetup, codes.ActionOf(jmessage.CheckResponseBody(resp, nil)), "a 401 without a code is FixSetup: Basic auth")
	resp.StatusCode = 201
	assert.NoError(t, jmessage.CheckResponseBody(resp, []byte(`[{"username":"a"}]`)))
	assert.Error(t, jmessage.CheckResponseBody(resp, []byte(`[{"username":"a","error":{"code":899001}}]`)))
	assert.Error(t, jmessage.CheckResponseBody(nil, nil))
}

// A redirect goes on to the client, which follows it; a 304 is no failure.
func TestTransportLeavesRedirects(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/v1/users/dev_fang", http.StatusFound)
		case "/cached":
			w.WriteHeader(http.StatusNotModified)
		default:
			_, _ = io.WriteString(w, `{"username":"dev_fang"}`)
		}
	}))
	defer srv.Close()
	client := &http.Client{Transport: &jmessage.Transport{}}
	resp, err := client.Get(srv.URL + "/old")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, `{"username":"dev_fang"}`, string(body))
	resp, err = client.Get(srv.URL + "/cached")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotModified, resp.StatusCode)
}
