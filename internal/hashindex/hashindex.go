// Package hashindex builds the lookup index of a platform's codes: a
// two-choice hash whose every lookup, hit or miss, is two probes. The
// generator writes the index into codes/tables.go; codes reads it.
package hashindex

import (
	"fmt"
	"math/bits"
)

// Index is the lookup index of one list of codes, as codes reads it: a code
// c can only be in Slots[(uint32(c)*Mul[0])>>Shift] or
// Slots[(uint32(c)*Mul[1])>>Shift], which hold the index of c in the list
// plus one; 0 is an empty slot.
type Index struct {
	Slots []uint16
	Mul   [2]uint32
	Shift uint8
}

// Build builds the index of codes, which must be distinct, with at least four
// slots a code (load at most 1/4, where two-choice hashing rarely needs more
// than a few tries). The multipliers come from a fixed pseudo-random
// sequence, so the same codes always give the same index.
func Build(codes []int) (Index, error) {
	if len(codes) == 0 {
		return Index{Slots: []uint16{0}, Shift: 32}, nil
	}
	if len(codes) >= 1<<16-1 {
		return Index{}, fmt.Errorf("%d codes do not fit a 16-bit index", len(codes))
	}
	k := max(bits.Len(uint(4*len(codes)-1)), 2)
	shift := uint8(32 - k)
	seed := uint64(0x1dc0de5)
	for range 10000 {
		m := [2]uint32{uint32(splitmix(&seed)) | 1, uint32(splitmix(&seed)) | 1}
		if slots, ok := cuckoo(codes, m, shift); ok {
			return Index{slots, m, shift}, nil
		}
	}
	return Index{}, fmt.Errorf("no hash index found for %d codes", len(codes))
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
