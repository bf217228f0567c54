package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// smallInputs is a complete, valid set of inputs with a few codes a platform.
func smallInputs() inputs {
	return inputs{
		webCurrentFile: []byte("CodeErr MessageDESCRIPTION\n0success请求成功\n880101appkey not existappkey 不存在\n880103user not exist用户不存在\n"),
		webOlderFile:   []byte("| Code | Err Message | DESCRIPTION |\n|---|---|---|\n| 0 | success | 请求成功 |\n| 880103 | user not existr | 用户不存在 |\n| 881002 | member not exist | 成员列表中有不存在的成员 |\n"),
		serverFile:     []byte("## Server Error\n<table>\n<tr><th>Code</th><th>Error Message</th><th>说明</th></tr>\n<tr><td>898002</td><td>No such user</td><td>用户不存在</td></tr>\n<tr><td>898001</td><td>User exist</td><td>用户已存在</td></tr>\n</table>\n"),
		androidJMRTCFile: []byte("## JMessage Android\n<table>\n<tr><td>0</td><td>Success</td><td>成功</td></tr>\n</table>\n\n" +
			"## JMRTC Android\n<table>\n<tr><td>0</td><td>ok</td><td>成功</td></tr>\n<tr><td>872001</td><td>state is %s.</td><td>状态</td></tr>\n</table>\n"),
		easemobFile: []byte("错误码 | 错误信息 | 描述 |\n---|---|---|\n0 | REQUEST_SUCCESS | 成功。 |\n-1 | REQUEST_TIMEOUT | 超时。 |\n"),
		overridesFile: []byte(`# test
platform jmessage/web
split 880101 "appkey not exist" | the older revision
0 Success OK None | success
880101 AppKeyNotFound Unauthenticated FixSetup | credential
880103 UserNotFound NotFound FixRequest | user
881002 MemberNotFound NotFound FixRequest | member
platform jmessage/server
898001 UserExists AlreadyExists FixRequest | exists
898002 NoSuchUser NotFound FixRequest | missing
platform jmessage/android
0 Success OK None | ok
platform jmessage/jmrtc
0 Success OK None | ok
872001 InvalidState FailedPrecondition FixRequest | state
platform easemob
0 - OK None | ok
-1 - DeadlineExceeded Retry | timeout
rest 429 "reach_limit" ReasonReachLimit ResourceExhausted RetryLater | rate limit
rest 400 "metadata_error" ReasonMetadataError InvalidArgument FixRequest | limit
rest 409 "metadata_error" ReasonMetadataError Aborted Retry | concurrent
`),
		restReasonsFile: []byte("# facts\nhttp_status\terror\texception\tmeaning\tin_newest\tpages\n" +
			"400\t\t\tbad request\tyes\tp.md\n" +
			"429\treach_limit\t\tAPI rate limit\tno\tp.md\n" +
			"400\tmetadata_error\t\tattribute limit\tyes\tp.md\n" +
			"409\tmetadata_error\t\tconcurrent update\tyes\tp.md\n" +
			"409\tmetadata_error\tX\tconcurrent update (example)\tyes\tp.md\n" +
			"5xx\t\t\tserver error\tyes\tp.md\n"),
	}
}

func TestBuild(t *testing.T) {
	cat, err := build(smallInputs())
	require.NoError(t, err)
	assert.Equal(t, 11, cat.count())

	web := cat[jmessageWeb]
	require.Len(t, web, 4)
	assert.Equal(t, []int{0, 880101, 880103, 881002}, []int{web[0].Code, web[1].Code, web[2].Code, web[3].Code})
	assert.Equal(t, "user not exist", web[2].Message, "the current page wins")
	assert.False(t, web[2].Deprecated)
	assert.True(t, web[3].Deprecated, "only the older page has 881002")
	assert.Equal(t, "appkey 不存在", web[1].Description)

	server := cat[jmessageServer]
	assert.Equal(t, 898001, server[0].Code, "sorted")
	assert.Equal(t, "NoSuchUser", server[1].Name)

	em := cat[easemob]
	assert.Equal(t, "RequestTimeout", em[0].Name)
	assert.Equal(t, "Retry", em[0].Action)
	assert.Equal(t, "state is %s.", cat[jmrtc][1].Message)
}

