package codes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/imcodes/imcodes/codes"
)

// Lookups allocate nothing, hit or miss. (How fast they are is measured by
// the benchmarks, not by tests.)
func TestLookupDoesNotAllocate(t *testing.T) {
	for name, f := range map[string]func(){
		"hit":  func() { _, _ = codes.JMessageServer.Lookup(898002) },
		"miss": func() { _, _ = codes.JMessageServer.Lookup(1) },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
}
