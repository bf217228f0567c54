package main

import (
	"fmt"
	"math/bits"
)

// hashIndex is the lookup index of one platform, as codes.table reads it: a
// code c can only be in slots[(c*mul[0])>>shift] or slots[(c*mul[1])>>shift],
// which hold the index of its entry plus one.
type hashIndex struct {
	Slots []uint16
	Mul   [2]uint32
	Shift uint8
}

// buildIndex builds a two-choice (cuckoo) hash index of codes, whose slots
// number at least four times the codes. The multipliers come from a fixed
// pseudo-random sequence, so the same codes always give the same index.
func buildIndex(codes []int) (hashIndex, error) {
	if len(codes) == 0 {
		return hashIndex{}, nil
	}
	if len(codes) >= 1<<16-1 {
		return hashIndex{}, fmt.Errorf("%d codes do not fit a 16-bit index", len(codes))
	}
	k := max(bits.Len(uint(4*len(codes)-1)), 2)
	shift := uint8(32 - k)
	seed := uint64(0x1dc0de5)
	for range 10000 {
		m := [2]uint32{uint32(splitmix(&seed)) | 1, uint32(splitmix(&seed)) | 1}
		if slots, ok := cuckoo(codes, m, shift); ok {
			return hashIndex{slots, m, shift}, nil
		}
	}
	return hashIndex{}, fmt.Errorf("no hash index found for %d codes", len(codes))
}

// cuckoo places every code in one of its two slots, moving codes to their
// other slot to make room, and reports whether it succeeded.
func cuckoo(codes []int, m [2]uint32, shift uint8) ([]uint16, bool) {
	slots := make([]uint16, 1<<(32-shift))
	slot := func(code int, which int) uint32 { return (uint32(code) * m[which]) >> shift }
	for i := range codes {
		v := uint16(i + 1)
		at := slot(codes[i], 0)
		for kicks := 0; ; kicks++ {
			if kicks > 64 {
				return nil, false
			}
			v, slots[at] = slots[at], v
			if v == 0 {
				break
			}
			// The evicted code goes to its other slot.
			evicted := codes[v-1]
			if a := slot(evicted, 0); a != at {
				at = a
			} else {
				at = slot(evicted, 1)
			}
		}
	}
	return slots, true
}

// splitmix returns the next number of the SplitMix64 sequence at *state.
func splitmix(state *uint64) uint64 {
	*state += 0x9e3779b97f4a7c15
	z := *state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
