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
	err := fmt.Errorf("login: %w", &codes.Error{Platform: codes.JMessageServer, Code: 899008, Status: 401})
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

func ExampleError() {
	var err error = &codes.Error{
		Platform: codes.JMessageServer,
		Code:     803009,
		Message:  "the message contains sensitive word: 坏词", // the service's own text
		Status:   403,
	}
	fmt.Println(err)

	var e *codes.Error
	if errors.As(fmt.Errorf("send: %w", err), &e) {
		entry, _ := e.Entry()
		fmt.Println(entry.Name, e.Category(), e.Retryable())
	}
	// Output:
	// jmessage/server 803009: the message contains sensitive word: 坏词 (HTTP 403)
	// SensitiveWord InvalidArgument false
}

// A logged *Error is a group of fields.
func ExampleError_LogValue() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	log.Warn("send failed", "err", &codes.Error{Platform: codes.JMessageServer, Code: 803010, Status: 429})
	// Output: level=WARN msg="send failed" err.platform=jmessage/server err.code=803010 err.category=ResourceExhausted err.message="" err.status=429
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
	e, ok := codes.Easemob.Lookup(-1)
	fmt.Println(ok, e.Name, e.Category, e.Retryable)
	// Output: true RequestTimeout DeadlineExceeded true
}
