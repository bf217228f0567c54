package server_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/server"
)

// deleteUser stands for a call to the JMessage REST API that failed.
func deleteUser(string) error {
	return fmt.Errorf("delete user: %w", server.NoSuchUser)
}

func Example() {
	err := deleteUser("alice")
	switch {
	case errors.Is(err, server.NoSuchUser):
		fmt.Println("already gone:", err)
	case errors.Is(err, codes.Unauthenticated):
		fmt.Println("check the app key and master secret")
	}
	// Output: already gone: delete user: jmessage/server 898002: No such user
}

func ExampleCode_Entry() {
	e := server.Code(899008).Entry()
	fmt.Println(e.Name, e.Category, e.Action)
	fmt.Println(e.Message, "·", e.Description)
	fmt.Println(server.Code(123).Entry().Category)
	// Output:
	// RESTBasicAuthFailed Unauthenticated FixSetup
	// Basic authentication failed · 校验失败
	// Unknown
}

func ExampleCode_Error() {
	fmt.Println(server.TokenExpired)
	fmt.Println(server.Code(123))
	// Output:
	// jmessage/server 898010: Token expired
	// jmessage/server 123: unknown code
}

func ExampleCode_Is() {
	// A category matches every code of its kind, on any platform.
	err := fmt.Errorf("send: %w", server.SendFrequencyLimitExceeded)
	fmt.Println(errors.Is(err, codes.ResourceExhausted))
	fmt.Println(errors.Is(err, codes.NotFound))
	// Output:
	// true
	// false
}
