// Package easemob holds the error codes of the Easemob (环信) Web and
// mini-program SDK: the statusCode values, from -4 to 1304, that the SDK
// puts in error.type.
//
// The Go names are the SDK's own constant names in Go case, spelling
// included: statusCode.WEBIM_CONNCTION_OPEN_ERROR is WebIMConnctionOpenError.
// The vendor gives no English text beyond those names, so an entry's Message
// is the SDK constant name and its Description the Chinese text.
package easemob
