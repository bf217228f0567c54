package codes

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/imcodes/imcodes/internal/wire"
)

// Error is a failure as a service or SDK reported it on the wire: the code it
// sent, if any, its own message (which can be more specific than the
// catalog's, such as the sensitive word of JMessage 803009), the request and
// the HTTP status of the response, and the cause.
//
// Make one with [NewError] for a failure that carries a code, or with
// [NewStatusError] for one known only by its HTTP status; the decoders in
// packages jmessage and easemob do. Only NewError gives an Error a code, so an
// Error never claims a code it was not given, and the zero Error reads as an
// unknown failure.
//
// errors.Is matches an *Error against the platform constant of its code
// (server.RESTBasicAuthFailed), against its category (codes.Unauthenticated,
// see [CategoryOf]), and against another Coded error with the same platform
// and code.
type Error struct {
	platform Platform
	hasCode  bool
	code     int

	// Message is the service's own text, verbatim; it may be empty. Error()
	// shows it escaped and bounded (see Error); this field keeps all of it.
	Message string
	// Method and URL are the request's, when the error came from an HTTP
	// response; the URL has no query string and no user information, as it
	// may hold credentials.
	Method, URL string
	// Status is the HTTP status of the response, or 0 if there was none.
	Status int
	// RetryAfter is how long the response's Retry-After header asked the
	// caller to wait, or 0 if it had none.
	RetryAfter time.Duration
	// Body is a bounded excerpt of a response body that could not be
	// decoded, kept for diagnosis; empty otherwise.
	Body string
	// Err is the cause, if any: a decoding error, or the vendor's detailed
	// error object.
	Err error
}

// NewError returns the error of code on platform p; set its other fields as
// the response gives them.
func NewError(p Platform, code int) *Error {
	return &Error{platform: p, code: code, hasCode: true}
}

// NewStatusError returns an error of platform p that carries no code, only
// the HTTP status of the response: an Easemob REST failure, or a response
// that could not be decoded. Its category comes from the status.
func NewStatusError(p Platform, status int) *Error {
	return &Error{platform: p, Status: status}
}

// PlatformCode returns the platform and code of e; ok is false for an error
// made without a code, and for a nil *Error.
func (e *Error) PlatformCode() (p Platform, code int, ok bool) {
	if e == nil {
		return 0, 0, false
	}
	return e.platform, e.code, e.hasCode
}

// classify returns the category and action of e: those of its code if the
// catalog knows it; otherwise those of its cause, if the cause is a
// Classifier or a Category that is not Unknown (an Easemob REST reason, say);
// otherwise those its HTTP status implies; otherwise Unknown and Report. A
// success code sent as an error counts as no code. See CategoryOf.
func (e *Error) classify() (Category, Action) {
	if e == nil {
		return Unknown, Report
	}
	if e.hasCode {
		if entry := e.platform.entry(e.code); entry != nil && entry.Category != OK {
			return entry.Category, entry.Action
		}
	}
	if e.Err != nil {
		if c, a, ok := search(e.Err); ok && c != Unknown {
			return c, a
		}
	}
	if e.Status != 0 {
		c := CategoryFromHTTP(e.Status).asError()
		return c, c.action()
	}
	return Unknown, Report
}

