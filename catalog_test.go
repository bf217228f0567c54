package imcodes_test

import (
	"bufio"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// These tests check the generated catalog against the vendor pages in
// internal/gen/sources. They read the pages with plain string handling of
// their own, not with the generator's parsers, so that a parser bug cannot
// hide itself.

// sourceRow is a row as this test reads it from a page.
type sourceRow struct {
	code        int
	message     string
	description string
}

func readSource(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("internal/gen/sources/" + name)
	require.NoError(t, err)
	return string(b)
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(strings.TrimSpace(s))
	require.NoError(t, err, "code %q", s)
	return n
}

var (
	tdCell = regexp.MustCompile(`(?s)<td>(.*?)</td>`)
	anyTag = regexp.MustCompile(`<[^>]*>`)
)

// htmlRows reads the <td> cells of an HTML table, three to a row.
func htmlRows(t *testing.T, table string) []sourceRow {
	t.Helper()
	cells := tdCell.FindAllStringSubmatch(table, -1)
	require.Zero(t, len(cells)%3, "cells come in threes")
	var rows []sourceRow
	for i := 0; i < len(cells); i += 3 {
		text := func(j int) string { return strings.TrimSpace(anyTag.ReplaceAllString(cells[i+j][1], "")) }
		rows = append(rows, sourceRow{atoi(t, text(0)), text(1), text(2)})
	}
	return rows
}

// pipeRows reads the rows of a pipe table whose first cell is a number.
func pipeRows(t *testing.T, page string) []sourceRow {
	t.Helper()
	var rows []sourceRow
	for _, line := range strings.Split(page, "\n") {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if len(cells) != 3 {
			continue
		}
		if _, err := strconv.Atoi(strings.TrimSpace(cells[0])); err != nil {
			continue
		}
		rows = append(rows, sourceRow{atoi(t, cells[0]), strings.TrimSpace(cells[1]), strings.TrimSpace(cells[2])})
	}
	return rows
}

// gluedRow is a line of jmessage-web.txt: the code, then English and Chinese
// with nothing between them.
type gluedRow struct {
	code int
	text string
}

func gluedRows(t *testing.T, page string) []gluedRow {
	t.Helper()
	_, table, ok := strings.Cut(page, "CodeErr MessageDESCRIPTION\n")
	require.True(t, ok)
	var rows []gluedRow
	sc := bufio.NewScanner(strings.NewReader(table))
	lead := regexp.MustCompile(`^(\d+)(.+)$`)
	for sc.Scan() {
		m := lead.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		require.NotNil(t, m, "line %q", sc.Text())
		rows = append(rows, gluedRow{atoi(t, m[1]), m[2]})
	}
	return rows
}

// appledocRows reads an appledoc constants page: the enum's "NAME = VALUE"
// lines, and the first paragraph of each constant's <dd>.
func appledocRows(t *testing.T, page string) []sourceRow {
	t.Helper()
	descs := map[string]string{}
	for _, m := range regexp.MustCompile(`(?s)title="(\w+)"></a><code>\w+</code></dt>\s*<dd>\s*<p>(.*?)</p>`).FindAllStringSubmatch(page, -1) {
		descs[m[1]] = strings.Join(strings.Fields(anyTag.ReplaceAllString(m[2], "")), " ")
	}
	var rows []sourceRow
	for _, m := range regexp.MustCompile(`<a href="">(\w+)</a> = (\d+),`).FindAllStringSubmatch(page, -1) {
		require.Contains(t, descs, m[1])
		rows = append(rows, sourceRow{atoi(t, m[2]), "", descs[m[1]]})
	}
	require.NotEmpty(t, rows)
	return rows
}

// javadocRows reads the JMRTC javadoc constants: each int constant with its
// _DESC string as the message.
func javadocRows(t *testing.T, page string) []sourceRow {
	t.Helper()
	re := regexp.MustCompile(`(?s)final&nbsp;(int|java\.lang\.String)</code></td>\s*<td><code><a [^>]*>(\w+)</a></code></td>\s*<td class="colLast"><code>(.*?)</code>`)
	ints, descs := map[string]int{}, map[string]string{}
	var order []string
	for _, m := range re.FindAllStringSubmatch(page, -1) {
		if m[1] == "int" {
			ints[m[2]] = atoi(t, m[3])
			order = append(order, m[2])
		} else {
			descs[m[2]] = strings.Trim(m[3], `"`)
		}
	}
	var rows []sourceRow
	for _, name := range order {
		rows = append(rows, sourceRow{ints[name], descs[name+"_DESC"], ""})
	}
	return rows
}

// restRows reads the bullets "+ CODE text" of the REST reference, leaving out
// the lines that the overrides skip (796-798: a split bullet and a typo).
func restRows(t *testing.T, page string) []sourceRow {
	t.Helper()
	var rows []sourceRow
	re := regexp.MustCompile(`^\+ (\d+)[\s\x{a0}]+(.+)$`)
	for i, line := range strings.Split(page, "\n") {
		if n := i + 1; n >= 796 && n <= 798 {
			continue
		}
		if m := re.FindStringSubmatch(strings.TrimSpace(line)); m != nil {
			rows = append(rows, sourceRow{atoi(t, m[1]), "", strings.TrimSpace(m[2])})
		}
	}
	return rows
}

// enumRow is a line of easemob-sdk-enum.tsv.
type enumRow struct {
	code                 int
	constant, last, emit string
}

func enumRows(t *testing.T) []enumRow {
	t.Helper()
	var rows []enumRow
	for _, line := range strings.Split(readSource(t, "easemob-sdk-enum.tsv"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 7 || f[0] == "code" {
			continue
		}
		rows = append(rows, enumRow{atoi(t, f[0]), f[1], f[4], f[5]})
	}
	return rows
}

// layer is one source of a platform as this test reads it, in the order of
// precedence.
type layer struct {
	file  string
	rows  []sourceRow
	older bool // an older revision: only its codes are deprecated
	// deprecated marks rows that do not make a code current (the enum).
	deprecated map[int]bool
}

// layers returns the sources of each platform, newest first, except the
// glued Web page, which TestCatalogMatchesWebRevisions reads.
func layers(t *testing.T) map[codes.Platform][]layer {
	t.Helper()
	android, jmrtc, ok := strings.Cut(readSource(t, "jmessage-android-jmrtc.md"), "## JMRTC Android")
	require.True(t, ok)
	ios, jmrtcIOS, ok := strings.Cut(readSource(t, "jmessage-ios.md"), "## JMRTC iOS")
	require.True(t, ok)

	server2017 := htmlRows(t, readSource(t, "jmessage-server-2017.md"))
	require.Equal(t, server2017[slices.IndexFunc(server2017, func(r sourceRow) bool { return r.code == 851003 })+1].code, 851003, "851003 twice")
	server2017 = slices.CompactFunc(server2017, func(a, b sourceRow) bool { return a == b })

	var enum []sourceRow
	enumDeprecated := map[int]bool{}
	seen := map[int]bool{}
	for _, r := range enumRows(t) {
		if seen[r.code] || r.code >= 400 && r.code <= 406 || r.last != "4.21.1" && r.code == 304 {
			continue // an alias, a connection state, a reused number's old meaning
		}
		seen[r.code] = true
		enum = append(enum, sourceRow{r.code, r.constant, ""})
		enumDeprecated[r.code] = r.emit != "yes" || r.last != "4.21.1"
	}
	return map[codes.Platform][]layer{
		codes.JMessageServer: {
			{file: "jmessage-server.md", rows: htmlRows(t, readSource(t, "jmessage-server.md"))},
			{file: "jmessage-server-2017.md", rows: server2017, older: true},
			{file: "jmessage-rest-api.md", rows: restRows(t, readSource(t, "jmessage-rest-api.md"))},
			{file: "jmessage-ios-appledoc-http.html", rows: appledocRows(t, readSource(t, "jmessage-ios-appledoc-http.html"))},
			{file: "jmessage-ios-appledoc-tcp.html", rows: appledocRows(t, readSource(t, "jmessage-ios-appledoc-tcp.html"))},
		},
		codes.JMessageAndroid: {{file: "jmessage-android-jmrtc.md", rows: htmlRows(t, android)}},
		codes.JMRTC: {
			{file: "jmessage-android-jmrtc.md", rows: htmlRows(t, jmrtc)},
			{file: "jmessage-ios.md", rows: htmlRows(t, jmrtcIOS)},
			{file: "jmrtc-android-constant-values.html", rows: javadocRows(t, readSource(t, "jmrtc-android-constant-values.html"))},
		},
		codes.JMessageIOS: {
			{file: "jmessage-ios.md", rows: htmlRows(t, ios)},
			{file: "jmessage-ios-appledoc-sdk.html", rows: appledocRows(t, readSource(t, "jmessage-ios-appledoc-sdk.html"))},
		},
		codes.EasemobWeb4: {
			{file: "easemob-web.txt", rows: pipeRows(t, readSource(t, "easemob-web.txt"))},
			{file: "easemob-sdk-enum.tsv", rows: enum, deprecated: enumDeprecated},
		},
	}
}

// expected is what the merge rule gives a code: the texts of the first
// source that lists it, deprecated when no source lists it as current.
type expected struct {
	sourceRow
	source     string
	deprecated bool
}

func merged(ls []layer) map[int]*expected {
	want := map[int]*expected{}
	for _, l := range ls {
		for _, r := range l.rows {
			dep := l.older || l.deprecated[r.code]
			if w := want[r.code]; w != nil {
				w.deprecated = w.deprecated && dep
				continue
			}
			want[r.code] = &expected{r, l.file, dep}
		}
	}
	return want
}

func TestCatalogCounts(t *testing.T) {
	want := map[codes.Platform]int{
		codes.JMessageWeb:     76 + 14 + 8,
		codes.JMessageServer:  179 + 9 + 3 + 3 + 11,
		codes.JMessageAndroid: 43,
		codes.JMRTC:           12 + 8 + 1,
		codes.JMessageIOS:     34 + 20 + 14,
		codes.EasemobWeb4:     70 + 70,
		codes.EasemobNative:   170,
	}
	total := 0
	for _, p := range codes.Platforms() {
		assert.Len(t, p.Entries(), want[p], "%s", p)
		total += want[p]
	}
	assert.Len(t, imcodes.Entries(), total)
	assert.Equal(t, 745, total)

	perSource := map[string]int{}
	deprecated := map[codes.Platform][]int{}
	english := map[codes.Platform]int{}
	for _, e := range imcodes.Entries() {
		perSource[e.Platform.String()+" "+e.Source]++
		if e.Deprecated {
			deprecated[e.Platform] = append(deprecated[e.Platform], e.Code)
		}
		if e.EnglishDescription != "" {
			english[e.Platform]++
		}
	}
	assert.Equal(t, map[string]int{
		"jmessage/web jmessage-web.txt":                       76,
		"jmessage/web jmessage-web-2017.md":                   21,
		"jmessage/web jmessage-web-older.md":                  1,
		"jmessage/server jmessage-server.md":                  179,
		"jmessage/server jmessage-server-2017.md":             9,
		"jmessage/server jmessage-rest-api.md":                3,
		"jmessage/server jmessage-ios-appledoc-http.html":     1,
		"jmessage/server jmessage-ios-appledoc-tcp.html":      2,
		"jmessage/server jmessage-server-2017-07.md":          1,
		"jmessage/server jmessage-combined-2016-01.md":        4,
		"jmessage/server jmessage-rest-2015.md":               5,
		"jmessage/server jmessage-ios-appledoc-tcp-2015.html": 1,
		"jmessage/android jmessage-android-jmrtc.md":          43,
		"jmessage/jmrtc jmessage-android-jmrtc.md":            12,
		"jmessage/jmrtc jmessage-ios.md":                      8,
		"jmessage/jmrtc jmrtc-android-constant-values.html":   1,
		"jmessage/ios jmessage-ios.md":                        34,
		"jmessage/ios jmessage-ios-appledoc-sdk.html":         20,
		"jmessage/ios jmessage-combined-2015.md":              12,
		"jmessage/ios jmessage-combined-2015-11-05.md":        2,
		"easemob/web4 easemob-web.txt":                        70,
		"easemob/web4 easemob-sdk-enum.tsv":                   70,
		"easemob/native easemob-native-errors.tsv":            170,
	}, perSource)

	assert.Equal(t, []int{880301, 880302, 880303, 880304, 880305, 880501, 880502, 880603, 880605, 880703, 880803, 880804, 880902, 881002, 881103, 881104, 881201, 881202, 881301, 881601, 881603, 881605},
		deprecated[codes.JMessageWeb], "the 21 codes the 2017 page has and the current one dropped, and 881002, which only the 2016 page has")
	assert.Equal(t, []int{3001, 8001, 800002, 800004, 800010, 800011, 808030, 809001, 809002, 810003, 810004, 810006, 811001, 811003, 811004, 812001, 812002, 899004, 899005, 899010}, deprecated[codes.JMessageServer],
		"the 9 codes only the 2017 page has, and the 11 that only the 2015-2017 revisions have")
	assert.Equal(t, []int{860010, 860011, 860012, 860013, 860014, 860040, 860170, 860172, 860193, 860210, 860211, 860212, 860213, 860214}, deprecated[codes.JMessageIOS],
		"the 14 that only the combined pages of 2015 have")
	assert.Len(t, deprecated[codes.EasemobWeb4], 49, "declared but not raised by 4.21.1, or gone from it (55)")
	assert.Contains(t, deprecated[codes.EasemobWeb4], 7)
	assert.Contains(t, deprecated[codes.EasemobWeb4], 8)
	assert.Contains(t, deprecated[codes.EasemobWeb4], 55)
	assert.NotContains(t, deprecated[codes.EasemobWeb4], 12, "on the page, so current though 4.21.1 does not raise it")
	for _, p := range []codes.Platform{codes.JMessageAndroid, codes.JMRTC} {
		assert.Empty(t, deprecated[p], "%s", p)
	}
	assert.Equal(t, map[codes.Platform]int{codes.JMessageServer: 148, codes.JMessageWeb: 76, codes.JMessageAndroid: 40, codes.JMessageIOS: 33}, english)
}

// Every row of every source, and the merge rule: the first source that lists
// a code gives its texts; it is deprecated when only older revisions (or
// constants the newest SDK does not raise) list it.
func TestCatalogMatchesSources(t *testing.T) {
	history := historyLayers(t)
	for p, ls := range layers(t) {
		want := merged(append(ls, history[p]...))
		assert.Len(t, p.Entries(), len(want), "%s", p)
		for code, w := range want {
			e, ok := p.Lookup(code)
			if assert.True(t, ok, "%s %d is missing", p, code) {
				assert.Equal(t, w.message, e.Message, "%s %d message", p, code)
				assert.Equal(t, w.description, e.Description, "%s %d description", p, code)
				assert.Equal(t, w.source, e.Source, "%s %d source", p, code)
				assert.Equal(t, w.deprecated, e.Deprecated, "%s %d deprecated", p, code)
			}
		}
	}
}

// The English pages: every row's description, verbatim, on its entry.
func TestEnglishDescriptions(t *testing.T) {
	android, _, _ := strings.Cut(readSource(t, "jmessage-android-jmrtc-en.md"), "## Related")
	pages := map[codes.Platform][]sourceRow{
		codes.JMessageServer:  htmlRows(t, readSource(t, "jmessage-server-en.md")),
		codes.JMessageAndroid: htmlRows(t, android),
		codes.JMessageIOS:     pipeRows(t, readSource(t, "jmessage-ios-en.md")),
		codes.JMessageWeb:     pipeRows(t, readSource(t, "jmessage-web-en.md")),
	}
	for p, n := range map[codes.Platform]int{codes.JMessageServer: 148, codes.JMessageAndroid: 40, codes.JMessageIOS: 33, codes.JMessageWeb: 75} {
		require.Len(t, pages[p], n, "%s", p)
	}
	for p, rows := range pages {
		for _, r := range rows {
			e, ok := p.Lookup(r.code)
			require.True(t, ok, "%s %d", p, r.code)
			assert.Equal(t, r.description, e.EnglishDescription, "%s %d", p, r.code)
		}
	}
	// Row 0 of the Web page reads "| 0 | success | Successful | request|".
	assert.Contains(t, readSource(t, "jmessage-web-en.md"), "| 0\t| success\t| Successful | request| ")
	e, _ := codes.JMessageWeb.Lookup(0)
	assert.Equal(t, "Successful request", e.EnglishDescription)
}

// The Web page's revisions: the current glued text, then the 2017 and 2016
// pipe tables. The newest revision that lists a code gives its texts; a code
// the current page lacks is deprecated.
func TestCatalogMatchesWebRevisions(t *testing.T) {
	current := gluedRows(t, readSource(t, "jmessage-web.txt"))
	// The older revisions, newest first: the 2017 page, then the 2016 one.
	older := append(pipeRows(t, readSource(t, "jmessage-web-2017.md")), pipeRows(t, readSource(t, "jmessage-web-older.md"))...)
	require.Len(t, current, 76)
	require.Len(t, older, 83+45)

	inCurrent := map[int]bool{}
	for _, r := range current {
		inCurrent[r.code] = true
		e, ok := codes.JMessageWeb.Lookup(r.code)
		require.True(t, ok, "web %d is missing", r.code)
		// However the line is split, the two texts must be all of it, in
		// order, with nothing but spaces between them.
		rest, ok := strings.CutPrefix(r.text, e.Message)
		assert.True(t, ok, "web %d: %q does not start %q", r.code, e.Message, r.text)
		assert.Equal(t, e.Description, strings.TrimLeft(rest, " "), "web %d", r.code)
		assert.NotEmpty(t, e.Message, "web %d", r.code)
		assert.NotEmpty(t, e.Description, "web %d", r.code)
		assert.False(t, e.Deprecated, "web %d", r.code)
	}
	for _, r := range older {
		if inCurrent[r.code] {
			continue // the current page wins, then the newest older revision
		}
		inCurrent[r.code] = true
		e, ok := codes.JMessageWeb.Lookup(r.code)
		if assert.True(t, ok, "older web %d is missing", r.code) {
			assert.Equal(t, sourceRow{r.code, e.Message, e.Description}, r)
			assert.True(t, e.Deprecated, "web %d is only in the older revision", r.code)
		}
	}
}

// The glued Web lines 880008 and 880101 have Chinese that starts with Latin
// text, so where the English ends is decided in the overrides file. 880101 is
// settled by the older revision, which has the row in separate cells; 880008
// follows the same pattern: the field name, then its Chinese verdict.
func TestWebAmbiguousSplits(t *testing.T) {
	older := pipeRows(t, readSource(t, "jmessage-web-older.md"))
	i := slices.IndexFunc(older, func(r sourceRow) bool { return r.code == 880101 })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, sourceRow{880101, "appkey not exist", "appkey 不存在"}, older[i], "the evidence")

	for code, want := range map[int][2]string{
		880101: {"appkey not exist", "appkey 不存在"},
		880008: {"msg_id not valid", "msg_id 非法"},
	} {
		e, ok := codes.JMessageWeb.Lookup(code)
		require.True(t, ok)
		assert.Equal(t, want, [2]string{e.Message, e.Description}, "web %d", code)
	}
}

func TestCatalogOrderAndNames(t *testing.T) {
	for _, p := range codes.Platforms() {
		entries := p.Entries()
		assert.True(t, slices.IsSortedFunc(entries, func(a, b codes.Entry) int { return a.Code - b.Code }), "%s is sorted", p)
		names := map[string]int{}
		for _, e := range entries {
			assert.Equal(t, p, e.Platform)
			assert.Regexp(t, `^[A-Z][A-Za-z0-9]*$`, e.Name, "%s %d", p, e.Code)
			assert.NotRegexp(t, `^Code\d|^[A-Z][a-z]*\d+$`, e.Name, "%s %d: a name says what the error is", p, e.Code)
			if prev, dup := names[e.Name]; dup {
				t.Errorf("%s: %s names both %d and %d", p, e.Name, prev, e.Code)
			}
			names[e.Name] = e.Code
			assert.True(t, e.Category.Valid(), "%s %d", p, e.Code)
			assert.True(t, e.Action.Valid(), "%s %d", p, e.Code)
			assert.True(t, e.Message != "" || e.Description != "", "%s %d has a text", p, e.Code)
			if e.Description == "" {
				assert.Contains(t, []string{"easemob-sdk-enum.tsv", "easemob-native-errors.tsv", "jmrtc-android-constant-values.html", "jmessage-rest-2015.md"}, e.Source, "%s %d: only the enum, the native sheet, the javadoc and the 2015 REST examples have no Chinese", p, e.Code)
			}
		}
	}
}

func TestCatalogTextIsVerbatim(t *testing.T) {
	tests := []struct {
		p           codes.Platform
		code        int
		message     string
		description string
	}{
		// Placeholders stay.
		{codes.JMRTC, 872001, "Can not send %s signaling message . state error. cur state is %s.", "状态机当前状态不能发起此行为"},
		// Stray HTML is stripped: "Password error</a>".
		{codes.JMessageServer, 898004, "Password error", "更新密码操作，用户密码错误"},
		// A link inside a cell keeps its text.
		{codes.JMessageAndroid, 871318, "Illegal message content.", "不合法的消息体，出现这个问题可能是由于上层没有参照集成文档进行混淆配置导致的，关于jmessage的混淆配置见集成指南"},
		// Trailing spaces inside a cell are trimmed.
		{codes.JMessageAndroid, 871305, "Invalid name.", "名称不合法（包括nickname groupname notename）"},
		// An empty English cell stays empty.
		{codes.JMessageServer, 899070, "", "添加的好友已经存在好友列表中"},
		// Vendor typos stay: the current Web page's "signatu", the older one's "existr" is not used
		// because the current page has 880103.
		{codes.JMessageWeb, 880102, "signatu fail", "签名错误"},
		{codes.JMessageWeb, 880103, "user not exist", "用户不存在"},
		// The older revision's own typo, for a code only it has: kept.
		{codes.JMessageWeb, 881002, "member not exist", "成员列表中有不存在的成员"},
		// Easemob's English is the SDK constant, spelling included.
		{codes.EasemobWeb4, 1, "WEBIM_CONNCTION_OPEN_ERROR", "登录失败:获取 token 接口请求失败或 Token 无效。"},
		// A code only the enum has: no text but the constant, never invented.
		{codes.EasemobWeb4, 56, "WEBIM_TOKEN_EXPIRED", ""},
		// The two texts that changed since the 2017 page.
		{codes.JMessageServer, 818001, "target list is null", "用户添加黑名单时，成员列表为空，添加失败"},
		{codes.JMessageServer, 898002, "No such user", "用户不存在, 并且指出了不存在的用户名称"},
		// iOS: %@ stays; the appledoc pages give no English; the REST page's list punctuation is its text.
		{codes.JMRTC, 871002, "the %@ operation cannot be performed in the %@ state.", "当前状态不能发起此行为"},
		{codes.JMessageIOS, 863004, "User is not at Login state", "用户未在登录状态"},
		{codes.JMessageIOS, 860016, "", "其他网络原因"},
		{codes.JMessageServer, 898005, "", "内部UID 无效 (403)"},
		{codes.JMessageServer, 899051, "", "群组不存在；"},
		{codes.JMRTC, 872005, "invite failed. cannot invite yourself.", ""},
	}
	for _, tt := range tests {
		e, ok := tt.p.Lookup(tt.code)
		require.True(t, ok, "%s %d", tt.p, tt.code)
		assert.Equal(t, tt.message, e.Message, "%s %d", tt.p, tt.code)
		assert.Equal(t, tt.description, e.Description, "%s %d", tt.p, tt.code)
	}
}

func TestFind(t *testing.T) {
	var platforms []codes.Platform
	for _, e := range imcodes.Find(0) {
		platforms = append(platforms, e.Platform)
		assert.Equal(t, codes.OK, e.Category)
	}
	assert.Equal(t, []codes.Platform{codes.JMessageWeb, codes.JMessageAndroid, codes.JMRTC, codes.EasemobWeb4, codes.EasemobNative}, platforms)

	found := imcodes.Find(898002)
	require.Len(t, found, 1)
	assert.Equal(t, "NoSuchUser", found[0].Name)

	assert.Empty(t, imcodes.Find(123))
	assert.Empty(t, imcodes.Find(1<<40), "beyond int32")
}

func TestEntriesReturnsCopies(t *testing.T) {
	all := imcodes.Entries()
	all[0].Message = "changed"
	assert.NotEqual(t, "changed", imcodes.Entries()[0].Message)
}
