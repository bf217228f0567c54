package jmessage_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage"
	"github.com/imcodes/imcodes/jmessage/server"
)

func ExampleParseResponse() {
	// The status and body of a JMessage REST response.
	err := jmessage.ParseResponse(401, []byte(`{"error":{"code":899008,"message":"Basic authentication failed"}}`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, server.RESTBasicAuthFailed), errors.Is(err, codes.Unauthenticated))
	// Output:
	// jmessage/server 899008: Basic authentication failed (HTTP 401)
	// true true
}

// A proxy's error page still gives a useful error, classified by its status.
func ExampleParseResponse_undecodable() {
	err := jmessage.ParseResponse(502, []byte("<html><body>Bad Gateway</body></html>"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, codes.Unavailable))
	// Output:
	// jmessage/server: HTTP 502: body "<html><body>Bad Gateway</body></html>": invalid character '<' looking for beginning of value
	// true
}

func ExampleBatchError() {
	body := `[{"username":"dev_fang","error":{"code":899001,"message":"user exist"}},{"username":"dev_fang2"}]`
	err := jmessage.ParseResponse(201, []byte(body))
	var batch *jmessage.BatchError
	if errors.As(err, &batch) {
		for _, item := range batch.Failed {
			_, code, _ := item.Err.PlatformCode()
			fmt.Println(item.Index, code, errors.Is(item.Err, codes.AlreadyExists))
		}
	}
	// Output: 0 899001 true
}
