package imcodes_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// Importing the module costs nothing at start-up: the tables are static
// data, laid out by the linker, and no package of the module has any
// initialisation work, let alone allocation. With GODEBUG=inittrace=1 the Go
// runtime reports each package that has init work; none of ours may appear.
func TestNoStartUpWork(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	bin := filepath.Join(t.TempDir(), "inittrace")
	goTool(t, "build", "-o", bin, "./testdata/inittrace")

	run := exec.Command(bin)
	run.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := run.CombinedOutput()
	require.NoError(t, err, "%s", out)

	// init github.com/imcodes/imcodes/codes @0.78 ms, 0.004 ms clock, 0 bytes, 0 allocs
	line := regexp.MustCompile(`(?m)^init (\S+) @.*, (\d+) bytes, (\d+) allocs$`)
	records := line.FindAllStringSubmatch(string(out), -1)
	require.NotEmpty(t, records, "no inittrace output (the standard library has init work):\n%s", out)
	for _, m := range records {
		if strings.HasPrefix(m[1], "github.com/imcodes/imcodes") {
			t.Errorf("%s does work at start-up (%s bytes, %s allocs): %s", m[1], m[2], m[3], m[0])
		}
	}
}

// goTool runs the go command in the module root and returns its output,
// failing t if it fails.
func goTool(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("go", args...).CombinedOutput()
	require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
	return string(out)
}