// Error returns the request (for an error from an HTTP response), the
// platform and code, the message (the service's own; for a known code sent
// without one, the catalog's), the HTTP status, and for an undecodable
// response an excerpt of its body and the decoding error:
//
//	POST https://api.im.jpush.cn/v1/users: jmessage/server 899008: Basic authentication failed (HTTP 401)
//	easemob: Service resource not found (HTTP 404)
//	jmessage/server: HTTP 502: body "<html>...": invalid character '<' ...
//
// The text is safe to log: what the service wrote is cut to a few hundred
// bytes, between characters, with "..." where it was cut, and control and
// bidirectional characters in it are escaped, so that it can never forge a
// log line. The fields keep the full text.
func (e *Error) Error() string {
	if e == nil {
		return "imcodes: unknown error (nil *codes.Error)"
	}
	var b strings.Builder
	if e.Method != "" || e.URL != "" {
		b.WriteString(wire.LogSafe(strings.TrimSpace(e.Method+" "+e.URL), wire.MaxText))
		b.WriteString(": ")
	}
	if e.platform.Valid() {
		b.WriteString(e.platform.String())
	} else {
		b.WriteString("imcodes")
	}
	if e.hasCode {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(e.code))
	}
	b.WriteString(": ")
	msg := e.Message
	if msg == "" && e.hasCode {
		entry, _ := e.platform.Lookup(e.code)
		msg = entry.text()
	}
	msg = wire.LogSafe(msg, wire.MaxText)
	switch {
	case msg != "" && e.Status != 0:
		b.WriteString(msg + " (HTTP " + strconv.Itoa(e.Status) + ")")
	case msg != "":
		b.WriteString(msg)
	case e.Status != 0:
		b.WriteString("HTTP " + strconv.Itoa(e.Status))
	default:
		b.WriteString("unknown error")
	}
	if e.Body != "" {
		b.WriteString(": body ")
		b.WriteString(strconv.Quote(e.Body))
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(wire.LogSafe(e.Err.Error(), wire.MaxText))
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Is reports whether e matches target: a Category equal to [CategoryOf] e,
// or a Coded error with e's platform and code.
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case Category:
		c, _ := e.classify()
		return c == t
	case Coded:
		p, code, ok := e.PlatformCode()
		tp, tc, tok := t.PlatformCode()
		return ok && tok && p == tp && code == tc
	}
	return false
}

// errorJSON is the JSON form of Error, with stable field names.
type errorJSON struct {
	Platform   Platform `json:"platform,omitempty"`
	Code       *int     `json:"code,omitempty"`
	Category   Category `json:"category"`
	Action     Action   `json:"action"`
	Message    string   `json:"message,omitempty"`
	Method     string   `json:"method,omitempty"`
	URL        string   `json:"url,omitempty"`
	Status     int      `json:"status,omitempty"`
	RetryAfter string   `json:"retry_after,omitempty"`
	Body       string   `json:"body,omitempty"`
	Cause      string   `json:"cause,omitempty"`
}

// MarshalJSON encodes e as {"platform", "code", "category", "action",
// "message", "method", "url", "status", "retry_after", "body", "cause"}:
// empty fields are left out (code for an error without one), retry_after is
// a duration such as "30s", and the cause is its text. It is also what slog's
// JSONHandler writes for a logged *Error, so that log lines stay structured.
// (A LogValue method would make every program that uses this package link
// log/slog, and with it far more than this package weighs.)
func (e *Error) MarshalJSON() ([]byte, error) {
	c, a := e.classify()
	j := errorJSON{Category: c, Action: a}
	if e != nil {
		j.Message, j.Method, j.URL, j.Status, j.Body = e.Message, e.Method, e.URL, e.Status, e.Body
		if e.RetryAfter != 0 {
			j.RetryAfter = e.RetryAfter.String()
		}
		if e.platform.Valid() {
			j.Platform = e.platform
		}
		if e.hasCode {
			j.Code = &e.code
		}
		if e.Err != nil {
			j.Cause = e.Err.Error()
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what MarshalJSON writes. The category and action are
// derived, so they are read but not kept; a cause comes back as an error with
// the same text, which no longer classifies the error.
func (e *Error) UnmarshalJSON(data []byte) error {
	var j errorJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	var retry time.Duration
	if j.RetryAfter != "" {
		d, err := time.ParseDuration(j.RetryAfter)
		if err != nil {
			return err
		}
		retry = d
	}
	*e = Error{platform: j.Platform, Message: j.Message, Method: j.Method, URL: j.URL, Status: j.Status, RetryAfter: retry, Body: j.Body}
	if j.Code != nil {
		e.code, e.hasCode = *j.Code, true
	}
	if j.Cause != "" {
		e.Err = causeText(j.Cause)
	}
	return nil
}

// causeText is a cause read back from JSON: only its text survives.
type causeText string

func (c causeText) Error() string { return string(c) }
