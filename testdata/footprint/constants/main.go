// Command constants is the smallest real use of the module: a platform
// constant and errors.Is, with its code and with a category. See
// footprint_test.go, which compares it with the same program written with
// errors.New (../plain).
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/server"
)

func deleteUser(name string) error {
	if name == "" {
		return fmt.Errorf("delete %q: %w", name, server.NoSuchUser)
	}
	return nil
}

func main() {
	err := deleteUser(os.Getenv("IMCODES_USER"))
	switch {
	case errors.Is(err, server.NoSuchUser):
		fmt.Println("already gone:", err)
	case errors.Is(err, codes.Unavailable):
		os.Exit(2)
	}
}
