package imcodes_test

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/ios"
	"github.com/imcodes/imcodes/jmessage/server"
)

// JMessage's history: the 2015-2017 revisions of its pages, read here with
// plain string handling, as the newer ones are in catalog_test.go.

// anyTD is a <td> cell with or without attributes (the early November 2015
// page gives each a style).
var anyTD = regexp.MustCompile(`(?s)<td[^>]*>(.*?)</td>`)

// cellRows reads the <td> cells of HTML, three to a row, trimmed.
func cellRows(t *testing.T, html string) []sourceRow {
	t.Helper()
	cells := anyTD.FindAllStringSubmatch(html, -1)
	require.Zero(t, len(cells)%3, "cells come in threes")
	var rows []sourceRow
	for i := 0; i < len(cells); i += 3 {
		text := func(j int) string { return strings.TrimSpace(anyTag.ReplaceAllString(cells[i+j][1], "")) }
		rows = append(rows, sourceRow{atoi(t, text(0)), text(1), text(2)})
	}
	return rows
}

// numberPlatform is the platform whose table holds a code on the combined
// pages: 86xxxx the iOS SDK's, 87xxxx the Android SDK's, the rest the
// server's.
func numberPlatform(code int) codes.Platform {
	switch code / 10000 {
	case 86:
		return codes.JMessageIOS
	case 87:
		return codes.JMessageAndroid
	}
	return codes.JMessageServer
}

// combinedRows reads one combined page into each platform's rows. The 2016
// pages have a table under each platform's "#### " heading; the 2015 ones
// one table, where the number says the platform. 0 (success) is no server
// code (the overrides skip it); under a heading, every other number belongs
// to the heading's platform.
func combinedRows(t *testing.T, name string) map[codes.Platform][]sourceRow {
	t.Helper()
	page := readSource(t, name)
	out := map[codes.Platform][]sourceRow{}
	add := func(p codes.Platform, r sourceRow) {
		if r.code != 0 || p != codes.JMessageServer {
			out[p] = append(out[p], r)
		}
	}
	parts := strings.Split(page, "\n#### ")
	if len(parts) == 1 {
		for _, r := range cellRows(t, page) {
			add(numberPlatform(r.code), r)
		}
		return out
	}
	headings := map[string]codes.Platform{"JMessage iOS": codes.JMessageIOS, "JMessage Android": codes.JMessageAndroid, "Server Error": codes.JMessageServer}
	require.Len(t, parts, 4, "%s: a title and three headings", name)
	for _, part := range parts[1:] {
		heading, body, _ := strings.Cut(part, "\n")
		p, ok := headings[strings.TrimSpace(heading)]
		require.True(t, ok, "%s: heading %q", name, heading)
		for _, r := range cellRows(t, body) {
			if r.code != 0 {
				require.Equal(t, p, numberPlatform(r.code), "%s: %d under %q", name, r.code, heading)
			}
			add(p, r)
		}
	}
	return out
}

// rest2015Rows reads the 2015 REST reference: the rows of its pipe table
// (code, HTTP status, message, description; the closing pipe is missing on
// some), then each error object of its JSON examples, whose message is the
// only text.
func rest2015Rows(t *testing.T) []sourceRow {
	t.Helper()
	page := readSource(t, "jmessage-rest-2015.md")
	var rows []sourceRow
	for _, line := range strings.Split(page, "\n") {
		cells := strings.Split(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(line), "|"), "|"), "|")
		if len(cells) == 4 && regexp.MustCompile(`^\d+$`).MatchString(cells[0]) {
			rows = append(rows, sourceRow{atoi(t, cells[0]), strings.TrimSpace(cells[2]), strings.TrimSpace(cells[3])})
		}
	}
	for _, m := range regexp.MustCompile(`"code":\s*(\d+),\s*"message":\s*"([^"]*)"`).FindAllStringSubmatch(page, -1) {
		rows = append(rows, sourceRow{atoi(t, m[1]), m[2], ""})
	}
	return rows
}

