package easemob_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/easemob/native"
	"github.com/imcodes/imcodes/easemob/web4"
	"github.com/imcodes/imcodes/internal/wire"
)

// Reports as the SDKs make them land on the numbering that made them: named
// by the caller, or told by the report's shape where it can tell.
func TestParseSDKError(t *testing.T) {
	for _, tt := range []struct {
		data      string
		numbering codes.Platform
		want      codes.Platform
		code      int
		text      string
	}{
		// The Web SDK 4.x callback object.
		{`{"type":206,"message":"user login on another device"}`, codes.EasemobWeb4, codes.EasemobWeb4, 206,
			"easemob/web4 206: user login on another device"},
		{`{"type":"-1","message":"request timeout","data":{"x":1}}`, codes.EasemobWeb4, codes.EasemobWeb4, -1,
			"easemob/web4 -1: request timeout"},
		{`{"type":507}`, codes.EasemobWeb4, codes.EasemobWeb4, 507,
			"easemob/web4 507: SERVICE_NOT_ALLOW_MESSAGING_MUTE"},
		{`{"type":4242,"message":7}`, codes.EasemobWeb4, codes.EasemobWeb4, 4242,
			"easemob/web4 4242: unknown code"},
		// The Web SDK 5.x sends the same shape, with the native numbering.
		{`{"type":500,"message":"message is invalid"}`, codes.EasemobNative, codes.EasemobNative, 500,
			"easemob/native 500: message is invalid"},
		// EMError's toJson on iOS and Android, as Flutter and React Native
		// pass it on: the shape tells.
		{`{"code":204,"description":"User not found"}`, 0, codes.EasemobNative, 204,
			"easemob/native 204: User not found"},
		{`{"code":"203","description":"User already exist"}`, codes.EasemobNative, codes.EasemobNative, 203,
			"easemob/native 203: User already exist"},
		// Flutter's EMError.toString, in a log.
		{`login failed: code: 202 desc: User authentication failed`, 0, codes.EasemobNative, 202,
			"easemob/native 202: User authentication failed"},
		// An iOS NSError of the native SDK.
		{`Error Domain=EMErrorDomain Code=508 "Message blocked by the app server" UserInfo={NSLocalizedDescription=Message blocked by the app server}`, 0, codes.EasemobNative, 508,
			"easemob/native 508: Message blocked by the app server"},
		// A JavaScript object as the console prints it, naming a 4.x constant.
		{`{type: 16, message: 'WEBIM_CONNCTION_DISCONNECTED'}`, 0, codes.EasemobWeb4, 16,
			"easemob/web4 16: WEBIM_CONNCTION_DISCONNECTED"},
		{`type: 509, message: "message send too frequently"`, codes.EasemobWeb4, codes.EasemobWeb4, 509,
			"easemob/web4 509: message send too frequently"},
	} {
		err := easemob.ParseSDKError([]byte(tt.data), tt.numbering)
		var e *codes.Error
		require.ErrorAs(t, err, &e, tt.data)
		p, code, ok := e.PlatformCode()
		assert.True(t, ok, tt.data)
		assert.Equal(t, tt.want, p, tt.data)
		assert.Equal(t, tt.code, code, tt.data)
		assert.Equal(t, tt.text, err.Error(), tt.data)
	}

	err := fmt.Errorf("im: %w", easemob.ParseSDKError([]byte(`{"type":206,"message":"x"}`), codes.EasemobWeb4))
	assert.ErrorIs(t, err, web4.WebIMConnctionUserLoginAnotherDevice)
	assert.ErrorIs(t, err, codes.Unauthenticated)

	// The same number on the other numbering is another error.
	err = easemob.ParseSDKError([]byte(`{"type":2}`), codes.EasemobNative)
	assert.ErrorIs(t, err, native.NetworkError)
	assert.NotErrorIs(t, err, web4.WebIMConnctionAuthError)
	assert.Equal(t, codes.Retry, codes.ActionOf(err))
	err = easemob.ParseSDKError([]byte(`{"type":2}`), codes.EasemobWeb4)
	assert.ErrorIs(t, err, web4.WebIMConnctionAuthError)
	assert.NotEqual(t, codes.Retry, codes.ActionOf(err))

	// Type 0 in a 4.x report is the SDK's "user not assigned", not a
	// success; 0 in a native report is success.
	err = easemob.ParseSDKError([]byte(`{"type":0,"message":"user not assigned"}`), codes.EasemobWeb4)
	require.Error(t, err)
	assert.ErrorIs(t, err, easemob.ErrUserNotAssigned)
	assert.Equal(t, codes.InvalidArgument, codes.CategoryOf(err))
	assert.Equal(t, codes.FixRequest, codes.ActionOf(err))
	assert.Equal(t, "easemob/web4 0: user not assigned: the user is not assigned (WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR): open() was called without a user", err.Error())
	assert.NoError(t, easemob.ParseSDKError([]byte(`{"code":0,"description":""}`), 0))
	assert.NoError(t, easemob.ParseSDKError([]byte(`{"type":35}`), codes.EasemobWeb4), "a 4.x success (an accepted invitation)")
}

