package gen

import (
	"fmt"
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
		easemobFile:       []byte("错误码 | 错误信息 | 描述 |\n---|---|---|\n0 | REQUEST_SUCCESS | 成功。 |\n-1 | REQUEST_TIMEOUT | 超时。 |\n"),
		web2017File:       []byte("| Code | Err Message | DESCRIPTION |\n|---|---|---|\n| 0 | success | 请求成功 |\n| 880301 | target user not exist | 目标用户不存在 |\n"),
		webEnglishFile:    []byte("| Code | Err Message | DESCRIPTION |\n|---|---|---|\n| 0 | success | Successful | request |\n| 880103 | user not exist | User does not exist |\n"),
		server2017File:    []byte("<table>\n<tr><td>898002</td><td>No such user</td><td>用户不存在</td></tr>\n<tr><td>809001</td><td>group id not exist</td><td>目标群组ID不存在</td></tr>\n<tr><td>809001</td><td>group id not exist</td><td>目标群组ID不存在</td></tr>\n</table>\n"),
		serverEnglishFile: []byte("<table>\n<tr><th>Code</th><th>Error Message</th><th>Instructions</th></tr>\n<tr><td>898002</td><td>No such user</td><td>User does not exist</td></tr>\n</table>\n"),
		restAPIFile:       []byte("# REST\n\nError Code\n\n+ 898002 用户不存在；\n+ 899051\u00a0 群组不存在；\n\n#### Error Code\n\n+ 899051 群组不存在；\n"),
		androidEnFile:     []byte("## JMessage Android\n<table>\n<tr><td>0</td><td>Success</td><td>success</td></tr>\n</table>\n"),
		jmrtcJavadocFile:  []byte(javadocPage),
		iosFile: []byte("## JMessage iOS\n<table>\n<tr><td>863004</td><td>User is not at Login state</td><td>用户未在登录状态</td></tr>\n</table>\n\n" +
			"## JMRTC iOS\n<table>\n<tr><td>871002</td><td>the %@ operation cannot be performed in the %@ state.</td><td>当前状态不能发起此行为</td></tr>\n</table>\n<br>\r若以上\r"),
		iosEnglishFile:   []byte("| **Code** | **Error Message** | **Instructions** |\n|---|---|---|\n| 863004 | User is not at Login state | User is not logged in |\n"),
		appledocSDKFile:  []byte(appledocPage("JMSGSDKErrorCode", "kJMSGErrorSDKUserNotLogin", 863004, "用户未登录", "kJMSGErrorSDKNetworkOtherError", 860016, "其他网络原因")),
		appledocHTTPFile: []byte(appledocPage("JMSGHttpErrorCode", "kJMSGErrorHttpUserNotExist", 898002, "用户不存在 (403)", "kJMSGErrorHttpUidInvalid", 898005, "内部UID 无效 (403)")),
		appledocTCPFile:  []byte(appledocPage("JMSGTcpErrorCode", "kJMSGErrorTcpGroupApplyRepeat", 856003, "重复申请入群或重复邀请成员入群")),
		easemobEnumFile:  []byte("# facts\n" + enumHeader + "\n0\tREQUEST_SUCCESS\tyes\t4.2.0\t4.21.1\tyes\t\n0\tWEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR\tyes\t4.2.0\t4.21.1\tyes\talias\n8\tWEBIM_CONNCTION_SERVER_ERROR\tno\t4.2.0\t4.21.1\tno\tdeclared only\n400\tSTATUS_INIT\tno\t4.2.0\t4.21.1\tno\tconnection state\n"),
		easemobNativeFile: []byte(nativeHeader + "\n" +
			"0\tEM_NO_ERROR\tEMErrorNoError\t\tyes\tcurrent\tios-h\tSuccess; no error.\t成功，无错误。\t\n" +
			"204\tUSER_NOT_FOUND\tEMErrorUserNotFound\tCONTACT_ADD_USER_NOT_FOUND/CONTACT_BLOCKLIST_USER_NOT_FOUND\tyes\tcurrent\tios-h\tThe user ID does not exist.\t用户 ID 不存在。\t\n" +
			"606\tGROUP_NOT_EXIST\tEMErrorGroupNotExist\tGROUP_NOT_EXIST\tdiffers\tcurrent\tios-h\tThe group does not exist.\t群组不存在。\tOlder SDKs use 605.\n" +
			"800\tCALL_INVALID_ID\tEMErrorCallInvalidId\t\tyes\tdeprecated\tios-h-old\tCall: invalid call ID.\t通话：无效的通话 ID。\t\n"),
		server201707File: []byte("<table>\n<tr><td>810006</td><td>member not permitted added to group</td><td>有成员没有权限添加</td></tr>\n</table>\n"),
		combined2016File: []byte("## IM SDK ErrorCode 定义\n\n#### JMessage iOS\n\n<table>\n<tr><td>863004</td><td>User is not at Login state</td><td>用户未在登录状态</td></tr>\n</table>\n\n" +
			"#### JMessage Android\n\n<table>\n<tr><td>0</td><td>success</td><td>成功</td></tr>\n</table>\n\n" +
			"#### Server Error \n\n<table>\n<tr><td>898002</td><td>No sush user</td><td>用户不存在</td></tr>\n<tr><td>810006</td><td>User have not right to add member in the group</td><td>有成员没有权限添加</td></tr>\n</table>\n"),
		combined201601File: []byte("#### JMessage iOS\n\n<table>\n<tr><td>863004</td><td>User is not at Login state</td><td>用户未在登录状态</td></tr>\n</table>\n\n" +
			"#### JMessage Android\n\n<table>\n<tr><td>0</td><td>success</td><td>成功</td></tr>\n</table>\n\n" +
			"#### Server Error \n\n<table>\n<tr><td>0</td><td>success</td><td>成功</td></tr>\n<tr><td>800002</td><td>appkey info is nil</td><td>appkey信息为空</td></tr>\n<tr><td>800011</td><td>sync mysql error</td><td>服务器系统错误</td></tr>\n</table>\n"),
		combined2015File: []byte("## IM SDK ErrorCode 定义\n\n<table>\n<tr><td>898002</td><td>No sush user</td><td>用户不存在</td></tr>\n<tr><td>800002</td><td>Appkey info is nil</td><td>appkey信息为空</td></tr>\n" +
			"   <!-- iOS SDK -->\n<tr>\n<td>860010</td>\n<td></td>\n<td>网络请求验证错误</td>\n</tr>\n   <!-- Android SDK 相关 -->\n<tr><td>0</td><td>success</td><td>成功</td></tr>\n</table>\n"),
		combined201511File: []byte("<table>\n<!-- iOS SDK -->\n<tr>\n<td style=\"padding: 0 5px;\">860010</td>\n<td style=\"padding: 0 5px;\">network auth fail</td>\n<td>网络请求验证错误</td>\n</tr>\n" +
			"<tr>\n<td style=\"padding: 0 5px;\">860014</td>\n<td style=\"padding: 0 5px;\">network host unkown </td>\n<td>地址错误</td>\n</tr>\n<tr>\n<td>863004</td>\n<td></td>\n<td>地址错误</td>\n</tr>\n</table>\n"),
		rest2015File: []byte("#### Example Error Response\n\n```\n< HTTP/1.1 401 Unauthorized\n{ \n  \"error\": {\n        \"code\": 3001, \n        \"message\": \"Basic authentication failed\"\n     }\n}\n```\n\n" +
			"```\n[{\"username\": \"dev_fang\",  }, \n {\"username\": \"dev_javen\",  \"error\":{\"code\":8001,\"message\":\"The user  already exists\"}}, \n] \n```\n\n" +
			"| Code | HTTP| Error Message | 说明     |\n| ---- | --- | ------------- | ------- |\n|898002| 403 | No sush user | 用户不存在 |\n|899005| 403\t| Invalid uid\t | uid 不存在\n|800011| 400 | Repeat to add the members     |  重复添加  |\n"),
		appledocTCP2015File: []byte(appledocPage("JMSGTcpErrorCode", "kJMSGErrorTcpUserIDEmpty", 800004, "SDK依赖的内部 TCP 服务返回的错误码", "kJMSGErrorTcpUserNotRegistered", 898002, "SDK依赖的内部 TCP 服务返回的错误码")),
		manifestFile:        []byte(smallManifest()),
		overridesFile: []byte(`# test
skip jmessage-web-en.md:3 | a stray bar
skip jmessage-server-2017.md:4 | twice
skip easemob-sdk-enum.tsv:6 | a connection state
platform jmessage/web
english 0 "Successful request" | the stray bar, read by hand
split 880101 "appkey not exist" | the older revision
0 Success OK None | success
880101 AppKeyNotFound Unauthenticated FixSetup | credential
880103 UserNotFound NotFound FixRequest | user
880301 AddFriendTargetNotFound NotFound FixRequest | friend
881002 MemberNotFound NotFound FixRequest | member
platform jmessage/server
898001 UserExists AlreadyExists FixRequest | exists
898002 NoSuchUser NotFound FixRequest | missing
809001 GroupIDNotFound NotFound FixRequest | 2017
899051 RESTGroupNotFound NotFound FixRequest | rest
898005 InvalidUID InvalidArgument FixRequest | kJMSGErrorHttpUidInvalid
856003 GroupApplyRepeated AlreadyExists FixRequest | kJMSGErrorTcpGroupApplyRepeat
skip jmessage-combined-2016-01.md:16 | 0 in the server's table
skip jmessage-combined-2015.md:13 | 0, by its number the server's
800002 AppKeyInfoMissing Unauthenticated FixSetup | old
800004 UserIDEmpty InvalidArgument FixRequest | kJMSGErrorTcpUserIDEmpty
800011 SyncMySQLError Internal Report | old
810006 MemberCannotJoinGroup PermissionDenied FixRequest | old
899005 RESTInvalidUID NotFound FixRequest | old
3001 RESTLegacyBasicAuthFailed Unauthenticated FixSetup | old
8001 RESTLegacyUserExists AlreadyExists FixRequest | old
renumbered 8001 898001 | the first number of a user who exists
platform jmessage/android
0 Success OK None | ok
platform jmessage/jmrtc
0 Success OK None | ok
872001 InvalidState FailedPrecondition FixRequest | state
872005 InviteSelf InvalidArgument FixRequest | RTC_INVITE_MYSELF_ERROR
871002 IOSInvalidState FailedPrecondition FixRequest | state
platform easemob/web4
0 - OK None | ok
-1 - DeadlineExceeded Retry | timeout
8 - Unauthenticated Reauthenticate | logged in elsewhere
platform easemob/native
0 - OK None | ok
204 - NotFound FixRequest | missing
606 - NotFound FixRequest | missing
800 - InvalidArgument FixRequest | call
platform jmessage/ios
863004 UserNotLoggedIn Unauthenticated Reauthenticate | kJMSGErrorSDKUserNotLogin
860016 NetworkError Unavailable Retry | kJMSGErrorSDKNetworkOtherError
860010 NetworkAuthFailed Unauthenticated Reauthenticate | old
860014 UnknownHost Unavailable Retry | old
rest 429 "reach_limit" ReasonReachLimit ResourceExhausted RetryLater | rate limit
rest 400 "metadata_error" ReasonMetadataError InvalidArgument FixRequest | limit
rest 409 "metadata_error" ReasonMetadataError Aborted Retry | concurrent
restcode 15002 Unimplemented FixSetup "功能未开通。" | not enabled
`),
		restCodesFile: []byte("# facts\n" + restCodesHeader + "\n403\t15002\terror_code\tweb4:8,native:606,native:204\tFeature not enabled.\tw\n"),
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
	assert.Equal(t, 34, cat.count())

	web := cat.of[jmessageWeb]
	require.Len(t, web, 5)
	assert.Equal(t, []int{0, 880101, 880103, 880301, 881002}, codesOf(web))
	assert.Equal(t, "user not exist", web[2].Message, "the current page wins")
	assert.False(t, web[2].Deprecated)
	assert.True(t, web[3].Deprecated, "only the 2017 page has 880301")
	assert.Equal(t, "jmessage-web-2017.md", web[3].Source())
	assert.True(t, web[4].Deprecated, "only the oldest page has 881002")
	assert.Equal(t, "appkey 不存在", web[1].Description)
	assert.Equal(t, "Successful request", web[0].EnglishDescription, "the english line")
	assert.Equal(t, "User does not exist", web[2].EnglishDescription)

	server := cat.of[jmessageServer]
	assert.Equal(t, []int{3001, 8001, 800002, 800004, 800011, 809001, 810006, 856003, 898001, 898002, 898005, 899005, 899051}, codesOf(server), "sorted")
	e := cat.find(key{jmessageServer, 809001})
	assert.True(t, e.Deprecated, "809001 is only in the 2017 revision, once the skip drops its second row")
	e = cat.find(key{jmessageServer, 898002})
	assert.Equal(t, "NoSuchUser", e.Name)
	assert.Equal(t, "用户不存在", e.Description, "the page wins over the REST reference and appledoc")
	assert.Equal(t, "kJMSGErrorHttpUserNotExist", e.Constant)
	assert.Equal(t, "User does not exist", e.EnglishDescription)
	e = cat.find(key{jmessageServer, 898005})
	assert.Equal(t, "", e.Message, "appledoc gives no English")
	assert.Equal(t, "内部UID 无效 (403)", e.Description)
	e = cat.find(key{jmessageServer, 899051})
	assert.Equal(t, "群组不存在；", e.Description, "the no-break space after the code is not text")
	assert.False(t, e.Deprecated)
	assert.Equal(t, "jmessage-rest-api.md", e.Source())

	ios := cat.of[jmessageIOS]
	assert.Equal(t, []int{860010, 860014, 860016, 863004}, codesOf(ios))
	e = cat.find(key{jmessageIOS, 863004})
	assert.Equal(t, "UserNotLoggedIn", e.Name)
	assert.Equal(t, "User is not logged in", e.EnglishDescription)
	assert.Equal(t, "用户未在登录状态", e.Description, "the current page wins over the 2015 one")
	assert.Equal(t, "其他网络原因", cat.find(key{jmessageIOS, 860016}).Description)

	em := cat.of[easemobWeb4]
	assert.Equal(t, []int{-1, 0, 8}, codesOf(em), "400 is skipped")
	assert.Equal(t, "RequestTimeout", em[0].Name)
	assert.Equal(t, "Retry", em[0].Action)
	assert.Equal(t, []string{"WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR"}, em[1].Aliases)
	assert.False(t, em[1].Deprecated)
	assert.True(t, em[2].Deprecated, "declared, not raised")
	assert.Equal(t, "WebIMConnctionServerError", em[2].Name)
	assert.Equal(t, "", em[2].Description, "the vendor gives no text")
	assert.Equal(t, "declared only", em[2].Note)

	assert.Equal(t, "state is %s.", cat.of[jmrtc][2].Message)
	assert.Equal(t, "the %@ operation cannot be performed in the %@ state.", cat.of[jmrtc][1].Message)
	assert.Equal(t, "invite failed. cannot invite yourself.", cat.of[jmrtc][3].Message)
	assert.Equal(t, "RTC_INVITE_MYSELF_ERROR", cat.of[jmrtc][3].Constant)

}

