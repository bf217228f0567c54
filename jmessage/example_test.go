package jmessage_test

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

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
	// jmessage: HTTP 502: body "<html><body>Bad Gateway</body></html>": invalid character '<' looking for beginning of value
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

// One call per response: the request, CheckResponse, and the decision.
func ExampleCheckResponse() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"error":{"code":899008,"message":"Basic authentication failed"}}`)
	}))
	defer srv.Close()

	req, _ := http.NewRequest(http.MethodGet, srv.URL+"/v1/users/alice", nil)
	req.SetBasicAuth("appkey", "wrong secret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()

	err = jmessage.CheckResponse(resp)
	switch codes.ActionOf(err) {
	case codes.None:
		fmt.Println("success")
	case codes.FixSetup:
		fmt.Println("fix the app key or master secret:", errors.Is(err, server.RESTBasicAuthFailed))
	}
	body, _ := io.ReadAll(resp.Body) // still there, from its first byte
	fmt.Println(len(body))
	// Output:
	// fix the app key or master secret: true
	// 65
}
