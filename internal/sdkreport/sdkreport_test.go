package sdkreport

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The report shapes that apps forward, each as the SDKs print it (the
// lines are written for this test, in the shapes of public issue threads).
func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     Report
	}{
		{"NSError", `Error Domain=jmsg_error Code=871303 "Invalid username." UserInfo={NSLocalizedDescription=Invalid username.}`,
			Report{Form: NSError, Code: 871303, Message: "Invalid username.", Key: "Code", Domain: "jmsg_error", Platform: "jmessage/ios"}},
		{"NSError in a log line", `login failed: Error Domain=jmsg_error Code=865003 "target is 0" UserInfo={NSLocalizedDescription=target is 0}`,
			Report{Form: NSError, Code: 865003, Message: "target is 0", Key: "Code", Domain: "jmsg_error", Platform: "jmessage/ios"}},
		{"NSError, message in UserInfo only", `Error Domain=EMErrorDomain Code=204 UserInfo={NSLocalizedDescription=User does not exist, code=204}`,
			Report{Form: NSError, Code: 204, Message: "User does not exist", Key: "Code", Domain: "EMErrorDomain", Platform: "easemob/native"}},
		{"NSError, escaped quote", `Error Domain=jmsg_error Code=-1 "the \"id\" is wrong"`,
			Report{Form: NSError, Code: -1, Message: `the "id" is wrong`, Key: "Code", Domain: "jmsg_error", Platform: "jmessage/ios"}},
		{"PlatformException", "E/flutter ( 7080): Unhandled Exception: PlatformException(871303, Invalid username., )",
			Report{Form: PlatformException, Code: 871303, Message: "Invalid username."}},
		{"PlatformException, four arguments", "PlatformException(204, User does not exist, null, null)\n#0  StandardMethodCodec.decodeEnvelope",
			Report{Form: PlatformException, Code: 204, Message: "User does not exist"}},
		{"PlatformException, message with commas", "PlatformException(208, user already login, please logout first, null) in im_flutter_sdk",
			Report{Form: PlatformException, Code: 208, Message: "user already login, please logout first", Platform: "easemob/native"}},
		{"PlatformException, quoted code", `PlatformException("871304", Invalid password., null)`,
			Report{Form: PlatformException, Code: 871304, Message: "Invalid password."}},
		{"JS object", "{code: 880103, description: 'user not exist'}",
			Report{Form: Object, Code: 880103, Message: "user not exist", Key: "code"}},
		{"JS object, message before code", `Error in login: {message: 'invalid password', code: 880104}`,
			Report{Form: Object, Code: 880104, Message: "invalid password", Key: "code"}},
		{"JS object, double quotes", `{code: 2, description: "Can't get the conversation"}`,
			Report{Form: Object, Code: 2, Message: "Can't get the conversation", Key: "code"}},
		{"JSON", `{"code":899003,"message":"parameter invalid"}`,
			Report{Form: Object, Code: 899003, Message: "parameter invalid", Key: "code"}},
		{"Easemob callback object", `onError {type: 206, message: "the user is already logged on another device", data: {code: 5}}`,
			Report{Form: Object, Code: 206, Message: "the user is already logged on another device", Key: "type"}},
		{"Easemob report without braces", `type: 206, message: "the user is already logged on another device"`,
			Report{Form: Object, Code: 206, Message: "the user is already logged on another device", Key: "type"}},
		{"Easemob, WEBIM_ constant", `{type: 16, message: 'WEBIM_CONNCTION_DISCONNECTED'}`,
			Report{Form: Object, Code: 16, Message: "WEBIM_CONNCTION_DISCONNECTED", Key: "type", Platform: "easemob/web4"}},
		{"code preferred to type", `{type: 'error', code: 206, errorDescription: 'kicked'}`,
			Report{Form: Object, Code: 206, Message: "kicked", Key: "code"}},
		{"key=value, bare message", "EMClient login fail, code=200, desc=User is already login",
			Report{Form: Object, Code: 200, Message: "User is already login", Key: "code", Platform: "easemob/native"}},
		{"a key's value is walked through", "Error: type: 206, message: 'kicked' (环信)",
			Report{Form: Object, Code: 206, Message: "kicked", Key: "type", Platform: "easemob"}},
		{"string code", `{"type":"206","message":"kicked"}`,
			Report{Form: Object, Code: 206, Message: "kicked", Key: "type"}},
		{"errorCode", `{errorCode: 804, errorMessage: "call busy"}`,
			Report{Form: Object, Code: 804, Message: "call busy", Key: "errorCode"}},
	} {
		got, err := Parse([]byte(tc.in))
		if assert.NoError(t, err, tc.name) {
			assert.Equal(t, tc.want, got, tc.name)
		}
	}
}

