// Package hashindex builds the lookup index of a platform's codes: a perfect
// hash, in which every code has a slot of its own, so that every lookup, hit
// or miss, is one probe. The generator writes the index into codes/tables.go;
// codes reads it.
package hashindex

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
)

// Index is the lookup index of one list of codes, as codes reads it: a code
// c can only be in Slots[(uint32(c)*Mul)>>Shift], which holds the place of c
// in the list counted from 1. Place 0 is the zero Entry, which codes keeps in
// front of the list, and an empty slot holds 0.
//
// A lookup therefore needs no test for an empty slot: it compares the code at
// the place it finds with the code it seeks. The zero Entry's code, 0, equals
// only a lookup of code 0, and code 0 hashes to slot 0 under any multiplier:
// if the list has code 0, it is in slot 0 and the lookup finds it there; if
// not, the zero Entry is the right answer.
type Index struct {
	Slots []uint16
	Mul   uint32
	Shift uint8
}

// Search effort: Build tries this many multipliers at each table size, and
// grows the table at most this many times, each time doubling it.
const (
	triesPerSize = 4096
	maxGrowth    = 4
)

// Build builds the index of codes, which must be distinct, with at least four
// slots a code. It tries multipliers from a fixed pseudo-random sequence until
// one gives every code a slot of its own, doubling the table when none does,
// so the same codes always give the same index.
//
// Codes are clustered runs of numbers, which multiplicative hashing spreads
// evenly: the vendors' catalogs, and a synthetic one of 10,000 codes, need a
// few tries at the first size, and even 300 random codes find a table. Build
// fails only for codes that share their low 32 bits, which hash alike
// whatever the multiplier, or for a list so irregular that no table up to
// sixteen times the first size has a perfect multiplier; the error says so.
func Build(codes []int) (Index, error) {
	n := len(codes)
	if n == 0 {
		return Index{Slots: []uint16{0}}, nil // every code hashes to slot 0
	}
	if n >= 1<<16-1 {
		return Index{}, fmt.Errorf("%d codes do not fit a 16-bit index", n)
	}
	switch a, b, ok := sameLow32(codes); {
	case ok && a == b:
		return Index{}, fmt.Errorf("code %d appears twice", a)
	case ok:
		return Index{}, fmt.Errorf("codes %d and %d have the same low 32 bits, which the index hashes", a, b)
	}
	k0 := max(bits.Len(uint(4*n-1)), 2) // at most 18, as n < 65535: shifts stay 10 or more
	seed := uint64(0x1dc0de5)
	for k := k0; k <= k0+maxGrowth; k++ {
		shift := uint8(32 - k)
		taken := make([]uint32, 1<<k) // taken[s] == try+1: slot s is taken in this try
		for try := range uint32(triesPerSize) {
			m := uint32(splitmix(&seed)) | 1
			if perfect(codes, m, shift, taken, try+1) {
				slots := make([]uint16, 1<<k)
				for i, c := range codes {
					slots[(uint32(c)*m)>>shift] = uint16(i + 1)
				}
				return Index{slots, m, shift}, nil
			}
		}
	}
	return Index{}, fmt.Errorf("no perfect hash found for %d codes in up to %d slots", n, 1<<(k0+maxGrowth))
}

// perfect reports whether m gives every code a slot of its own, marking the
// slots it sees with stamp in taken, so that taken need not be cleared
// between tries.
func perfect(codes []int, m uint32, shift uint8, taken []uint32, stamp uint32) bool {
	for _, c := range codes {
		s := (uint32(c) * m) >> shift
		if taken[s] == stamp {
			return false
		}
		taken[s] = stamp
	}
	return true
}

// sameLow32 returns two codes that agree in their low 32 bits, if any.
func sameLow32(codes []int) (a, b int, ok bool) {
	sorted := slices.Clone(codes)
	slices.SortFunc(sorted, func(x, y int) int { return cmp.Compare(uint32(x), uint32(y)) })
	for i := 1; i < len(sorted); i++ {
		if uint32(sorted[i-1]) == uint32(sorted[i]) {
			return sorted[i-1], sorted[i], true
		}
	}
	return 0, 0, false
}

// splitmix returns the next number of the SplitMix64 sequence at *state.
func splitmix(state *uint64) uint64 {
	*state += 0x9e3779b97f4a7c15
	z := *state
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
