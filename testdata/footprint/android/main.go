// Command android is the smallest real use of package jmessage/android: a constant and
// errors.Is, with its code and with a category. See footprint_test.go, which
// compares it with the same program written with errors.New (../plain).
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/android"
)

func call(name string) error {
	if name == "" {
		return fmt.Errorf("call %q: %w", name, android.InvalidUsername)
	}
	return nil
}

func main() {
	err := call(os.Getenv("IMCODES_USER"))
	switch {
	case errors.Is(err, android.InvalidUsername):
		fmt.Println("failed:", err)
	case errors.Is(err, codes.Unavailable):
		os.Exit(2)
	}
}
