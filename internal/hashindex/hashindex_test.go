package hashindex

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// find mirrors codes.table.find, to check an index without the codes
// package: it returns the place of code in codes counted from 1, or 0.
func (h Index) find(codes []int, code int) int {
	places := append([]int{0}, codes...) // codes keeps the zero Entry, code 0, first
	if i := h.Slots[(uint32(code)*h.Mul)>>(h.Shift&31)]; places[i] == code {
		return int(i)
	}
	return 0
}

// check asserts that idx finds every code of codes at its place, finds none
// of misses, and has at least four slots a code.
func check(t *testing.T, idx Index, codes, misses []int) {
	t.Helper()
	assert.GreaterOrEqual(t, len(idx.Slots), 4*len(codes), "load at most 1/4")
	for i, c := range codes {
		assert.Equal(t, i+1, idx.find(codes, c), "code %d", c)
	}
	for _, miss := range misses {
		assert.Zero(t, idx.find(codes, miss), "miss %d", miss)
	}
}

func TestBuild(t *testing.T) {
	for _, n := range []int{1, 2, 3, 76, 152, 1000, 10000} {
		codes := make([]int, n)
		for i := range codes {
			codes[i] = 871000 + 7*i - n // clustered, like the vendors' codes
		}
		codes[0] = -4 // negative codes hash as their two's complement
		idx, err := Build(codes)
		require.NoError(t, err, "n=%d", n)
		check(t, idx, codes, []int{-1, 0, 1, 871000 + 7*n, 1 << 30, -4 + 1<<33})
		again, err := Build(codes)
		require.NoError(t, err)
		assert.Equal(t, idx, again, "deterministic")
	}
}

// random returns n distinct codes with no structure at all.
func random(n int) []int {
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[int]bool{}
	var codes []int
	for len(codes) < n {
		if c := rng.IntN(1 << 31); !seen[c] {
			seen[c] = true
			codes = append(codes, c)
		}
	}
	return codes
}

// TestBuildIrregular builds indexes of codes with no structure, which need
// larger tables than clustered codes but still get one, up to a point.
func TestBuildIrregular(t *testing.T) {
	for _, n := range []int{10, 100, 300} {
		codes := random(n)
		idx, err := Build(codes)
		require.NoError(t, err, "n=%d", n)
		check(t, idx, codes, []int{-1, 1 << 31})
	}
	_, err := Build(random(5000))
	assert.EqualError(t, err, "no perfect hash found for 5000 codes in up to 524288 slots")
}

// TestCodeZero checks what lets a lookup skip the test for an empty slot:
// code 0 is always in slot 0, and a lookup of 0 stops at the zero Entry
// only when the list lacks 0.
func TestCodeZero(t *testing.T) {
	for n := 1; n <= 300; n++ {
		codes := []int{0}
		for i := 1; i < n; i++ {
			codes = append(codes, 871000+7*i)
		}
		idx, err := Build(codes)
		require.NoError(t, err)
		assert.Equal(t, uint16(1), idx.Slots[0], "n=%d", n)
		assert.Equal(t, 1, idx.find(codes, 0), "n=%d", n)
		idx, err = Build(codes[1:])
		require.NoError(t, err)
		assert.Zero(t, idx.find(codes[1:], 0), "n=%d", n)
	}
}

func TestBuildLimits(t *testing.T) {
	idx, err := Build(nil)
	require.NoError(t, err)
	assert.Equal(t, []uint16{0}, idx.Slots, "an empty index has one slot, at the zero Entry")
	assert.Zero(t, idx.find(nil, 0))
	assert.Zero(t, idx.find(nil, 898002))

	_, err = Build(make([]int, 1<<16))
	assert.EqualError(t, err, "65536 codes do not fit a 16-bit index")
	_, err = Build([]int{1, 2, 1})
	assert.EqualError(t, err, "code 1 appears twice")
	_, err = Build([]int{7, 1<<32 + 7})
	assert.EqualError(t, err, "codes 7 and 4294967303 have the same low 32 bits, which the index hashes")
}

func BenchmarkBuild10k(b *testing.B) {
	codes := make([]int, 10000)
	for i := range codes {
		codes[i] = 800000 + (i/40)*1000 + i%40
	}
	for b.Loop() {
		if _, err := Build(codes); err != nil {
			b.Fatal(err)
		}
	}
}
