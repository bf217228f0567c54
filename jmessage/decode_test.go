package jmessage_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/wire"
	"github.com/imcodes/imcodes/jmessage"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/jmessage/web"
)

func TestParseResponseCoded(t *testing.T) {
	for _, tt := range []struct {
		name     string
		status   int
		body     string
		want     codes.Error
		text     string
		category codes.Category
	}{
		{"basic auth, as the REST API sends it", 401,
			`{"error": {"code": 899008, "message": "Basic authentication failed"}}`,
			wantError(codes.JMessageServer, 899008, "Basic authentication failed", 401),
			"jmessage/server 899008: Basic authentication failed (HTTP 401)", codes.Unauthenticated},
		{"parameter invalid", 400,
			`{"error":{"code":899003,"message":"parameter invalid! username is invalid"}}`,
			wantError(codes.JMessageServer, 899003, "parameter invalid! username is invalid", 400),
			"jmessage/server 899003: parameter invalid! username is invalid (HTTP 400)", codes.InvalidArgument},
		{"the service's message is more specific than the catalog's", 403,
			`{"error":{"code":803009,"message":"the message contains sensitive word: 坏词"}}`,
			wantError(codes.JMessageServer, 803009, "the message contains sensitive word: 坏词", 403),
			"jmessage/server 803009: the message contains sensitive word: 坏词 (HTTP 403)", codes.InvalidArgument},
		{"code as a string, no message", 404,
			`{"error":{"code":"898002"}}`,
			wantError(codes.JMessageServer, 898002, "", 404),
			"jmessage/server 898002: No such user (HTTP 404)", codes.NotFound},
		{"a Web SDK code lands on the Web platform", 400,
			`{"error":{"code":880207,"message":"user in blacklist"}}`,
			wantError(codes.JMessageWeb, 880207, "user in blacklist", 400),
			"jmessage/web 880207: user in blacklist (HTTP 400)", codes.PermissionDenied},
		{"a code no platform defines is the server's", 500,
			`{"error":{"code":899999,"message":"new"}}`,
			wantError(codes.JMessageServer, 899999, "new", 500),
			"jmessage/server 899999: new (HTTP 500)", codes.Internal},
		{"an error in a 2xx body is an error", 200,
			`{"error":{"code":899030,"message":"Server response time out, please try again later"},"extra":[1]}`,
			wantError(codes.JMessageServer, 899030, "Server response time out, please try again later", 200),
			"jmessage/server 899030: Server response time out, please try again later (HTTP 200)", codes.Unavailable},
		{"wrong type for the message", 403,
			`{"error":{"code":899016,"message":{"zh":"x"}}}`,
			wantError(codes.JMessageServer, 899016, "", 403),
			"jmessage/server 899016: No authority to send message (HTTP 403)", codes.PermissionDenied},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := jmessage.ParseResponse(tt.status, []byte(tt.body))
			var e *codes.Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, tt.want, *e)
			assert.Equal(t, tt.text, err.Error())
			assert.ErrorIs(t, err, tt.category)
		})
	}
}

func TestParseResponseMatchesConstants(t *testing.T) {
	err := fmt.Errorf("delete user: %w", jmessage.ParseResponse(401, []byte(`{"error":{"code":899008,"message":"Basic authentication failed"}}`)))
	assert.ErrorIs(t, err, server.Code(899008))
	assert.ErrorIs(t, err, server.RESTBasicAuthFailed)
	assert.ErrorIs(t, err, codes.Unauthenticated)
	assert.NotErrorIs(t, err, server.BasicAuthFailed, "898008 is another code")
	assert.NotErrorIs(t, err, web.AuthFailed)

	// And the other way round: a constant matches a wire error with its code.
	var e *codes.Error
	require.ErrorAs(t, err, &e)
	assert.ErrorIs(t, server.RESTBasicAuthFailed, e)
}

func TestParseResponseSuccess(t *testing.T) {
	for _, tt := range []struct {
		status int
		body   string
	}{
		{200, `{"username":"alice","nickname":"A"}`},
		{201, `[{"username":"dev_fang"},{"username":"dev_fang2"}]`},
		{204, ``},
		{200, `<html>ok</html>`}, // the status says success; the body is the caller's
		{200, `{"error":null}`},
		{200, `[1,"x",null,{"error":null}]`},
	} {
		assert.NoError(t, jmessage.ParseResponse(tt.status, []byte(tt.body)), "%d %s", tt.status, tt.body)
	}
}

