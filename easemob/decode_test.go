package easemob_test

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/easemob/web4"
	"github.com/imcodes/imcodes/internal/wire"
)

func TestParseResponse(t *testing.T) {
	body := `{"error":"service_resource_not_found","exception":"org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException","timestamp":1542350943000,"duration":0,"error_description":"Service resource not found"}`
	err := easemob.ParseResponse(404, []byte(body))
	assert.Equal(t, "easemob: Service resource not found (HTTP 404): service_resource_not_found (org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException)", err.Error())
	assert.ErrorIs(t, err, codes.NotFound)
	assert.NotErrorIs(t, err, web4.RequestSuccess, "no code, so not code 0")

	var e *codes.Error
	require.ErrorAs(t, err, &e)
	assert.False(t, hasCode(e))
	assert.Equal(t, 404, e.Status)
	var rest *easemob.RESTError
	require.ErrorAs(t, err, &rest)
	assert.Equal(t, easemob.Reason("service_resource_not_found"), rest.Reason)
	assert.Equal(t, "org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException", rest.Exception)
	assert.Equal(t, "Service resource not found", rest.Description)
	assert.Equal(t, int64(1542350943000), rest.Timestamp)
	assert.Zero(t, rest.ErrorCode)
	assert.ErrorIs(t, err, easemob.ReasonServiceResourceNotFound)
	assert.NotErrorIs(t, err, easemob.ReasonResourceNotFound)

	for _, tt := range []struct {
		status   int
		body     string
		category codes.Category
		action   codes.Action
		message  string
	}{
		// The documented reasons decide, as the overrides file says.
		{401, `{"error":"unauthorized","exception":"EasemobUnauthorizedException","timestamp":1542350943000,"duration":0,"error_description":"Unable to authenticate (OAuth)"}`, codes.Unauthenticated, codes.Reauthenticate, "Unable to authenticate (OAuth)"},
		{400, `{"error":"invalid_grant","error_description":"invalid username or password","timestamp":"1542350943000"}`, codes.Unauthenticated, codes.FixSetup, "invalid username or password"},
		{403, `{"error":"forbidden_op","error_description":"users [bob] are already in group"}`, codes.FailedPrecondition, codes.FixRequest, "users [bob] are already in group"},
		{429, `{"error":"reach_limit","error_description":"This request has reached api limit"}`, codes.ResourceExhausted, codes.RetryLater, "This request has reached api limit"},
		{429, `{"error":"resource_limited"}`, codes.ResourceExhausted, codes.FixSetup, "resource_limited"},
		{400, `{"error":"duplicate_unique_property_exists","error_description":"Application null Entity user requires that property named username be unique, value of dev_fang exists"}`, codes.AlreadyExists, codes.FixRequest, "Application null Entity user requires that property named username be unique, value of dev_fang exists"},
		{500, `{"error":"web_application"}`, codes.InvalidArgument, codes.FixRequest, "web_application"},
		// The same reason under another status means what it documents there.
		{404, `{"error":"metadata_error"}`, codes.NotFound, codes.FixRequest, "metadata_error"},
		{409, `{"error":"metadata_error"}`, codes.Aborted, codes.Retry, "metadata_error"},
		// A reason documented under one meaning only keeps it under any status;
		// one documented under several, under an unlisted status, falls back to
		// the status, as does an undocumented reason.
		{400, `{"error":"reach_limit"}`, codes.ResourceExhausted, codes.RetryLater, "reach_limit"},
		// Not documented under 503: the status decides, and an Easemob 503 is
		// the service unavailable (the vendor's status overview).
		{503, `{"error":"metadata_error"}`, codes.Unavailable, codes.Retry, "metadata_error"},
		{413, `{"error":"request_entity_too_large"}`, codes.InvalidArgument, codes.FixRequest, "request_entity_too_large"},
		{200, `{"error":"something_new","error_description":"x"}`, codes.Unknown, codes.Report, "x"},
		// Newer endpoints send a numeric error_code.
		{400, `{"error":"illegal_argument","error_code":14007,"error_description":"bad"}`, codes.InvalidArgument, codes.FixRequest, "bad"},
	} {
		err := easemob.ParseResponse(tt.status, []byte(tt.body))
		var e *codes.Error
		require.ErrorAs(t, err, &e, tt.body)
		assert.Equal(t, tt.message, e.Message)
		assert.Equal(t, tt.category, codes.CategoryOf(e), tt.body)
		assert.Equal(t, tt.action, codes.ActionOf(e), tt.body)
		assert.ErrorIs(t, err, tt.category)
	}
	require.ErrorAs(t, easemob.ParseResponse(400, []byte(`{"error":"illegal_argument","error_code":40002}`)), &rest)
	assert.Equal(t, 40002, rest.ErrorCode)
	assert.True(t, errors.As(easemob.ParseResponse(429, []byte(`{"error":"reach_limit"}`)), &e) && codes.ActionOf(e) == codes.RetryLater)
}

