package gen

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRESTReference(t *testing.T) {
	src := "# API\n\n### 注册用户\n\nError Code\n\n+ 899003 username不合法；\n+ 899051\u00a0 群组不存在；\n\nResponse\n\n+ 123 not a code list\n\n#### Error Code \n\n- 899052 设置群组\n  消息屏蔽\n"
	rows, err := parseRESTReference("r.md", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, []row{
		{pos: pos{"r.md", 7}, code: 899003, description: "username不合法；"},
		{pos: pos{"r.md", 8}, code: 899051, description: "群组不存在；"},
		{pos: pos{"r.md", 16}, code: 899052, description: "设置群组 消息屏蔽"},
	}, rows, "only the lists after an Error Code heading or paragraph")

	for _, tt := range []struct{ src, want string }{
		{"no lists\n", `r.md:1: no "Error Code" lists`},
		{"Error Code\n\n+ 屏蔽，设置的群组屏蔽已经打开\n", `r.md:3: bullet does not start with a code: "屏蔽，设置的群组屏蔽已经打开"`},
		{"Error Code\n\n+ 899052\n", "r.md:3: code 899052: no description"},
		{"Error Code\n\n+ 899052设置\n", `r.md:3: code 899052: no space after the code in "899052设置"`},
		{"Error Code\n\n+ 99999999999 x\n", "r.md:3: bullet does not start with a code"},
		{"Error Code\n\n+ 1 \xff\n", "r.md:3: not valid UTF-8"},
	} {
		_, err := wellFormed(parseRESTReference("r.md", []byte(tt.src)))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

func TestParseAppledoc(t *testing.T) {
	rows, err := parseAppledoc("a.html", []byte(appledocPage("E", "kA", 863004, "用户<a href=\"x\">未</a>登录", "kB", 860016, "其他  网络")))
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, row{pos: pos{"a.html", 3}, code: 863004, constant: "kA", description: "用户未登录"}, rows[0])
	assert.Equal(t, row{pos: pos{"a.html", 5}, code: 860016, constant: "kB", description: "其他 网络"}, rows[1])

	page := appledocPage("E", "kA", 1, "甲")
	for _, tt := range []struct{ src, want string }{
		{"<html></html>", "a.html:1: no NS_ENUM definition"},
		{"<code>typedef NS_ENUM(NSUInteger, E ) {<br>};</code>", "a.html:1: the NS_ENUM definition has no constants"},
		{replace(page, "kA</a> = 1,", "kA</a> = one,"), `a.html:3: enum line "kA = one," does not read NAME = NUMBER`},
		{replace(page, "<p>甲</p>", ""), "a.html:3: kA (1) has no description"},
		{replace(page, `title="kA"></a><code>kA</code>`, `title="kZ"></a><code>kZ</code>`), "a.html:3: kA (1) has no description"},
		{replace(page, "</dl>", "<dt><code>kC</code></dt><dd><p>丙</p></dd></dl>"), "a.html:1: kC is described but not in the NS_ENUM definition"},
		{replace(page, "</dl>", "<dd><p>丙</p></dd></dl>"), "description of \"\": no constant before it"},
		{"<code>\xff</code>", "a.html:1: not valid UTF-8"},
		{"<html>\n\n<code>\xff</code>", "a.html:3: not valid UTF-8"},
	} {
		_, err := wellFormed(parseAppledoc("a.html", []byte(tt.src)))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

func TestParseJavadocConstants(t *testing.T) {
	rows, err := parseJavadocConstants("j.html", []byte(javadocPage))
	require.NoError(t, err)
	assert.Equal(t, []row{
		{pos: pos{"j.html", 3}, code: 0, constant: "NO_ERROR", message: "ok"},
		{pos: pos{"j.html", 9}, code: 872005, constant: "RTC_INVITE_MYSELF_ERROR", message: "invite failed. cannot invite yourself."},
	}, rows)

	for _, tt := range []struct{ src, want string }{
		{"<table></table>", "j.html:1: no constants"},
		{replace(javadocPage, "<code>872005</code>", "<code>x</code>"), `j.html:9: RTC_INVITE_MYSELF_ERROR: value "x" is not a number`},
		{replace(javadocPage, "RTC_INVITE_MYSELF_ERROR_DESC", "OTHER_DESC"), "j.html:9: RTC_INVITE_MYSELF_ERROR (872005) has no RTC_INVITE_MYSELF_ERROR_DESC"},
		{replace(javadocPage, `"ok"`, "ok"), "j.html:3: NO_ERROR (0) has no NO_ERROR_DESC"},
		{replace(javadocPage, "final&nbsp;int</code></td>\n<td><code><a", "final&nbsp;long</code></td>\n<td><code><a"), `j.html:3: NO_ERROR: type "public static final long" is neither int nor String`},
		{replace(javadocPage, "<td class=\"colLast\"><code>0</code></td>", ""), "j.html:3: row has 2 cells, want 3"},
	} {
		_, err := wellFormed(parseJavadocConstants("j.html", []byte(tt.src)))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

func TestParseEnumTSV(t *testing.T) {
	src := "# facts\n" + enumHeader + "\n" +
		"0\tREQUEST_SUCCESS\tyes\t4.2.0\t4.21.1\tyes\t\n" +
		"0\tUSER_NOT_ASSIGN\tyes\t4.2.0\t4.21.1\tyes\talias\n" +
		"8\tSERVER_ERROR\tno\t4.2.0\t4.21.1\tno\tdeclared only\n" +
		"55\tLOCAL_DB\tno\t4.2.1\t4.7.0\t\trenumbered\n" +
		"304\tDNS_FAILED\tno\t4.9.0\t4.21.1\tyes\t\n" +
		"304\tREC_AUDIO\tno\t4.2.0\t4.8.1-2\t\treused\n"
	rows, err := parseEnumTSV("e.tsv", []byte(src))
	require.NoError(t, err)
	require.Len(t, rows, 4)
	assert.Equal(t, row{pos: pos{"e.tsv", 3}, code: 0, message: "REQUEST_SUCCESS", aliases: []string{"USER_NOT_ASSIGN"}}, rows[0], "an alias of the same versions")
	assert.True(t, rows[1].deprecated, "declared, not raised")
	assert.Equal(t, "the Web SDK 4.21.1 declares it but never raises it; older SDKs may", rows[1].deprecation)
	assert.Equal(t, "declared only", rows[1].note)
	assert.True(t, rows[2].deprecated, "gone from the newest SDK")
	assert.Equal(t, "the Web SDK 4.21.1 no longer has it; versions 4.2.1 to 4.7.0 did", rows[2].deprecation)
	assert.Equal(t, "DNS_FAILED", rows[3].message, "a reused number: the newest meaning wins")
	assert.False(t, rows[3].deprecated)
	assert.Equal(t, "", rows[3].description, "the vendor gives no text")

	for _, tt := range []struct{ src, want string }{
		{"", "e.tsv:1: no header line"},
		{"1\tA\n", "e.tsv:1: want the header"},
		{enumHeader + "\n", "e.tsv:1: no rows"},
		{enumHeader + "\n1\tA\tyes\n", "e.tsv:2: row has 3 fields, want 7"},
		{enumHeader + "\nx\tA\tyes\t4.2.0\t4.21.1\tyes\t\n", `e.tsv:2: code "x" is not a number`},
		{enumHeader + "\n1\ta-b\tyes\t4.2.0\t4.21.1\tyes\t\n", `e.tsv:2: code 1: constant "a-b" is not an upper-case identifier`},
		{enumHeader + "\n1\tA\tmaybe\t4.2.0\t4.21.1\tyes\t\n", `e.tsv:2: code 1: on_page "maybe" is neither yes nor no`},
		{enumHeader + "\n1\tA\tyes\t4.21.1\t4.2.0\tyes\t\n", `e.tsv:2: code 1: bad version range "4.21.1" to "4.2.0"`},
		{enumHeader + "\n1\tA\tyes\t4.2\t4.21.1\tyes\t\n", `e.tsv:2: code 1: bad version range "4.2" to "4.21.1"`},
		{enumHeader + "\n1\tA\tyes\t4.2.0\t4.21.1\toften\t\n", `e.tsv:2: code 1: emitted "often" is neither yes, no nor empty`},
		{enumHeader + "\n1\tA\tyes\t4.2.0\t4.21.1\tyes\t\xff\n", "e.tsv:2: not valid UTF-8"},
	} {
		_, err := wellFormed(parseEnumTSV("e.tsv", []byte(tt.src)))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

func TestSkipsAndEnglishLines(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   inputs
		want string
	}{
		{"malformed English row left unskipped",
			edit(t, overridesFile, "skip jmessage-web-en.md:3 | a stray bar\n", ""),
			webEnglishFile + ":3: row has 3 cells and more after the last, want 3"},
		{"duplicate row left unskipped",
			edit(t, overridesFile, "skip jmessage-server-2017.md:4 | twice\n", ""),
			server2017File + ":4: duplicate code 809001 on jmessage/server (first at line 3)"},
		{"skip of a line that starts no row",
			edit(t, overridesFile, "jmessage-server-2017.md:4 |", "jmessage-server-2017.md:1 |"),
			overridesFile + ":3: skip: no row of " + server2017File + " starts on line 1-1"},
		{"skip beyond the file",
			edit(t, overridesFile, "jmessage-server-2017.md:4 |", "jmessage-server-2017.md:40 |"),
			overridesFile + ":3: skip: line 40 of " + server2017File + " is blank or missing"},
		{"skip of a file that is no source",
			edit(t, overridesFile, "jmessage-server-2017.md:4 |", "jmessage-server-2017.md:4 | x\nskip nothing.md:1 |"),
			overridesFile + ":4: skip: " + sourcesDir + "/nothing.md is not a source of the catalog"},
		{"english text not read from a skipped line",
			edit(t, overridesFile, `english 0 "Successful request"`, `english 0 "Successful answer"`),
			overridesFile + `:6: english jmessage/web 0: "Successful answer" is not read from a skipped line`},
		{"english line for a code with an English row",
			edit(t, overridesFile, `english 0 "Successful request" | the stray bar, read by hand`, `english 0 "Successful request" | the stray bar, read by hand`+"\nenglish 880103 \"User\" | x"),
			overridesFile + `:7: english jmessage/web 880103: the English page has a row for it already ("User does not exist")`},
		{"English row for a code no page has",
			edit(t, serverEnglishFile, "<td>898002</td>", "<td>898099</td>"),
			serverEnglishFile + ":3: jmessage/server 898099 is on the English page but on no page of the platform"},
		{"REST rows that disagree",
			edit(t, restAPIFile, "+ 899051 群组不存在；", "+ 899051 群组没有"),
			restAPIFile + `:10: jmessage/server 899051: "群组没有" disagrees with line 6, "群组不存在；"`},
		{"iOS name whose reason does not name the SDK constant",
			edit(t, overridesFile, "863004 UserNotLoggedIn Unauthenticated Reauthenticate | kJMSGErrorSDKUserNotLogin", "863004 UserNotLoggedIn Unauthenticated Reauthenticate | not logged in"),
			"jmessage/ios 863004: the reason must name the SDK constant kJMSGErrorSDKUserNotLogin that UserNotLoggedIn comes from"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := build(tt.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	for _, tt := range []struct{ src, want string }{
		{"skip a.md | r\n", "o:1: skip: want FILE:LINE or FILE:FIRST-LAST"},
		{"skip d/a.md:1 | r\n", "o:1: skip: want FILE:LINE"},
		{"skip a.md:3-2 | r\n", `o:1: skip: bad line range "3-2"`},
		{"skip a.md:0 | r\n", `o:1: skip: bad line range "0"`},
		{"skip a.md:1-3 | r\nskip a.md:3 | r\n", "o:2: skip overlaps line 1"},
		{"platform jmessage/web\nenglish 0 \"a\" | r\nenglish 0 \"b\" | r\n", "o:3: jmessage/web 0: second english line (first at line 2)"},
		{"english 0 \"a\" | r\n", "o:1: no platform line before the first decision"},
	} {
		_, err := parseOverrides("o", []byte(tt.src))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

// replace returns s with old replaced by new once; the test page must hold
// old.
func replace(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic("test page lacks " + old)
	}
	return strings.Replace(s, old, new, 1)
}
