package codes_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

// coded returns the error of code on p with the service's message and status,
// as a decoder makes it.
func coded(p codes.Platform, code int, msg string, status int) *codes.Error {
	e := codes.NewError(p, code)
	e.Message, e.Status = msg, status
	return e
}

// statusOnly returns an error without a code.
func statusOnly(p codes.Platform, status int, msg, body string, cause error) *codes.Error {
	e := codes.NewStatusError(p, status)
	e.Message, e.Body, e.Err = msg, body, cause
	return e
}

func TestErrorText(t *testing.T) {
	for _, tt := range []struct {
		err  *codes.Error
		want string
	}{
		{coded(codes.JMessageServer, 899008, "Basic authentication failed", 401),
			"jmessage/server 899008: Basic authentication failed (HTTP 401)"},
		{coded(codes.JMessageServer, 803009, "the message contains sensitive word: 坏词", 0),
			"jmessage/server 803009: the message contains sensitive word: 坏词"},
		{codes.NewError(codes.JMessageServer, 899008),
			"jmessage/server 899008: Basic authentication failed"}, // the catalog's text
		{coded(codes.JMessageServer, 899070, "", 403),
			"jmessage/server 899070: 添加的好友已经存在好友列表中 (HTTP 403)"},
		{codes.NewError(codes.JMessageServer, 123),
			"jmessage/server 123: unknown code"},
		{statusOnly(codes.EasemobWeb4, 404, "Service resource not found", "", nil),
			"easemob: Service resource not found (HTTP 404)"},
		{statusOnly(codes.JMessageServer, 502, "", "<html>bad gateway</html>", errors.New("invalid character '<'")),
			`jmessage: HTTP 502: body "<html>bad gateway</html>": invalid character '<'`},
		{codes.NewStatusError(codes.EasemobWeb4, 0),
			"easemob: unknown error"},
		{coded(codes.JMRTC, 872001, "Can not send %s signaling", 0),
			"jmessage/jmrtc 872001: Can not send %s signaling"},
		{&codes.Error{}, "imcodes: unknown error"},
		{nil, "imcodes: unknown error (nil *codes.Error)"},
	} {
		assert.Equal(t, tt.want, tt.err.Error())
	}
}

// wireErr is what a decoder makes of {"error":{"code":899008,...}} with 401.
func wireErr() *codes.Error {
	return coded(codes.JMessageServer, 899008, "Basic authentication failed", 401)
}

func TestErrorIsAndAs(t *testing.T) {
	chains := map[string]error{
		"bare":      wireErr(),
		"%w":        fmt.Errorf("call: %w", wireErr()),
		"%w twice":  fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", wireErr())),
		"Join":      errors.Join(errors.New("first"), fmt.Errorf("second: %w", wireErr())),
		"Join deep": fmt.Errorf("x: %w", errors.Join(wireErr(), errors.New("other"))),
	}
	for name, err := range chains {
		assert.ErrorIs(t, err, codes.Unauthenticated, name)
		assert.NotErrorIs(t, err, codes.NotFound, name)
		assert.NotErrorIs(t, err, codes.Unknown, name)
		assert.ErrorIs(t, err, wireErr(), name, "same platform and code")
		assert.NotErrorIs(t, err, codes.NewError(codes.JMessageServer, 899009), name)
		assert.NotErrorIs(t, err, codes.NewError(codes.JMessageWeb, 899008), name)
		assert.Equal(t, codes.Unauthenticated, codes.CategoryOf(err), name)
		assert.Equal(t, codes.FixSetup, codes.ActionOf(err), name)

		var e *codes.Error
		require.ErrorAs(t, err, &e, name)
		assert.Equal(t, "Basic authentication failed", e.Message)
		var c codes.Coded
		require.ErrorAs(t, err, &c, name)
	}
}

// An error made without a code does not claim one: not even 0, which would be
// Easemob's REQUEST_SUCCESS. The zero Error is such an error.
func TestErrorWithoutCode(t *testing.T) {
	for _, err := range []*codes.Error{codes.NewStatusError(codes.EasemobWeb4, 404), {Response: codes.Response{Status: 404}}} {
		assert.ErrorIs(t, err, codes.NotFound)
		_, _, ok := err.PlatformCode()
		assert.False(t, ok)
		assert.NotErrorIs(t, err, codes.NewError(codes.EasemobWeb4, 0))
		assert.False(t, codes.NewError(codes.EasemobWeb4, 0).Is(err))
	}
	var zero codes.Error
	assert.Equal(t, codes.Unknown, codes.CategoryOf(&zero))
	assert.Equal(t, codes.Report, codes.ActionOf(&zero))
}

