package imcodes_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxGrowth bounds what the module adds to the smallest program that uses
// it, a platform constant and errors.Is, over the same program written with
// errors.New. Both are built the same way, with the default flags.
const maxGrowth = 200 << 10

// A program that only matches codes links no part of golang.org/x/text (that
// is package localize's), nor log/slog (package codeslog's), nor net/http
// (the vendor packages' RoundTripper and retry policies), and the catalog
// costs it little.
func TestFootprint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two programs")
	}
	deps := goTool(t, "list", "-deps", "./testdata/footprint/constants")
	for _, dep := range strings.Fields(deps) {
		assert.False(t, strings.HasPrefix(dep, "golang.org/x/"), "links %s", dep)
		assert.NotEqual(t, "log/slog", dep, "links log/slog")
		assert.NotEqual(t, "net/http", dep, "links net/http: the clients' helpers are the vendor packages'")
		assert.NotEqual(t, "github.com/imcodes/imcodes/codeslog", dep, "links the slog fields")
	}
	require.Contains(t, deps, "github.com/imcodes/imcodes/jmessage/server\n", "the program uses the module")

	dir := t.TempDir()
	size := func(pkg string) int64 {
		bin := filepath.Join(dir, filepath.Base(pkg))
		goTool(t, "build", "-o", bin, pkg)
		fi, err := os.Stat(bin)
		require.NoError(t, err)
		return fi.Size()
	}
	with, without := size("./testdata/footprint/constants"), size("./testdata/footprint/plain")
	t.Logf("with imcodes %d bytes, with errors.New %d bytes: %+d KiB", with, without, (with-without)>>10)
	assert.LessOrEqual(t, with-without, int64(maxGrowth), "the module adds %d KiB", (with-without)>>10)
}
