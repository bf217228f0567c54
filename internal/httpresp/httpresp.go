// Package httpresp holds what the CheckResponse functions of packages
// jmessage and easemob share (Check): reading a bounded part of a response
// body without taking it from the caller, and the request and Retry-After
// facts that an error keeps. It is apart from package wire so that package
// codes, which uses wire, never links net/http.
package httpresp

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/imcodes/imcodes/codes"
)

// Check is the CheckResponse of a vendor package: it runs parse on the
// status of resp and the first MaxBody bytes of its body (see Peek), makes a
// failure to read the body an error of platform p, and fills in the request
// and the Retry-After of a *codes.Error that parse returns. The caller fills
// in its own error types.
func Check(resp *http.Response, p codes.Platform, parse func(status int, body []byte) error) error {
	if resp == nil {
		return errors.New(p.String() + ": CheckResponse of a nil *http.Response")
	}
	body, readErr := Peek(resp)
	err := parse(resp.StatusCode, body)
	if err == nil && readErr != nil {
		e := codes.NewStatusError(p, resp.StatusCode)
		e.Err = errors.Join(errors.New("reading the body"), readErr)
		err = e
	}
	if e, ok := err.(*codes.Error); ok {
		e.Method, e.URL = Request(resp)
		e.RetryAfter = RetryAfter(resp.Header, time.Now())
	}
	return err
}

// MaxBody is the most of a response body that CheckResponse reads to decide.
const MaxBody = 1 << 20

// sniffLen is how much of a success body is read to see whether it is JSON
// at all.
const sniffLen = 64

// Peek returns up to MaxBody bytes of resp.Body and puts them back in front
// of the rest, so that the caller can read resp.Body from its first byte
// afterwards, whatever was decided. A success (2xx) body that does not start
// like a JSON object or array is read no further than its first few bytes.
// err is a failure to read, after which the bytes read so far are returned
// and still put back.
func Peek(resp *http.Response) (data []byte, err error) {
	if resp.Body == nil || resp.Body == http.NoBody {
		return nil, nil
	}
	var buf bytes.Buffer
	if n := resp.ContentLength; n > 0 && n <= MaxBody {
		buf.Grow(int(n))
	}
	defer func() {
		resp.Body = &replay{Reader: io.MultiReader(bytes.NewReader(data), resp.Body), Closer: resp.Body}
	}()
	if Success(resp.StatusCode) {
		if _, err = buf.ReadFrom(io.LimitReader(resp.Body, sniffLen)); err != nil || !mayBeJSON(buf.Bytes()) {
			return buf.Bytes(), err
		}
	}
	_, err = buf.ReadFrom(io.LimitReader(resp.Body, int64(MaxBody-buf.Len())))
	return buf.Bytes(), err
}

// replay is a response body read in part: what was read, then the rest.
type replay struct {
	io.Reader
	io.Closer
}

// mayBeJSON reports whether the start of a body may be a JSON object or
// array, after a byte order mark and white space, or is too short to tell.
func mayBeJSON(start []byte) bool {
	start = bytes.TrimLeft(bytes.TrimPrefix(start, []byte("\xEF\xBB\xBF")), " \t\r\n")
	return len(start) == 0 || start[0] == '{' || start[0] == '['
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

// RetryAfter returns how long the Retry-After header of h asks to wait:
// delay seconds, or an HTTP date less now; 0 if there is none, it cannot be
// read, or the date has passed.
func RetryAfter(h http.Header, now time.Time) time.Duration {
	v := h.Get("Retry-After")
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseUint(v, 10, 32); err == nil {
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now).Round(time.Second)
	}
	return 0
}