func TestErrorCategoryAndAction(t *testing.T) {
	for _, tt := range []struct {
		err      *codes.Error
		category codes.Category
		action   codes.Action
	}{
		{coded(codes.JMessageServer, 898002, "", 400), codes.NotFound, codes.FixRequest}, // the code wins over the status
		{codes.NewError(codes.JMessageServer, 803010), codes.ResourceExhausted, codes.RetryLater},
		{codes.NewError(codes.JMessageServer, 898010), codes.Unauthenticated, codes.Reauthenticate},
		{coded(codes.JMessageServer, 123, "", 503), codes.Unavailable, codes.Retry}, // unknown code: the status
		{codes.NewError(codes.JMessageServer, 123), codes.Unknown, codes.Report},
		{codes.NewStatusError(codes.EasemobWeb4, 429), codes.ResourceExhausted, codes.RetryLater},
		{codes.NewStatusError(codes.EasemobWeb4, 504), codes.DeadlineExceeded, codes.Retry},
		{codes.NewStatusError(codes.EasemobWeb4, 401), codes.Unauthenticated, codes.Reauthenticate},
		{codes.NewStatusError(codes.EasemobWeb4, 404), codes.NotFound, codes.FixRequest},
		{codes.NewStatusError(codes.EasemobWeb4, 500), codes.Internal, codes.Report},
		// Status-only decisions differ by vendor in one place: a JMessage
		// 401 is Basic auth (nothing to renew). An Easemob 503 is, as the
		// vendor's status overview says, the service unavailable.
		{codes.NewStatusError(codes.JMessageServer, 401), codes.Unauthenticated, codes.FixSetup},
		{codes.NewStatusError(codes.EasemobNative, 401), codes.Unauthenticated, codes.Reauthenticate},
		{codes.NewStatusError(codes.EasemobNative, 503), codes.Unavailable, codes.Retry},
		{codes.NewStatusError(codes.JMessageServer, 503), codes.Unavailable, codes.Retry},
		{codes.NewStatusError(codes.JMessageServer, 403), codes.PermissionDenied, codes.FixRequest},
		{codes.NewStatusError(codes.JMessageServer, 429), codes.ResourceExhausted, codes.RetryLater},
		{codes.NewStatusError(codes.EasemobWeb4, 0), codes.Unknown, codes.Report},
		{codes.NewStatusError(codes.EasemobWeb4, 200), codes.Unknown, codes.Report}, // an error is never OK
		{codes.NewError(codes.EasemobWeb4, 0), codes.Unknown, codes.Report},
		{nil, codes.Unknown, codes.Report},
	} {
		assert.Equal(t, tt.category, codes.CategoryOf(tt.err), "%v", tt.err)
		assert.Equal(t, tt.action, codes.ActionOf(tt.err), "%v", tt.err)
		assert.ErrorIs(t, tt.err, tt.category, "%v", tt.err)
		assert.NotErrorIs(t, tt.err, codes.OK, "%v", tt.err)
	}
}

func TestCategoryFromHTTP(t *testing.T) {
	for status, want := range map[int]codes.Category{
		0: codes.Unknown, 200: codes.OK, 204: codes.OK, 302: codes.Unknown,
		400: codes.InvalidArgument, 401: codes.Unauthenticated, 403: codes.PermissionDenied,
		404: codes.NotFound, 405: codes.InvalidArgument, 408: codes.DeadlineExceeded,
		409: codes.Aborted, 412: codes.FailedPrecondition, 413: codes.InvalidArgument,
		418: codes.InvalidArgument, 429: codes.ResourceExhausted, 499: codes.Canceled,
		500: codes.Internal, 501: codes.Unimplemented, 502: codes.Unavailable,
		503: codes.Unavailable, 504: codes.DeadlineExceeded, 599: codes.Internal, 600: codes.Unknown, -1: codes.Unknown,
	} {
		assert.Equal(t, want, codes.CategoryFromHTTP(status), "%d", status)
	}
	// Where a category has its own status, the two agree.
	for c := codes.OK; c.Valid(); c++ {
		if c == codes.Unknown || c == codes.DataLoss || c == codes.AlreadyExists || c == codes.FailedPrecondition || c == codes.OutOfRange {
			continue // these share their status with another category
		}
		assert.Equal(t, c, codes.CategoryFromHTTP(c.HTTPStatus()), "%v", c)
	}
}