// What is no SDK report is an error that says why.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct{ in, reason string }{
		{"", "empty"},
		{"  \n", "empty"},
		{"user not exist", "neither an NSError"},
		{`{"message":"user not exist"}`, "neither an NSError"},
		{`{code: 'E_LOGIN', message: 'failed'}`, "neither an NSError"},
		{`{type: 'login', message: 'failed'}`, "neither an NSError"},
		{`{"error":{"code":899003}}`, "neither an NSError"},
		{`Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."`, "the system's"},
		{`Error Domain=NSPOSIXErrorDomain Code=61 "Connection refused"`, "the system's"},
		{`Error Domain=jmsg_error Code=abc`, "not an integer"},
		{`Error Domain=jmsg_error "no code"`, "without Code="},
		{`Error Domain= Code=1`, "without a domain"},
		{"PlatformException(sign_in_failed, ApiException: 10: , null, null)", "not an integer"},
		{"PlatformException(871303, Invalid username.", "closing bracket"},
		{"{code: 99999999999, message: 'big'}", "neither an NSError"},
		{"Error Domain=jmsg_error Code=99999999999", "out of range"},
	} {
		_, err := Parse([]byte(tc.in))
		if assert.Error(t, err, "%q", tc.in) {
			assert.Contains(t, err.Error(), tc.reason, "%q", tc.in)
		}
	}
}

// A long message is cut at MaxMessage bytes, at a character's end.
func TestParseCutsMessage(t *testing.T) {
	long := strings.Repeat("错", MaxMessage)
	r, err := Parse([]byte("{code: 1, message: '" + long + "'}"))
	require.NoError(t, err)
	assert.LessOrEqual(t, len(r.Message), MaxMessage)
	assert.True(t, utf8.ValidString(r.Message))
	assert.True(t, strings.HasPrefix(long, r.Message))
}

// Parse reads its input once: a report after megabytes of text, or
// megabytes of nesting, quotes and keys, take time linear in their size.
func TestParseIsLinear(t *testing.T) {
	for _, in := range [][]byte{
		append(bytes.Repeat([]byte("x: y, "), 1<<18), "code: 206"...),
		bytes.Repeat([]byte("{["), 1<<18),
		bytes.Repeat([]byte(`'a\'`), 1<<18),
		append([]byte("PlatformException(1, "), bytes.Repeat([]byte(", "), 1<<18)...),
	} {
		allocs := testing.AllocsPerRun(1, func() { _, _ = Parse(in) })
		assert.Less(t, allocs, float64(len(in)/4), "%.20q...", in)
	}
}

// FuzzParse: Parse never panics; a report it returns has a known form, a
// message of at most MaxMessage bytes, and a platform that a word of the
// input names, or none; an error is never silent.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		`Error Domain=jmsg_error Code=871303 "Invalid username." UserInfo={NSLocalizedDescription=Invalid username.}`,
		"PlatformException(871303, Invalid username., null, null)",
		"{code: 880103, description: 'user not exist'}",
		`type: 206, message: "the user is already logged on another device"`,
		`{"code":899003,"message":"parameter invalid","data":{"x":[1,2,{"y":"}"}]}}`,
		"EMClient login fail, code=200, desc=User is already login",
		`Error Domain=NSURLErrorDomain Code=-1001`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := Parse(in)
		if err != nil {
			require.NotEmpty(t, err.Error())
			require.Equal(t, Report{}, r)
			return
		}
		require.Contains(t, []Form{NSError, PlatformException, Object}, r.Form)
		require.LessOrEqual(t, len(r.Message), MaxMessage)
		if r.Platform != "" {
			named := false
			for _, h := range Hints {
				named = named || h.Platform == r.Platform && bytes.Contains(bytes.ToLower(in), bytes.ToLower([]byte(h.Word)))
			}
			require.True(t, named || r.Domain != "", "platform %q", r.Platform)
		}
	})
}
