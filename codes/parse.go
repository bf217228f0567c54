package codes

import (
	"strconv"
	"strings"
)

// The three vocabularies (Platform, Category, Action) read their names the
// same way: in any case, from text or JSON, or as their numbers.

// nameIndex returns the index of s in names, ignoring case.
func nameIndex(s string, names []string) (int, bool) {
	for i, name := range names {
		if strings.EqualFold(s, name) {
			return i, true
		}
	}
	return 0, false
}

// parseText reads text as a name, with parse, or else as a number from lo
// to below hi; a text that is neither gets parse's error, which lists the
// valid names.
func parseText(text []byte, lo, hi int, parse func(string) (int, error)) (int, error) {
	v, err := parse(string(text))
	if err == nil {
		return v, nil
	}
	if i, nerr := strconv.Atoi(string(text)); nerr == nil && lo <= i && i < hi {
		return i, nil
	}
	return 0, err
}
