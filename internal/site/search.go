package site

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// maxQuery bounds the search text, in bytes: the longest vendor text is far
// shorter, so a longer query can match nothing.
const maxQuery = 256

// query is a search: a text and the filters, as the search form sends them.
// A filter with a value the catalog does not have is ignored, as if it were
// "any" (the form never sends one).
type query struct {
	Text       string
	Vendor     string
	Platform   codes.Platform // 0 for any
	Category   string         // a codes.Category name, "" for any
	Action     string         // a codes.Action name, "" for any
	Deprecated string         // "", "only" or "hide"
	TooLong    bool           // Text was longer than maxQuery and is not searched
}

// parseQuery reads a search from the parameters of a request.
func parseQuery(v url.Values) query {
	q := query{Text: strings.TrimSpace(v.Get("q"))}
	if len(q.Text) > maxQuery {
		q.Text, q.TooLong = "", true
	}
	if vendor := v.Get("vendor"); slices.Contains(vendors(), vendor) {
		q.Vendor = vendor
	}
	q.Platform, _ = platformByID(v.Get("platform"))
	if c, err := codes.ParseCategory(v.Get("category")); err == nil {
		q.Category = c.String()
	}
	if a, err := codes.ParseAction(v.Get("action")); err == nil {
		q.Action = a.String()
	}
	if d := v.Get("deprecated"); d == "only" || d == "hide" {
		q.Deprecated = d
	}
	return q
}

// search returns the entries that q finds, best first: for a number, its
// entry on each platform that defines it; then what imcodes.Search finds, in
// its order (exact name or text, then names, English, Chinese). An empty
// text finds every entry. The filters then keep what they select.
func search(q query) []codes.Entry {
	var found []codes.Entry
	switch {
	case q.TooLong:
		return nil
	case q.Text == "":
		found = imcodes.Entries()
	default:
		if n, err := strconv.Atoi(q.Text); err == nil {
			found = imcodes.Find(n)
		}
		numbered := len(found)
		for _, e := range imcodes.Search(q.Text) {
			if !slices.ContainsFunc(found[:numbered], func(f codes.Entry) bool { return sameCode(e, f) }) {
				found = append(found, e)
			}
		}
	}
	return slices.DeleteFunc(found, func(e codes.Entry) bool { return !q.keeps(e) })
}

// keeps reports whether the filters of q select e.
func (q query) keeps(e codes.Entry) bool {
	switch {
	case q.Vendor != "" && vendor(e.Platform) != q.Vendor,
		q.Platform != 0 && e.Platform != q.Platform,
		q.Category != "" && e.Category.String() != q.Category,
		q.Action != "" && e.Action.String() != q.Action,
		q.Deprecated == "only" && !e.Deprecated,
		q.Deprecated == "hide" && e.Deprecated:
		return false
	}
	return true
}

func sameCode(a, b codes.Entry) bool { return a.Platform == b.Platform && a.Code == b.Code }

// vendor is the vendor part of a platform's id: "jmessage" of
// "jmessage/server".
func vendor(p codes.Platform) string {
	v, _, _ := strings.Cut(p.String(), "/")
	return v
}

// vendors are the vendors of codes.Platforms, in their order.
func vendors() []string {
	var vs []string
	for _, p := range codes.Platforms() {
		if v := vendor(p); !slices.Contains(vs, v) {
			vs = append(vs, v)
		}
	}
	return vs
}

// platformByID returns the platform whose id is exactly s. The pages' URLs
// and forms use ids only, so that each code has one URL.
func platformByID(s string) (codes.Platform, bool) {
	for _, p := range codes.Platforms() {
		if p.String() == s {
			return p, true
		}
	}
	return 0, false
}

// choices are the values of the search form's filters: the categories and
// actions that some entry has, in their numeric order.
type choices struct {
	Vendors    []string
	Platforms  []codes.Platform
	Categories []codes.Category
	Actions    []codes.Action
}

func newChoices() choices {
	c := choices{Vendors: vendors(), Platforms: codes.Platforms()}
	for _, e := range imcodes.Entries() {
		if !slices.Contains(c.Categories, e.Category) {
			c.Categories = append(c.Categories, e.Category)
		}
		if !slices.Contains(c.Actions, e.Action) {
			c.Actions = append(c.Actions, e.Action)
		}
	}
	slices.Sort(c.Categories)
	slices.Sort(c.Actions)
	return c
}
