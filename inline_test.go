package imcodes_test

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The lookups are fast because the compiler inlines them all the way into
// the caller: a call that returns an Entry by value costs twice an inlined
// one (see BENCHMARKS.md). The inliner's budget is tight, and a small change
// to the lookup code or to the generated methods can push one over it
// without any other test noticing, so this test asks the compiler.
func TestInlining(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the compiler")
	}
	platforms := []string{"jmessage/web", "jmessage/server", "jmessage/android", "jmessage/jmrtc", "easemob"}
	args := []string{"build", "-gcflags=-m", "./codes"}
	for _, p := range platforms {
		args = append(args, "./"+p)
	}
	out := goTool(t, args...)

	// codes/lookup.go:59:6: can inline Platform.Lookup with cost 59 as: ...
	line := regexp.MustCompile(`(?m)^(\S+)/\w+\.go:\d+:\d+: can inline (\S+)`)
	inlined := map[string]bool{}
	for _, m := range line.FindAllStringSubmatch(out, -1) {
		inlined[m[1]+" "+m[2]] = true
	}
	require.NotEmpty(t, inlined, "no inlining report from the compiler:\n%s", out)
	for _, fn := range []string{"Platform.Lookup", "Platform.Category", "Platform.Retryable"} {
		assert.True(t, inlined["codes "+fn], "codes.%s is not inlined", fn)
	}
	for _, p := range platforms {
		for _, fn := range []string{"Lookup", "Code.Entry", "Code.Category", "Code.Retryable", "Code.Error", "Code.Is"} {
			assert.True(t, inlined[p+" "+fn], "%s.%s is not inlined", p, fn)
		}
	}
}
