package codes

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	"github.com/imcodes/imcodes/internal/hashindex"
)

// The lookup benchmarks put the catalog's index beside the obvious ways of
// doing the same: a map[int]Entry and a binary search of the sorted entries,
// in the same run. Run them with
//
//	go test -run '^$' -bench Lookup -count 10 ./codes | tee lookup.txt
//	benchstat -col /impl lookup.txt

var (
	sinkEntry    Entry
	sinkOK       bool
	sinkCategory Category
)

// ring is a fixed sequence of codes to look up. Each op of a lookup
// benchmark sweeps the whole ring, so that the benchmark loop's own cost is
// spread over 256 lookups instead of being added to each; perLookup reports
// the time of one.
type ring [256]int

// perLookup reports the time of one lookup of a benchmark whose every op
// sweeps a ring.
func perLookup(b *testing.B) {
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(ring{})), "ns/lookup")
}

// newRing cycles through codes, shifted by offset (to make misses).
func newRing(codes []int, offset int) *ring {
	var r ring
	for i := range r {
		r[i] = codes[(i*7)%len(codes)] + offset
	}
	return &r
}

// baselines are the obvious ways of looking up the same entries.
type baselines struct {
	m      map[int]Entry
	sorted []Entry
}

func newBaselines(entries []Entry) baselines {
	m := make(map[int]Entry, len(entries))
	for _, e := range entries {
		m[e.Code] = e
	}
	return baselines{m, entries}
}

// search returns the index of code in bl.sorted, or -1.
func (bl baselines) search(code int) int {
	if i, ok := slices.BinarySearchFunc(bl.sorted, code, func(e Entry, c int) int { return cmp.Compare(e.Code, c) }); ok {
		return i
	}
	return -1
}

func (bl baselines) binary(code int) (Entry, bool) {
	if i := bl.search(code); i >= 0 {
		return bl.sorted[i], true
	}
	return Entry{}, false
}

func (bl baselines) binaryCategory(code int) Category {
	if i := bl.search(code); i >= 0 {
		return bl.sorted[i].Category
	}
	return Unknown
}

// byValue returns entries[i] as Lookup returns an entry, inlined, but without
// a search: the floor of any lookup that returns an Entry by value.
func byValue(entries []Entry, i int) (Entry, bool) { return entries[i], i != 0 }

// sweep runs the benchmark of one implementation. loop sweeps the ring once
// an op; each caller writes it out, so that what it calls is inlined as in a
// program rather than called through a function value.
func sweep(b *testing.B, impl string, loop func(b *testing.B)) {
	b.Run("impl="+impl, func(b *testing.B) {
		b.ReportAllocs()
		loop(b)
		perLookup(b)
	})
}

// runLookup benchmarks whole-entry lookups over r: index, the map, the binary
// search, and byValue at the positions the index finds. Each copies the whole
// entry out, as a caller that keeps it does.
func (bl baselines) runLookup(b *testing.B, r *ring, t *table, index func(b *testing.B)) {
	sweep(b, "index", index)
	sweep(b, "map", func(b *testing.B) {
		for b.Loop() {
			for _, c := range r {
				sinkEntry, sinkOK = bl.m[c]
			}
		}
	})
	sweep(b, "binary", func(b *testing.B) {
		for b.Loop() {
			for _, c := range r {
				sinkEntry, sinkOK = bl.binary(c)
			}
		}
	})
	var at ring
	for i, c := range r {
		at[i] = t.find(c)
	}
	sweep(b, "nosearch", func(b *testing.B) {
		for b.Loop() {
			for _, i := range &at {
				sinkEntry, sinkOK = byValue(t.entries, i)
			}
		}
	})
}