// edit returns smallInputs with one file changed by replacing old with new.
func edit(t *testing.T, file, old, new string) inputs {
	t.Helper()
	in := smallInputs()
	s := string(in[file])
	require.Contains(t, s, old)
	in[file] = []byte(strings.Replace(s, old, new, 1))
	return in
}

func TestBuildErrors(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   inputs
		want string
	}{
		{"malformed HTML row",
			edit(t, serverFile, "<td>User exist</td>", ""),
			serverFile + ":5: row has 2 cells, want 3"},
		{"malformed glued row",
			edit(t, webCurrentFile, "880103user", "user"),
			webCurrentFile + `:4: row does not start with a code: "user not exist用户不存在"`},
		{"duplicate code",
			edit(t, serverFile, "<td>898001</td>", "<td>898002</td>"),
			serverFile + ":5: duplicate code 898002 on jmessage/server (first at line 4)"},
		{"duplicate code in a pipe table",
			edit(t, easemobFile, "-1 |", "0 |"),
			easemobFile + ":4: duplicate code 0 on easemob (first at line 3)"},
		{"missing JMRTC table",
			edit(t, androidJMRTCFile, "## JMRTC Android", "## JMRTC iOS"),
			androidJMRTCFile + `:1: no table under the heading "JMRTC Android"`},
		{"ambiguous split left undecided",
			edit(t, overridesFile, `split 880101 "appkey not exist" | the older revision`, ""),
			webCurrentFile + `:3: code 880101: cannot tell where the English message ends in "appkey not existappkey 不存在"; decide it with a split line in ` + overridesFile},
		{"split that does not fit",
			edit(t, overridesFile, `"appkey not exist"`, `"appkey gone"`),
			overridesFile + `:3: split 880101: "appkey gone" does not start the row`},
		{"split for no row",
			edit(t, overridesFile, "0 Success OK None | success", "split 5 \"suc\" | x\n0 Success OK None | success"),
			overridesFile + ":4: split for jmessage/web 5 matches no glued row"},
		{"missing decision, so no name",
			edit(t, overridesFile, "898001 UserExists AlreadyExists FixRequest | exists\n", ""),
			serverFile + ":5: jmessage/server 898001 has no line in " + overridesFile},
		{"decision for a code not in the sources",
			edit(t, overridesFile, "898002 NoSuchUser NotFound FixRequest | missing", "898002 NoSuchUser NotFound FixRequest | missing\n898003 Gone NotFound FixRequest | gone"),
			overridesFile + ":11: jmessage/server 898003 is not in the sources"},
		{"duplicate name",
			edit(t, overridesFile, "898001 UserExists", "898001 NoSuchUser"),
			overridesFile + ":10: jmessage/server 898002: name NoSuchUser already names 898001 (line 9)"},
		{"unexported name",
			edit(t, overridesFile, "898001 UserExists", "898001 userExists"),
			overridesFile + `:9: jmessage/server 898001: "userExists" is not an exported Go identifier`},
		{"reserved name",
			edit(t, overridesFile, "898001 UserExists", "898001 Code"),
			overridesFile + ":9: jmessage/server 898001: Code is taken by the package itself"},
		{"missing name for JMessage",
			edit(t, overridesFile, "898001 UserExists", "898001 -"),
			overridesFile + ":9: jmessage/server 898001: no SDK constant to derive a name from"},
		{"hand-written name for Easemob",
			edit(t, overridesFile, "-1 - DeadlineExceeded", "-1 Timeout DeadlineExceeded"),
			overridesFile + ":18: easemob -1: the name comes from the SDK constant REQUEST_TIMEOUT; write - instead of Timeout"},
		{"decision twice",
			edit(t, overridesFile, "898002 NoSuchUser NotFound FixRequest | missing", "898002 NoSuchUser NotFound FixRequest | missing\n898002 NoSuchUser NotFound FixRequest | again"),
			overridesFile + ":11: jmessage/server 898002: decided twice (first at line 10)"},
		{"no reason",
			edit(t, overridesFile, "898002 NoSuchUser NotFound FixRequest | missing", "898002 NoSuchUser NotFound FixRequest"),
			overridesFile + ":10: no reason"},
		{"unknown category",
			edit(t, overridesFile, "898002 NoSuchUser NotFound FixRequest", "898002 NoSuchUser Missing FixRequest"),
			overridesFile + `:10: code 898002: unknown category "Missing"`},
		{"released name changed",
			withReleased(smallInputs(), "jmessage/server 898002 UserNotFound\n"),
			overridesFile + ":10: jmessage/server 898002 was released as UserNotFound; released names never change, so it cannot become NoSuchUser"},
		{"released code gone",
			withReleased(smallInputs(), "# names\njmessage/server 898003 InvalidParameter\n"),
			releasedNamesFile + ":2: jmessage/server 898003 was released as InvalidParameter but is no longer in the sources"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := build(tt.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func withReleased(in inputs, record string) inputs {
	in[releasedNamesFile] = []byte(record)
	return in
}

func TestReleasedRecord(t *testing.T) {
	cat, err := build(smallInputs())
	require.NoError(t, err)
	record := cat.releasedRecord()
	assert.Contains(t, string(record), "jmessage/server 898002 NoSuchUser\n")
	assert.Contains(t, string(record), "easemob -1 RequestTimeout\n")

	// A catalog accepts its own record.
	_, err = build(withReleased(smallInputs(), string(record)))
	assert.NoError(t, err)
}

func TestParseOverridesErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"platform ios\n", `o:1: unknown platform "ios"`},
		{"1 A OK None | r\n", "o:1: no platform line before the first decision"},
		{"platform easemob\n1 A OK None extra | r\n", `o:2: want CODE NAME CATEGORY ACTION, got "1 A OK None extra"`},
		{"platform easemob\n1 A NotFound | r\n", "o:2: want CODE NAME CATEGORY ACTION"},
		{"platform easemob\n1 A NotFound retry | r\n", `o:2: code 1: unknown action "retry" (want one of Report, None, Retry,`},
		{"platform easemob\n1 A Missing Retry | r\n", `o:2: code 1: unknown category "Missing" (want one of OK, Canceled,`},
		{"platform easemob\n1 A OK Retry | r\n", "o:2: code 1: category OK and action None go together, not OK and Retry"},
		{"platform easemob\n1 A NotFound None | r\n", "o:2: code 1: category OK and action None go together, not NotFound and None"},
		{"platform easemob\nx A OK None | r\n", `o:2: code "x" is not a number`},
		{"platform easemob\n1 A OK None |   \n", "o:2: no reason"},
		{"platform jmessage/web\nsplit 1 abc | r\n", "o:2: split 1: the English message must be a double-quoted Go string"},
		{"platform jmessage/web\nsplit x \"a\" | r\n", `o:2: split: code "x" is not a number`},
		{"platform jmessage/web\nsplit 1 \"a\" | r\nsplit 1 \"b\" | r\n", "o:3: jmessage/web 1: second split (first at line 2)"},
	} {
		_, err := parseOverrides("o", []byte(tt.src))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

func TestSDKName(t *testing.T) {
	for in, want := range map[string]string{
		"WEBIM_CONNCTION_OPEN_ERROR": "WebIMConnctionOpenError",
		"REQUEST_SUCCESS":            "RequestSuccess",
		"MAX_LIMIT":                  "MaxLimit",
		"LOCAL_DB_OPERATION_FAILED":  "LocalDBOperationFailed",
		"SDK_RUNTIME_ERROR":          "SDKRuntimeError",
		"REST_PARAMS_STATUS":         "RESTParamsStatus",
		"WEBIM_CONNECTION_CLOSED":    "WebIMConnectionClosed",
	} {
		assert.Equal(t, want, sdkName(in), in)
	}
}
