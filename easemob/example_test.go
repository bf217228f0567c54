package easemob_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
)

// The SDK's statusCode constants have Go names in Go case, spelling kept.
func Example() {
	err := fmt.Errorf("im: %w", easemob.Code(206))
	if errors.Is(err, easemob.WebIMConnctionUserLoginAnotherDevice) {
		fmt.Println("logged in elsewhere")
	}
	fmt.Println(errors.Is(err, codes.Unauthenticated))
	// Output:
	// logged in elsewhere
	// true
}

// Negative codes are the SDK's request-level failures.
func ExampleLookup() {
	e, _ := easemob.Lookup(-1)
	fmt.Println(e.Name, e.Message, e.Description, e.Retryable)
	// Output: RequestTimeout REQUEST_TIMEOUT 请求服务超时。 true
}
