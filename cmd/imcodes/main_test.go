package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runCmd runs the command in an environment without a locale.
func runCmd(args ...string) (stdout, stderr string, status int) {
	return runEnv(nil, args...)
}

func runEnv(environ map[string]string, args ...string) (stdout, stderr string, status int) {
	var out, errOut bytes.Buffer
	status = run(args, func(k string) string { return environ[k] }, &out, &errOut)
	return out.String(), errOut.String(), status
}

func TestExplainCode(t *testing.T) {
	out, errOut, status := runCmd("898002")
	assert.Equal(t, exitOK, status)
	assert.Empty(t, errOut)
	assert.Equal(t, `jmessage/server 898002 NoSuchUser
  message:     No such user
  description: 用户不存在
  category:    NotFound (HTTP 404), retrying will not help
  go:          github.com/imcodes/imcodes/jmessage/server.NoSuchUser
`, out)
}

func TestExplainEveryPlatform(t *testing.T) {
	out, _, status := runCmd("0")
	assert.Equal(t, exitOK, status)
	for _, p := range []string{"jmessage/web 0 Success", "jmessage/android 0 Success", "jmessage/jmrtc 0 Success", "easemob 0 RequestSuccess"} {
		assert.Contains(t, out, p+"\n")
	}
	out, _, _ = runCmd("-platform", "easemob", "0")
	assert.Equal(t, 1, strings.Count(out, " 0 "))
}

func TestExplainNegativeCode(t *testing.T) {
	out, _, status := runCmd("--", "-1")
	assert.Equal(t, exitOK, status)
	assert.Contains(t, out, "easemob -1 RequestTimeout\n  message:     REQUEST_TIMEOUT\n  description: 请求服务超时。\n")

	_, errOut, status := runCmd("-1")
	assert.Equal(t, exitUsage, status)
	assert.Equal(t, "imcodes: flag provided but not defined: -1; put -- before negative codes: imcodes -- -1\n", errOut)
}

func TestExplainDeprecated(t *testing.T) {
	out, _, _ := runCmd("881002")
	assert.Contains(t, out, "  deprecated:  only an older revision of the vendor's page lists it\n")
}

func TestListJSON(t *testing.T) {
	out, errOut, status := runCmd("list", "-json")
	require.Equal(t, exitOK, status)
	assert.Empty(t, errOut)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 361)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	for _, key := range []string{"platform", "code", "name", "message", "description", "deprecated", "category", "retryable", "http_status"} {
		assert.Contains(t, first, key)
	}
	assert.Equal(t, map[string]any{
		"platform": "jmessage/web", "code": 0.0, "name": "Success", "message": "success",
		"description": "请求成功", "category": "OK", "retryable": false, "http_status": 200.0, "deprecated": false,
	}, first)
	assert.Contains(t, out, `"message":"Can not send %s signaling message . state error. cur state is %s."`)

	out, _, _ = runCmd("list", "-json", "-platform", "jmrtc")
	assert.Equal(t, 12, strings.Count(out, "\n"))
}

func TestListText(t *testing.T) {
	out, _, status := runCmd("list", "-platform", "jmessage/jmrtc")
	assert.Equal(t, exitOK, status)
	assert.Equal(t, 12, strings.Count(out, "\n  go:"))
}

func TestErrors(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		status int
		stderr string
	}{
		{nil, exitUsage, "imcodes: no code given (run imcodes -h for usage)\n"},
		{[]string{"abc"}, exitUsage, "imcodes: \"abc\" is not a code: codes are whole numbers such as 898002 or -1\n"},
		{[]string{"-x"}, exitUsage, "imcodes: flag provided but not defined: -x (run imcodes -h for the flags)\n"},
		{[]string{"-platform", "ios", "1"}, exitUsage, "imcodes: invalid value \"ios\" for flag -platform: unknown platform \"ios\" (valid: jmessage/web, jmessage/server, jmessage/android, jmessage/jmrtc, easemob)\n"},
		{[]string{"123"}, exitNotFound, "imcodes: no code 123 on any platform\n"},
		{[]string{"-platform", "easemob", "898002"}, exitNotFound, "imcodes: no code 898002 on easemob\n"},
		{[]string{"list", "extra"}, exitUsage, "imcodes: list takes no arguments, got \"extra\"\n"},
		{[]string{"list", "-yaml"}, exitUsage, "imcodes: flag provided but not defined: -yaml (run imcodes -h for the flags)\n"},
	} {
		out, errOut, status := runCmd(tt.args...)
		assert.Equal(t, tt.status, status, "%q", tt.args)
		assert.Equal(t, tt.stderr, errOut, "%q", tt.args)
		assert.Empty(t, out, "%q", tt.args)
	}
}

func TestLang(t *testing.T) {
	zh := "jmessage/web 880207 UserInBlacklist\n  text:        用户被对方拉黑\n"
	en := "jmessage/web 880207 UserInBlacklist\n  text:        user in blacklist\n"
	both := "jmessage/web 880207 UserInBlacklist\n  message:     user in blacklist\n  description: 用户被对方拉黑\n"
	for _, tt := range []struct {
		env  map[string]string
		args []string
		want string
	}{
		{nil, []string{"-lang", "zh", "880207"}, zh},
		{nil, []string{"-lang", "zh-TW", "880207"}, zh},
		{nil, []string{"-lang", "en", "880207"}, en},
		{nil, []string{"-lang", "fr", "880207"}, en},
		{nil, []string{"880207"}, both},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, []string{"880207"}, zh},
		{map[string]string{"LANG": "en_US.UTF-8"}, []string{"880207"}, en},
		{map[string]string{"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "en_GB"}, []string{"880207"}, en},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "zh_TW.Big5"}, []string{"880207"}, zh},
		{map[string]string{"LANG": "C.UTF-8"}, []string{"880207"}, both},
		{map[string]string{"LC_ALL": "POSIX", "LANG": "zh_CN.UTF-8"}, []string{"880207"}, both},
		{map[string]string{"LANG": "!!"}, []string{"880207"}, both},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, []string{"-lang", "en", "880207"}, en},
	} {
		out, errOut, status := runEnv(tt.env, tt.args...)
		assert.Equal(t, exitOK, status, "%v %q", tt.env, tt.args)
		assert.Empty(t, errOut)
		assert.True(t, strings.HasPrefix(out, tt.want), "%v %q:\n%s", tt.env, tt.args, out)
	}

	out, _, _ := runEnv(map[string]string{"LANG": "zh_CN.UTF-8"}, "list", "-platform", "jmrtc")
	assert.Contains(t, out, "  text:        状态机当前状态不能发起此行为\n")
	out, _, _ = runCmd("-lang", "en", "872001")
	assert.Contains(t, out, "  text:        Can not send %s signaling message . state error. cur state is %s.\n")

	_, errOut, status := runCmd("-lang", "zz-!!", "1")
	assert.Equal(t, exitUsage, status)
	assert.True(t, strings.HasPrefix(errOut, `imcodes: invalid value "zz-!!" for flag -lang: `), errOut)
	assert.Equal(t, 1, strings.Count(errOut, "\n"))
}

func TestHelp(t *testing.T) {
	out, errOut, status := runCmd("-h")
	assert.Equal(t, exitOK, status)
	assert.Empty(t, errOut)
	assert.Contains(t, out, "usage: imcodes [-platform P] [-lang L] CODE...")
	assert.Contains(t, out, "imcodes -- -1")
	assert.Contains(t, out, "-platform")

	out, _, status = runCmd("list", "-h")
	assert.Equal(t, exitOK, status)
	assert.Contains(t, out, "usage: imcodes list")
}
