package codes

import (
	"slices"
	"strconv"
)

// table is the generated catalog of one platform (see tables.go).
//
// entries[0] is the zero Entry, and entries[1:] the platform's entries sorted
// by code; errors[i] is the precomputed Error text of entries[i]. slots is a
// perfect hash index: a code c can only be in slots[(c*mul)>>shift], which
// holds the index of its entry, and no two codes share a slot. An empty slot
// holds 0 and so points at the zero Entry, whose code 0 matches only a lookup
// of code 0, and code 0 hashes to slot 0 whatever the multiplier (see
// internal/hashindex). A lookup, hit or miss, is one probe.
type table struct {
	entries []Entry
	errors  []string
	slots   []uint16
	mul     uint32
	shift   uint8
}

// find returns the index of code in t.entries, or 0, the index of the zero
// Entry, if t lacks it. A code beyond the int32 range hashes as its low 32
// bits, and the comparison with the full code rejects it.
//
// There is no test for an empty slot, and a miss is the index of the zero
// Entry rather than a path of its own, because both keep Lookup cheap enough
// for the inliner: it is inlined into the platform packages' Lookup and
// Code.Entry, and those into their callers (TestInlining checks it). The
// shift is masked because the compiler then emits a bare shift instruction;
// the generator's shifts are below 32.
func (t *table) find(code int) int {
	if i := t.slots[(uint32(code)*t.mul)>>(t.shift&31)]; t.entries[i].Code == code {
		return int(i)
	}
	return 0
}

// entry returns the entry of code on p, pointing into the table, or nil.
func (p Platform) entry(code int) *Entry {
	t := p.table()
	if i := t.find(code); i != 0 {
		return &t.entries[i]
	}
	return nil
}

// table returns p's table. Any invalid platform gets an empty one: Platform 0
// the first of tables, and any platform beyond the last, the last.
func (p Platform) table() *table {
	return &tables[min(int(p), len(tables)-1)]
}

// Lookup returns the catalog entry of code on p, and the zero Entry and false
// for a code p lacks.
func (p Platform) Lookup(code int) (Entry, bool) {
	t := p.table()
	i := t.find(code)
	return t.entries[i], i != 0
}

// Entries returns a new slice of every entry of p, sorted by code.
func (p Platform) Entries() []Entry {
	return slices.Clone(p.table().entries[1:])
}

// ErrorString returns the text of code as an error on p:
// "jmessage/server 898002: No such user". Known codes give a string
// precomputed by the generator, without allocating; an unknown code gives
// "jmessage/server 123: unknown code". A code whose English message is empty
// is described by its Chinese text instead, so the result is never empty.
func (p Platform) ErrorString(code int) string {
	t := p.table()
	if i := t.find(code); i != 0 {
		return t.errors[i]
	}
	return p.String() + " " + strconv.Itoa(code) + ": unknown code"
}

// message returns the text that describes code on p: the English message,
// the Chinese description if the vendor gives no English, or "unknown code".
func (p Platform) message(code int) string {
	if e := p.entry(code); e != nil {
		return e.english()
	}
	return "unknown code"
}

// Category returns the category of code on p, and Unknown for a code p
// lacks. It reads the table in place: on a hot path that needs only the
// category, it is about two and a half times as fast as Lookup, which copies
// the whole entry (see BENCHMARKS.md).
func (p Platform) Category(code int) Category {
	t := p.table()
	if i := t.find(code); i != 0 {
		return t.entries[i].Category
	}
	return Unknown
}

// Retryable reports whether trying code on p again, possibly after back-off or
// logging in again, can succeed, as [Entry.Retryable] says; it is false for a
// code p lacks. Like [Platform.Category], it reads the table in place.
func (p Platform) Retryable(code int) bool {
	t := p.table()
	return t.entries[t.find(code)].Retryable
}
