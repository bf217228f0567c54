package codes

import (
	"encoding/json"
	"log/slog"
	"strconv"
	"strings"
)

// Error is a failure as a service or SDK reported it on the wire: the code it
// sent, its own message (which can be more specific than the catalog's, such
// as the sensitive word of JMessage 803009), the HTTP status, and the cause.
//
// errors.Is matches an *Error against the platform constant of its code
// (server.Code(899008)), against its Category (codes.Unauthenticated), and
// against another Coded error with the same platform and code. The decoders
// in packages jmessage and easemob make them; building one by hand works too:
//
//	err := &codes.Error{Platform: codes.JMessageServer, Code: 899008, Status: 401}
type Error struct {
	// Platform is the platform of the code.
	Platform Platform
	// Code is the vendor's number, unless NoCode is set.
	Code int
	// NoCode reports that the service sent no number: an Easemob REST
	// failure, or a response that could not be decoded. Such an error is
	// classified by its HTTP status.
	NoCode bool
	// Message is the service's own text, verbatim; it may be empty.
	Message string
	// Status is the HTTP status of the response, or 0 if there was none.
	Status int
	// Body is a bounded excerpt of a response body that could not be
	// decoded, kept for diagnosis; empty otherwise.
	Body string
	// Err is the cause, if any: a decoding error, or the vendor's detailed
	// error object.
	Err error
}

// PlatformCode returns the platform and code of e; ok is false if e.NoCode.
func (e *Error) PlatformCode() (p Platform, code int, ok bool) {
	return e.Platform, e.Code, !e.NoCode
}

// Entry returns the catalog entry of e's code.
func (e *Error) Entry() (Entry, bool) {
	if e.NoCode {
		return Entry{}, false
	}
	return e.Platform.Lookup(e.Code)
}

// entry returns the catalog entry of e's code in place, or nil.
func (e *Error) entry() *Entry {
	if e.NoCode {
		return nil
	}
	return e.Platform.entry(e.Code)
}

// Category returns the category of e: its code's, if the catalog knows the
// code; otherwise the one its HTTP status implies; otherwise Unknown. An
// error is never OK: a success code or status sent as an error gives Unknown.
func (e *Error) Category() Category {
	c := Unknown
	if entry := e.entry(); entry != nil {
		c = entry.Category
	} else if e.Status != 0 {
		c = CategoryFromHTTP(e.Status)
	}
	if c == OK {
		return Unknown
	}
	return c
}

// Retryable reports whether trying again, possibly after back-off or logging
// in again, can succeed: the catalog's advice for a known code, and for other
// errors whether the category is DeadlineExceeded, Unavailable or
// ResourceExhausted (such as HTTP 429).
func (e *Error) Retryable() bool {
	if entry := e.entry(); entry != nil {
		return entry.Retryable
	}
	switch e.Category() {
	case DeadlineExceeded, Unavailable, ResourceExhausted:
		return true
	}
	return false
}

// Error returns the platform and code, the message (the service's own; for a
// known code sent without one, the catalog's), the HTTP status, and for an
// undecodable response an excerpt of its body and the decoding error:
//
//	jmessage/server 899008: Basic authentication failed (HTTP 401)
//	easemob: Service resource not found (HTTP 404)
//	jmessage/server: HTTP 502: body "<html>...": invalid character '<' ...
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Platform.String())
	if !e.NoCode {
		b.WriteByte(' ')
		b.WriteString(strconv.Itoa(e.Code))
	}
	b.WriteString(": ")
	msg := e.Message
	if msg == "" && !e.NoCode {
		msg = e.Platform.message(e.Code)
	}
	switch {
	case msg != "" && e.Status != 0:
		b.WriteString(msg + " (HTTP " + strconv.Itoa(e.Status) + ")")
	case msg != "":
		b.WriteString(msg)
	case e.Status != 0:
		b.WriteString("HTTP " + strconv.Itoa(e.Status))
	default:
		b.WriteString("no code")
	}
	if e.Body != "" {
		b.WriteString(": body ")
		b.WriteString(strconv.Quote(e.Body))
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether e matches target: see [Match]. An error without a code
// matches only its category.
func (e *Error) Is(target error) bool {
	if e.NoCode {
		c, ok := target.(Category)
		return ok && e.Category() == c
	}
	if c, ok := target.(Category); ok {
		return e.Category() == c
	}
	return Match(e.Platform, e.Code, target)
}

// errorJSON is the JSON form of Error, with stable field names.
type errorJSON struct {
	Platform Platform  `json:"platform"`
	Code     *int      `json:"code,omitempty"`
	Category *Category `json:"category,omitempty"`
	Message  string    `json:"message,omitempty"`
	Status   int       `json:"status,omitempty"`
	Body     string    `json:"body,omitempty"`
	Cause    string    `json:"cause,omitempty"`
}

// MarshalJSON encodes e as {"platform", "code", "category", "message",
// "status", "body", "cause"}; code is left out for an error without one, and
// the cause is its text.
func (e *Error) MarshalJSON() ([]byte, error) {
	c := e.Category()
	j := errorJSON{Platform: e.Platform, Category: &c, Message: e.Message, Status: e.Status, Body: e.Body}
	if !e.NoCode {
		j.Code = &e.Code
	}
	if e.Err != nil {
		j.Cause = e.Err.Error()
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what MarshalJSON writes. The category is derived, so
// it is not read back; a cause comes back as an error with the same text.
func (e *Error) UnmarshalJSON(data []byte) error {
	var j errorJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*e = Error{Platform: j.Platform, NoCode: j.Code == nil, Message: j.Message, Status: j.Status, Body: j.Body}
	if j.Code != nil {
		e.Code = *j.Code
	}
	if j.Cause != "" {
		e.Err = causeText(j.Cause)
	}
	return nil
}

// causeText is a cause read back from JSON: only its text survives.
type causeText string

func (c causeText) Error() string { return string(c) }

// LogValue makes a logged *Error a group of fields: platform, code (if any),
// category, message, status (if any), body (if any) and cause (if any).
func (e *Error) LogValue() slog.Value {
	attrs := make([]slog.Attr, 0, 7)
	attrs = append(attrs, slog.String("platform", e.Platform.String()))
	if !e.NoCode {
		attrs = append(attrs, slog.Int("code", e.Code))
	}
	attrs = append(attrs, slog.String("category", e.Category().String()), slog.String("message", e.Message))
	if e.Status != 0 {
		attrs = append(attrs, slog.Int("status", e.Status))
	}
	if e.Body != "" {
		attrs = append(attrs, slog.String("body", e.Body))
	}
	if e.Err != nil {
		attrs = append(attrs, slog.String("cause", e.Err.Error()))
	}
	return slog.GroupValue(attrs...)
}
