package codes

import (
	"testing"
)

// The lookup benchmarks put Platform.Lookup (impl=lookup, a binary search of
// the sorted table) beside a map[int]Entry holding the same entries
// (impl=map), in the same run. Run them with
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

// compare benchmarks lookup, which sweeps r with the catalog's lookup, beside
// a map holding the same entries. Each copies the whole entry out, as a
// caller that keeps it does. The caller writes the lookup loop out so that
// the lookup is called as a program calls it, not through a function value.
func compare(b *testing.B, entries []Entry, r *ring, lookup func(b *testing.B)) {
	m := make(map[int]Entry, len(entries))
	for _, e := range entries {
		m[e.Code] = e
	}
	sweep(b, "lookup", lookup)
	sweep(b, "map", func(b *testing.B) {
		for b.Loop() {
			for _, c := range r {
				sinkEntry, sinkOK = m[c]
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
