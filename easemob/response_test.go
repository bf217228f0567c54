package easemob_test

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
)

func TestCheckResponse(t *testing.T) {
	body := `{"error":"reach_limit","exception":"EasemobRateLimitException","error_description":"This request has reached api limit"}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "2")
		w.WriteHeader(http.StatusTooManyRequests)
		_, _ = io.WriteString(w, body)
	}))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/org/app/users?access_token=s3cret")
	require.NoError(t, err)
	defer resp.Body.Close()

	err = easemob.CheckResponse(resp)
	var e *codes.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, "GET", e.Method)
	assert.Equal(t, srv.URL+"/org/app/users", e.URL)
	assert.Equal(t, 2*time.Second, e.RetryAfter)
	assert.Equal(t, "GET "+srv.URL+"/org/app/users: easemob: This request has reached api limit (HTTP 429): reach_limit (EasemobRateLimitException)", err.Error())
	assert.ErrorIs(t, err, easemob.ReasonReachLimit)
	assert.Equal(t, codes.RetryLater, codes.ActionOf(err))
	got, _ := io.ReadAll(resp.Body)
	assert.Equal(t, body, string(got), "the body is still there")
}

// A success is not read at all: the REST API sends errors with failure
// statuses only (ParseResponse, given the body, still finds one); the body
// is left to the caller, whole.
func TestCheckResponseSuccess(t *testing.T) {
	ok := `{"action":"get","entities":[{"username":"alice"}]}`
	resp := fakeResponse(200, ok)
	require.NoError(t, easemob.CheckResponse(resp))
	got, _ := io.ReadAll(resp.Body)
	assert.Equal(t, ok, string(got))

	large := bytes.Repeat([]byte{0xff, 0xd8}, 2<<20) // a 4 MB JPEG, say
	resp = fakeResponse(200, string(large))
	require.NoError(t, easemob.CheckResponse(resp))
	got, _ = io.ReadAll(resp.Body)
	assert.Equal(t, len(large), len(got))

	body := "\xEF\xBB\xBF" + `{"error":"illegal_argument",}`
	resp = fakeResponse(200, body)
	assert.NoError(t, easemob.CheckResponse(resp))
	got, _ = io.ReadAll(resp.Body)
	assert.Equal(t, body, string(got))
	assert.ErrorIs(t, easemob.ParseResponse(200, []byte(body)), easemob.ReasonIllegalArgument)
}

func fakeResponse(status int, body string) *http.Response {
	u, _ := url.Parse("https://user:pw@a1.easemob.com/org/app/users?limit=1")
	return &http.Response{
		StatusCode: status,
		Header:     http.Header{},
		Body:       io.NopCloser(strings.NewReader(body)),
		Request:    &http.Request{Method: "DELETE", URL: u},
	}
}

// Nil errors give text and matching, never a panic.
func TestNilErrors(t *testing.T) {
	var rest *easemob.RESTError
	assert.NotEmpty(t, rest.Error())
	assert.False(t, rest.Is(easemob.ReasonUnauthorized))
	c, a := rest.Classify()
	assert.Equal(t, codes.Unknown, c)
	assert.Equal(t, codes.Report, a)
	assert.Error(t, easemob.CheckResponse(nil))
}

// FuzzCheckResponse feeds any status and body through CheckResponse: no
// panic, an error for every failure status, and the body intact afterwards.
func FuzzCheckResponse(f *testing.F) {
	f.Add(401, []byte(`{"error":"unauthorized"}`))
	f.Add(200, []byte(`{"entities":[]}`))
	f.Add(502, []byte(`<html>`))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		resp := fakeResponse(status, string(body))
		err := easemob.CheckResponse(resp)
		if (status < 200 || status >= 300) && err == nil {
			t.Fatalf("status %d gave no error", status)
		}
		if err != nil && (err.Error() == "" || codes.CategoryOf(err) == codes.OK) {
			t.Fatalf("bad error %q", err)
		}
		got, rerr := io.ReadAll(resp.Body)
		if rerr != nil || !bytes.Equal(got, body) {
			t.Fatalf("the body changed: %q, %v", got, rerr)
		}
	})
}
