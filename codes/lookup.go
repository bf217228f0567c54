package codes

import "slices"

// table is the generated catalog of one platform (see tables.go).
//
// The index is a perfect hash rather than a binary search because Lookup
// returns a whole Entry: a binary search made Lookup cost more than a map
// does, and the hash makes it cost less (BENCHMARKS.md).
//
// entries[0] is the zero Entry, and entries[1:] the platform's entries sorted
// by code. slots is a perfect hash index built by the generator
// (internal/hashindex): a code c can only be in slots[(c*mul)>>shift], which
// holds the index of its entry, and no two codes share a slot. An empty slot
// holds 0, pointing at the zero Entry, so a miss needs no test of its own:
// the zero Entry's code 0 matches only a lookup of 0, and 0 hashes to slot 0
// whatever the multiplier. Hit or miss, a lookup is one probe.
type table struct {
	platform Platform // 0 for the empty table of invalid platforms
	entries  []Entry
	slots    []uint16
	mul      uint32
	shift    uint8
}

// unknown returns the entry of a code that t lacks.
func (t *table) unknown(code int) Entry {
	return Entry{Platform: t.platform, Code: code, Category: Unknown, Action: Report}
}

// find returns the index of code in t.entries, or 0 if t lacks it. A code
// beyond the int32 range hashes as its low 32 bits, and the comparison with
// the full code rejects it.
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

// Lookup returns the catalog entry of code on p. For a code p lacks, it
// returns false and an entry that says so: of category Unknown, action
// Report, and without a Name.
func (p Platform) Lookup(code int) (Entry, bool) {
	t := p.table()
	if i := t.find(code); i != 0 {
		return t.entries[i], true
	}
	return t.unknown(code), false
}

// Entries returns a new slice of every entry of p, sorted by code.
func (p Platform) Entries() []Entry {
	return slices.Clone(p.table().entries[1:])
}
