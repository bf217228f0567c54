package jmessage

import (
	"context"
	"net/http"
	"time"

	"github.com/imcodes/imcodes/internal/httpresp"
)

// Transport is an http.RoundTripper that checks every JMessage REST
// response as CheckResponse does: of a 2xx body it reads the first bytes,
// and all of a batch array, whose items may have failed; a 401 without a
// readable code is FixSetup (Basic auth: nothing to renew). A failing
// response becomes the error of RoundTrip, which the client returns wrapped
// and which never reports Timeout() true, so that a client that switches
// endpoints on network timeouts does not switch for a service's answer. With
// PassResponses the response passes unchanged, and the error reaches the
// caller through RecordErrors or, for clients without context or Unwrap
// (goreq), OnError. The README shows it inside resty, go-retryablehttp and
// a plain client:
//
//	client := &http.Client{Transport: &jmessage.Transport{}}
type Transport struct {
	// Base sends the requests; nil means http.DefaultTransport.
	Base http.RoundTripper
	// PassResponses, if true, returns failing responses unchanged instead
	// of turning them into errors.
	PassResponses bool
	// OnError, if not nil, receives the request and the error of each
	// failing response, in either mode.
	OnError func(req *http.Request, err error)
}

// RoundTrip sends req through t.Base and checks the response.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	return httpresp.RoundTrip(req, t.Base, decoder, t.PassResponses, t.OnError)
}

// CloseIdleConnections closes the idle connections of t.Base, for
// http.Client.CloseIdleConnections.
func (t *Transport) CloseIdleConnections() { httpresp.CloseIdleConnections(t.Base) }

// RecordErrors returns a copy of ctx in which a Transport records its
// decision on each response to a request made with ctx, and a function that
// returns the last one: nil after a success, or before any response.
func RecordErrors(ctx context.Context) (context.Context, func() error) {
	return httpresp.Record(ctx)
}

// CheckRetry is go-retryablehttp's CheckRetry for the JMessage REST API
// (client.CheckRetry = jmessage.CheckRetry): it retries a response whose
// action is codes.Retry or codes.RetryLater, and network errors other than a
// refused certificate; it stops on a success, a done context and every
// other action (a Reauthenticate is the caller's to handle, once),
// returning the library's error, which the client's final error wraps.
func CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return httpresp.CheckRetry(decoder, ctx, resp, err)
}

// Backoff is go-retryablehttp's Backoff for the JMessage REST API
// (client.Backoff = jmessage.Backoff): the wait the response asked for with
// Retry-After (at most codes.MaxRetryAfter), whatever min and max say; max
// for a RetryLater without it; otherwise min doubled on each attempt, at
// most max. It never reads the body again: it uses what CheckRetry decided.
func Backoff(min, max time.Duration, attempt int, resp *http.Response) time.Duration {
	return httpresp.Backoff(decoder, min, max, attempt, resp)
}
