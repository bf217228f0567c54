package codes

import (
	"reflect"
	"strings"
	"time"

	"github.com/imcodes/imcodes/internal/wire"
)

// Response is what an error keeps of the HTTP response it was made from:
// the facts a caller decides on, such as how long to wait. [Error] holds one,
// and so do the batch errors of the vendor packages (jmessage.BatchError);
// [ResponseOf] finds it through any wrapping.
type Response struct {
	// Method and URL are the request's; the URL has no query string and no
	// user information, as they may hold credentials.
	Method, URL string
	// Status is the HTTP status of the response, or 0 if there was none.
	Status int
	// RetryAfter is how long the response's Retry-After header asked the
	// caller to wait (delay seconds, or an HTTP date less the time the
	// response was read), at most MaxRetryAfter; 0 if it asked for none.
	RetryAfter time.Duration
	// HasRetryAfter reports whether the response had a Retry-After header
	// that could be read, so that "Retry-After: 0" (retry now) is told from
	// no header.
	HasRetryAfter bool
}

// MaxRetryAfter caps the wait a response can ask for: a longer
// Retry-After, such as a date in the year 9999, reads as MaxRetryAfter, so
// that no caller sleeps for years on a service's word; one that is still
// refused after an hour asks again.
const MaxRetryAfter = time.Hour

// response makes every error that holds a Response, by embedding it, one
// that ResponseOf finds.
func (r *Response) response() *Response { return r }

// ResponseOf returns the response facts of the first error in err's chain
// (in the order errors.As searches it) that holds a [Response]: a
// *codes.Error or a batch error, through fmt.Errorf's %w, errors.Join,
// *url.Error and the like. It returns the zero Response if there is none,
// and does not allocate.
//
//	if r := codes.ResponseOf(err); r.HasRetryAfter {
//		time.Sleep(r.RetryAfter)
//	}
func ResponseOf(err error) Response {
	for err != nil {
		if r, ok := err.(interface{ response() *Response }); ok && !nilPointer(err) {
			return *r.response()
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if r := ResponseOf(e); r != (Response{}) {
					return r
				}
			}
			return Response{}
		default:
			return Response{}
		}
	}
	return Response{}
}

// nilPointer reports whether err is a nil pointer, such as a nil *Error in
// an interface, whose embedded Response cannot be reached.
func nilPointer(err error) bool {
	v := reflect.ValueOf(err)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// writeRequest writes "METHOD URL: " if r names a request, each part cut
// before it is joined.
func (r *Response) writeRequest(b *strings.Builder) {
	if r.Method == "" && r.URL == "" {
		return
	}
	b.WriteString(wire.LogSafe(r.Method, wire.MaxText))
	if r.Method != "" && r.URL != "" {
		b.WriteByte(' ')
	}
	b.WriteString(wire.LogSafe(r.URL, wire.MaxText))
	b.WriteString(": ")
}

// CategoryFromHTTP returns the category of a failure known only by its HTTP
// status, the inverse of [Category.HTTPStatus] where that is one to one and
// the usual reading of the status where it is not: 409 Conflict is Aborted,
// 408 and 504 are DeadlineExceeded, 502 and 503 Unavailable, other 4xx
// InvalidArgument and other 5xx Internal. 2xx is OK; anything else, 0
// included, is Unknown. An *Error without a code reads its status as its
// vendor means it, which differs in two places (see statusDecision).
func CategoryFromHTTP(status int) Category {
	switch status {
	case 400, 405, 413, 415:
		return InvalidArgument
	case 401:
		return Unauthenticated
	case 403:
		return PermissionDenied
	case 404:
		return NotFound
	case 408, 504:
		return DeadlineExceeded
	case 409:
		return Aborted
	case 412:
		return FailedPrecondition
	case 429:
		return ResourceExhausted
	case 499:
		return Canceled
	case 501:
		return Unimplemented
	case 502, 503:
		return Unavailable
	}
	switch {
	case 200 <= status && status < 300:
		return OK
	case 400 <= status && status < 500:
		return InvalidArgument
	case 500 <= status && status < 600:
		return Internal
	}
	return Unknown
}

// statusDecision is the one place where a failure known only by its HTTP
// status (no code, no readable reason) is classified, as the platform's
// vendor documents its REST status codes: the table in NewStatusError's
// documentation.
func statusDecision(p Platform, status int) (Category, Action) {
	if p.vendor() == "jmessage" && status == 401 {
		return Unauthenticated, FixSetup
	}
	c := CategoryFromHTTP(status).asError()
	return c, c.action()
}

// vendor returns the vendor part of p's id ("jmessage", "easemob"), or "".
func (p Platform) vendor() string {
	if !p.Valid() {
		return ""
	}
	id := platformIDs[p]
	if i := strings.IndexByte(id, '/'); i >= 0 {
		return id[:i]
	}
	return id
}
