// Command plain is the programs beside it (../server, ...) written with errors.New instead of the
// module: the baseline of footprint_test.go.
package main

import (
	"errors"
	"fmt"
	"os"
)

var (
	errNoSuchUser  = errors.New("jmessage/server 898002: No such user")
	errUnavailable = errors.New("unavailable")
)

func deleteUser(name string) error {
	if name == "" {
		return fmt.Errorf("delete %q: %w", name, errNoSuchUser)
	}
	return nil
}

func main() {
	err := deleteUser(os.Getenv("IMCODES_USER"))
	switch {
	case errors.Is(err, errNoSuchUser):
		fmt.Println("already gone:", err)
	case errors.Is(err, errUnavailable):
		os.Exit(2)
	}
}
