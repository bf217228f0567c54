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

func ExampleLookup() {
	e, ok := server.Lookup(899008)
	fmt.Println(ok, e.Name, e.Category, e.HTTPStatus)
	fmt.Println(e.Message, "·", e.Description)
	// Output:
	// true RESTBasicAuthFailed Unauthenticated 401
	// Basic authentication failed · 校验失败
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

func ExampleCode_Retryable() {
	// Deciding what to do with a code needs no copy of its catalog entry.
	for _, c := range []server.Code{server.SendFrequencyLimitExceeded, server.NoSuchUser, server.Code(123)} {
		fmt.Println(c.Category(), c.Retryable())
	}
	// Output:
	// ResourceExhausted true
	// NotFound false
	// Unknown false
}
