package integration_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/go-resty/resty/v2"
	"github.com/hashicorp/go-retryablehttp"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/jmessage"
)

// rateLimited is a service that rate-limits the first call and serves the
// second.
func rateLimited() *httptest.Server {
	n := 0
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n++; n == 1 {
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"error":"reach_limit","error_description":"This request has reached api limit"}`)
			return
		}
		fmt.Fprint(w, `{"action":"post","entities":[{"username":"alice"}]}`)
	}))
}

// go-retryablehttp: two lines. The policies retry what can succeed, after
// the response's Retry-After, and stop on the rest with the library's error,
// which the client's error wraps.
func Example_retryablehttp() {
	srv := rateLimited()
	defer srv.Close()

	client := retryablehttp.NewClient()
	client.Logger = nil
	client.CheckRetry = easemob.CheckRetry
	client.Backoff = easemob.Backoff

	resp, err := client.Post(srv.URL+"/org/app/users", "application/json", strings.NewReader(`{"username":"alice"}`))
	if err != nil {
		fmt.Println(codes.ActionOf(err), codes.ResponseOf(err).Status)
		return
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode)
	// Output: 200
}

// resty reads the body before the caller sees the response: one
// OnAfterResponse hook decides on what it read, with the status, headers
// and request.
func Example_resty() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"error":{"code":899008,"message":"Basic authentication failed"}}`)
	}))
	defer srv.Close()

	client := resty.New().OnAfterResponse(func(_ *resty.Client, r *resty.Response) error {
		return jmessage.CheckResponseBody(r.RawResponse, r.Body())
	})
	_, err := client.R().SetBasicAuth("appkey", "wrong secret").Get(srv.URL + "/v1/users/dev_fang")
	fmt.Println(codes.ActionOf(err), codes.ResponseOf(err).Status)
	// Output: FixSetup 401
}

// cenkalti/backoff: what cannot succeed on a retry is Permanent; a wait the
// response asked for is a backoff.RetryAfter joined to the error, which
// stays findable.
func Example_backoff() {
	srv := rateLimited()
	defer srv.Close()

	client := &http.Client{Transport: &easemob.Transport{}}
	resp, err := backoff.Retry(context.Background(), func() (*http.Response, error) {
		resp, err := client.Post(srv.URL+"/org/app/users", "application/json", strings.NewReader(`{"username":"alice"}`))
		if err == nil {
			return resp, nil
		}
		r := codes.ResponseOf(err)
		switch codes.ActionOf(err) {
		case codes.Retry:
			return nil, err
		case codes.RetryLater:
			if r.HasRetryAfter {
				return nil, errors.Join(err, backoff.RetryAfter(int(r.RetryAfter/time.Second)))
			}
			return nil, err
		case codes.Report:
			if r.Status == 0 {
				return nil, err // no response: the network
			}
		}
		return nil, backoff.Permanent(err)
	}, backoff.WithMaxTries(3))
	if err != nil {
		fmt.Println(codes.ActionOf(err), codes.ResponseOf(err).Status)
		return
	}
	defer resp.Body.Close()
	fmt.Println(resp.StatusCode)
	// Output: 200
}