// The 2015-2017 revisions only add codes, each deprecated with the texts of
// the newest revision that lists it, and leave every other code as it is.
func TestBuildHistory(t *testing.T) {
	cat, err := build(smallInputs())
	require.NoError(t, err)
	want := []struct {
		p                    *platform
		code                 int
		message, description string
		source               string
	}{
		{jmessageServer, 810006, "member not permitted added to group", "有成员没有权限添加", "jmessage-server-2017-07.md"},
		{jmessageServer, 800002, "appkey info is nil", "appkey信息为空", "jmessage-combined-2016-01.md"},
		{jmessageServer, 800011, "sync mysql error", "服务器系统错误", "jmessage-combined-2016-01.md"},
		{jmessageServer, 899005, "Invalid uid", "uid 不存在", "jmessage-rest-2015.md"},
		{jmessageServer, 3001, "Basic authentication failed", "", "jmessage-rest-2015.md"},
		{jmessageServer, 8001, "The user  already exists", "", "jmessage-rest-2015.md"},
		{jmessageServer, 800004, "", "SDK依赖的内部 TCP 服务返回的错误码", "jmessage-ios-appledoc-tcp-2015.html"},
		{jmessageIOS, 860010, "", "网络请求验证错误", "jmessage-combined-2015.md"},
		{jmessageIOS, 860014, "network host unkown", "地址错误", "jmessage-combined-2015-11-05.md"},
	}
	for _, w := range want {
		e := cat.find(key{w.p, w.code})
		if assert.NotNil(t, e, "%s %d", w.p.id, w.code) {
			assert.Equal(t, w.message, e.Message, "%d", w.code)
			assert.Equal(t, w.description, e.Description, "%d", w.code)
			assert.Equal(t, w.source, e.Source(), "%d", w.code)
			assert.True(t, e.Deprecated, "%d", w.code)
			assert.Contains(t, e.Deprecation, "only an older revision of the vendor's page ("+w.source+")")
		}
	}
	e := cat.find(key{jmessageServer, 898002})
	assert.Equal(t, "No such user", e.Message, "an older revision's text (No sush user) does not leak")
	assert.False(t, e.Deprecated)
	assert.Equal(t, []int{0}, codesOf(cat.of[jmessageAndroid]), "0 is not the server's: the skips leave it out")

	e = cat.find(key{jmessageServer, 8001})
	assert.Equal(t, "the first number of a user who exists", e.Note, "the renumbered line's reason")
	assert.True(t, strings.HasPrefix(e.Deprecation, "an older number of 898001 (UserExists), which replaced it; only an older revision"), e.Deprecation)
	assert.Empty(t, cat.find(key{jmessageServer, 3001}).Note)
}

