package integration

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/jmessage"
)

// classify is the pattern for cenkalti/backoff: what the action says
// cannot succeed on a retry is Permanent; a wait the response asked for is
// a backoff.RetryAfter joined to the error, which stays findable.
func classify(err error) error {
	r := codes.ResponseOf(err)
	switch codes.ActionOf(err) {
	case codes.Retry:
		return err
	case codes.RetryLater:
		if r.HasRetryAfter {
			return errors.Join(err, backoff.RetryAfter(int(r.RetryAfter/time.Second)))
		}
		return err
	case codes.Report:
		if r.Status == 0 {
			return err // no response: the network, retried
		}
	}
	return backoff.Permanent(err)
}

// post is the operation: one request through a client whose Transport
// checks the response.
func post(client *http.Client, url string) backoff.Operation[*http.Response] {
	return func() (*http.Response, error) {
		resp, err := client.Post(url, "application/json", strings.NewReader(`[{"username":"dev_fang"}]`))
		if err != nil {
			return nil, classify(err)
		}
		return resp, nil
	}
}

// Through cenkalti/backoff, each scenario gives the library's error, with
// the status and the wait; what cannot succeed is sent once.
func TestBackoff(t *testing.T) {
	for vendor, tt := range map[string]struct {
		scenarios []scenario
		client    *http.Client
	}{
		"easemob":  {easemobScenarios, &http.Client{Transport: &easemob.Transport{}}},
		"jmessage": {jmessageScenarios, &http.Client{Transport: &jmessage.Transport{}}},
	} {
		for _, s := range tt.scenarios {
			srv, answered := serve(t, s)
			_, err := backoff.Retry(context.Background(), post(tt.client, srv.URL+"/org/app/users"), backoff.WithMaxTries(1))
			check(t, s, err)
			assert.Equal(t, 1, *answered, "%s %s", vendor, s.name)
		}
	}
}

// A rate-limited call with Retry-After: 0 is retried at once; a 400 is
// never retried.
func TestBackoffRetries(t *testing.T) {
	for status, want := range map[int]int{429: 2, 400: 1} {
		body := map[int]string{429: `{"error":{"code":800017}}`, 400: `{"error":{"code":899003}}`}[status]
		n := 0
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			if n++; n == 1 {
				w.Header().Set("Retry-After", "0")
				w.WriteHeader(status)
				_, _ = io.WriteString(w, body)
				return
			}
			w.WriteHeader(201)
		}))
		client := &http.Client{Transport: &jmessage.Transport{}}
		resp, err := backoff.Retry(context.Background(), post(client, srv.URL), backoff.WithMaxTries(3),
			backoff.WithBackOff(backoff.NewConstantBackOff(time.Hour)))
		assert.Equal(t, want, n, "%d", status)
		if status == 429 {
			require.NoError(t, err)
			resp.Body.Close()
		} else {
			assert.Equal(t, codes.FixRequest, codes.ActionOf(err))
		}
		srv.Close()
	}
}
