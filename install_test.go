package imcodes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// go install github.com/imcodes/imcodes/... installs the imcodes command
// and nothing else: the generator (gen.go) and the log generator
// (scripts/genlog.go) sit behind the ignore build constraint.
func TestInstallsOnlyTheCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	var commands []string
	for _, line := range strings.Split(strings.TrimSpace(goTool(t, "list", "-f", "{{.Name}} {{.ImportPath}}", "./...")), "\n") {
		if name, path, _ := strings.Cut(line, " "); name == "main" {
			commands = append(commands, path)
		}
	}
	assert.Equal(t, []string{"github.com/imcodes/imcodes/cmd/imcodes"}, commands)
}