func codesOf(es []*entry) []int {
	var cs []int
	for _, e := range es {
		cs = append(cs, e.Code)
	}
	return cs
}

// smallManifest lists every source file, as the real manifest does.
func smallManifest() string {
	m := manifestHeader + "\n"
	for _, f := range sourceFiles() {
		m += baseName(f) + "\tjpush/jpush-docs\tzh/" + baseName(f) + "\tabcdef0\t2019-04-10\tMIT\ttest page\n"
	}
	return m
}

// javadocPage is a javadoc constants page with two codes.
const javadocPage = `<html><body><table class="constantsSummary">
<tr><th>Modifier and Type</th><th>Constant Field</th><th>Value</th></tr>
<tr class="altColor">
<td class="colFirst"><code>public&nbsp;static&nbsp;final&nbsp;int</code></td>
<td><code><a href="x">NO_ERROR</a></code></td>
<td class="colLast"><code>0</code></td>
</tr>
<tr><td><code>public&nbsp;static&nbsp;final&nbsp;java.lang.String</code></td><td><code>NO_ERROR_DESC</code></td><td><code>"ok"</code></td></tr>
<tr><td><code>public&nbsp;static&nbsp;final&nbsp;int</code></td><td><code>RTC_INVITE_MYSELF_ERROR</code></td><td><code>872005</code></td></tr>
<tr><td><code>public&nbsp;static&nbsp;final&nbsp;java.lang.String</code></td><td><code>RTC_INVITE_MYSELF_ERROR_DESC</code></td><td><code>"invite failed. cannot invite yourself."</code></td></tr>
</table></body></html>
`

