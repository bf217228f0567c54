package jmessage

import (
	"errors"
	"net/http"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/httpresp"
	"github.com/imcodes/imcodes/internal/sdkreport"
	"github.com/imcodes/imcodes/internal/wire"
	"github.com/imcodes/imcodes/jmessage/android"
	"github.com/imcodes/imcodes/jmessage/ios"
	"github.com/imcodes/imcodes/jmessage/jmrtc"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/jmessage/web"
)

// CheckResponse turns a JMessage REST response into an error, or nil for a
// success, as ParseResponse does with its status and body, and keeps the
// response's facts in the error (see codes.Response): the request's method
// and URL (without query string or user information), the status and the
// Retry-After the response asked for, at most codes.MaxRetryAfter.
//
// It reads only what deciding needs, and puts what it read back, so that
// resp.Body can be read from its first byte afterwards, whatever it decided:
// of a failure, at most the first MiB; of a success (2xx), nothing beyond
// its first bytes unless it is a batch array, whose items may have failed,
// read up to the first MiB. (The REST API never sends an error object with
// a 2xx status: such a status is a success, or a batch.) A body that fails
// to read keeps the reader's error under any status: errors.Is finds it.
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

// decoder is what the shared response code needs to know of JMessage.
var decoder = &httpresp.Decoder{
	Platform: codes.JMessageServer,
	Object:   object,
	Array:    batchError,
	Read:     func(first byte) bool { return first == '[' },
	Finish:   finish,
}

// finish fills the response facts into a batch error.
func finish(err error, facts codes.Response, _ *http.Response) error {
	var batch *BatchError
	if errors.As(err, &batch) {
		batch.Response = facts
	}
	return err
}

// ParseResponse turns the status and body of a JMessage REST response into an
// error, or nil for a success.
//
// An error object, {"error":{"code":899008,"message":"Basic authentication
// failed"}}, gives a *codes.Error with the code, on the platform that defines
// it, the service's message and the status, under any status; the first
// "error" member that is not null counts. An error object with a success
// code reports no error (no error carries a success code), so the status
// decides. A batch body, an array whose items may carry "error", gives a
// *BatchError listing the failed items. A response with a 2xx status and no
// error in its body is a success, whatever else the body holds.
//
// Any other response with a failure status (or none, 0), such as an empty
// body, an HTML page from a proxy, truncated JSON or wrong types, still gives
// a *codes.Error: without a code, classified by the status as the REST API
// means it (a 401 is FixSetup: the API authenticates with the app key and
// master secret), and keeping an excerpt of the body and the reason it could
// not be read.
//
// A byte order mark, trailing commas and data after the first JSON value are
// ignored, and a body cut off after its error object still gives the error.
// The cost is linear in the body, and nothing is allocated for what the
// error does not keep.
func ParseResponse(status int, body []byte) error {
	return decoder.Parse(status, body)
}

// object decodes a body that is an object: its first non-null "error"
// member, if any.
func object(status int, body []byte, start int) (found, cause error) {
	var member []byte
	_, err := wire.Object(body, start, func(k, v []byte) bool {
		if wire.KeyIs(k, "error") && string(v) != "null" {
			member = v
			return false
		}
		return true
	})
	if member == nil {
		if err == nil {
			err = errors.New(`no "error" object in the body`)
		}
		return nil, err
	}
	e, err := errorObject(member, nil)
	switch {
	case err != nil:
		return httpresp.Undecodable(codes.JMessageServer, status, body, err), nil
	case e == nil:
		// A success code: the body reports no error, and the status decides.
		return nil, errors.New("the error object carries a success code")
	}
	e.Status = status
	return e, nil
}

// ParseSDKError decodes the error report of a JMessage SDK as an
// application forwards it: a *codes.Error with the code, on the platform
// that defines it, and the SDK's message; nil for a success code.
//
// The report may be the error object the SDKs pass to their callbacks, as
// JSON, {"code":880103,"message":"user not exist"}, or one of the text forms
// the SDKs print: an iOS NSError's description (Error Domain=jmsg_error
// Code=871303 "Invalid username." UserInfo={...}), a Flutter
// PlatformException (PlatformException(871303, Invalid username., null)), or
// a JavaScript object literal with unquoted keys and single quotes ({code:
// 880103, message: 'user not exist'}). JMessage's numbers are unique across
// its platforms, so the number says which SDK made it.
//
// Anything else (no code, wrong types, a report that names Easemob) still
// gives a *codes.Error, without a code and of category Unknown, keeping an
// excerpt of the data and the reason it could not be read.
func ParseSDKError(data []byte) error {
	start := wire.Start(data)
	if start < len(data) && data[start] == '{' {
		e, err := errorObject(data[start:], nil) // the walk ends with the object
		switch {
		case err == nil && e == nil:
			return nil
		case err == nil:
			return e
		}
	}
	// Not JSON, or JSON without a readable error: one of the text forms.
	r, err := sdkreport.Parse(data)
	switch {
	case err != nil:
		return httpresp.Undecodable(codes.JMessageServer, 0, data, err)
	case strings.HasPrefix(r.Platform, "easemob"):
		return httpresp.Undecodable(codes.JMessageServer, 0, data, errors.New("the report names Easemob, not JMessage: see easemob.ParseSDKError"))
	}
	p, success := codeOf(r.Code)
	if success {
		return nil
	}
	e := codes.NewError(p, r.Code)
	e.Message = r.Message
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
