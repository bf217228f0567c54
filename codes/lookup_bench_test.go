package codes

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	"github.com/imcodes/imcodes/internal/hashindex"
)

// The lookup benchmarks put the catalog's index beside the obvious ways of
// doing the same: a map[int]Entry and a binary search of the sorted entries.
// Run them with
//
//	go test -run '^$' -bench Lookup -count 10 ./codes | tee lookup.txt
//	benchstat -col /impl lookup.txt

var (
	sinkEntry Entry
	sinkOK    bool
)

// ring is a fixed sequence of codes to look up, a power of two long so that
// picking the next one is a mask rather than a division.
type ring [256]int

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

func (bl baselines) binary(code int) (Entry, bool) {
	if i, ok := slices.BinarySearchFunc(bl.sorted, code, func(e Entry, c int) int { return cmp.Compare(e.Code, c) }); ok {
		return bl.sorted[i], true
	}
	return Entry{}, false
}

// run benchmarks index (written out by the caller, so that it is called as
// programs call it) and the baselines over r. Each copies the whole entry
// out, as a caller that keeps it does.
func (bl baselines) run(b *testing.B, r *ring, index func(b *testing.B, r *ring)) {
	b.Run("impl=index", func(b *testing.B) {
		b.ReportAllocs()
		index(b, r)
	})
	b.Run("impl=map", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkEntry, sinkOK = bl.m[r[i&255]]
		}
	})
	b.Run("impl=binary", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkEntry, sinkOK = bl.binary(r[i&255])
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

// BenchmarkLookup looks up the 152 codes of the JMessage server, and codes
// it lacks, through Platform.Lookup as every platform package does.
func BenchmarkLookup(b *testing.B) {
	entries := JMessageServer.Entries()
	bl := newBaselines(entries)
	hits, misses := newRing(codesOf(entries), 0), newRing(codesOf(entries), 1000003)
	for _, c := range misses {
		if _, ok := JMessageServer.Lookup(c); ok {
			b.Fatalf("%d is not a miss", c)
		}
	}
	index := func(b *testing.B, r *ring) {
		for i := 0; b.Loop(); i++ {
			sinkEntry, sinkOK = JMessageServer.Lookup(r[i&255])
		}
	}
	b.Run("op=hit", func(b *testing.B) { bl.run(b, hits, index) })
	b.Run("op=miss", func(b *testing.B) { bl.run(b, misses, index) })
}

// synthetic returns a table of n codes clustered like the vendors' (runs of
// consecutive codes in blocks of a thousand), indexed by the generator's
// index builder.
func synthetic(b *testing.B, n int) *table {
	entries := make([]Entry, n)
	for i := range entries {
		code := 800000 + (i/40)*1000 + i%40
		entries[i] = Entry{Platform: JMessageServer, Code: code, Name: fmt.Sprint("Synthetic", code), Message: "synthetic", Description: "合成", Category: Internal, HTTPStatus: 500}
	}
	idx, err := hashindex.Build(codesOf(entries))
	if err != nil {
		b.Fatal(err)
	}
	return &table{entries: entries, slots: idx.Slots, mul: idx.Mul, shift: idx.Shift}
}

// lookupIn is Platform.Lookup on a table of the benchmark's own.
func (t *table) lookupIn(code int) (Entry, bool) {
	if i := t.find(code); i >= 0 {
		return t.entries[i], true
	}
	return Entry{}, false
}

// BenchmarkLookupGrowth shows the index staying flat as a catalog grows to
// 10,000 codes, where the binary search does not.
func BenchmarkLookupGrowth(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		t := synthetic(b, n)
		index := func(b *testing.B, r *ring) {
			for i := 0; b.Loop(); i++ {
				sinkEntry, sinkOK = t.lookupIn(r[i&255])
			}
		}
		b.Run(fmt.Sprintf("codes=%d", n), func(b *testing.B) {
			newBaselines(t.entries).run(b, newRing(codesOf(t.entries), 0), index)
		})
	}
}
