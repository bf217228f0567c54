package imcodes_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

// maxGrowth bounds what the module adds to the smallest program that uses
// one platform package, a constant and errors.Is, over the same program
// written with errors.New. Both are built the same way, with the default
// flags. Every platform's table is linked (a Code finds its entry through
// codes), so the bound covers the whole catalog.
const maxGrowth = 300 << 10

// footprintPrograms are the programs of testdata/footprint, one for each
// platform package.
var footprintPrograms = []struct{ dir, pkg string }{
	{"web", "jmessage/web"},
	{"server", "jmessage/server"},
	{"android", "jmessage/android"},
	{"ios", "jmessage/ios"},
	{"jmrtc", "jmessage/jmrtc"},
	{"web4", "easemob/web4"},
	{"native", "easemob/native"},
}

// A program that only matches the codes of any one platform package links
// neither net/http (the vendor packages' RoundTripper and retry policies)
// nor any part of golang.org/x/text (that is package localize's), nor
// log/slog (package codeslog's), and the catalog costs it little.
func TestFootprint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds eight programs")
	}
	require.Len(t, footprintPrograms, len(codes.Platforms()))
	dir := t.TempDir()
	size := func(pkg string) int64 {
		bin := filepath.Join(dir, filepath.Base(pkg))
		goTool(t, "build", "-o", bin, pkg)
		fi, err := os.Stat(bin)
		require.NoError(t, err)
		return fi.Size()
	}
	without := size("./testdata/footprint/plain")
	for _, prog := range footprintPrograms {
		t.Run(prog.dir, func(t *testing.T) {
			path := "./testdata/footprint/" + prog.dir
			deps := goTool(t, "list", "-deps", path)
			for _, dep := range strings.Fields(deps) {
				assert.False(t, strings.HasPrefix(dep, "golang.org/x/"), "links %s", dep)
				assert.NotContains(t, []string{"log/slog", "net/http", "github.com/imcodes/imcodes/codeslog"}, dep, "links %s", dep)
			}
			require.Contains(t, deps, "github.com/imcodes/imcodes/"+prog.pkg+"\n", "the program uses the package")
			with := size(path)
			t.Logf("with %s %d bytes, with errors.New %d bytes: %+d KiB", prog.pkg, with, without, (with-without)>>10)
			assert.LessOrEqual(t, with-without, int64(maxGrowth), "%s adds %d KiB", prog.pkg, (with-without)>>10)
		})
	}
}
