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
// catalog's, such as the sensitive word of JMessage 803009), the HTTP
// response it came in (request, status, Retry-After), and the cause.
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
	// Response is what the error keeps of the HTTP response it came in, if
	// any: its fields (Status, RetryAfter, ...) read as the Error's own.
	Response
	// Body is a bounded excerpt of a response body that could not be
	// decoded, kept for diagnosis; empty otherwise.
	Body string
	// Err is the cause, if any: a decoding error, a failure to read the
	// body, or the vendor's detailed error object.
	Err error
}

// NewError returns the error of code on platform p; set its other fields as
// the response gives them.
func NewError(p Platform, code int) *Error {
	return &Error{platform: p, code: code, hasCode: true}
}

// NewStatusError returns an error of platform p that carries no code, only
// the HTTP status of the response: an Easemob REST failure, or a response
// that could not be decoded. Unless its cause classifies it (an Easemob REST
// reason), its category and action come from the status as the platform's
// vendor means it: the usual reading ([CategoryFromHTTP], then the
// category's usual action) everywhere but in one place,
//
//	status  JMessage REST                  Easemob REST
//	401     Unauthenticated, FixSetup      Unauthenticated, Reauthenticate
//
// and so, for both: 400, 405, 413, 415 InvalidArgument, 403
// PermissionDenied, 404 NotFound and 501 Unimplemented are FixRequest; 408
// and 504 DeadlineExceeded, 409 Aborted, 502 and 503 Unavailable are Retry;
// 429 ResourceExhausted is RetryLater; 500 Internal is Report.
//
// The JMessage REST API authenticates every call with HTTP Basic auth (app
// key and master secret): its 401 is never a session to renew, and logging
// in again would loop. An Easemob 401 is an app token to renew, except from
// the token endpoint, where the credentials were refused (FixSetup; package
// easemob tells it from the request's URL). (The Easemob REST error page's
// status overview calls 503 a server timeout, the service unavailable: a
// Retry, as everywhere; its rate limit is 429.)
func NewStatusError(p Platform, status int) *Error {
	return &Error{platform: p, Response: Response{Status: status}}
}

// PlatformCode returns the platform and code of e; ok is false for an error
// made without a code, and for a nil *Error.
func (e *Error) PlatformCode() (p Platform, code int, ok bool) {
	if e == nil {
		return 0, 0, false
	}
	return e.platform, e.code, e.hasCode
}

// classify returns the category and action of e, and is where every error
// with a code is classified (search sends Coded errors here too): those of
// its code if the catalog knows it as an error; otherwise those of its
// cause, if the cause is a Classifier or a Category that is not Unknown (an
// Easemob REST reason, say); otherwise those its HTTP status implies on its
// platform; otherwise Unknown and Report.
func (e *Error) classify() (Category, Action) {
	if e == nil {
		return Unknown, Report
	}
	if entry := e.entry(); entry != nil {
		return entry.Category, entry.Action
	}
	if e.Err != nil {
		if c, a, ok := search(e.Err); ok && c != Unknown {
			return c, a
		}
	}
	if e.Status != 0 {
		return statusDecision(e.platform, e.Status)
	}
	return Unknown, Report
}

// entry returns the catalog entry of e's code as an error, or nil. This is
// the one place of the rule that a success code sent as an error is no
// success: it has no entry here, so it reads as a code the catalog lacks.
func (e *Error) entry() *Entry {
	if !e.hasCode {
		return nil
	}
	if entry := e.platform.entry(e.code); entry != nil && entry.Category != OK {
		return entry
	}
	return nil
}

// Error returns the request (for an error from an HTTP response), the
// platform and code, the message (the service's own; for a known code sent
// without one, the catalog's), the HTTP status, and for an undecodable
// response an excerpt of its body and the decoding error:
//
//	POST https://api.im.jpush.cn/v1/users: jmessage/server 899008: Basic authentication failed (HTTP 401)
//	easemob: Service resource not found (HTTP 404)
//	jmessage: HTTP 502: body "<html>...": invalid character '<' ...
//
// The text is safe to log: what the service wrote is cut to a few hundred
// bytes, between characters, with "..." where it was cut, and control and
// bidirectional characters in it are escaped, so that it can never forge a
// log line. Each field is cut before it is joined, so the text costs what it
// prints, however long the fields. The fields keep the full text.
func (e *Error) Error() string {
	if e == nil {
		return "imcodes: unknown error (nil *codes.Error)"
	}
	var b strings.Builder
	e.Response.writeRequest(&b)
	switch {
	case e.platform.Valid() && e.hasCode:
		b.WriteString(e.platform.String())
	case e.platform.Valid():
		// Without a code there is no numbering to name: the vendor says
		// whose service failed.
		b.WriteString(e.platform.vendor())
	default:
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
		b.WriteString(strconv.Quote(wire.Cut(e.Body, wire.MaxExcerpt+len("..."))))
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
// or a Coded error with e's platform and code. It does not allocate, so the
// Code types of the platform packages match through it:
// codes.NewError(p, code).Is(target) costs no allocation.
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

// ErrorType returns the kind of e as OpenTelemetry's error.type attribute
// reads it (semconv.ErrorType looks for this method): a short value of low
// cardinality, the platform and code, "jmessage/server 899008", or for an
// error without a code the platform and category, "easemob/web4 NotFound".
func (e *Error) ErrorType() string {
	p := "imcodes"
	if e != nil && e.platform.Valid() {
		p = e.platform.String()
	}
	if e != nil && e.hasCode {
		return p + " " + strconv.Itoa(e.code)
	}
	c, _ := e.classify()
	return p + " " + c.String()
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
// a duration such as "30s" (present, "0s", for a "Retry-After: 0"), and the
// cause is its text. The texts are escaped and bounded as Error() bounds
// them, because this is also what slog's JSONHandler writes for a logged
// *Error, and a log line must not carry a service's text whole. (A LogValue
// method would make every program that uses this package link log/slog, and
// with it far more than this package weighs.)
func (e *Error) MarshalJSON() ([]byte, error) {
	c, a := e.classify()
	j := errorJSON{Category: c, Action: a}
	if e != nil {
		j.Message = wire.LogSafe(e.Message, wire.MaxText)
		j.Method = wire.LogSafe(e.Method, wire.MaxText)
		j.URL = wire.LogSafe(e.URL, wire.MaxText)
		j.Status = e.Status
		j.Body = wire.Cut(e.Body, wire.MaxExcerpt+len("..."))
		if e.RetryAfter != 0 || e.HasRetryAfter {
			j.RetryAfter = e.RetryAfter.String()
		}
		if e.platform.Valid() {
			j.Platform = e.platform
		}
		if e.hasCode {
			j.Code = &e.code
		}
		if e.Err != nil {
			j.Cause = wire.LogSafe(e.Err.Error(), wire.MaxText)
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
	r := Response{Method: j.Method, URL: j.URL, Status: j.Status}
	if j.RetryAfter != "" {
		d, err := time.ParseDuration(j.RetryAfter)
		if err != nil {
			return err
		}
		r.RetryAfter, r.HasRetryAfter = d, true
	}
	*e = Error{platform: j.Platform, Message: j.Message, Response: r, Body: j.Body}
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
