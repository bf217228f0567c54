package httpresp

import (
	"errors"
	"net/http"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/wire"
)

// Decoder is what a vendor's response functions need to know of its bodies;
// the rest of reading a response is the same for both vendors, here.
type Decoder struct {
	// Platform is the platform of an error without a code.
	Platform codes.Platform
	// Object decodes the JSON object that begins at body[start] in a
	// response of the status (0 for an SDK's report): found is the error it
	// reports, or nil, with cause the reason why none was found.
	Object func(status int, body []byte, start int) (found, cause error)
	// Array decodes a JSON array as Object does an object; nil if the
	// vendor's bodies are never arrays.
	Array func(status int, body []byte, start int) (found, cause error)
	// Read reports whether a success (2xx) body that starts with the byte
	// first must be read to decide; nil if no success body of the vendor
	// carries an error, so that a success costs no read at all.
	Read func(first byte) bool
	// Finish, if not nil, completes the error Check returns with the
	// response facts, for the vendor's own error types and rules.
	Finish func(err error, facts codes.Response, resp *http.Response) error
}

// Parse is the skeleton of both vendors' ParseResponse: an error the body
// reports, under any status; nil for a success status whose body reports
// none; otherwise the error of an undecodable response (see Undecodable).
func (d *Decoder) Parse(status int, body []byte) error {
	return d.parse(status, body, nil)
}

// parse is Parse of a body whose reading failed with readErr, if not nil:
// the failure is kept in the error under any status, and replaces the
// reason the truncated body could not be decoded.
func (d *Decoder) parse(status int, body []byte, readErr error) error {
	start := wire.Start(body)
	var found, cause error
	switch {
	case start == len(body):
		cause = errors.New("empty body")
	case body[start] == '{':
		found, cause = d.Object(status, body, start)
	case body[start] == '[' && d.Array != nil:
		found, cause = d.Array(status, body, start)
	default:
		if _, cause = wire.Skip(body, start); cause == nil && d.Array != nil {
			cause = errors.New("neither an object nor an array")
		} else if cause == nil {
			cause = errors.New("not a JSON object")
		}
	}
	if readErr != nil {
		incomplete := &ReadError{Err: readErr}
		switch e := found.(type) {
		case nil:
			return Undecodable(d.Platform, status, body, incomplete)
		case *codes.Error:
			e.Err = errors.Join(e.Err, incomplete)
			return e
		}
		return errors.Join(found, incomplete)
	}
	if found != nil {
		return found
	}
	if Success(status) {
		return nil
	}
	return Undecodable(d.Platform, status, body, cause)
}

// Undecodable is the one error of a response, or an SDK's report, without a
// usable error object: of platform p, without a code, classified by the
// status (0 for none), keeping a bounded excerpt of the data and the reason
// it could not be read.
func Undecodable(p codes.Platform, status int, data []byte, cause error) *codes.Error {
	e := codes.NewStatusError(p, status)
	e.Body, e.Err = wire.Excerpt(data), cause
	return e
}

// ReadError is the failure to read a response body, as an error keeps it:
// errors.Is finds the reader's error through it.
type ReadError struct{ Err error }

func (e *ReadError) Error() string { return "the body could not be read: " + e.Err.Error() }

// Unwrap returns the reader's error.
func (e *ReadError) Unwrap() error { return e.Err }