// runCategory benchmarks looking up only the category of the codes of r,
// each implementation the cheapest way it can: index as runLookup's, the map
// as m[code].Category, which reads the entry in place.
func (bl baselines) runCategory(b *testing.B, r *ring, index func(b *testing.B)) {
	sweep(b, "index", index)
	sweep(b, "map", func(b *testing.B) {
		for b.Loop() {
			for _, c := range r {
				sinkCategory = bl.m[c].Category
			}
		}
	})
	sweep(b, "binary", func(b *testing.B) {
		for b.Loop() {
			for _, c := range r {
				sinkCategory = bl.binaryCategory(c)
			}
		}
	})
}

func codesOf(entries []Entry) []int {
	codes := make([]int, len(entries))
	for i, e := range entries {
		codes[i] = e.Code
	}
	return codes
}

// serverOps runs bench for op=hit, over the 152 codes of the JMessage
// server, and for op=miss, over codes it lacks, with the baselines of its
// entries.
func serverOps(b *testing.B, bench func(b *testing.B, bl baselines, r *ring)) {
	entries := JMessageServer.Entries()
	bl := newBaselines(entries)
	hits, misses := newRing(codesOf(entries), 0), newRing(codesOf(entries), 1000003)
	for _, c := range misses {
		if _, ok := JMessageServer.Lookup(c); ok {
			b.Fatalf("%d is not a miss", c)
		}
	}
	b.Run("op=hit", func(b *testing.B) { bench(b, bl, hits) })
	b.Run("op=miss", func(b *testing.B) { bench(b, bl, misses) })
}

// BenchmarkLookup looks up whole entries through Platform.Lookup, as every
// platform package's Lookup does.
func BenchmarkLookup(b *testing.B) {
	serverOps(b, func(b *testing.B, bl baselines, r *ring) {
		bl.runLookup(b, r, &tables[JMessageServer], func(b *testing.B) {
			for b.Loop() {
				for _, c := range r {
					sinkEntry, sinkOK = JMessageServer.Lookup(c)
				}
			}
		})
	})
}

// BenchmarkLookupCategory looks up categories through Platform.Category, as
// every platform package's Code.Category does.
func BenchmarkLookupCategory(b *testing.B) {
	serverOps(b, func(b *testing.B, bl baselines, r *ring) {
		bl.runCategory(b, r, func(b *testing.B) {
			for b.Loop() {
				for _, c := range r {
					sinkCategory = JMessageServer.Category(c)
				}
			}
		})
	})
}

// synthetic returns a table of n codes clustered like the vendors' (runs of
// consecutive codes in blocks of a thousand), indexed by the generator's
// index builder and laid out as the generator lays out tables.go.
func synthetic(b *testing.B, n int) *table {
	entries := make([]Entry, n+1) // entries[0] is the zero Entry
	codes := make([]int, n)
	for i := range codes {
		codes[i] = 800000 + (i/40)*1000 + i%40
		entries[i+1] = Entry{Platform: JMessageServer, Code: codes[i], Name: fmt.Sprint("Synthetic", codes[i]), Message: "synthetic", Description: "合成", Category: Internal, HTTPStatus: 500}
	}
	idx, err := hashindex.Build(codes)
	if err != nil {
		b.Fatal(err)
	}
	return &table{entries: entries, slots: idx.Slots, mul: idx.Mul, shift: idx.Shift}
}

// lookupIn is Platform.Lookup on a table of the benchmark's own.
func (t *table) lookupIn(code int) (Entry, bool) {
	i := t.find(code)
	return t.entries[i], i != 0
}

// BenchmarkLookupGrowth shows the index staying flat as a catalog grows to
// 10,000 codes, where the binary search does not.
func BenchmarkLookupGrowth(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		t := synthetic(b, n)
		entries := t.entries[1:]
		r := newRing(codesOf(entries), 0)
		b.Run(fmt.Sprintf("codes=%d", n), func(b *testing.B) {
			newBaselines(entries).runLookup(b, r, t, func(b *testing.B) {
				for b.Loop() {
					for _, c := range r {
						sinkEntry, sinkOK = t.lookupIn(c)
					}
				}
			})
		})
	}
}