func TestParseResponseSuccessAndMalformed(t *testing.T) {
	assert.NoError(t, easemob.ParseResponse(200, []byte(`{"action":"post","entities":[]}`)))
	assert.NoError(t, easemob.ParseResponse(200, nil))
	assert.NoError(t, easemob.ParseResponse(204, []byte(`<html>`)))

	for _, tt := range []struct {
		status   int
		body     string
		category codes.Category
		cause    string
	}{
		{500, ``, codes.Internal, "empty body"},
		{502, `<html>Bad Gateway</html>`, codes.Unavailable, "invalid character '<'"},
		{401, `{"error":"unauth`, codes.Unauthenticated, "unexpected end of JSON input"},
		{400, `{"error":17}`, codes.InvalidArgument, `the "error" member is not a string`},
		{200, `{"error":17}`, codes.Unknown, `the "error" member is not a string`},
		{503, `[1,2]`, codes.Unavailable, "not a JSON object"},
		{0, `x`, codes.Unknown, "invalid character"},
	} {
		err := easemob.ParseResponse(tt.status, []byte(tt.body))
		var e *codes.Error
		require.ErrorAs(t, err, &e, tt.body)
		assert.False(t, hasCode(e))
		assert.Equal(t, tt.status, e.Status)
		assert.Equal(t, tt.category, codes.CategoryOf(e), tt.body)
		assert.ErrorContains(t, e.Err, tt.cause, tt.body)
		assert.NotEmpty(t, err.Error())
	}
}

func FuzzParseResponse(f *testing.F) {
	f.Add(404, []byte(`{"error":"service_resource_not_found","error_description":"Service resource not found"}`))
	f.Add(502, []byte(`<html>`))
	f.Add(200, []byte(`{}`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		err := easemob.ParseResponse(status, body)
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

// hasCode reports whether e carries a code.
func hasCode(e *codes.Error) bool {
	_, _, ok := e.PlatformCode()
	return ok
}

// The first "error" that is not null decides, as in JMessage: a null after
// it does not hide it, and a null before it does not stand for it.
func TestFirstNonNullErrorWins(t *testing.T) {
	for body, want := range map[string]easemob.Reason{
		`{"error":"auth_bad_access_token","error":null}`:     easemob.ReasonAuthBadAccessToken,
		`{"error":null,"error":"reach_limit"}`:               easemob.ReasonReachLimit,
		`{"error":"reach_limit","error":"illegal_argument"}`: easemob.ReasonReachLimit,
	} {
		err := easemob.ParseResponse(200, []byte(body))
		assert.ErrorIs(t, err, want, body)
	}
}

// Error() of a REST error with a 10 MB reason and exception costs what it
// prints: each is cut before they are joined.
func TestRESTErrorTextCostsWhatItPrints(t *testing.T) {
	big := strings.Repeat("x", 10<<20)
	err := easemob.ParseResponse(400, []byte(`{"error":"`+big+`","exception":"`+big+`","error_description":"`+big+`"}`))
	var text string
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	text = err.Error()
	runtime.ReadMemStats(&after)
	assert.Less(t, len(text), 2<<10)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(64<<10), "fields of 10 MB each")
}
