package easemob

import (
	"errors"
	"net/http"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/httpresp"
	"github.com/imcodes/imcodes/internal/wire"
)

// CheckResponse turns an Easemob REST response into an error, or nil for a
// success, as ParseResponse does with its status and body, and keeps the
// response's facts in the error (see codes.Response): the request's method
// and URL (without query string or user information), the status and the
// Retry-After the response asked for, at most codes.MaxRetryAfter.
//
// It reads only what deciding needs, and puts what it read back, so that
// resp.Body can be read from its first byte afterwards, whatever it decided:
// of a failure, at most the first MiB; of a success (2xx), nothing, as the
// REST API sends its errors with failure statuses only (a 2xx body that
// reports a failure, such as a recall's "not_found msg", is the caller's to
// read). A body that fails to read keeps the reader's error under any
// status: errors.Is finds it.
//
// A 401 from the token endpoint (a URL path ending in /token) means that
// the client ID and secret, or the user's password, were refused: unlike
// any other 401, it is FixSetup, as getting a token again would fail again.
func CheckResponse(resp *http.Response) error {
	return httpresp.Check(resp, decoder)
}

// CheckResponseBody is CheckResponse for a client that has already read the
// body, as resty's OnAfterResponse hooks have: resp gives the status,
// headers and request, and body the body, which resp.Body no longer holds.
// A nil or empty body reads as an empty one.
func CheckResponseBody(resp *http.Response, body []byte) error {
	return httpresp.CheckBody(resp, body, decoder)
}

// decoder is what the shared response code needs to know of Easemob.
var decoder = &httpresp.Decoder{
	Platform: restPlatform,
	Object:   object,
	Finish:   finish,
}

// restPlatform is the platform of the REST API's errors. They carry no
// code, so no numbering shows in their text ("easemob: ..."); the platform
// is the numbering of Easemob's current SDKs, which translate REST errors
// into it (see ErrorCode), and it tells the status rules the vendor.
const restPlatform = codes.EasemobNative

// finish applies the token endpoint's rule (see CheckResponse).
func finish(err error, facts codes.Response, resp *http.Response) error {
	e, ok := err.(*codes.Error)
	if !ok || facts.Status != http.StatusUnauthorized || resp.Request == nil || resp.Request.URL == nil ||
		!strings.HasSuffix(strings.TrimSuffix(resp.Request.URL.Path, "/"), "/token") {
		return err
	}
	e.Err = &credentialsRefused{e.Err}
	return e
}

// credentialsRefused is the cause of a 401 from the token endpoint: the
// credentials themselves were refused.
type credentialsRefused struct{ err error }

func (c *credentialsRefused) Error() string {
	if c.err == nil {
		return "the token endpoint refused the credentials"
	}
	return "the token endpoint refused the credentials: " + c.err.Error()
}

func (c *credentialsRefused) Unwrap() error { return c.err }

// Classify makes the cause a codes.Classifier: bad credentials are fixed
// in the setup, not by logging in again.
func (c *credentialsRefused) Classify() (codes.Category, codes.Action) {
	return codes.Unauthenticated, codes.FixSetup
}

// ParseResponse turns the status and body of an Easemob REST response into an
// error, or nil for a success: a 2xx status whose body carries no error.
//
// An error body, {"error":"service_resource_not_found",...}, gives a
// *codes.Error without a catalog code (the REST API sends SDK codes
// nowhere), with the error_description as its message and the body as a
// *RESTError cause, under any status; the first "error" member that is not
// null counts. A numeric "error_code" beside it, or the code of an "error"
// object ({"error":{"code":4001001,...}}, as the voice-to-text and
// message-search services send it), is the RESTError's ErrorCode. The
// category and action are those of the ErrorCode where it is known, else
// those the vendor documents for the reason under that status (see Reason),
// else those of the status as the REST API means it (its 401 is a token to
// renew). Any other response with a failure status (or none, 0), such as an
// empty body, HTML from a proxy, truncated JSON or wrong types, still gives
// such an error, keeping an excerpt of the body and the reason it could not
// be read.
//
// A byte order mark, trailing commas and data after the first JSON value are
// ignored, and a body cut off after its error fields still gives the error.
// The cost is linear in the body, and nothing is allocated for what the
// error does not keep.
func ParseResponse(status int, body []byte) error {
	return decoder.Parse(status, body)
}

// object decodes a body that is an object: a REST error if it has an
// "error" reason or an "error_code".
func object(status int, body []byte, start int) (found, cause error) {
	rest := RESTError{status: status}
	var reason []byte
	_, err := wire.Object(body, start, func(k, v []byte) bool {
		switch {
		case wire.KeyIs(k, "error"):
			if reason == nil && string(v) != "null" {
				reason = v
			}
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
	switch {
	case len(reason) > 0 && reason[0] == '{':
		// The voice-to-text and message-search services nest a numeric
		// code: {"error":{"code":4001001,"message":"..."}}, the field the
		// SDKs read as error.code.
		_, _ = wire.Object(reason, 0, func(k, v []byte) bool {
			switch {
			case wire.KeyIs(k, "code"):
				n, _ := wire.Int(v, 32)
				rest.ErrorCode = int(n)
			case wire.KeyIs(k, "message") && rest.Description == "":
				rest.Description, _ = wire.String(v)
			}
			return true
		})
		if rest.ErrorCode == 0 {
			return httpresp.Undecodable(restPlatform, status, body, errors.New(`the "error" object has no numeric code`)), nil
		}
	case reason != nil:
		s, ok := wire.String(reason)
		if !ok {
			return httpresp.Undecodable(restPlatform, status, body, errors.New(`the "error" member is not a string`)), nil
		}
		rest.Reason = Reason(s)
	}
	if rest.Reason == "" && rest.ErrorCode == 0 {
		if err == nil {
			err = errors.New(`no "error" in the body`)
		}
		return nil, err
	}
	e := codes.NewStatusError(restPlatform, status)
	e.Message = rest.Description
	if e.Message == "" {
		e.Message = string(rest.Reason)
	}
	e.Err = &rest
	return e, nil
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
