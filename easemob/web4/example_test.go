package web4_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/web4"
)

// The SDK's statusCode constants have Go names in Go case, spelling kept.
func Example() {
	err := fmt.Errorf("im: %w", web4.Code(206))
	if errors.Is(err, web4.WebIMConnctionUserLoginAnotherDevice) {
		fmt.Println("logged in elsewhere")
	}
	fmt.Println(errors.Is(err, codes.Unauthenticated), codes.ActionOf(err))
	// Output:
	// logged in elsewhere
	// true Reauthenticate
}

// Negative codes are the SDK's request-level failures.
func ExampleCode_Entry() {
	e := web4.Code(-1).Entry()
	fmt.Println(e.Name, e.Message, e.Description, e.Action)
	// Output: RequestTimeout REQUEST_TIMEOUT 请求服务超时。 Retry
}
