package codes

import (
	"fmt"
	"slices"
	"testing"

	"github.com/imcodes/imcodes/internal/hashindex"
)

// The lookup benchmarks put Platform.Lookup (impl=index, the perfect hash)
// beside the other ways of doing the same, in the same run: a map[int]Entry
// (impl=map) and a binary search of the sorted codes (impl=binary), written
// as Lookup would be written with it. Run them with
//
//	go test -run '^$' -bench Lookup -count 10 ./codes | tee lookup.txt
//	benchstat -col /impl -filter .unit:sec/lookup lookup.txt

var (
	sinkEntry Entry
	sinkOK    bool
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

// sweep runs the benchmark of one implementation.
func sweep(b *testing.B, impl string, loop func(b *testing.B)) {
	b.Run("impl="+impl, func(b *testing.B) {
		b.ReportAllocs()
		loop(b)
		perLookup(b)
	})
}

// sorted is the binary search baseline: the table's codes in order, apart
// from the entries, as a generator would lay them out.
type sorted struct {
	codes   []int
	entries []Entry
}

// lookup is Platform.Lookup written with a binary search.
func (s *sorted) lookup(code int) (Entry, bool) {
	if i, ok := slices.BinarySearch(s.codes, code); ok {
		return s.entries[i], true
	}
	return Entry{Platform: JMessageServer, Code: code, Category: Unknown, Action: Report}, false
}

// compare benchmarks index, which sweeps r with the catalog's lookup, beside
// a map and a binary search holding the same entries. Each copies the whole
// entry out, as a caller that keeps it does. The caller writes the index loop
// out so that the lookup is called as a program calls it, not through a
// function value.
func compare(b *testing.B, entries []Entry, r *ring, index func(b *testing.B)) {
	m := make(map[int]Entry, len(entries))
	for _, e := range entries {
		m[e.Code] = e
	}
	s := &sorted{codesOf(entries), entries}
	sweep(b, "index", index)
	sweep(b, "map", func(b *testing.B) {
		for b.Loop() {
			for _, c := range r {
				sinkEntry, sinkOK = m[c]
			}
		}
	})
	sweep(b, "binary", func(b *testing.B) {
		for b.Loop() {
			for _, c := range r {
				sinkEntry, sinkOK = s.lookup(c)
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

// BenchmarkLookup looks up whole entries of the JMessage server through
// Platform.Lookup: op=hit over its codes; op=miss over codes it lacks, next
// to its own, inside the range the binary search must narrow down; and
// op=farmiss over codes far beyond it.
func BenchmarkLookup(b *testing.B) {
	entries := JMessageServer.Entries()
	codes := codesOf(entries)
	var near []int
	for _, c := range codes {
		if _, ok := JMessageServer.Lookup(c + 1); !ok {
			near = append(near, c+1)
		}
	}
	for _, op := range []struct {
		name  string
		r     *ring
		found bool
	}{{"hit", newRing(codes, 0), true}, {"miss", newRing(near, 0), false}, {"farmiss", newRing(codes, 1000003), false}} {
		r := op.r
		for _, c := range r {
			if _, ok := JMessageServer.Lookup(c); ok != op.found {
				b.Fatalf("%d: want found %v", c, op.found)
			}
		}
		b.Run("op="+op.name, func(b *testing.B) {
			compare(b, entries, r, func(b *testing.B) {
				for b.Loop() {
					for _, c := range r {
						sinkEntry, sinkOK = JMessageServer.Lookup(c)
					}
				}
			})
		})
	}
}

// synthetic returns a table of n codes clustered like the vendors' (runs of
// consecutive codes in blocks of a thousand), indexed by the generator's
// index builder and laid out as the generator lays out tables.go.
func synthetic(b *testing.B, n int) *table {
	entries := make([]Entry, n+1) // entries[0] is the zero Entry
	codes := make([]int, n)
	for i := range codes {
		codes[i] = 800000 + (i/40)*1000 + i%40
		entries[i+1] = Entry{Platform: JMessageServer, Code: codes[i], Name: fmt.Sprint("Synthetic", codes[i]), Message: "synthetic", Description: "合成", Category: Internal, Action: Report}
	}
	idx, err := hashindex.Build(codes)
	if err != nil {
		b.Fatal(err)
	}
	return &table{platform: JMessageServer, entries: entries, slots: idx.Slots, mul: idx.Mul, shift: idx.Shift}
}

// lookupIn is Platform.Lookup on a table of the benchmark's own.
func (t *table) lookupIn(code int) (Entry, bool) {
	if i := t.find(code); i != 0 {
		return t.entries[i], true
	}
	return t.unknown(code), false
}

// BenchmarkLookupGrowth shows the index staying flat as a catalog grows to
// 10,000 codes, where the binary search does not.
func BenchmarkLookupGrowth(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		t := synthetic(b, n)
		entries := t.entries[1:]
		r := newRing(codesOf(entries), 0)
		b.Run(fmt.Sprintf("codes=%d", n), func(b *testing.B) {
			compare(b, entries, r, func(b *testing.B) {
				for b.Loop() {
					for _, c := range r {
						sinkEntry, sinkOK = t.lookupIn(c)
					}
				}
			})
		})
	}
}
