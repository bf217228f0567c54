package imcodes

//go:generate go run gen.go

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
