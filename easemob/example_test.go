package easemob_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/easemob/web4"
)

// The Easemob REST API sends no numeric code but a reason, which the vendor
// documents: it decides the category and the action, and the body is the
// error's cause.
func ExampleParseResponse() {
	body := `{"error":"unauthorized","exception":"EasemobUnauthorizedException","timestamp":1542350943000,"duration":0,"error_description":"Unable to authenticate (OAuth)"}`
	err := easemob.ParseResponse(401, []byte(body))
	fmt.Println(errors.Is(err, easemob.ReasonUnauthorized), codes.CategoryOf(err), codes.ActionOf(err))
	var rest *easemob.RESTError
	if errors.As(err, &rest) {
		fmt.Println(rest.Reason, rest.Exception)
	}
	// Output:
	// true Unauthenticated Reauthenticate
	// unauthorized EasemobUnauthorizedException
}

// One call per response: nil for a success, and the body is still there.
func ExampleCheckResponse() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "30")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"error":"reach_limit","error_description":"This request has reached api limit"}`)
	}))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/easemob-demo/chatdemoui/users?limit=10")
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	err = easemob.CheckResponse(resp)
	var e *codes.Error
	if errors.As(err, &e) && codes.ActionOf(err) == codes.RetryLater {
		fmt.Println(e.Method, strings.TrimPrefix(e.URL, srv.URL), e.RetryAfter, e.Message)
	}
	// Output: GET /easemob-demo/chatdemoui/users 30s This request has reached api limit
}

// An app forwards the error object its Easemob SDK callback received.
func ExampleParseSDKError() {
	err := easemob.ParseSDKError([]byte(`{"type":509,"message":"message send too frequently"}`), codes.EasemobWeb4)
	fmt.Println(err)
	fmt.Println(errors.Is(err, web4.MessageCurrentLimiting), codes.ActionOf(err))
	// Output:
	// easemob/web4 509: message send too frequently
	// true RetryLater
}
