package easemob_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/internal/wire"
)

func TestParseSDKError(t *testing.T) {
	for _, tt := range []struct {
		data string
		want codes.Error
		text string
	}{
		{`{"type":206,"message":"user login on another device"}`,
			wantError(codes.Easemob, 206, "user login on another device", 0),
			"easemob 206: user login on another device"},
		{`{"type":"-1","message":"request timeout","data":{"x":1}}`,
			wantError(codes.Easemob, -1, "request timeout", 0),
			"easemob -1: request timeout"},
		{`{"type":507}`,
			wantError(codes.Easemob, 507, "", 0),
			"easemob 507: SERVICE_NOT_ALLOW_MESSAGING_MUTE"},
		{`{"type":4242,"message":7}`,
			wantError(codes.Easemob, 4242, "", 0),
			"easemob 4242: unknown code"},
	} {
		err := easemob.ParseSDKError([]byte(tt.data))
		var e *codes.Error
		require.ErrorAs(t, err, &e, tt.data)
		assert.Equal(t, tt.want, *e, tt.data)
		assert.Equal(t, tt.text, err.Error())
	}

	err := fmt.Errorf("im: %w", easemob.ParseSDKError([]byte(`{"type":206,"message":"x"}`)))
	assert.ErrorIs(t, err, easemob.WebIMConnctionUserLoginAnotherDevice)
	assert.ErrorIs(t, err, codes.Unauthenticated)

	assert.NoError(t, easemob.ParseSDKError([]byte(`{"type":0,"message":"ok"}`)))
}

func TestParseSDKErrorMalformed(t *testing.T) {
	for data, cause := range map[string]string{
		``:                 "not a JSON object",
		`206`:              "not a JSON object",
		`{"type":`:         "not a JSON object",
		`{"message":"x"}`:  `no numeric "type"`,
		`{"type":"abc"}`:   `no numeric "type"`,
		`{"type":2.5}`:     `no numeric "type"`,
		`<html></html>`:    "not a JSON object",
		`{"type":1e10}`:    `no numeric "type"`,
		`{"type":[206]}  `: `no numeric "type"`,
	} {
		err := easemob.ParseSDKError([]byte(data))
		var e *codes.Error
		require.ErrorAs(t, err, &e, data)
		assert.False(t, hasCode(e), data)
		assert.Equal(t, codes.Unknown, codes.CategoryOf(e), data)
		assert.ErrorContains(t, e.Err, cause, data)
		assert.NotEmpty(t, err.Error())
	}
}

func TestParseRESTError(t *testing.T) {
	body := `{"error":"service_resource_not_found","exception":"org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException","timestamp":1542350943000,"duration":0,"error_description":"Service resource not found"}`
	err := easemob.ParseRESTError(404, []byte(body))
	assert.Equal(t, "easemob: Service resource not found (HTTP 404): service_resource_not_found (org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException)", err.Error())
	assert.ErrorIs(t, err, codes.NotFound)
	assert.NotErrorIs(t, err, easemob.RequestSuccess, "no code, so not code 0")

	var e *codes.Error
	require.ErrorAs(t, err, &e)
	assert.False(t, hasCode(e))
	assert.Equal(t, 404, e.Status)
	var rest *easemob.RESTError
	require.ErrorAs(t, err, &rest)
	assert.Equal(t, easemob.RESTError{
		Reason:      "service_resource_not_found",
		Exception:   "org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException",
		Description: "Service resource not found",
		Timestamp:   1542350943000,
	}, *rest)

	for _, tt := range []struct {
		status   int
		body     string
		category codes.Category
		message  string
	}{
		{401, `{"error":"unauthorized","exception":"EasemobUnauthorizedException","timestamp":1542350943000,"duration":0,"error_description":"Unable to authenticate (OAuth)"}`, codes.Unauthenticated, "Unable to authenticate (OAuth)"},
		{400, `{"error":"invalid_grant","error_description":"invalid username or password","timestamp":"1542350943000"}`, codes.InvalidArgument, "invalid username or password"},
		{403, `{"error":"forbidden_op","error_description":"users [bob] are already in group"}`, codes.PermissionDenied, "users [bob] are already in group"},
		{429, `{"error":"reach_limit","error_description":"This request has reached api limit"}`, codes.ResourceExhausted, "This request has reached api limit"},
		{413, `{"error":"request_entity_too_large"}`, codes.InvalidArgument, "request_entity_too_large"},
		{200, `{"error":"illegal_argument","error_description":"x"}`, codes.Unknown, "x"},
	} {
		err := easemob.ParseRESTError(tt.status, []byte(tt.body))
		var e *codes.Error
		require.ErrorAs(t, err, &e, tt.body)
		assert.Equal(t, tt.message, e.Message)
		assert.Equal(t, tt.category, codes.CategoryOf(e), tt.body)
		assert.ErrorIs(t, err, tt.category)
	}
	assert.True(t, errors.As(easemob.ParseRESTError(429, []byte(`{"error":"reach_limit"}`)), &e) && codes.ActionOf(e) == codes.RetryLater)
}

