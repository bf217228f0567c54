package httpresp

import (
	"context"
	"io"
	"net/http"
	"sync"
)

// RoundTrip is the RoundTrip of a vendor's Transport: it sends req through
// base (http.DefaultTransport if nil), checks the response as Check does
// (a 3xx response passes unchecked, for the client to follow),
// records the result for a context made by Record, and hands a failure to
// onError, if not nil. Unless pass is true, a failing response becomes the
// error of RoundTrip (its body drained a little, for the connection's
// sake, and closed), which the client wraps (*url.Error); with pass, the
// response goes on unchanged, its body readable from its first byte.
//
// The error never says Timeout() true: clients that take such errors for
// network failures switch endpoints, and a service's answer is not one.
func RoundTrip(req *http.Request, base http.RoundTripper, d *Decoder, pass bool, onError func(*http.Request, error)) (*http.Response, error) {
	if base == nil {
		base = http.DefaultTransport
	}
	resp, err := base.RoundTrip(req)
	if err != nil || 300 <= resp.StatusCode && resp.StatusCode < 400 {
		// A redirect is the client's to follow, and a 304 the answer to a
		// conditional request: neither is the service's failure.
		return resp, err
	}
	err = Check(resp, d)
	if rec, ok := req.Context().Value(recordKey{}).(*record); ok {
		rec.set(err)
	}
	if err == nil {
		return resp, nil
	}
	if onError != nil {
		onError(req, err)
	}
	if pass {
		return resp, nil
	}
	_, _ = io.CopyN(io.Discard, resp.Body, drainLen)
	_ = resp.Body.Close()
	return nil, err
}

// drainLen is how much of a failing body RoundTrip reads past what Check
// read before closing it: enough for the connection to be reused after the
// usual error body, little enough never to wait on a large one.
const drainLen = 4 << 10

// recordKey is the context key of a record.
type recordKey struct{}

// record is the last result a Transport decided for requests made with a
// context from Record.
type record struct {
	mu  sync.Mutex
	err error
}

func (r *record) set(err error) {
	r.mu.Lock()
	r.err = err
	r.mu.Unlock()
}

func (r *record) get() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.err
}

// Record returns a copy of ctx in which the Transports record what they
// decide for each response to a request made with it, and a function that
// returns the last of them: nil after a success, or before any response.
func Record(ctx context.Context) (context.Context, func() error) {
	rec := new(record)
	return context.WithValue(ctx, recordKey{}, rec), rec.get
}

// CloseIdleConnections closes the idle connections of base, if it has any,
// as http.Client.CloseIdleConnections asks of a Transport.
func CloseIdleConnections(base http.RoundTripper) {
	if base == nil {
		base = http.DefaultTransport
	}
	if c, ok := base.(interface{ CloseIdleConnections() }); ok {
		c.CloseIdleConnections()
	}
}
