// Command native is the smallest real use of package easemob/native: a constant and
// errors.Is, with its code and with a category. See footprint_test.go, which
// compares it with the same program written with errors.New (../plain).
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/native"
)

func call(name string) error {
	if name == "" {
		return fmt.Errorf("call %q: %w", name, native.UserNotFound)
	}
	return nil
}

func main() {
	err := call(os.Getenv("IMCODES_USER"))
	switch {
	case errors.Is(err, native.UserNotFound):
		fmt.Println("failed:", err)
	case errors.Is(err, codes.Unavailable):
		os.Exit(2)
	}
}