// appledocPage returns an appledoc constants page of the enum name with the
// given constants, as name, value and description triples.
func appledocPage(enum string, consts ...any) string {
	var def, dl strings.Builder
	for i := 0; i < len(consts); i += 3 {
		fmt.Fprintf(&def, "\n    &nbsp;&nbsp; <a href=\"\">%s</a> = %d,<br>\n", consts[i], consts[i+1])
		fmt.Fprintf(&dl, "<dt><a name=\"\" title=\"%s\"></a><code>%s</code></dt>\n<dd>\n<p>%s</p>\n<p>\n\tDeclared In <code class=\"declared-in-ref\">JMSGConstants.h</code>.\n</p>\n</dd>\n", consts[i], consts[i], consts[i+2])
	}
	return "<html><body><h3>" + enum + "</h3>\n<code>typedef NS_ENUM(NSUInteger, " + enum + " ) {<br>" + def.String() + "    };</code>\n<dl class=\"termdef\">\n" + dl.String() + "</dl></body></html>\n"
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
			easemobFile + ":4: duplicate code 0 on easemob/web4 (first at line 3)"},
		{"missing JMRTC table",
			edit(t, androidJMRTCFile, "## JMRTC Android", "## JMRTC iOS"),
			androidJMRTCFile + `:1: no table under the heading "JMRTC Android"`},
		{"ambiguous split left undecided",
			edit(t, overridesFile, `split 880101 "appkey not exist" | the older revision`, ""),
			webCurrentFile + `:3: code 880101: cannot tell where the English message ends in "appkey not existappkey 不存在"; decide it with a split line in ` + overridesFile},
		{"split that does not fit",
			edit(t, overridesFile, `"appkey not exist"`, `"appkey gone"`),
			overridesFile + `:7: split 880101: "appkey gone" does not start the row`},
		{"split for no row",
			edit(t, overridesFile, "0 Success OK None | success", "split 5 \"suc\" | x\n0 Success OK None | success"),
			overridesFile + ":8: split for jmessage/web 5 matches no glued row"},
		{"missing decision, so no name",
			edit(t, overridesFile, "898001 UserExists AlreadyExists FixRequest | exists\n", ""),
			serverFile + ":5: jmessage/server 898001 has no line in " + overridesFile},
		{"decision for a code not in the sources",
			edit(t, overridesFile, "898002 NoSuchUser NotFound FixRequest | missing", "898002 NoSuchUser NotFound FixRequest | missing\n898003 Gone NotFound FixRequest | gone"),
			overridesFile + ":16: jmessage/server 898003 is not in the sources"},
		{"duplicate name",
			edit(t, overridesFile, "898001 UserExists", "898001 NoSuchUser"),
			overridesFile + ":15: jmessage/server 898002: name NoSuchUser already names 898001 (line 14)"},
		{"unexported name",
			edit(t, overridesFile, "898001 UserExists", "898001 userExists"),
			overridesFile + `:14: jmessage/server 898001: "userExists" is not an exported Go identifier`},
		{"reserved name",
			edit(t, overridesFile, "898001 UserExists", "898001 Code"),
			overridesFile + ":14: jmessage/server 898001: Code is taken by the package itself"},
		{"missing name for JMessage",
			edit(t, overridesFile, "898001 UserExists", "898001 -"),
			overridesFile + ":14: jmessage/server 898001: no SDK constant to derive a name from"},
		{"hand-written name for Easemob",
			edit(t, overridesFile, "-1 - DeadlineExceeded", "-1 Timeout DeadlineExceeded"),
			overridesFile + ":39: easemob/web4 -1: the name comes from the SDK constant REQUEST_TIMEOUT; write - instead of Timeout"},
		{"decision twice",
			edit(t, overridesFile, "898002 NoSuchUser NotFound FixRequest | missing", "898002 NoSuchUser NotFound FixRequest | missing\n898002 NoSuchUser NotFound FixRequest | again"),
			overridesFile + ":16: jmessage/server 898002: decided twice (first at line 15)"},
		{"no reason",
			edit(t, overridesFile, "898002 NoSuchUser NotFound FixRequest | missing", "898002 NoSuchUser NotFound FixRequest"),
			overridesFile + ":15: no reason"},
		{"unknown category",
			edit(t, overridesFile, "898002 NoSuchUser NotFound FixRequest", "898002 NoSuchUser Missing FixRequest"),
			overridesFile + `:15: code 898002: unknown category "Missing"`},
		{"released name changed",
			withReleased(smallInputs(), "jmessage/server 898002 UserNotFound\n"),
			overridesFile + ":15: jmessage/server 898002 was released as UserNotFound; released names never change, so it cannot become NoSuchUser"},
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
	assert.Contains(t, string(record), "easemob/web4 -1 RequestTimeout\n")
	assert.Contains(t, string(record), "easemob/native 204 UserNotFound\n")

	// A catalog accepts its own record.
	_, err = build(withReleased(smallInputs(), string(record)))
	assert.NoError(t, err)
}

func TestParseOverridesErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"platform ios\n", `o:1: unknown platform "ios"`},
		{"1 A OK None | r\n", "o:1: no platform line before the first decision"},
		{"platform easemob/web4\n1 A OK None extra | r\n", `o:2: want CODE NAME CATEGORY ACTION, got "1 A OK None extra"`},
		{"platform easemob/web4\n1 A NotFound | r\n", "o:2: want CODE NAME CATEGORY ACTION"},
		{"platform easemob/web4\n1 A NotFound retry | r\n", `o:2: code 1: unknown action "retry" (want one of Report, None, Retry,`},
		{"platform easemob/web4\n1 A Missing Retry | r\n", `o:2: code 1: unknown category "Missing" (want one of OK, Canceled,`},
		{"platform easemob/web4\n1 A OK Retry | r\n", "o:2: code 1: category OK and action None go together, not OK and Retry"},
		{"platform easemob/web4\n1 A NotFound None | r\n", "o:2: code 1: category OK and action None go together, not NotFound and None"},
		{"platform easemob/web4\nx A OK None | r\n", `o:2: code "x" is not a number`},
		{"platform easemob/web4\n1 A OK None |   \n", "o:2: no reason"},
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

func TestParseManifest(t *testing.T) {
	m, err := parseManifest("m", []byte("# c\n"+manifestHeader+"\na.md\tjpush/jpush-docs\tzh/a.md\tf94b3a39\t2019-04-10\tMIT\tpage a\nb.tsv\tnpm:x\t-\t-\t-\tISC\tfacts\n"))
	require.NoError(t, err)
	require.Len(t, m, 2)
	assert.Equal(t, "https://github.com/jpush/jpush-docs/blob/f94b3a39/zh/a.md", m[0].URL())
	assert.Equal(t, "", m[1].URL(), "no GitHub file")
	assert.Equal(t, "", m[1].Revision, "- is unknown")

	for _, tt := range []struct{ src, want string }{
		{"a\tb\n", "m:1: want the header"},
		{"", "m:1: no header line"},
		{manifestHeader + "\na.md\tr\tp\n", "m:2: want 7 tab-separated fields"},
		{manifestHeader + "\nd/a.md\tr\tp\t-\t-\tMIT\tc\n", `m:2: file "d/a.md" is not a name`},
		{manifestHeader + "\na.md\to/r\tp\tXYZ1234\t-\tMIT\tc\n", `m:2: a.md: the revision "XYZ1234" of a repository is not a hexadecimal commit`},
		{manifestHeader + "\na.md\tr\tp\t-\t2019-4-10\tMIT\tc\n", `m:2: a.md: date "2019-4-10" is not YYYY-MM-DD`},
		{manifestHeader + "\na.md\tr\tp\t-\t-\t-\tc\n", "m:2: a.md: the licence and the content must be given"},
		{manifestHeader + "\na.md\tr\tp\t-\t-\tMIT\tc\na.md\tr\tp\t-\t-\tMIT\tc\n", "m:3: a.md listed twice"},
	} {
		_, err := parseManifest("m", []byte(tt.src))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

func TestBuildProvenance(t *testing.T) {
	cat, err := build(smallInputs())
	require.NoError(t, err)
	require.Len(t, cat.sources, len(sourceFiles()))
	for _, s := range cat.sources {
		if s.File == "jmessage-ios.md" {
			assert.Equal(t, []*platform{jmessageIOS, jmrtc}, s.Platforms)
		}
	}
	m := strings.Replace(smallManifest(), "jmessage-rest-api.md\t", "other.md\t", 1)
	in := smallInputs()
	in[manifestFile] = []byte(m)
	_, err = build(in)
	assert.EqualError(t, err, manifestFile+":1: jmessage-rest-api.md is read but has no line")
}
