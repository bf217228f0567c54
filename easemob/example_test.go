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

// The Easemob REST API sends no numeric code: the error is classified by its
// HTTP status, and the body is its cause.
func ExampleParseRESTError() {
	body := `{"error":"unauthorized","exception":"EasemobUnauthorizedException","timestamp":1542350943000,"duration":0,"error_description":"Unable to authenticate (OAuth)"}`
	err := easemob.ParseRESTError(401, []byte(body))
	fmt.Println(errors.Is(err, codes.Unauthenticated))
	var rest *easemob.RESTError
	if errors.As(err, &rest) {
		fmt.Println(rest.Reason, rest.Exception)
	}
	// Output:
	// true
	// unauthorized EasemobUnauthorizedException
}

// An app forwards the error object its Easemob SDK callback received.
func ExampleParseSDKError() {
	err := easemob.ParseSDKError([]byte(`{"type":509,"message":"message send too frequently"}`))
	var e *codes.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code, e.Category(), e.Retryable())
	}
	fmt.Println(errors.Is(err, easemob.MessageCurrentLimiting))
	// Output:
	// 509 ResourceExhausted true
	// true
}
