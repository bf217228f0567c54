package codes

import (
	"slices"
	"sort"
)

// table is the generated catalog of one platform (see tables.go): its
// entries sorted by code, searched by bisection as x/sys/unix searches its
// errors table. A lookup follows a network call or a decoded report, so a
// binary search is fast enough, and it needs no index to keep in step.
type table struct {
	platform Platform // 0 for the empty table of invalid platforms
	entries  []Entry
}

// find returns the index of code in t.entries, or -1 if t lacks it.
func (t *table) find(code int) int {
	es := t.entries
	i := sort.Search(len(es), func(i int) bool { return es[i].Code >= code })
	if i == len(es) || es[i].Code != code {
		return -1
	}
	return i
}

// entry returns the entry of code on p, pointing into the table, or nil.
func (p Platform) entry(code int) *Entry {
	t := p.table()
	if i := t.find(code); i >= 0 {
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
	if e := p.entry(code); e != nil {
		return *e, true
	}
	return Entry{Platform: p.table().platform, Code: code, Category: Unknown, Action: Report}, false
}

// Entries returns a new slice of every entry of p, sorted by code.
func (p Platform) Entries() []Entry {
	return slices.Clone(p.table().entries)
}
