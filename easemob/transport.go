package easemob

import (
	"context"
	"net/http"
	"time"

	"github.com/imcodes/imcodes/internal/httpresp"
)

// Transport is an http.RoundTripper that checks every Easemob REST
// response as CheckResponse does: it reads nothing of a 2xx body, and a 401
// from the token endpoint is FixSetup. A failing response becomes the
// error of RoundTrip, which the client returns wrapped and which never
// reports Timeout() true; with PassResponses, the response passes unchanged
// and the error reaches the caller through RecordErrors or OnError. The
// README shows it inside resty, go-retryablehttp and a plain client:
//
//	client := &http.Client{Transport: &easemob.Transport{}}
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
// returns the last of them (nil after a success, or before any response).
func RecordErrors(ctx context.Context) (context.Context, func() error) {
	return httpresp.Record(ctx)
}

// CheckRetry is go-retryablehttp's CheckRetry for the Easemob REST API
// (client.CheckRetry = easemob.CheckRetry): it retries what calls for Retry
// or RetryLater and network errors other than a refused certificate, and
// returns the library's error for everything else, so that codes.ActionOf
// and codes.ResponseOf work on the client's final error.
func CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return httpresp.CheckRetry(decoder, ctx, resp, err)
}

// Backoff is go-retryablehttp's Backoff for the Easemob REST API
// (client.Backoff = easemob.Backoff): the Retry-After the response asked
// for (at most codes.MaxRetryAfter), max for a RetryLater without one,
// otherwise min doubled on each attempt up to max.
func Backoff(min, max time.Duration, attempt int, resp *http.Response) time.Duration {
	return httpresp.Backoff(decoder, min, max, attempt, resp)
}
