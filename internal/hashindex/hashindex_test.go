package hashindex

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// find mirrors codes.table.find, to check an index without the codes package.
func (h Index) find(codes []int, code int) int {
	for _, m := range h.Mul {
		if s := h.Slots[(uint32(code)*m)>>h.Shift]; s != 0 && codes[s-1] == code {
			return int(s) - 1
		}
	}
	return -1
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
		assert.GreaterOrEqual(t, len(idx.Slots), 4*n, "load at most 1/4")
		for i, c := range codes {
			assert.Equal(t, i, idx.find(codes, c), "n=%d code %d", n, c)
		}
		for _, miss := range []int{-1, 0, 1, 871000 + 7*n, 1 << 30} {
			if i := idx.find(codes, miss); i >= 0 {
				assert.Equal(t, miss, codes[i])
			}
		}
		again, err := Build(codes)
		require.NoError(t, err)
		assert.Equal(t, idx, again, "deterministic")
	}
}

func TestBuildLimits(t *testing.T) {
	idx, err := Build(nil)
	require.NoError(t, err)
	assert.Equal(t, -1, idx.find(nil, 0), "an empty index has one empty slot")
	_, err = Build(make([]int, 1<<16))
	assert.ErrorContains(t, err, "do not fit a 16-bit index")
}

func BenchmarkBuild10k(b *testing.B) {
	codes := make([]int, 10000)
	for i := range codes {
		codes[i] = 800000 + 3*i
	}
	for b.Loop() {
		if _, err := Build(codes); err != nil {
			b.Fatal(err)
		}
	}
}
