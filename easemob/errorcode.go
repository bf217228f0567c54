package easemob

import (
	"slices"
	"strconv"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/native"
	"github.com/imcodes/imcodes/easemob/web4"
)

// ErrorCode is a numeric code of an Easemob REST error body: the
// "error_code" that newer endpoints send beside the Reason,
//
//	{"error":"forbidden_op","error_description":"...","error_code":15002}
//
// or the seven-digit "error.code" of the voice-to-text and message-search
// services. It is a cause beside the Reason, not a platform of its own: the
// vendor publishes no table of these codes, and what this package knows of
// them comes from the tables in which the Web SDKs translate them into SDK
// codes (see easemob-rest-error-codes.tsv in the sources).
//
// A known code has a meaning, in this project's words in English and
// Chinese, the HTTP status it comes with, a category and an action, and the
// SDK codes it becomes; an unknown one, such as 14007 of the vendor's send
// example, still carries its number and is classified as codes.Unknown, so
// that the reason or the HTTP status decides.
//
// An ErrorCode is an errors.Is target: errors.Is(err, easemob.ErrorCode(15002))
// holds for an error whose body carried that code, through any wrapping.
type ErrorCode int

// errorCodeInfo is what the table in errorcodes.go holds of a code.
type errorCodeInfo struct {
	code             ErrorCode
	status           int
	category         codes.Category
	action           codes.Action
	meaning, chinese string
	web4             []web4.Code
	native           []native.Code
}

// info returns the table's row for c, or nil.
func (c ErrorCode) info() *errorCodeInfo {
	i, found := slices.BinarySearchFunc(errorCodes, c, func(e errorCodeInfo, c ErrorCode) int {
		switch {
		case e.code < c:
			return -1
		case e.code > c:
			return 1
		}
		return 0
	})
	if !found {
		return nil
	}
	return &errorCodes[i]
}

// Error returns the code and, for a known one, its meaning in English:
//
//	easemob REST error code 15002: Feature not enabled or unsupported.
func (c ErrorCode) Error() string {
	s := "easemob REST error code " + strconv.Itoa(int(c))
	if info := c.info(); info != nil {
		s += ": " + info.meaning
	}
	return s
}

// Meaning returns what the code means, in this project's words in English,
// or "" for a code this package does not know.
func (c ErrorCode) Meaning() string {
	if info := c.info(); info != nil {
		return info.meaning
	}
	return ""
}

// ChineseMeaning returns what the code means, in this project's words in
// Chinese, or "" for a code this package does not know.
func (c ErrorCode) ChineseMeaning() string {
	if info := c.info(); info != nil {
		return info.chinese
	}
	return ""
}

// Status returns the HTTP status that the code comes with, or 0 where it is
// not known.
func (c ErrorCode) Status() int {
	if info := c.info(); info != nil {
		return info.status
	}
	return 0
}

// Classify returns the category and action of the code, and codes.Unknown
// and codes.Report for a code this package does not know, so that the
// reason or the HTTP status of the response decides. It makes ErrorCode a
// codes.Classifier.
func (c ErrorCode) Classify() (codes.Category, codes.Action) {
	if info := c.info(); info != nil {
		return info.category, info.action
	}
	return codes.Unknown, codes.Report
}

// Web4Codes returns the codes of the Web SDK 4.x numbering that the SDK
// translates c into: one, or several where the SDK picks one by the error
// text; none for a code only newer SDKs know, or an unknown one.
func (c ErrorCode) Web4Codes() []web4.Code {
	if info := c.info(); info != nil {
		return slices.Clone(info.web4)
	}
	return nil
}

// NativeCodes returns the codes of the native numbering (the native SDKs,
// Web SDK 5.x and Agora Chat) that the Web SDK 5.x translates c into: one,
// or several where it picks one by the error text; none for a code only the
// 4.x SDK translates, or an unknown one.
func (c ErrorCode) NativeCodes() []native.Code {
	if info := c.info(); info != nil {
		return slices.Clone(info.native)
	}
	return nil
}

// Is reports whether target is the category of c (see Classify), so that
// errors.Is(easemob.ErrorCode(15002), codes.Unimplemented) holds as it does
// for the codes of the platform packages.
func (c ErrorCode) Is(target error) bool {
	t, ok := target.(codes.Category)
	return ok && codes.CategoryOf(c) == t
}
