package gen

import (
	"iter"
	"sort"
	"strings"
)

// lineIndex maps byte offsets of a source file to 1-based line numbers.
type lineIndex []int // offsets at which lines start

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i, b := range src {
		if b == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line returns the line number holding offset.
func (idx lineIndex) line(offset int) int {
	return sort.Search(len(idx), func(i int) bool { return idx[i] > offset })
}

// dataLines yields the lines of a line-based file that carry data, trimmed,
// with their places: blank lines and # comments are skipped.
func dataLines(file string, src []byte) iter.Seq2[pos, string] {
	return func(yield func(pos, string) bool) {
		n := 0
		for line := range strings.Lines(string(src)) {
			n++
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if !yield(pos{file, n}, line) {
				return
			}
		}
	}
}
