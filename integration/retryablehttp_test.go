package integration

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/go-retryablehttp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/jmessage"
)

// retryClient returns a go-retryablehttp client with the vendor's policies,
// the two lines of the integration, and no retries, so that the error the
// caller gets for the first response is what is checked.
func retryClient(checkRetry retryablehttp.CheckRetry, backoff retryablehttp.Backoff) *retryablehttp.Client {
	c := retryablehttp.NewClient()
	c.Logger = nil
	c.CheckRetry, c.Backoff = checkRetry, backoff
	c.RetryMax = 0
	return c
}

// Through go-retryablehttp, each scenario gives the library's error, which
// the client's "giving up" error wraps, with the status and the wait.
func TestRetryablehttp(t *testing.T) {
	for vendor, tt := range map[string]struct {
		scenarios []scenario
		client    *retryablehttp.Client
	}{
		"easemob":  {easemobScenarios, retryClient(easemob.CheckRetry, easemob.Backoff)},
		"jmessage": {jmessageScenarios, retryClient(jmessage.CheckRetry, jmessage.Backoff)},
	} {
		for _, s := range tt.scenarios {
			srv, answered := serve(t, s)
			resp, err := tt.client.Post(srv.URL+"/org/app/users", "application/json", strings.NewReader(`[{"username":"dev_fang"}]`))
			if resp != nil {
				resp.Body.Close()
			}
			check(t, s, err)
			assert.Equal(t, 1, *answered, "%s %s", vendor, s.name)
		}
	}
}

// The policies retry what can succeed, after the wait the response asked
// for or a back-off, and stop at once on what cannot: a 401 is sent once.
func TestRetryablehttpRetries(t *testing.T) {
	for _, tt := range []struct {
		first    scenario
		requests int
		ok       bool
	}{
		{scenario{status: 502, body: nginx502}, 2, true},
		{scenario{status: 429, header: map[string]string{"Retry-After": "0"}}, 2, true},
		{scenario{status: 503, body: `<html>503</html>`}, 2, true}, // Easemob: the service unavailable, retried
		{scenario{status: 401, body: `{"error":"unauthorized"}`}, 1, false},
		{scenario{status: 400, body: `{"error":"illegal_argument"}`}, 1, false},
	} {
		n := 0
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			if n++; n == 1 {
				for k, v := range tt.first.header {
					w.Header().Set(k, v)
				}
				w.WriteHeader(tt.first.status)
				_, _ = io.WriteString(w, tt.first.body)
				return
			}
			_, _ = io.WriteString(w, `{"action":"post","entities":[]}`)
		}))
		c := retryClient(easemob.CheckRetry, easemob.Backoff)
		c.RetryMax, c.RetryWaitMin, c.RetryWaitMax = 3, time.Millisecond, 10*time.Millisecond
		resp, err := c.Post(srv.URL, "application/json", strings.NewReader(`{}`))
		assert.Equal(t, tt.requests, n, "%d", tt.first.status)
		if tt.ok {
			require.NoError(t, err)
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			assert.Equal(t, `{"action":"post","entities":[]}`, string(body))
		} else {
			assert.Equal(t, tt.first.status, codes.ResponseOf(err).Status)
		}
		srv.Close()
	}
}

// The wait Backoff returns is the response's, whatever min and max say.
func TestRetryablehttpBackoffFollowsRetryAfter(t *testing.T) {
	s := jmessageScenarios[1] // 429 with Retry-After: 5
	srv, _ := serve(t, s)
	resp, err := http.Get(srv.URL)
	require.NoError(t, err)
	retry, checkErr := jmessage.CheckRetry(context.Background(), resp, nil)
	assert.True(t, retry)
	assert.Equal(t, codes.RetryLater, codes.ActionOf(checkErr))
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	assert.Equal(t, 5*time.Second, jmessage.Backoff(time.Millisecond, time.Second, 0, resp))
}
