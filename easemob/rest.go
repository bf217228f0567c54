package easemob

import (
	"slices"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/wire"
)

// Reason is the "error" identifier of an Easemob REST error body, such as
// "service_resource_not_found". The reasons the vendor documents are the
// constants in reasons.go; any other value works too.
//
// A Reason is an errors.Is target: errors.Is(err, easemob.ReasonReachLimit)
// holds for an error whose body named that reason, through any wrapping.
type Reason string

// Error returns the identifier, safe to log, so that a Reason prints as
// itself.
func (r Reason) Error() string { return wire.LogSafe(string(r), wire.MaxText) }

// restReason is a documented pair of reason and HTTP status, with what it
// means (see reasons.go).
type restReason struct {
	reason   Reason
	status   int
	category codes.Category
	action   codes.Action
}

// classifyReason returns the category and action that the vendor's
// documentation gives r under status, or under every status it lists r with
// when they agree and status is not one of them; Unknown otherwise, so that
// the status decides.
func classifyReason(r Reason, status int) (codes.Category, codes.Action) {
	cmpPair := func(x restReason, key restReason) int {
		if c := strings.Compare(string(x.reason), string(key.reason)); c != 0 {
			return c
		}
		return x.status - key.status
	}
	i, found := slices.BinarySearchFunc(restReasons, restReason{reason: r, status: status}, cmpPair)
	if found {
		return restReasons[i].category, restReasons[i].action
	}
	first, _ := slices.BinarySearchFunc(restReasons, restReason{reason: r}, cmpPair)
	var c codes.Category
	var a codes.Action
	n := 0
	for _, rr := range restReasons[first:] {
		if rr.reason != r {
			break
		}
		if n > 0 && (rr.category != c || rr.action != a) {
			return codes.Unknown, codes.Report
		}
		c, a = rr.category, rr.action
		n++
	}
	if n == 0 {
		return codes.Unknown, codes.Report
	}
	return c, a
}

// RESTError is the error body of the Easemob REST API:
//
//	{"error":"service_resource_not_found","exception":"...","error_description":"...","timestamp":1542350943000,"duration":0}
//
// ParseResponse and CheckResponse return it as the cause of a *codes.Error,
// where errors.As finds it and errors.Is matches its Reason.
type RESTError struct {
	// Reason is the "error" field, such as "service_resource_not_found".
	Reason Reason
	// Exception is the server-side exception class, if any.
	Exception string
	// Description is the "error_description" field, the readable text.
	Description string
	// ErrorCode is the numeric "error_code" that newer endpoints send, or 0;
	// convert it, ErrorCode(e.ErrorCode), for its meaning.
	ErrorCode int
	// Timestamp is the server time of the error, in milliseconds since 1970.
	Timestamp int64
	// Duration is the "duration" field, the time the call took in ms.
	Duration int64

	status int // of the response, which the documented meaning depends on
}

// Error returns the reason and, if any, the exception, safe to log and
// bounded: each is cut before they are joined, so the text costs what it
// prints, however long they are.
func (e *RESTError) Error() string {
	switch {
	case e == nil:
		return "easemob: REST error (nil *easemob.RESTError)"
	case e.Exception == "":
		return wire.LogSafe(string(e.Reason), wire.MaxText)
	}
	return wire.LogSafe(string(e.Reason), wire.MaxText/2) + " (" + wire.LogSafe(e.Exception, wire.MaxText/2) + ")"
}

// Is reports whether target is e's Reason or its ErrorCode.
func (e *RESTError) Is(target error) bool {
	switch t := target.(type) {
	case Reason:
		return e != nil && e.Reason == t
	case ErrorCode:
		return e != nil && e.ErrorCode != 0 && ErrorCode(e.ErrorCode) == t
	}
	return false
}

// Classify returns the category and action of e's ErrorCode where this
// package knows the code, as it is the more specific of the two (the SDKs
// translate a body by its code first); else those that the vendor's
// documentation gives e's reason under the response's status; and
// codes.Unknown for neither, so that the status decides. It makes RESTError
// a codes.Classifier, so that codes.CategoryOf and codes.ActionOf see the
// code and the reason.
func (e *RESTError) Classify() (codes.Category, codes.Action) {
	if e == nil {
		return codes.Unknown, codes.Report
	}
	if c, a := ErrorCode(e.ErrorCode).Classify(); c != codes.Unknown {
		return c, a
	}
	return classifyReason(e.Reason, e.status)
}
