//go:build ignore

// Gen generates the catalog's tables and constants from the vendors' pages
// in internal/gen/sources (see package internal/gen). Run it from the module
// root:
//
//	go generate ./...
//	go run gen.go [-release]
//
// It sits behind the ignore build constraint, as x/text's generators do, so
// that go install github.com/imcodes/imcodes/... installs only the imcodes
// command.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/imcodes/imcodes/internal/gen"
)

func main() {
	root := flag.String("root", ".", "the module root")
	release := flag.Bool("release", false, "record the current names as released")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: go run gen.go [-root DIR] [-release]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := gen.Run(*root, *release); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