func TestParseResponseBatch(t *testing.T) {
	// Registering several users: the items that failed carry an error.
	body := `[{"username": "dev_fang", "error": {"code": 899001, "message": "user exist"}}, {"username": "dev_fang2"}, {"username": "x", "error": {"code": 899003, "message": "parameter invalid"}}]`
	err := jmessage.ParseResponse(201, []byte(body))
	var batch *jmessage.BatchError
	require.ErrorAs(t, err, &batch)
	assert.Equal(t, 3, batch.Total)
	require.Len(t, batch.Failed, 2)
	assert.Equal(t, 0, batch.Failed[0].Index)
	assert.Equal(t, 2, batch.Failed[1].Index)
	assert.Equal(t, "jmessage: 2 of 3 batch items failed (HTTP 201): [0 username=dev_fang] jmessage/server 899001: user exist; [2 username=x] jmessage/server 899003: parameter invalid", err.Error())
	assert.Equal(t, []jmessage.Field{{"username", "dev_fang"}}, batch.Failed[0].Fields)
	assert.Zero(t, batch.Failed[0].Err.Status, "the item does not claim the response's status")

	assert.ErrorIs(t, err, server.RESTUserExists)
	assert.ErrorIs(t, err, codes.AlreadyExists)
	assert.ErrorIs(t, err, codes.InvalidArgument)
	assert.NotErrorIs(t, err, codes.NotFound)
	var first *codes.Error
	require.ErrorAs(t, fmt.Errorf("register: %w", err), &first)
	_, code, _ := first.PlatformCode()
	assert.Equal(t, 899001, code)

	// A long batch lists five and counts the rest.
	items := make([]string, 8)
	for i := range items {
		items[i] = `{"error":{"code":899001,"message":"user exist"}}`
	}
	err = jmessage.ParseResponse(201, []byte("["+strings.Join(items, ",")+"]"))
	assert.Equal(t, 5, strings.Count(err.Error(), "899001"))
	assert.True(t, strings.HasSuffix(err.Error(), "; and 3 more"))
}

func TestParseResponseUndecodable(t *testing.T) {
	huge := `{"error":{"code":899008,"message":"` + strings.Repeat("x", 1<<20)
	for _, tt := range []struct {
		name     string
		status   int
		body     string
		category codes.Category
		cause    string
	}{
		{"empty", 500, "", codes.Internal, "empty body"},
		{"blank", 503, " \n", codes.Unavailable, "empty body"},
		{"HTML from a proxy", 502, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", codes.Unavailable, "invalid character '<'"},
		{"truncated JSON", 401, `{"error":{"code":899008,"mess`, codes.Unauthenticated, "unexpected end of JSON input"},
		{"huge truncated JSON", 400, huge, codes.InvalidArgument, "unexpected end of JSON input"},
		{"error is a string", 404, `{"error":"not found"}`, codes.NotFound, `the "error" member is not an object`},
		{"code of the wrong type", 403, `{"error":{"code":true}}`, codes.PermissionDenied, `the error object has no numeric code`},
		{"code too large", 400, `{"error":{"code":99999999999}}`, codes.InvalidArgument, "no numeric code"},
		{"no error object", 500, `{"message":"oops"}`, codes.Internal, `no "error" object in the body`},
		{"a JSON string", 429, `"slow down"`, codes.ResourceExhausted, "neither an object nor an array"},
		{"a batch without errors", 500, `[{"username":"a"}]`, codes.Internal, "no item of the batch body carries an error"},
		{"no status", 0, `garbage`, codes.Unknown, "invalid character 'g'"},
		{"garbage in a 2xx error object", 200, `{"error":{}}`, codes.Unknown, "no numeric code"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := jmessage.ParseResponse(tt.status, []byte(tt.body))
			var e *codes.Error
			require.ErrorAs(t, err, &e)
			assert.False(t, hasCode(e))
			p, _, _ := e.PlatformCode()
			assert.Equal(t, codes.JMessageServer, p)
			assert.Equal(t, tt.status, e.Status)
			assert.Equal(t, tt.category, codes.CategoryOf(e))
			assert.ErrorIs(t, err, tt.category)
			assert.ErrorContains(t, e.Err, tt.cause)
			assert.LessOrEqual(t, len(e.Body), wire.MaxExcerpt+len("..."))
			assert.Contains(t, err.Error(), "jmessage: ")
			if tt.status != 0 {
				assert.Contains(t, err.Error(), fmt.Sprintf("HTTP %d", tt.status))
			}
		})
	}
	err := jmessage.ParseResponse(502, []byte("<html>Bad Gateway</html>"))
	assert.Equal(t, `jmessage: HTTP 502: body "<html>Bad Gateway</html>": invalid character '<' looking for beginning of value`, err.Error())
}

// FuzzParseResponse shows that any response decodes without panic, and that a
// failure status never gives a nil or empty error.
func FuzzParseResponse(f *testing.F) {
	f.Add(401, []byte(`{"error":{"code":899008,"message":"Basic authentication failed"}}`))
	f.Add(201, []byte(`[{"username":"a","error":{"code":899001,"message":"user exist"}},{"username":"b"}]`))
	f.Add(502, []byte("<html>Bad Gateway</html>"))
	f.Add(200, []byte(`{"error":{"code":"1"}}`))
	f.Add(0, []byte(``))
	f.Fuzz(func(t *testing.T, status int, body []byte) {
		err := jmessage.ParseResponse(status, body)
		if (status < 200 || status >= 300) && err == nil {
			t.Fatalf("status %d gave no error", status)
		}
		if err == nil {
			return
		}
		if err.Error() == "" {
			t.Fatal("empty error text")
		}
		if codes.CategoryOf(err) == codes.OK {
			t.Fatal("an error of category OK")
		}
		if strings.ContainsAny(err.Error(), "\n\r\x1b\x00") {
			t.Fatalf("control characters in %q", err.Error())
		}
		if batch, ok := err.(*jmessage.BatchError); ok {
			if batch.Status != status || len(batch.Failed) == 0 {
				t.Fatalf("batch status %d, %d failed", batch.Status, len(batch.Failed))
			}
			return
		}
		e, ok := err.(*codes.Error)
		if !ok {
			t.Fatalf("%T is not a *codes.Error", err)
		}
		if e.Status != status || len(e.Body) > wire.MaxExcerpt+3 {
			t.Fatalf("status %d, body %d bytes", e.Status, len(e.Body))
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