func TestErrorJSON(t *testing.T) {
	err := wireErr()
	b, jerr := json.Marshal(err)
	require.NoError(t, jerr)
	assert.JSONEq(t, `{"platform":"jmessage/server","code":899008,"category":"Unauthenticated","action":"FixSetup","message":"Basic authentication failed","status":401}`, string(b))

	var back codes.Error
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, *err, back)

	noCode := statusOnly(codes.JMessageServer, 502, "", "<html>", errors.New("invalid character"))
	b, jerr = json.Marshal(noCode)
	require.NoError(t, jerr)
	assert.JSONEq(t, `{"platform":"jmessage/server","category":"Unavailable","action":"Retry","status":502,"body":"<html>","cause":"invalid character"}`, string(b))
	require.NoError(t, json.Unmarshal(b, &back))
	_, _, ok := back.PlatformCode()
	assert.False(t, ok)
	assert.Equal(t, noCode.Error(), back.Error())

	b, jerr = json.Marshal(&codes.Error{})
	require.NoError(t, jerr, "the zero Error marshals")
	assert.JSONEq(t, `{"category":"Unknown","action":"Report"}`, string(b))

	assert.Error(t, json.Unmarshal([]byte(`{"platform":"symbian"}`), &back))
	assert.Error(t, json.Unmarshal([]byte(`[1]`), &back))
}

// slog's JSON handler writes a logged *Error as its JSON: a group of fields.
func TestErrorInSlogJSON(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	log.Error("send failed", "err", coded(codes.JMessageServer, 803009, "the message contains sensitive word: x", 403))
	assert.JSONEq(t, `{"level":"ERROR","msg":"send failed","err":{"platform":"jmessage/server","code":803009,"category":"InvalidArgument","action":"FixRequest","message":"the message contains sensitive word: x","status":403}}`, buf.String())

	buf.Reset()
	log.Info("rest", "err", statusOnly(codes.EasemobWeb4, 502, "", "<html>", errors.New("bad")))
	assert.JSONEq(t, `{"level":"INFO","msg":"rest","err":{"platform":"easemob/web4","category":"Unavailable","action":"Retry","status":502,"body":"<html>","cause":"bad"}}`, buf.String())
}

// Names may come in any valid JSON spelling, and what unmarshals marshals
// again.
func TestJSONEscapesAndRoundTrip(t *testing.T) {
	var e codes.Error
	require.NoError(t, json.Unmarshal([]byte(`{"platform":"jmessage\/server","code":898002,"category":"NotFound","method":"POST","url":"https://api.im.jpush.cn/v1/users","status":404,"retry_after":"1m30s"}`), &e))
	p, code, ok := e.PlatformCode()
	assert.True(t, ok)
	assert.Equal(t, codes.JMessageServer, p)
	assert.Equal(t, 898002, code)
	assert.Equal(t, 90*time.Second, e.RetryAfter)
	assert.Equal(t, "POST https://api.im.jpush.cn/v1/users: jmessage/server 898002: No such user (HTTP 404)", e.Error())
	again, err := json.Marshal(&e)
	require.NoError(t, err)
	assert.JSONEq(t, `{"platform":"jmessage/server","code":898002,"category":"NotFound","action":"FixRequest","method":"POST","url":"https://api.im.jpush.cn/v1/users","status":404,"retry_after":"1m30s"}`, string(again))

	var p2 codes.Platform
	require.NoError(t, json.Unmarshal([]byte(`"\u0065asemob\/web4"`), &p2))
	assert.Equal(t, codes.EasemobWeb4, p2)
	var c codes.Category
	require.NoError(t, json.Unmarshal([]byte(`"Not\u0046ound"`), &c))
	assert.Equal(t, codes.NotFound, c)

	// Without a platform, an error unmarshals and marshals again.
	require.NoError(t, json.Unmarshal([]byte(`{"status":502}`), &e))
	_, err = json.Marshal(&e)
	assert.NoError(t, err)
	for _, bad := range []string{`{"platform":"symbian"}`, `{"platform":0}`, `{"retry_after":"soon"}`} {
		assert.Error(t, json.Unmarshal([]byte(bad), &e), bad)
	}
}

// Error() keeps what the service wrote out of a log line's way; the field
// keeps all of it.
func TestErrorTextIsSafe(t *testing.T) {
	e := codes.NewError(codes.JMessageServer, 803009)
	e.Message = "sensitive word: x\nINFO forged\u202e" + strings.Repeat("字", 500)
	e.URL = "https://api.im.jpush.cn/v1/messages\r\n"
	text := e.Error()
	assert.False(t, strings.ContainsAny(text, "\n\r\u202e"), text)
	assert.Contains(t, text, `x\nINFO forged\u202e字`)
	assert.Less(t, len(text), 2*300+100)
	assert.Contains(t, text, "...")
	assert.Len(t, e.Message, len("sensitive word: x\nINFO forged\u202e")+500*3)
}
