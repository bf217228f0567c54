package site

import (
	"strings"

	"github.com/imcodes/imcodes/logscan"
)

// The paste box uses the scanner of `imcodes explain`; this file is the only
// one that names its package, so that a move of the scanner is one line here.

// match is one code found in a pasted text.
type match = logscan.Match

// scan calls fn with each code in text, in order, until fn returns false.
func scan(text string, fn func(match) bool) error {
	return logscan.Scan(strings.NewReader(text), fn)
}
