// Package imcodes is the cross-platform catalog of the error codes of two
// Chinese IM vendors, JMessage (JIGUANG IM) and Easemob (环信): for programs
// that meet a bare number and must find out what it is, it looks across every
// platform. [Find] a number on every platform, [Search] the texts, list all
// the [Entries], and ask which vendor files, at which revision and date, the
// catalog is built from ([Sources]).
//
// Each platform has its own package of typed constants, generated from the
// vendor's published pages with their texts verbatim; to look a number up on
// one platform, use codes.Platform.Lookup; to classify an error,
// codes.CategoryOf and codes.ActionOf; for texts in the reader's language,
// package localize; to find the codes in a log, package logscan.
package imcodes
