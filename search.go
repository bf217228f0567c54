package imcodes

import (
	"cmp"
	"slices"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/sdknames"
)

// Search returns the entries whose Go name, SDK constant names (Android,
// iOS, Web SDK 5.x), English message or Chinese description contains query,
// ignoring case, best first: exact matches of a name or a whole text, then
// matches in names, then in English, then in Chinese; within a rank, in the
// order of Entries. An empty query matches nothing.
func Search(query string) []codes.Entry {
	q := strings.ToLower(strings.TrimSpace(query))
	if q == "" {
		return nil
	}
	type hit struct {
		rank  int
		entry codes.Entry
	}
	type key struct {
		p    codes.Platform
		code int
	}
	sdk := map[key][]string{}
	for _, n := range sdknames.All() {
		k := key{n.Platform, n.Code}
		sdk[k] = append(sdk[k], strings.ToLower(n.Name))
	}
	var hits []hit
	for _, e := range Entries() {
		if r, ok := searchRank(q, e, sdk[key{e.Platform, e.Code}]); ok {
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

// searchRank ranks how e, whose SDK names are sdk (in lower case), matches
// the lower-case query q; lower is better.
func searchRank(q string, e codes.Entry, sdk []string) (int, bool) {
	name, msg, desc := strings.ToLower(e.Name), strings.ToLower(e.Message), strings.ToLower(e.Description)
	switch {
	case name == q || msg == q || desc == q || slices.Contains(sdk, q):
		return 0, true
	case strings.Contains(name, q) || slices.ContainsFunc(sdk, func(n string) bool { return strings.Contains(n, q) }):
		return 1, true
	case strings.Contains(msg, q):
		return 2, true
	case strings.Contains(desc, q):
		return 3, true
	}
	return 0, false
}
