// Package easemob holds the error codes of the Easemob (环信) Web and
// mini-program SDK 4.x: the statusCode values, from -4 to 1400, that the SDK
// puts in error.type. It covers the 4.x numbering only: the 5.x SDK
// renumbered every code (to the native SDKs' numbers), and a 5.x code means
// something else here.
//
// The catalog has the codes of the vendor's error page, with its Chinese
// text, and every other error code of the SDK's statusCode enum (4.2.0 to
// 4.21.1). Those the 4.21.1 SDK still raises are current; those it only
// declares are deprecated, since older SDKs raised some of them and apps
// still handle them (7, 8). The vendor gives no text for the enum's codes
// beyond the constant, so their Description is empty; their doc comments
// carry a note in this project's words. The connection states 400-406 are
// not errors and are left out; where 4.x reused a number (304), the newest
// meaning wins. 0 has a second name in the SDK,
// WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR (open or login called without a
// user): the constant WebIMConnctionUserNotAssignError is the same Code as
// RequestSuccess, so that a decoder can name it; as a Code it has the entry
// of 0, a success.
//
// The Go names are the SDK's own constant names in Go case, spelling
// included: statusCode.WEBIM_CONNCTION_OPEN_ERROR is WebIMConnctionOpenError.
// The vendor gives no English text beyond those names, so an entry's Message
// is the SDK constant name and its Description the Chinese text.
//
// The package also turns the REST API's responses and the SDK's error objects
// into errors of the catalog: CheckResponse for an *http.Response,
// ParseResponse for a status and body, ParseSDKError for an error object an
// app forwards. REST bodies carry a Reason rather than a code; the reasons the
// vendor documents are constants (reasons.go), each with its category and
// action. Because CheckResponse takes an *http.Response, this package imports
// net/http, unlike the JMessage platform packages, whose decoders live apart
// in package jmessage.
package easemob
