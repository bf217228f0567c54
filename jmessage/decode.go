package jmessage

import (
	"errors"
	"net/http"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/httpresp"
	"github.com/imcodes/imcodes/internal/wire"
	"github.com/imcodes/imcodes/jmessage/android"
	"github.com/imcodes/imcodes/jmessage/ios"
	"github.com/imcodes/imcodes/jmessage/jmrtc"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/jmessage/web"
)

// CheckResponse turns a JMessage REST response into an error, or nil for a
// success, as ParseResponse does with its status and body. It reads at most
// the first MiB of the body to decide, and puts what it read back, so that
// resp.Body can be read from its first byte afterwards, whatever it decided;
// a success body that does not start like JSON is read no further than its
// first bytes. The error names the request's method and URL (without query
// string or user information) and keeps the Retry-After the response asked
// for.
//
// A body larger than that is decided on its first MiB: an error object or
// failed batch items there are found, and the rest of a success body is not
// looked at. ParseResponse reads a whole body of any size.
func CheckResponse(resp *http.Response) error {
	err := httpresp.Check(resp, codes.JMessageServer, ParseResponse)
	if batch, ok := err.(*BatchError); ok {
		batch.Method, batch.URL = httpresp.Request(resp)
	}
	return err
}

// ParseResponse turns the status and body of a JMessage REST response into an
// error, or nil for a success.
//
// An error object, {"error":{"code":899008,"message":"Basic authentication
// failed"}}, gives a *codes.Error with the code, on the platform that defines
// it, the service's message and the status, under any status. An error object
// with a success code reports no error (no error carries a success code), so
// the status decides. A batch body, an array whose items may
// carry "error", gives a *BatchError listing the failed items. A response
// with a 2xx status and no error in its body is a success, whatever else the
// body holds.
//
// Any other response with a failure status (or none, 0), such as an empty
// body, an HTML page from a proxy, truncated JSON or wrong types, still gives
// a *codes.Error: without a code, classified by the status, and keeping an
// excerpt of the body and the reason it could not be read.
//
// A byte order mark, trailing commas and data after the first JSON value are
// ignored, and a body cut off after its error object still gives the error.
// The cost is linear in the body, and nothing is allocated for what the
// error does not keep.
func ParseResponse(status int, body []byte) error {
	start := wire.Start(body)
	var cause error
	switch {
	case start == len(body):
		cause = errors.New("empty body")
	case body[start] == '[':
		return batchError(status, body, start)
	case body[start] == '{':
		var found []byte
		_, err := wire.Object(body, start, func(k, v []byte) bool {
			if wire.KeyIs(k, "error") && string(v) != "null" {
				found = v
				return false
			}
			return true
		})
		if found != nil {
			e, err := errorObject(found, nil)
			switch {
			case err != nil:
				return undecodable(status, body, err)
			case e != nil:
				e.Status = status
				return e
			}
			// A success code: the body reports no error, and the status decides.
			cause = errors.New("the error object carries a success code")
			break
		}
		cause = err
		if cause == nil {
			cause = errors.New(`no "error" object in the body`)
		}
	default:
		if _, cause = wire.Skip(body, start); cause == nil {
			cause = errors.New("neither an object nor an array")
		}
	}
	if 200 <= status && status < 300 {
		return nil
	}
	return undecodable(status, body, cause)
}

// ParseSDKError decodes the error object that a JMessage SDK passes to its
// callbacks, {"code":880103,"message":"user not exist"}, as an application
// forwards it: a *codes.Error with the code, on the platform that defines it,
// and the SDK's message; nil for a success code.
//
// Anything else (not JSON, no code, wrong types) still gives a *codes.Error,
// without a code and of category Unknown, keeping an excerpt of the data and
// the reason it could not be read.
func ParseSDKError(data []byte) error {
	start := wire.Start(data)
	if start == len(data) || data[start] != '{' {
		return undecodable(0, data, errors.New("not a JSON object"))
	}
	e, err := errorObject(data[start:], nil) // the walk ends with the object
	switch {
	case err != nil:
		return undecodable(0, data, err)
	case e == nil:
		return nil
	}
	return e
}

// errorObject reads an error object, {"code":..., "message":...}: nil for a
// success code, an error if it has no numeric code. Messages are read
// through in, if it is not nil.
func errorObject(obj []byte, in *wire.Interner) (*codes.Error, error) {
	var rawCode []byte
	var msg string
	if len(obj) == 0 || obj[0] != '{' {
		return nil, errors.New(`the "error" member is not an object`)
	}
	_, err := wire.Object(obj, 0, func(k, v []byte) bool {
		switch {
		case wire.KeyIs(k, "code"):
			rawCode = v
		case wire.KeyIs(k, "message"):
			msg, _ = in.String(v)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	code, ok := wire.Int(rawCode, 32)
	if !ok {
		return nil, errors.New(`the error object has no numeric code`)
	}
	p, success := codeOf(int(code))
	if success {
		return nil, nil
	}
	e := codes.NewError(p, int(code))
	e.Message = msg
	return e, nil
}

// codeOf returns the JMessage platform that defines code, and whether it is
// a success code there, as that platform's Code.Err says. The server's codes
// come first, as the REST API sends them; a code no platform defines is the
// server's. (JMessage numbers do not collide across platforms.)
func codeOf(code int) (p codes.Platform, success bool) {
	switch {
	case server.Code(code).Entry().Name != "":
		return codes.JMessageServer, server.Code(code).Err() == nil
	case web.Code(code).Entry().Name != "":
		return codes.JMessageWeb, web.Code(code).Err() == nil
	case android.Code(code).Entry().Name != "":
		return codes.JMessageAndroid, android.Code(code).Err() == nil
	case jmrtc.Code(code).Entry().Name != "":
		return codes.JMRTC, jmrtc.Code(code).Err() == nil
	case ios.Code(code).Entry().Name != "":
		return codes.JMessageIOS, ios.Code(code).Err() == nil
	}
	return codes.JMessageServer, false
}

// undecodable is the error for a response without a usable error object.
func undecodable(status int, body []byte, cause error) *codes.Error {
	e := codes.NewStatusError(codes.JMessageServer, status)
	e.Body, e.Err = wire.Excerpt(body), cause
	return e
}
