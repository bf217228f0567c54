package codes_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

func TestErrorText(t *testing.T) {
	for _, tt := range []struct {
		err  *codes.Error
		want string
	}{
		{&codes.Error{Platform: codes.JMessageServer, Code: 899008, Message: "Basic authentication failed", Status: 401},
			"jmessage/server 899008: Basic authentication failed (HTTP 401)"},
		{&codes.Error{Platform: codes.JMessageServer, Code: 803009, Message: "the message contains sensitive word: 坏词"},
			"jmessage/server 803009: the message contains sensitive word: 坏词"},
		{&codes.Error{Platform: codes.JMessageServer, Code: 899008},
			"jmessage/server 899008: Basic authentication failed"}, // the catalog's text
		{&codes.Error{Platform: codes.JMessageServer, Code: 899070, Status: 403},
			"jmessage/server 899070: 添加的好友已经存在好友列表中 (HTTP 403)"},
		{&codes.Error{Platform: codes.JMessageServer, Code: 123},
			"jmessage/server 123: unknown code"},
		{&codes.Error{Platform: codes.Easemob, NoCode: true, Message: "Service resource not found", Status: 404},
			"easemob: Service resource not found (HTTP 404)"},
		{&codes.Error{Platform: codes.JMessageServer, NoCode: true, Status: 502, Body: "<html>bad gateway</html>", Err: errors.New("invalid character '<'")},
			`jmessage/server: HTTP 502: body "<html>bad gateway</html>": invalid character '<'`},
		{&codes.Error{Platform: codes.Easemob, NoCode: true},
			"easemob: no code"},
		{&codes.Error{Platform: codes.JMRTC, Code: 872001, Message: "Can not send %s signaling"},
			"jmessage/jmrtc 872001: Can not send %s signaling"},
	} {
		assert.Equal(t, tt.want, tt.err.Error())
	}
}

// wireErr is what a decoder makes of {"error":{"code":899008,...}} with 401.
func wireErr() *codes.Error {
	return &codes.Error{Platform: codes.JMessageServer, Code: 899008, Message: "Basic authentication failed", Status: 401}
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
		assert.NotErrorIs(t, err, &codes.Error{Platform: codes.JMessageServer, Code: 899009}, name)
		assert.NotErrorIs(t, err, &codes.Error{Platform: codes.JMessageWeb, Code: 899008}, name)

		var e *codes.Error
		require.ErrorAs(t, err, &e, name)
		assert.Equal(t, "Basic authentication failed", e.Message)
		var c codes.Coded
		require.ErrorAs(t, err, &c, name)
	}
}

func TestErrorWithoutCode(t *testing.T) {
	err := &codes.Error{Platform: codes.Easemob, NoCode: true, Status: 404}
	assert.ErrorIs(t, err, codes.NotFound)
	_, _, ok := err.PlatformCode()
	assert.False(t, ok)
	_, ok = err.Entry()
	assert.False(t, ok)
	// Code 0 would be Easemob's REQUEST_SUCCESS: an error without a code must
	// not claim it.
	assert.NotErrorIs(t, err, &codes.Error{Platform: codes.Easemob, Code: 0})
	assert.False(t, codes.Match(codes.Easemob, 0, err))
}

func TestErrorCategoryAndRetry(t *testing.T) {
	for _, tt := range []struct {
		err       *codes.Error
		category  codes.Category
		retryable bool
	}{
		{&codes.Error{Platform: codes.JMessageServer, Code: 898002, Status: 400}, codes.NotFound, false}, // the code wins over the status
		{&codes.Error{Platform: codes.JMessageServer, Code: 803010}, codes.ResourceExhausted, true},
		{&codes.Error{Platform: codes.JMessageServer, Code: 123, Status: 503}, codes.Unavailable, true}, // unknown code: the status
		{&codes.Error{Platform: codes.JMessageServer, Code: 123}, codes.Unknown, false},
		{&codes.Error{Platform: codes.Easemob, NoCode: true, Status: 429}, codes.ResourceExhausted, true},
		{&codes.Error{Platform: codes.Easemob, NoCode: true, Status: 504}, codes.DeadlineExceeded, true},
		{&codes.Error{Platform: codes.Easemob, NoCode: true, Status: 401}, codes.Unauthenticated, false},
		{&codes.Error{Platform: codes.Easemob, NoCode: true}, codes.Unknown, false},
		{&codes.Error{Platform: codes.Easemob, NoCode: true, Status: 200}, codes.Unknown, false}, // an error is never OK
		{&codes.Error{Platform: codes.Easemob, Code: 0}, codes.Unknown, false},
	} {
		assert.Equal(t, tt.category, tt.err.Category(), "%v", tt.err)
		assert.Equal(t, tt.retryable, tt.err.Retryable(), "%v", tt.err)
		assert.ErrorIs(t, tt.err, tt.category, "%v", tt.err)
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
	assert.JSONEq(t, `{"platform":"jmessage/server","code":899008,"category":"Unauthenticated","message":"Basic authentication failed","status":401}`, string(b))

	var back codes.Error
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, *err, back)

	noCode := &codes.Error{Platform: codes.JMessageServer, NoCode: true, Status: 502, Body: "<html>", Err: errors.New("invalid character")}
	b, jerr = json.Marshal(noCode)
	require.NoError(t, jerr)
	assert.JSONEq(t, `{"platform":"jmessage/server","category":"Unavailable","status":502,"body":"<html>","cause":"invalid character"}`, string(b))
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.NoCode)
	assert.Equal(t, noCode.Error(), back.Error())

	assert.Error(t, json.Unmarshal([]byte(`{"platform":"ios"}`), &back))
	assert.Error(t, json.Unmarshal([]byte(`[1]`), &back))
}

func TestErrorLogValue(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	log.Error("send failed", "err", &codes.Error{Platform: codes.JMessageServer, Code: 803009, Message: "the message contains sensitive word: x", Status: 403})
	assert.JSONEq(t, `{"level":"ERROR","msg":"send failed","err":{"platform":"jmessage/server","code":803009,"category":"InvalidArgument","message":"the message contains sensitive word: x","status":403}}`, buf.String())

	buf.Reset()
	log.Info("rest", "err", &codes.Error{Platform: codes.Easemob, NoCode: true, Status: 502, Body: "<html>", Err: errors.New("bad")})
	assert.JSONEq(t, `{"level":"INFO","msg":"rest","err":{"platform":"easemob","category":"Unavailable","message":"","status":502,"body":"<html>","cause":"bad"}}`, buf.String())
}
