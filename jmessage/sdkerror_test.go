package jmessage_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage"
	"github.com/imcodes/imcodes/jmessage/android"
	"github.com/imcodes/imcodes/jmessage/ios"
	"github.com/imcodes/imcodes/jmessage/web"
)

// The SDKs' reports in the text forms apps forward: each lands on the
// platform that defines its number, with the SDK's message.
func TestParseSDKErrorTextForms(t *testing.T) {
	for _, tt := range []struct {
		data string
		want error
		msg  string
	}{
		{`Error Domain=jmsg_error Code=863001 "Invalid username." UserInfo={NSLocalizedDescription=Invalid username.}`,
			ios.InvalidUsername, "Invalid username."},
		{`PlatformException(871303, Invalid username., null, null)`, android.InvalidUsername, "Invalid username."},
		{`{code: 880103, message: 'user not exist'}`, web.UserNotFound, "user not exist"},
		{`login error: {code: 880104, message: 'invalid password'}`, web.WrongPassword, "invalid password"},
		{`{"code":880207,"message":"user in blacklist",}`, web.UserInBlacklist, "user in blacklist"},
	} {
		err := jmessage.ParseSDKError([]byte(tt.data))
		require.ErrorIs(t, err, tt.want, tt.data)
		var e *codes.Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, tt.msg, e.Message, tt.data)
	}
	assert.NoError(t, jmessage.ParseSDKError([]byte(`PlatformException(0, success, null)`)))

	for data, cause := range map[string]string{
		`Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."`:            "",
		`Error Domain=EMErrorDomain Code=204 "User not found" UserInfo={}`:             "names Easemob",
		`PlatformException(channel-error, Unable to establish connection, null, null)`: "",
		`nothing here`: "",
	} {
		err := jmessage.ParseSDKError([]byte(data))
		var e *codes.Error
		require.ErrorAs(t, err, &e, data)
		_, _, ok := e.PlatformCode()
		assert.False(t, ok, data)
		assert.ErrorContains(t, err, cause, data)
	}
}
