package logscan

import (
	"bytes"
	"slices"
	"strings"
	"sync"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/sdkreport"
)

// This file is the platform a match is reported on first: the one its name
// belongs to, or the one a word of its line names (sdkreport.Hints).

// maxHintReach is how far from a match, in its line, a platform's name is
// looked for, each way.
const maxHintReach = 512

// hints are sdkreport.Hints resolved to platforms, on the first use.
var hints struct {
	once   sync.Once
	words  [][]byte             // in lower case
	plats  [][]codes.Platform   // of each word
	first  [256][]int           // the words by their first byte, in lower case
	vendor []uint8              // of each word: 1 JMessage, 2 Easemob
	pairs  [1 << 16 / 64]uint64 // the first two bytes of the words, in lower case
}

func hintTable() *[][]byte {
	hints.once.Do(func() {
		for _, h := range sdkreport.Hints {
			var ps []codes.Platform
			for _, p := range codes.Platforms() {
				id := p.String()
				if id == h.Platform || strings.HasPrefix(id, h.Platform+"/") || vendorOf(p) == h.Platform {
					ps = append(ps, p)
				}
			}
			if len(ps) == 0 {
				// A platform the catalog does not have yet: its vendor's.
				for _, p := range codes.Platforms() {
					if vendorOf(p) == h.Platform[:max(0, strings.IndexByte(h.Platform, '/'))] {
						ps = append(ps, p)
					}
				}
			}
			w := []byte(lowerASCII(h.Word))
			hints.words = append(hints.words, w)
			hints.plats = append(hints.plats, ps)
			hints.first[w[0]] = append(hints.first[w[0]], len(hints.words)-1)
			hints.vendor = append(hints.vendor, vendorBit(h.Platform))
			pair := uint16(w[0]) | uint16(w[1])<<8
			hints.pairs[pair/64] |= 1 << (pair % 64)
		}
	})
	return &hints.words
}

// lineHint returns the platforms named in the line of data around i, the
// most specific word first, or nil; and the vendors its words name (a bit
// for each vendor: 1 JMessage, 2 Easemob).
func lineHint(data []byte, i int) ([]codes.Platform, uint8) {
	words := *hintTable()
	from := max(0, i-maxHintReach)
	if nl := bytes.LastIndexByte(data[from:i], '\n'); nl >= 0 {
		from += nl + 1
	}
	to := min(len(data), i+maxHintReach)
	if nl := bytes.IndexByte(data[i:to], '\n'); nl >= 0 {
		to = i + nl
	}
	line := data[from:to]
	best := -1
	var vendors uint8
	for k := 0; k+1 < len(line); k++ {
		c := lower(line[k])
		if pair := uint16(c) | uint16(lower(line[k+1]))<<8; hints.pairs[pair/64]&(1<<(pair%64)) == 0 {
			continue // no word starts with these two bytes
		}
		for _, w := range hints.first[c] {
			if word := words[w]; len(line)-k >= len(word) && equalFold(line[k:k+len(word)], string(word)) {
				vendors |= hints.vendor[w]
				if best < 0 || w < best {
					best = w
				}
			}
		}
	}
	if best < 0 {
		return nil, 0
	}
	return hints.plats[best], vendors
}

// entries returns the entries of h's code on the platforms of s, the
// platform the text names first.
func (s *scanner) entries(data []byte, h hit) []codes.Entry {
	found := s.scratch[:0]
	for _, p := range s.platforms {
		if !h.scope.allows(p) {
			continue
		}
		if e, ok := p.Lookup(int(h.code)); ok {
			found = append(found, e)
		}
	}
	s.scratch = found
	named, vendors := lineHint(data, int(h.tok))
	if h.named == 0 && (vendors == 1 || vendors == 2) {
		// The line names one vendor: a number only the other defines is
		// that vendor's own code, not one of the catalog's ("JMessage
		// sendTextMessage error {code: 2, ...}").
		mine := false
		for _, e := range found {
			mine = mine || vendorBit(vendorOf(e.Platform)) == vendors
		}
		if !mine {
			return nil
		}
	}
	if h.named != 0 {
		// The name next to the number names its platforms; where it names
		// several (USER_NOT_FOUND is a constant of both Easemob
		// numberings), the words of the line choose among them.
		s.hint = s.hint[:0:0]
		for _, p := range codes.Platforms() {
			if h.named&(1<<(p&63)) != 0 {
				s.hint = append(s.hint, p)
			}
		}
		if chosen := slices.DeleteFunc(slices.Clone(s.hint), func(p codes.Platform) bool { return !slices.Contains(named, p) }); len(chosen) > 0 {
			s.hint = chosen
		}
	} else if named != nil {
		s.hint = named
	}
	if len(found) < 2 {
		return slices.Clone(found)
	}
	return slices.Clone(preferNamed(found, s.hint))
}

// vendorBit returns the bit of the vendor of a platform id or vendor name.
func vendorBit(id string) uint8 {
	switch {
	case strings.HasPrefix(id, "jmessage"):
		return 1
	case strings.HasPrefix(id, "easemob"):
		return 2
	}
	return 0
}

// preferNamed moves the entries of the named platforms first, in place. If
// exactly one named platform has the code, the other platforms of its
// vendor are left out.
func preferNamed(found []codes.Entry, named []codes.Platform) []codes.Entry {
	if len(named) == 0 || len(found) < 2 {
		return found
	}
	var one codes.Platform
	n := 0
	for _, e := range found {
		if slices.Contains(named, e.Platform) {
			one = e.Platform
			n++
		}
	}
	if n == 0 {
		return found
	}
	// Move each named entry before the others, keeping both in order.
	k := 0
	for i, e := range found {
		if slices.Contains(named, e.Platform) {
			copy(found[k+1:i+1], found[k:i])
			found[k] = e
			k++
		}
	}
	if n > 1 {
		return found
	}
	out := found[:k]
	for _, e := range found[k:] {
		if vendorOf(e.Platform) != vendorOf(one) {
			out = append(out, e)
		}
	}
	return out
}
