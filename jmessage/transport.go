package jmessage

import (
	"context"
	"net/http"
	"time"

	"github.com/imcodes/imcodes/internal/httpresp"
)

// Transport is an http.RoundTripper that checks every response as
// CheckResponse does, for the JMessage REST API, so that a client that drops the
// status and headers (most do) still gives the library's error. Plug it
// into any client that takes an *http.Client or a Transport:
//
//	client := &http.Client{Transport: &jmessage.Transport{}}
//
// A failing response becomes the error of RoundTrip: the client returns it
// wrapped (a *url.Error, or its own wrapper), and codes.ActionOf,
// codes.ResponseOf and errors.Is work on what the client returns. The error
// never says Timeout() true, so a client that switches endpoints on network
// timeouts does not switch for a service's answer. A success goes on
// unchanged: on a 2xx status the Transport reads nothing more than
// CheckResponse does, and the body is the caller's from its first byte. So
// does a redirect (3xx), which the client follows.
//
// For a client that must see every response, PassResponses lets failing
// responses through unchanged too; the error then reaches the caller
// through the request's context (RecordErrors) or OnError. OnError also
// serves clients that carry no context and wrap errors without Unwrap.
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

// RecordErrors returns a copy of ctx in which a Transport records what it
// decides for each response to a request made with ctx, and a function that
// returns the last of them: nil after a success, or before any response.
// It is how a caller whose client hides the response and its errors (or a
// Transport with PassResponses) gets the library's error.
func RecordErrors(ctx context.Context) (context.Context, func() error) {
	return httpresp.Record(ctx)
}

// CheckRetry is a retry policy with the signature of go-retryablehttp's
// CheckRetry (assign it: client.CheckRetry = jmessage.CheckRetry): it retries a
// response whose action is codes.Retry or codes.RetryLater, and network
// errors other than a refused certificate; it stops on a success, a done
// context and every other action (a Reauthenticate is the caller's to
// handle, once), returning the library's error, which the client's final
// error wraps: codes.ActionOf and codes.ResponseOf work on it.
func CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return httpresp.CheckRetry(decoder, ctx, resp, err)
}

// Backoff is a back-off policy with the signature of go-retryablehttp's
// Backoff (client.Backoff = jmessage.Backoff): the wait the response asked for
// with Retry-After (at most codes.MaxRetryAfter), whatever min and max say;
// max for a RetryLater without it; otherwise min doubled on each attempt,
// at most max. It never reads the body again: it uses what CheckRetry
// decided.
func Backoff(min, max time.Duration, attempt int, resp *http.Response) time.Duration {
	return httpresp.Backoff(decoder, min, max, attempt, resp)
}
