// Package web4 holds the error codes of the Easemob (环信) Web and
// mini-program SDK 4.x: the statusCode values, from -4 to 1400, that the SDK
// puts in error.type. It covers the 4.x numbering only. The Web SDK 5.x
// renumbered every code to the numbering of Easemob's native SDKs, which
// package github.com/imcodes/imcodes/easemob/native holds; the same number
// often means something else there (2 is an auth failure here, a lost
// network there).
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
// RequestSuccess; as a Code it has the entry of 0, a success.
//
// The Go names are the SDK's own constant names in Go case, spelling
// included: statusCode.WEBIM_CONNCTION_OPEN_ERROR is WebIMConnctionOpenError.
// The vendor gives no English text beyond those names, so an entry's Message
// is the SDK constant name and its Description the Chinese text.
//
// Package github.com/imcodes/imcodes/easemob turns REST responses and the
// SDK's error objects into errors of this catalog.
package web4
