//go:build ignore

// Command genlog writes a realistic application log of a given size to
// standard output, for scripts/bench-explain.sh (see package
// internal/logsample):
//
//	go run scripts/genlog.go -size 100M > app.log
//
// It sits behind the ignore build constraint, so that go install ./...
// installs only the imcodes command.
package main

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/internal/logsample"
)

func main() {
	size := flag.String("size", "100M", "bytes to write, with an optional K, M or G suffix (powers of 1024)")
	seed := flag.Uint64("seed", 1, "random seed: the same seed writes the same log")
	flag.Parse()
	n, err := parseSize(*size)
	if err == nil {
		err = logsample.Write(os.Stdout, n, *seed)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlog:", err)
		os.Exit(1)
	}
}

// parseSize reads a size such as 100M.
func parseSize(s string) (int64, error) {
	mul := int64(1)
	for i, suffix := range []string{"K", "M", "G"} {
		if t, ok := strings.CutSuffix(strings.ToUpper(s), suffix); ok {
			s, mul = t, 1<<(10*(i+1))
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("invalid size %q", s)
	}
	return n * mul, nil
}
