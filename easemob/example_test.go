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
	fmt.Println(errors.Is(err, codes.Unauthenticated), codes.ActionOf(err))
	// Output:
	// logged in elsewhere
	// true Reauthenticate
}

// Negative codes are the SDK's request-level failures.
func ExampleCode_Entry() {
	e := easemob.Code(-1).Entry()
	fmt.Println(e.Name, e.Message, e.Description, e.Action)
	// Output: RequestTimeout REQUEST_TIMEOUT 请求服务超时。 Retry
}

// The Easemob REST API sends no numeric code: the error is classified by its
// HTTP status, and the body is its cause.
func ExampleParseResponse() {
	body := `{"error":"unauthorized","exception":"EasemobUnauthorizedException","timestamp":1542350943000,"duration":0,"error_description":"Unable to authenticate (OAuth)"}`
	err := easemob.ParseResponse(401, []byte(body))
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
	fmt.Println(err)
	fmt.Println(errors.Is(err, easemob.MessageCurrentLimiting), codes.ActionOf(err))
	// Output:
	// easemob 509: message send too frequently
	// true RetryLater
}
