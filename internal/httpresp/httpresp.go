// Package httpresp holds what the response functions of packages jmessage
// and easemob share: the decode skeleton of ParseResponse and the error of a
// body that cannot be decoded (Decoder), reading as little of a response
// body as deciding needs without taking it from the caller (Check), the
// response facts that an error keeps, the RoundTripper, and the retry
// policies. It is apart from package wire so that package codes, which uses
// wire, never links net/http.
package httpresp

import (
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/imcodes/imcodes/codes"
)

// MaxBody is the most of a response body that CheckResponse reads to decide.
const MaxBody = 1 << 20

// Check is the CheckResponse of a vendor: it reads as much of resp's body as
// d needs to decide (see Decoder.Read), decides as d.Parse does, keeps a
// failure to read the body in the error under any status, and fills in the
// response facts (request, status, Retry-After) of the *codes.Error or other
// error holding a codes.Response that it returns (d.Finish does for the
// vendor's own types). The body stays readable from its first byte.
func Check(resp *http.Response, d *Decoder) error {
	if resp == nil {
		return errors.New(d.Platform.String() + ": CheckResponse of a nil *http.Response")
	}
	b := peek(resp, d)
	var err error
	if b.read || b.readErr != nil {
		err = d.finish(resp, d.parse(resp.StatusCode, b.data(), b.readErr))
	}
	b.decided, b.err = true, err
	return err
}

// CheckBody is Check of a response whose body the client has already read:
// resp gives the status, headers and request, and body the body. It decides
// as Check does, on the same part of the body.
func CheckBody(resp *http.Response, body []byte, d *Decoder) error {
	if resp == nil {
		return errors.New(d.Platform.String() + ": CheckResponseBody of a nil *http.Response")
	}
	if Success(resp.StatusCode) {
		first, found := firstByte(body[:min(len(body), sniffLen)])
		if d.Read == nil || !found || !d.Read(first) {
			return nil
		}
	}
	return d.finish(resp, d.parse(resp.StatusCode, body[:min(len(body), MaxBody)], nil))
}

// finish fills in the response facts of err, if it is not nil.
func (d *Decoder) finish(resp *http.Response, err error) error {
	if err == nil {
		return nil
	}
	facts := Facts(resp, time.Now())
	if e := codesError(err); e != nil {
		e.Response = facts
	}
	if d.Finish != nil {
		err = d.Finish(err, facts, resp)
	}
	return err
}

// codesError returns err as the *codes.Error Check fills in: err itself, or
// the first error of a join made by Decoder.parse.
func codesError(err error) *codes.Error {
	switch e := err.(type) {
	case *codes.Error:
		return e
	case interface{ Unwrap() []error }:
		if errs := e.Unwrap(); len(errs) > 0 {
			if c, ok := errs[0].(*codes.Error); ok {
				return c
			}
		}
	}
	return nil
}

// Decided returns the error that Check decided for resp, and whether Check
// has seen resp: the retry policies read it after a client has drained the
// body, without reading the body again.
func Decided(resp *http.Response) (err error, ok bool) {
	if resp == nil {
		return nil, false
	}
	if b, isPeeked := resp.Body.(*body); isPeeked && b.decided {
		return b.err, true
	}
	return nil, false
}

// Facts returns what an error keeps of resp: the request's method and URL
// (see Request), the status and the Retry-After (see RetryAfter), read at
// now.
func Facts(resp *http.Response, now time.Time) codes.Response {
	r := codes.Response{Status: resp.StatusCode}
	r.Method, r.URL = Request(resp)
	r.RetryAfter, r.HasRetryAfter = RetryAfter(resp.Header, now)
	return r
}

// Success reports whether status is a 2xx status.
func Success(status int) bool { return 200 <= status && status < 300 }

// Request returns the method and URL of the request resp answers, the URL
// without its query string, fragment and user information, which may hold
// credentials; empty strings if resp has no request.
func Request(resp *http.Response) (method, rawURL string) {
	req := resp.Request
	if req == nil {
		return "", ""
	}
	if req.URL != nil {
		u := *req.URL
		u.User, u.RawQuery, u.ForceQuery, u.Fragment, u.RawFragment = nil, "", false, "", ""
		rawURL = (&u).String()
	}
	method = req.Method
	if method == "" {
		method = http.MethodGet
	}
	return method, rawURL
}

// RetryAfter returns how long the Retry-After header of h asks to wait, at
// most codes.MaxRetryAfter: delay seconds, or an HTTP date less now (0 for a
// date that has passed); ok is false if there is no header or it cannot be
// read.
func RetryAfter(h http.Header, now time.Time) (wait time.Duration, ok bool) {
	v := h.Get("Retry-After")
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseUint(v, 10, 64); err == nil {
		if secs > uint64(codes.MaxRetryAfter/time.Second) {
			return codes.MaxRetryAfter, true
		}
		return time.Duration(secs) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	if !t.After(now) {
		return 0, true
	}
	return min(t.Sub(now).Round(time.Second), codes.MaxRetryAfter), true
}
