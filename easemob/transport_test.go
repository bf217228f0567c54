package easemob_test

import (
	"context"
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

// The policies have go-retryablehttp's signatures, without importing it.
var (
	_ func(context.Context, *http.Response, error) (bool, error)            = easemob.CheckRetry
	_ func(time.Duration, time.Duration, int, *http.Response) time.Duration = easemob.Backoff
	_ http.RoundTripper                                                     = &easemob.Transport{}
)

// server answers every request with status and body.
func server(t *testing.T, status int, body string) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// A 401 is a token to renew, except from the token endpoint, where the
// client's credentials were refused: logging in again would loop.
func TestTokenEndpoint401IsFixSetup(t *testing.T) {
	body := `{"error":"unauthorized","error_description":"Unable to authenticate (OAuth)"}`
	srv := server(t, 401, body)
	client := &http.Client{Transport: &easemob.Transport{}}
	for path, want := range map[string]codes.Action{
		"/org/app/users/alice": codes.Reauthenticate,
		"/org/app/token":       codes.FixSetup,
		"/org/app/token/":      codes.FixSetup,
	} {
		_, err := client.Post(srv.URL+path, "application/json", strings.NewReader(`{}`))
		assert.Equal(t, want, codes.ActionOf(err), path)
		assert.Equal(t, codes.Unauthenticated, codes.CategoryOf(err), path)
		var rest *easemob.RESTError
		assert.ErrorAs(t, err, &rest, path)
		assert.ErrorIs(t, err, easemob.Reason("unauthorized"), path)
	}
	_, err := client.Post(server(t, 401, ``).URL+"/org/app/token", "application/json", nil)
	assert.Equal(t, codes.FixSetup, codes.ActionOf(err), "an empty 401 from the token endpoint")
	assert.Contains(t, err.Error(), "the token endpoint refused the credentials")
}

// A 503 without a documented reason is, as the vendor's status overview
// says, a server timeout, the service unavailable: Retry. (Its rate limit
// is 429.)
func TestEasemob503(t *testing.T) {
	_, err := (&http.Client{Transport: &easemob.Transport{}}).Get(server(t, 503, `<html>503</html>`).URL)
	assert.Equal(t, codes.Retry, codes.ActionOf(err))
	assert.Equal(t, codes.Unavailable, codes.CategoryOf(err))
}

// countingBody counts what is read of it.
type countingBody struct {
	io.Reader
	read int
}

func (c *countingBody) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.read += n
	return n, err
}

func (c *countingBody) Close() error { return nil }

// On a success, CheckResponse and the Transport read nothing: Easemob
// sends errors with failure statuses only.
func TestSuccessIsNotRead(t *testing.T) {
	body := &countingBody{Reader: strings.NewReader(`{"action":"get","entities":[]}`)}
	resp := &http.Response{StatusCode: 200, Body: body}
	require.NoError(t, easemob.CheckResponse(resp))
	assert.Zero(t, body.read)
	got, _ := io.ReadAll(resp.Body)
	assert.Equal(t, `{"action":"get","entities":[]}`, string(got))
}

// CheckResponseBody: the token endpoint's rule and the request's facts
// hold for a body a client already read.
func TestCheckResponseBodyEasemob(t *testing.T) {
	u, _ := url.Parse("https://a1.easemob.com/org/app/token")
	resp := &http.Response{StatusCode: 401, Header: http.Header{}, Request: &http.Request{Method: http.MethodPost, URL: u}}
	err := easemob.CheckResponseBody(resp, []byte(`{"error":"invalid_grant","error_description":"invalid username or password"}`))
	assert.Equal(t, codes.FixSetup, codes.ActionOf(err))
	assert.Equal(t, "https://a1.easemob.com/org/app/token", codes.ResponseOf(err).URL)
}
