package jmessage

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/wire"
	"github.com/imcodes/imcodes/jmessage/android"
	"github.com/imcodes/imcodes/jmessage/ios"
	"github.com/imcodes/imcodes/jmessage/jmrtc"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/jmessage/web"
)

// ParseError turns a JMessage REST response into an error, or nil for a
// success.
//
// An error object, {"error":{"code":899008,"message":"Basic authentication
// failed"}}, gives a *codes.Error with the code, the service's message and
// status. A batch body, an array whose items may carry "error", gives a
// *BatchError listing the failed items. A response with a 2xx status and no
// error in its body is a success, whatever else the body holds.
//
// Any other response with a failure status (or none, 0), such as an empty
// body, an HTML page from a proxy, truncated JSON or wrong types, still gives
// a *codes.Error: without a code, classified by the status, and keeping an
// excerpt of the body and the reason it could not be read.
func ParseError(status int, body []byte) error {
	success := 200 <= status && status < 300
	trimmed := bytes.TrimSpace(body)
	var err error
	switch {
	case len(trimmed) == 0:
		err = errors.New("empty body")
	case trimmed[0] == '[':
		var items []json.RawMessage
		if err = json.Unmarshal(trimmed, &items); err == nil {
			return batchError(status, success, body, items)
		}
	default:
		var obj map[string]json.RawMessage
		if err = json.Unmarshal(trimmed, &obj); err == nil {
			if e := itemError(status, trimmed, obj); e != nil {
				return e
			}
			err = errors.New(`no "error" object in the body`)
		}
	}
	if success {
		return nil
	}
	return undecodable(status, body, err)
}

// itemError returns the error that an object of a response carries, or nil;
// item is the object's text, kept in part when its error cannot be read.
func itemError(status int, item []byte, obj map[string]json.RawMessage) *codes.Error {
	raw, ok := obj["error"]
	if !ok || string(raw) == "null" {
		return nil
	}
	fields := wire.Object(raw)
	code, ok := wire.Code(fields["code"])
	if !ok {
		return undecodable(status, item, errors.New(`the "error" object has no numeric code`))
	}
	p, err := codeOf(code)
	if err == nil {
		return nil // a success code: no error, whatever the object is called
	}
	e := codes.NewError(p, code)
	e.Message, e.Status = wire.Text(fields["message"]), status
	return e
}

// codeOf returns the JMessage platform that defines code, and the code as
// that platform's error: nil for a success code. The server's codes come
// first, as the REST API sends them; a code no platform defines is the
// server's. (JMessage numbers do not collide across platforms.)
func codeOf(code int) (codes.Platform, error) {
	switch {
	case server.Code(code).Entry().Name != "":
		return codes.JMessageServer, server.Code(code).Err()
	case web.Code(code).Entry().Name != "":
		return codes.JMessageWeb, web.Code(code).Err()
	case android.Code(code).Entry().Name != "":
		return codes.JMessageAndroid, android.Code(code).Err()
	case jmrtc.Code(code).Entry().Name != "":
		return codes.JMRTC, jmrtc.Code(code).Err()
	case ios.Code(code).Entry().Name != "":
		return codes.JMessageIOS, ios.Code(code).Err()
	}
	return codes.JMessageServer, server.Code(code).Err()
}

// undecodable is the error for a response without a usable error object.
func undecodable(status int, body []byte, cause error) *codes.Error {
	e := codes.NewStatusError(codes.JMessageServer, status)
	e.Body, e.Err = wire.Excerpt(body), cause
	return e
}

func batchError(status int, success bool, body []byte, items []json.RawMessage) error {
	var failed []BatchItem
	for i, item := range items {
		obj := wire.Object(item)
		if obj == nil {
			continue // not an object: it reports nothing
		}
		if e := itemError(status, item, obj); e != nil {
			failed = append(failed, BatchItem{Index: i, Err: e})
		}
	}
	switch {
	case len(failed) > 0:
		return &BatchError{Status: status, Total: len(items), Failed: failed}
	case success:
		return nil
	}
	return undecodable(status, body, errors.New("no item of the batch body carries an error"))
}

// BatchError reports the failed items of a batch call, such as registering
// several users at once: the items that succeeded are not listed.
// errors.Is and errors.As see each item's error.
type BatchError struct {
	// Status is the HTTP status of the response.
	Status int
	// Total is the number of items in the response.
	Total int
	// Failed are the items that carry an error, in order.
	Failed []BatchItem
}

// BatchItem is one failed item of a batch response.
type BatchItem struct {
	// Index is the position of the item in the response, from 0.
	Index int
	// Err is the item's error.
	Err *codes.Error
}

// maxListed bounds how many item errors BatchError.Error spells out.
const maxListed = 5

// Error lists the failed items, at most five of them.
func (e *BatchError) Error() string {
	var b strings.Builder
	b.WriteString("jmessage: " + strconv.Itoa(len(e.Failed)) + " of " + strconv.Itoa(e.Total) + " batch items failed: ")
	for i, item := range e.Failed {
		if i == maxListed {
			b.WriteString("; and " + strconv.Itoa(len(e.Failed)-maxListed) + " more")
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString("[" + strconv.Itoa(item.Index) + "] " + item.Err.Error())
	}
	return b.String()
}

// Unwrap returns the error of each failed item.
func (e *BatchError) Unwrap() []error {
	errs := make([]error, len(e.Failed))
	for i, item := range e.Failed {
		errs[i] = item.Err
	}
	return errs
}
