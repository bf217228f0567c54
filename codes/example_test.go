package codes_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/imcodes/imcodes/codes"
)

// A category is an errors.Is target for every coded error of its kind.
func ExampleCategory() {
	e := codes.NewError(codes.JMessageServer, 899008)
	e.Status = 401
	err := fmt.Errorf("login: %w", e)
	switch {
	case errors.Is(err, codes.Unauthenticated):
		fmt.Println("check the app key and master secret")
	case errors.Is(err, codes.Unavailable):
		fmt.Println("retry later")
	}
	fmt.Println(codes.Unauthenticated.HTTPStatus())
	// Output:
	// check the app key and master secret
	// 401
}

// ActionOf decides what to do next about any error.
func ExampleActionOf() {
	for _, err := range []error{
		codes.NewError(codes.JMessageServer, 898010), // TokenExpired
		codes.NewError(codes.JMessageServer, 803010), // sending too fast
		codes.NewStatusError(codes.EasemobWeb4, 502), // known only by its status
		errors.New("something else"),
	} {
		switch a := codes.ActionOf(err); a {
		case codes.Retry:
			fmt.Println("back off, then retry")
		case codes.RetryLater:
			fmt.Println("wait for Retry-After, then retry")
		case codes.Reauthenticate:
			fmt.Println("log in again, then retry")
		default:
			fmt.Println(a, "-", a.Advice())
		}
	}
	// Output:
	// log in again, then retry
	// wait for Retry-After, then retry
	// back off, then retry
	// Report - log it and report it; do not retry in a loop
}

func ExampleNewError() {
	e := codes.NewError(codes.JMessageServer, 803009)
	e.Message = "the message contains sensitive word: 坏词" // the service's own text
	e.Status = 403
	err := fmt.Errorf("send: %w", e)
	fmt.Println(err)
	fmt.Println(codes.CategoryOf(err), codes.ActionOf(err))
	// Output:
	// send: jmessage/server 803009: the message contains sensitive word: 坏词 (HTTP 403)
	// InvalidArgument FixRequest
}

// slog's JSON handler logs an *Error as a group of fields.
func ExampleError_MarshalJSON() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	e := codes.NewError(codes.JMessageServer, 803010)
	e.Status = 429
	log.Warn("send failed", "err", e)
	// Output: {"level":"WARN","msg":"send failed","err":{"platform":"jmessage/server","code":803010,"category":"ResourceExhausted","action":"RetryLater","status":429}}
}

func ExampleCategoryFromHTTP() {
	for _, status := range []int{401, 404, 429, 503} {
		fmt.Println(status, codes.CategoryFromHTTP(status))
	}
	// Output:
	// 401 Unauthenticated
	// 404 NotFound
	// 429 ResourceExhausted
	// 503 Unavailable
}

func ExamplePlatform_Lookup() {
	e, ok := codes.EasemobWeb4.Lookup(-1)
	fmt.Println(ok, e.Name, e.Category, e.Action)
	_, ok = codes.EasemobWeb4.Lookup(123456)
	fmt.Println(ok)
	// Output:
	// true RequestTimeout DeadlineExceeded Retry
	// false
}
