package codes

import (
	"slices"
	"strconv"
)

// table is the generated catalog of one platform (see tables.go).
//
// entries is sorted by code; errors[i] is the precomputed Error text of
// entries[i]. slots is a two-choice hash index: a code c can only be in
// slots[(c*mul[0])>>shift] or slots[(c*mul[1])>>shift], which hold the entry's
// index plus one (0 is an empty slot). The generator picks the multipliers so
// that every code has a place, so a lookup, hit or miss, is two probes.
type table struct {
	entries []Entry
	errors  []string
	slots   []uint16
	mul     [2]uint32
	shift   uint8
}

// find returns the index of code in t.entries, or -1. A code beyond the
// int32 range hashes as its low 32 bits, and the comparison with the full
// code rejects it.
func (t *table) find(code int) int {
	c := uint32(code)
	if s := t.slots[(c*t.mul[0])>>t.shift]; s != 0 && t.entries[s-1].Code == code {
		return int(s) - 1
	}
	if s := t.slots[(c*t.mul[1])>>t.shift]; s != 0 && t.entries[s-1].Code == code {
		return int(s) - 1
	}
	return -1
}

// entry returns the entry of code on p, pointing into the table, or nil.
func (p Platform) entry(code int) *Entry {
	t := p.table()
	if i := t.find(code); i >= 0 {
		return &t.entries[i]
	}
	return nil
}

// table returns p's table; an invalid platform has an empty one.
func (p Platform) table() *table {
	if !p.Valid() {
		return &tables[0]
	}
	return &tables[p]
}

// Lookup returns the catalog entry of code on p.
//
// It is small enough to be inlined: the search is in entry, and the caller
// copies the entry once, straight from the static table.
func (p Platform) Lookup(code int) (Entry, bool) {
	if e := p.entry(code); e != nil {
		return *e, true
	}
	return Entry{}, false
}

// Entries returns a new slice of every entry of p, sorted by code.
func (p Platform) Entries() []Entry {
	return slices.Clone(p.table().entries)
}

// ErrorString returns the text of code as an error on p:
// "jmessage/server 898002: No such user". Known codes give a string
// precomputed by the generator, without allocating; an unknown code gives
// "jmessage/server 123: unknown code". A code whose English message is empty
// is described by its Chinese text instead, so the result is never empty.
func (p Platform) ErrorString(code int) string {
	t := p.table()
	if i := t.find(code); i >= 0 {
		return t.errors[i]
	}
	return p.String() + " " + strconv.Itoa(code) + ": unknown code"
}

// message returns the text that describes code on p: the English message,
// the Chinese description if the vendor gives no English, or "unknown code".
func (p Platform) message(code int) string {
	switch e := p.entry(code); {
	case e == nil:
		return "unknown code"
	case e.Message != "":
		return e.Message
	default:
		return e.Description
	}
}

// category returns the category of code on p, and Unknown for a code the
// catalog does not have.
func (p Platform) category(code int) Category {
	if e := p.entry(code); e != nil {
		return e.Category
	}
	return Unknown
}
