// Package easemob holds the error codes of the Easemob (环信) Web and
// mini-program SDK: the statusCode values, from -4 to 1304, that the SDK
// puts in error.type.
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
