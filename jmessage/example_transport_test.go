package jmessage_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage"
	"github.com/imcodes/imcodes/jmessage/server"
)

// One line plugs the library into a client that drops the status and the
// headers: the failing response becomes the client's error, and the action,
// status and wait are one call away.
func ExampleTransport() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "5")
		w.WriteHeader(http.StatusTooManyRequests)
		fmt.Fprint(w, `{"error":{"code":800017,"message":"Request frequency exceeds limit"}}`)
	}))
	defer srv.Close()

	client := &http.Client{Transport: &jmessage.Transport{}}
	_, err := client.Post(srv.URL+"/v1/messages", "application/json", strings.NewReader(`{}`))

	r := codes.ResponseOf(err)
	fmt.Println(codes.ActionOf(err), r.Status, r.RetryAfter)
	// Output: RetryLater 429 5s
}

// With PassResponses the client sees every response; the error reaches the
// caller through the request's context.
func ExampleRecordErrors() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
		fmt.Fprint(w, `[{"username":"dev_fang","error":{"code":899001,"message":"user exist"}},{"username":"dev_li"}]`)
	}))
	defer srv.Close()

	client := &http.Client{Transport: &jmessage.Transport{PassResponses: true}}
	ctx, recorded := jmessage.RecordErrors(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/v1/users/", strings.NewReader(`[]`))
	resp, err := client.Do(req)
	if err != nil {
		return
	}
	body, _ := io.ReadAll(resp.Body) // whole, from its first byte
	resp.Body.Close()

	fmt.Println(len(body) > 0, errors.Is(recorded(), server.RESTUserExists))
	var batch *jmessage.BatchError
	if errors.As(recorded(), &batch) {
		for _, item := range batch.ItemsWith(codes.FixRequest) {
			fmt.Println(item.Index, item.Fields[0].Value, item.Err.Message)
		}
	}
	// Output:
	// true true
	// 0 dev_fang user exist
}
