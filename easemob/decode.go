package easemob

import (
	"errors"
	"net/http"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/web4"
	"github.com/imcodes/imcodes/internal/httpresp"
	"github.com/imcodes/imcodes/internal/wire"
)

// CheckResponse turns an Easemob REST response into an error, or nil for a
// success, as ParseResponse does with its status and body. It reads at most
// the first MiB of the body to decide, and puts what it read back, so that
// resp.Body can be read from its first byte afterwards, whatever it decided;
// a success body that does not start like JSON is read no further than its
// first bytes. The error names the request's method and URL (without query
// string or user information) and keeps the Retry-After the response asked
// for.
//
// A body larger than that is decided on its first MiB: an error object there
// is found, and a success body is a success.
func CheckResponse(resp *http.Response) error {
	return httpresp.Check(resp, codes.EasemobWeb4, ParseResponse)
}

// ParseResponse turns the status and body of an Easemob REST response into an
// error, or nil for a success: a 2xx status whose body carries no error.
//
// An error body, {"error":"service_resource_not_found",...}, gives a
// *codes.Error without a code (the REST API sends none), with the
// error_description as its message and the body as a *RESTError cause,
// under any status. Its category and action are those the vendor documents
// for the reason under that status (see Reason), or else those of the status.
// Any other response with a failure status (or none, 0), such as an empty
// body, HTML from a proxy, truncated JSON or wrong types, still gives such an
// error, keeping an excerpt of the body and the reason it could not be read.
//
// A byte order mark, trailing commas and data after the first JSON value are
// ignored, and a body cut off after its error fields still gives the error.
// The cost is linear in the body, and nothing is allocated for what the
// error does not keep.
func ParseResponse(status int, body []byte) error {
	start := wire.Start(body)
	var cause error
	switch {
	case start == len(body):
		cause = errors.New("empty body")
	case body[start] == '{':
		rest := RESTError{status: status}
		_, err := wire.Object(body, start, func(k, v []byte) bool {
			switch {
			case wire.KeyIs(k, "error"):
				s, _ := wire.String(v)
				rest.Reason = Reason(s)
			case wire.KeyIs(k, "exception"):
				rest.Exception, _ = wire.String(v)
			case wire.KeyIs(k, "error_description"):
				rest.Description, _ = wire.String(v)
			case wire.KeyIs(k, "error_code"):
				n, _ := wire.Int(v, 32)
				rest.ErrorCode = int(n)
			case wire.KeyIs(k, "timestamp"):
				rest.Timestamp, _ = wire.Int(v, 64)
			case wire.KeyIs(k, "duration"):
				rest.Duration, _ = wire.Int(v, 64)
			}
			return true
		})
		if rest.Reason != "" || rest.ErrorCode != 0 {
			e := codes.NewStatusError(codes.EasemobWeb4, status)
			e.Message = rest.Description
			if e.Message == "" {
				e.Message = string(rest.Reason)
			}
			e.Err = &rest
			return e
		}
		cause = err
		if cause == nil {
			cause = errors.New(`no "error" in the body`)
		}
	default:
		if _, cause = wire.Skip(body, start); cause == nil {
			cause = errors.New("not a JSON object")
		}
	}
	if 200 <= status && status < 300 {
		return nil
	}
	return undecodable(status, body, cause)
}

// ParseSDKError decodes the error object that the Easemob Web SDK passes to
// its callbacks, {"type":206,"message":"..."}, as an application forwards it:
// the type is the statusCode, and may also come as a string of digits. It
// returns a *codes.Error with that code and the SDK's message.
//
// Type 0 is REQUEST_SUCCESS, but the SDK's enum gives 0 a second name,
// WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR, and open() without a user fires the
// error callback with it: in an error object, 0 gives an error whose cause is
// ErrUserNotAssigned, never nil.
//
// Anything else (not JSON, no type, wrong types) still gives a *codes.Error,
// without a code and of category Unknown, keeping an excerpt of the data and
// the reason it could not be read.
func ParseSDKError(data []byte) error {
	start := wire.Start(data)
	if start == len(data) || data[start] != '{' {
		return undecodable(0, data, errors.New("not a JSON object"))
	}
	var typ []byte
	var msg string
	if _, err := wire.Object(data, start, func(k, v []byte) bool {
		switch {
		case wire.KeyIs(k, "type"):
			typ = v
		case wire.KeyIs(k, "message"):
			msg, _ = wire.String(v)
		}
		return true
	}); err != nil && typ == nil {
		return undecodable(0, data, err)
	}
	code, ok := wire.Int(typ, 32)
	if !ok {
		return undecodable(0, data, errors.New(`no numeric "type"`))
	}
	e := codes.NewError(codes.EasemobWeb4, int(code))
	e.Message = msg
	switch {
	case code == 0:
		e.Err = ErrUserNotAssigned
	case web4.Code(code).Err() == nil:
		return nil
	}
	return e
}

// ErrUserNotAssigned is the cause of the error ParseSDKError returns for type
// 0 in an SDK error object: the SDK's WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR,
// raised when open() is called without a user. Its category is
// InvalidArgument and its action FixRequest.
var ErrUserNotAssigned error = userNotAssigned{}

type userNotAssigned struct{}

func (userNotAssigned) Error() string {
	return "the user is not assigned (WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR): open() was called without a user"
}

// Classify makes the error a codes.Classifier.
func (userNotAssigned) Classify() (codes.Category, codes.Action) {
	return codes.InvalidArgument, codes.FixRequest
}

// undecodable is the error for data without a usable error.
func undecodable(status int, data []byte, cause error) *codes.Error {
	e := codes.NewStatusError(codes.EasemobWeb4, status)
	e.Body, e.Err = wire.Excerpt(data), cause
	return e
}
