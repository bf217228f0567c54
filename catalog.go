// Package imcodes is a catalog of the error codes of two Chinese IM vendors,
// JMessage (JIGUANG IM) and Easemob (环信), as typed Go errors.
//
// Each platform has its own package of constants (jmessage/web,
// jmessage/server, jmessage/android, jmessage/ios, jmessage/jmrtc, easemob),
// generated from the vendor's published pages with their English and Chinese
// text verbatim. This package looks across all of them, for programs that meet
// a bare number and must find out what it is: [Find] a number on every
// platform, [Search] the texts, or list the [Entries]; [Sources] says which
// vendor files, at which revision and date, the catalog is built from. To look a number up on one platform, use
// codes.Platform.Lookup; to classify an error, codes.CategoryOf and
// codes.ActionOf; for texts in the reader's language, package localize.
package imcodes

//go:generate go run ./internal/gen

import "github.com/imcodes/imcodes/codes"

// Find returns the entry of code on every platform that defines it, in the
// order of codes.Platforms. The same number can mean different things on
// different platforms (0 exists on four), so there can be several.
func Find(code int) []codes.Entry {
	var found []codes.Entry
	for _, p := range codes.Platforms() {
		if e, ok := p.Lookup(code); ok {
			found = append(found, e)
		}
	}
	return found
}

// Entries returns every entry of the catalog in a new slice: the platforms in
// the order of codes.Platforms, each sorted by code.
func Entries() []codes.Entry {
	var all []codes.Entry
	for _, p := range codes.Platforms() {
		all = append(all, p.Entries()...)
	}
	return all
}