// Where the shape cannot tell and the caller does not say, the report is an
// error that says so: no guess.
func TestParseSDKErrorAmbiguous(t *testing.T) {
	for _, data := range []string{`{"type":206,"message":"x"}`, `type: 206, message: "x"`} {
		err := easemob.ParseSDKError([]byte(data), 0)
		var e *codes.Error
		require.ErrorAs(t, err, &e, data)
		_, _, ok := e.PlatformCode()
		assert.False(t, ok, data)
		assert.Equal(t, codes.Unknown, codes.CategoryOf(err))
		assert.ErrorContains(t, err, "name the numbering", data)
	}
	err := easemob.ParseSDKError([]byte(`{"type":206}`), codes.JMessageServer)
	assert.ErrorContains(t, err, "jmessage/server is not an Easemob numbering")
}

func TestParseSDKErrorMalformed(t *testing.T) {
	for data, cause := range map[string]string{
		``:                 "empty",
		`206`:              "",
		`{"type":`:         "",
		`{"message":"x"}`:  "",
		`{"type":"abc"}`:   "",
		`{"type":2.5}`:     "",
		`<html></html>`:    "",
		`{"type":1e10}`:    "",
		`{"type":[206]}  `: "",
	} {
		err := easemob.ParseSDKError([]byte(data), codes.EasemobWeb4)
		var e *codes.Error
		require.ErrorAs(t, err, &e, data)
		_, _, ok := e.PlatformCode()
		assert.False(t, ok, data)
		assert.Equal(t, codes.Unknown, codes.CategoryOf(e), data)
		assert.ErrorContains(t, e.Err, cause, data)
		assert.NotEmpty(t, err.Error())
	}
}

func FuzzParseSDKError(f *testing.F) {
	f.Add([]byte(`{"type":206,"message":"x"}`), uint8(codes.EasemobWeb4))
	f.Add([]byte(`{"type":"-4"}`), uint8(codes.EasemobWeb4))
	f.Add([]byte(`{"code":204,"description":"x"}`), uint8(0))
	f.Add([]byte(`Error Domain=EMErrorDomain Code=508 "x" UserInfo={}`), uint8(0))
	f.Add([]byte(`PlatformException(204, x, null)`), uint8(codes.EasemobNative))
	f.Add([]byte(`not json`), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, numbering uint8) {
		p := codes.Platform(numbering)
		err := easemob.ParseSDKError(data, p)
		if err == nil {
			// Only a success code on a numbering gives no error.
			return
		}
		var e *codes.Error
		if !errors.As(err, &e) || err.Error() == "" || len(e.Body) > wire.MaxExcerpt+3 || codes.CategoryOf(e) == codes.OK {
			t.Fatalf("bad error %#v", err)
		}
		if ep, _, ok := e.PlatformCode(); ok && ep != codes.EasemobWeb4 && ep != codes.EasemobNative {
			t.Fatalf("a report landed on %v", ep)
		}
		if strings.ContainsAny(err.Error(), "\x00\n\r") {
			t.Fatalf("unescaped control characters in %q", err.Error())
		}
	})
}
