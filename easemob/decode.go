package easemob

import (
	"bytes"
	"encoding/json"
	"errors"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/wire"
)

// ParseSDKError decodes the error object that the Easemob Web SDK passes to
// its callbacks, {"type":206,"message":"..."}, as an application forwards it:
// the type is the statusCode, and may also come as a string of digits. It
// returns a *codes.Error with that code and the SDK's message, or nil for a
// success code (type 0, REQUEST_SUCCESS; see Code.Err).
//
// Anything else (not JSON, no type, wrong types) still gives a *codes.Error,
// without a code and of category Unknown, keeping an excerpt of the data and
// the reason it could not be read.
func ParseSDKError(data []byte) error {
	obj := wire.Object(bytes.TrimSpace(data))
	if obj == nil {
		return undecodable(0, data, errors.New("not a JSON object"))
	}
	code, ok := wire.Code(obj["type"])
	switch {
	case !ok:
		return undecodable(0, data, errors.New(`no numeric "type"`))
	case Code(code).Err() == nil:
		return nil
	}
	e := codes.NewError(codes.Easemob, code)
	e.Message = wire.Text(obj["message"])
	return e
}

// RESTError is the error body of the Easemob REST API:
//
//	{"error":"service_resource_not_found","exception":"...","error_description":"...","timestamp":1542350943000,"duration":0}
//
// It carries no numeric code; ParseRESTError returns it as the cause of a
// *codes.Error, where errors.As finds it.
type RESTError struct {
	// Reason is the "error" field, such as "service_resource_not_found".
	Reason string
	// Exception is the server-side exception class.
	Exception string
	// Description is the "error_description" field, the readable text.
	Description string
	// Timestamp is the server time of the error, in milliseconds since 1970.
	Timestamp int64
	// Duration is the "duration" field, the time the call took in ms.
	Duration int64
}

// Error returns the reason and, if any, the exception.
func (e *RESTError) Error() string {
	if e.Exception == "" {
		return e.Reason
	}
	return e.Reason + " (" + e.Exception + ")"
}

// ParseRESTError turns an Easemob REST response into an error, or nil for a
// success: a 2xx status whose body carries no "error".
//
// An error body gives a *codes.Error without a code (the REST API sends none),
// classified by the HTTP status, with the error_description as its message
// and the whole body as a *RESTError cause. Any other response with a failure
// status (or none, 0), such as an empty body, HTML from a proxy, truncated
// JSON or wrong types, still gives such an error, keeping an excerpt of the
// body and the reason it could not be read.
func ParseRESTError(status int, body []byte) error {
	success := 200 <= status && status < 300
	obj := wire.Object(bytes.TrimSpace(body))
	var cause error
	switch reason := wire.Text(obj["error"]); {
	case reason != "":
		rest := &RESTError{
			Reason:      reason,
			Exception:   wire.Text(obj["exception"]),
			Description: wire.Text(obj["error_description"]),
			Timestamp:   wire.Int(obj["timestamp"]),
			Duration:    wire.Int(obj["duration"]),
		}
		msg := rest.Description
		if msg == "" {
			msg = reason
		}
		e := codes.NewStatusError(codes.Easemob, status)
		e.Message, e.Err = msg, rest
		return e
	case success:
		return nil
	case len(bytes.TrimSpace(body)) == 0:
		cause = errors.New("empty body")
	case obj == nil:
		var v any
		if cause = json.Unmarshal(body, &v); cause == nil {
			cause = errors.New("not a JSON object")
		}
	default:
		cause = errors.New(`no "error" in the body`)
	}
	return undecodable(status, body, cause)
}

// undecodable is the error for data without a usable error.
func undecodable(status int, data []byte, cause error) *codes.Error {
	e := codes.NewStatusError(codes.Easemob, status)
	e.Body, e.Err = wire.Excerpt(data), cause
	return e
}