// historyLayers returns the 2015-2017 sources of each platform, in the
// order after its newer ones: the error pages newest first, then the REST
// reference, then the iOS constants page.
func historyLayers(t *testing.T) map[codes.Platform][]layer {
	t.Helper()
	out := map[codes.Platform][]layer{
		codes.JMessageServer: {{file: "jmessage-server-2017-07.md", rows: htmlRows(t, readSource(t, "jmessage-server-2017-07.md")), older: true}},
	}
	for _, name := range []string{"jmessage-combined-2016.md", "jmessage-combined-2016-01.md", "jmessage-combined-2015.md", "jmessage-combined-2015-11-05.md"} {
		for p, rows := range combinedRows(t, name) {
			out[p] = append(out[p], layer{file: name, rows: rows, older: true})
		}
	}
	out[codes.JMessageServer] = append(out[codes.JMessageServer],
		layer{file: "jmessage-rest-2015.md", rows: rest2015Rows(t), older: true},
		layer{file: "jmessage-ios-appledoc-tcp-2015.html", rows: appledocRows(t, readSource(t, "jmessage-ios-appledoc-tcp-2015.html")), older: true})
	return out
}

// The 25 codes of the history, and nothing else: every code they list that a
// newer page lists keeps the newer texts (TestCatalogMatchesSources checks
// every row; this test names the traps).
func TestHistory(t *testing.T) {
	added := map[codes.Platform][]int{
		codes.JMessageServer: {3001, 8001, 800002, 800004, 800010, 800011, 808030, 810006, 899004, 899005, 899010},
		codes.JMessageIOS:    {860010, 860011, 860012, 860013, 860014, 860040, 860170, 860172, 860193, 860210, 860211, 860212, 860213, 860214},
	}
	newer := map[codes.Platform]map[int]bool{}
	for p, ls := range layers(t) {
		newer[p] = map[int]bool{}
		for _, l := range ls {
			for _, r := range l.rows {
				newer[p][r.code] = true
			}
		}
	}
	n := 0
	for _, p := range codes.Platforms() {
		var only []int
		for _, e := range p.Entries() {
			if newer[p] != nil && !newer[p][e.Code] {
				only = append(only, e.Code)
				assert.True(t, e.Deprecated, "%s %d: only the history lists it", p, e.Code)
			}
		}
		assert.Equal(t, added[p], only, "%s: the codes only the history lists", p)
		n += len(only)
	}
	assert.Equal(t, 25, n)

	// Each new code with its texts, from the newest revision that has it.
	for _, tt := range []struct {
		p                    codes.Platform
		code                 int
		message, description string
		source               string
	}{
		{codes.JMessageServer, 810006, "member not permitted added to group", "用户添加成员到讨论组时，添加的成员列表中有成员该用户没有权限进行添加，添加成员失败", "jmessage-server-2017-07.md"},
		// Lower case on the newest page that has it (2016-01), whatever the case elsewhere.
		{codes.JMessageServer, 800002, "appkey info is nil", "appkey信息为空", "jmessage-combined-2016-01.md"},
		{codes.JMessageServer, 800010, "sync couchbase error", "服务器系统错误", "jmessage-combined-2016-01.md"},
		// The error pages' meaning, not the 2015 REST table's "Repeat to add the members".
		{codes.JMessageServer, 800011, "sync mysql error", "服务器系统错误", "jmessage-combined-2016-01.md"},
		{codes.JMessageServer, 808030, "Server response time out, please try again later", "系统繁忙，稍后重试", "jmessage-combined-2016-01.md"},
		{codes.JMessageServer, 899004, "Password error", "密码错误", "jmessage-rest-2015.md"},
		{codes.JMessageServer, 899005, "Invalid uid", "uid 不存在", "jmessage-rest-2015.md"},
		// The REST table's text, not the combined page's short-lived "Appkey not exit".
		{codes.JMessageServer, 899010, "Delete fail", "删除失败", "jmessage-rest-2015.md"},
		// The JSON examples' numbers: no Chinese; two spaces verbatim.
		{codes.JMessageServer, 3001, "Basic authentication failed", "", "jmessage-rest-2015.md"},
		{codes.JMessageServer, 8001, "The user  already exists", "", "jmessage-rest-2015.md"},
		{codes.JMessageServer, 800004, "", "SDK依赖的内部 TCP 服务返回的错误码", "jmessage-ios-appledoc-tcp-2015.html"},
		// An empty English cell stays empty (the 2015-11-18 page is newer than
		// 2015-11-05's "network server fail").
		{codes.JMessageIOS, 860013, "", "网络服务端失败", "jmessage-combined-2015.md"},
		{codes.JMessageIOS, 860040, "", "SDK 内部方法参数检查错误", "jmessage-combined-2015-11-05.md"},
		// The cell's trailing space is not text, as a browser shows it.
		{codes.JMessageIOS, 860014, "network host unkown", "地址错误", "jmessage-combined-2015-11-05.md"},
		{codes.JMessageIOS, 860214, "", "获取七牛token失败", "jmessage-combined-2015.md"},
	} {
		e, ok := tt.p.Lookup(tt.code)
		if assert.True(t, ok, "%s %d", tt.p, tt.code) {
			assert.Equal(t, [2]string{tt.message, tt.description}, [2]string{e.Message, e.Description}, "%s %d", tt.p, tt.code)
			assert.Equal(t, tt.source, e.Source, "%s %d", tt.p, tt.code)
			assert.True(t, e.Deprecated, "%s %d", tt.p, tt.code)
		}
	}
	assert.Contains(t, readSource(t, "jmessage-combined-2015-11-05.md"), ">network host unkown </td>", "the page has the space")
	assert.Equal(t, "jmessage/ios 860040: SDK 内部方法参数检查错误", ios.Code(860040).Error(), "with no English, the Chinese is the text")

	// Numbers that meant something else then keep their newer texts.
	for _, tt := range []struct {
		p         codes.Platform
		code      int
		old, want string // the older meaning, and the text that stays
	}{
		{codes.JMessageServer, 800012, "no enough space for members", "user never login"},
		{codes.JMessageServer, 810001, "group id not exist", "目标用户在群组黑名单中，无法加入"},
		{codes.JMessageServer, 811002, "group id not exist", "del member list is null"},
		{codes.JMessageServer, 811003, "zero member", "applicant not in group"},
		{codes.JMessageIOS, 860020, "地址错误", "获取媒体文件上传 token 失败"},
		{codes.JMessageServer, 898002, "No sush user", "No such user"},
		// Texts that differ only in case: codes are compared, never texts.
		{codes.JMessageServer, 800009, "System error", "system error"},
		{codes.JMessageServer, 898009, "appkey not exists", "Appkey not exists"},
		{codes.JMessageServer, 810006, "User have not right to add member in the group", "member not permitted added to group"},
	} {
		e, ok := tt.p.Lookup(tt.code)
		require.True(t, ok, "%s %d", tt.p, tt.code)
		assert.NotContains(t, []string{e.Message, e.Description, e.EnglishDescription}, tt.old, "%s %d", tt.p, tt.code)
		assert.Contains(t, []string{e.Message, e.Description}, tt.want, "%s %d", tt.p, tt.code)
	}
	for _, p := range []codes.Platform{codes.JMessageServer, codes.JMessageIOS} {
		_, ok := p.Lookup(0)
		assert.False(t, ok, "%s: the combined pages' 0 (success) is no code of %s", p, p)
	}
	assert.Contains(t, readSource(t, "jmessage-rest-2015.md"), "|800011| 400 | Repeat to add the members", "the REST table's 800011")

	// 3001, 8001 and 808030 say what replaced them.
	doc, err := os.ReadFile("jmessage/server/code.go")
	require.NoError(t, err)
	for _, tt := range []struct {
		old  server.Code
		name string
		with string
	}{
		{3001, "RESTLegacyBasicAuthFailed", "// Deprecated: an older number of 899008 (RESTBasicAuthFailed), which replaced it;"},
		{8001, "RESTLegacyUserExists", "// Deprecated: an older number of 899001 (RESTUserExists), which replaced it;"},
		{808030, "LegacyServerBusy", "// Deprecated: an older number of 898030 (ServerBusy), which replaced it;"},
	} {
		comment := regexp.MustCompile(regexp.QuoteMeta("\t"+tt.with) + `[^\n]*\n\t` + tt.name + ` Code = ` + strconv.Itoa(int(tt.old)) + "\n")
		assert.True(t, comment.Match(doc), "%s (%d) has no doc line %q", tt.name, int(tt.old), tt.with)
		assert.Equal(t, tt.name, tt.old.Entry().Name)
		assert.True(t, tt.old.Entry().Deprecated)
	}
	assert.Equal(t, server.RESTBasicAuthFailed.Entry().Category, server.Code(3001).Entry().Category)
	assert.Equal(t, server.RESTUserExists.Entry().Action, server.Code(8001).Entry().Action)
}