func TestParseRESTErrorSuccessAndMalformed(t *testing.T) {
	assert.NoError(t, easemob.ParseRESTError(200, []byte(`{"action":"post","entities":[]}`)))
	assert.NoError(t, easemob.ParseRESTError(200, nil))
	assert.NoError(t, easemob.ParseRESTError(204, []byte(`<html>`)))

	for _, tt := range []struct {
		status   int
		body     string
		category codes.Category
		cause    string
	}{
		{500, ``, codes.Internal, "empty body"},
		{502, `<html>Bad Gateway</html>`, codes.Unavailable, "invalid character '<'"},
		{401, `{"error":"unauth`, codes.Unauthenticated, "unexpected end of JSON input"},
		{400, `{"error":17}`, codes.InvalidArgument, `no "error" in the body`},
		{503, `[1,2]`, codes.Unavailable, "not a JSON object"},
		{0, `x`, codes.Unknown, "invalid character"},
	} {
		err := easemob.ParseRESTError(tt.status, []byte(tt.body))
		var e *codes.Error
		require.ErrorAs(t, err, &e, tt.body)
		assert.False(t, hasCode(e))
		assert.Equal(t, tt.status, e.Status)
		assert.Equal(t, tt.category, codes.CategoryOf(e), tt.body)
		assert.ErrorContains(t, e.Err, tt.cause, tt.body)
		assert.NotEmpty(t, err.Error())
	}
}

func FuzzParseSDKError(f *testing.F) {
	f.Add([]byte(`{"type":206,"message":"x"}`))
	f.Add([]byte(`{"type":"-4"}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := easemob.ParseSDKError(data)
		if err == nil {
			return // type 0
		}
		var e *codes.Error
		if !errors.As(err, &e) || err.Error() == "" || len(e.Body) > wire.MaxExcerpt+3 || codes.CategoryOf(e) == codes.OK {
			t.Fatalf("bad error %#v", err)
		}
	})
}

func FuzzParseRESTError(f *testing.F) {
	f.Add(404, []byte(`{"error":"service_resource_not_found","error_description":"Service resource not found"}`))
	f.Add(502, []byte(`<html>`))
	f.Add(200, []byte(`{}`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		err := easemob.ParseRESTError(status, body)
		if (status < 200 || status >= 300) && err == nil {
			t.Fatalf("status %d gave no error", status)
		}
		if err == nil {
			return
		}
		var e *codes.Error
		if !errors.As(err, &e) || err.Error() == "" || e.Status != status || len(e.Body) > wire.MaxExcerpt+3 || codes.CategoryOf(e) == codes.OK {
			t.Fatalf("bad error %#v", err)
		}
	})
}

// wantError is the error a decoder should make of code on p, with the
// service's message and the response's status.
func wantError(p codes.Platform, code int, msg string, status int) codes.Error {
	e := codes.NewError(p, code)
	e.Message, e.Status = msg, status
	return *e
}

// hasCode reports whether e carries a code.
func hasCode(e *codes.Error) bool {
	_, _, ok := e.PlatformCode()
	return ok
}
