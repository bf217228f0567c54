package imcodes

import (
	"cmp"
	"slices"
	"strings"

	"github.com/imcodes/imcodes/codes"
)

// Search returns the entries whose Go name, English message or Chinese
// description contains query, ignoring case, best first: exact matches of a
// name or a whole text, then matches in names, then in English, then in
// Chinese; within a rank, in the order of Entries. An empty query matches
// nothing.
func Search(query string) []codes.Entry {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	type hit struct {
		rank  int
		entry codes.Entry
	}
	var hits []hit
	for _, e := range Entries() {
		if r, ok := searchRank(q, e); ok {
			hits = append(hits, hit{r, e})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return cmp.Compare(a.rank, b.rank) })
	found := make([]codes.Entry, len(hits))
	for i, h := range hits {
		found[i] = h.entry
	}
	return found
}

// searchRank ranks how e matches the lower-case query q; lower is better.
func searchRank(q string, e codes.Entry) (int, bool) {
	name, msg, desc := strings.ToLower(e.Name), strings.ToLower(e.Message), strings.ToLower(e.Description)
	switch {
	case name == q || msg == q || desc == q:
		return 0, true
	case strings.Contains(name, q):
		return 1, true
	case strings.Contains(msg, q):
		return 2, true
	case strings.Contains(desc, q):
		return 3, true
	}
	return 0, false
}
