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

// sourceRows returns every row of every platform's page(s).
func sourceRows(t *testing.T) map[codes.Platform][]sourceRow {
	server := readSource(t, "jmessage-server.md")
	android, jmrtc, ok := strings.Cut(readSource(t, "jmessage-android-jmrtc.md"), "## JMRTC Android")
	require.True(t, ok)
	return map[codes.Platform][]sourceRow{
		codes.JMessageServer:  htmlRows(t, server),
		codes.JMessageAndroid: htmlRows(t, android),
		codes.JMRTC:           htmlRows(t, jmrtc),
		codes.Easemob:         pipeRows(t, readSource(t, "easemob-web.txt")),
	}
}

func TestCatalogCounts(t *testing.T) {
	want := map[codes.Platform]int{
		codes.JMessageWeb:     76 + 8,
		codes.JMessageServer:  152,
		codes.JMessageAndroid: 43,
		codes.JMRTC:           12,
		codes.Easemob:         70,
	}
	total := 0
	for _, p := range codes.Platforms() {
		assert.Len(t, p.Entries(), want[p], "%s", p)
		total += want[p]
	}
	assert.Len(t, imcodes.Entries(), total)
	assert.Equal(t, 361, total)

	deprecated := 0
	for _, e := range codes.JMessageWeb.Entries() {
		if e.Deprecated {
			deprecated++
		}
	}
	assert.Equal(t, 8, deprecated, "codes only the older Web revision has")
}

func TestCatalogMatchesHTMLAndPipeSources(t *testing.T) {
	for p, rows := range sourceRows(t) {
		assert.Len(t, p.Entries(), len(rows), "%s", p)
		for _, r := range rows {
			e, ok := p.Lookup(r.code)
			if assert.True(t, ok, "%s %d is missing", p, r.code) {
				assert.Equal(t, r.message, e.Message, "%s %d message", p, r.code)
				assert.Equal(t, r.description, e.Description, "%s %d description", p, r.code)
				assert.False(t, e.Deprecated, "%s %d", p, r.code)
			}
		}
	}
}

func TestCatalogMatchesWebRevisions(t *testing.T) {
	current := gluedRows(t, readSource(t, "jmessage-web.txt"))
	older := pipeRows(t, readSource(t, "jmessage-web-older.md"))
	require.Len(t, current, 76)
	require.Len(t, older, 45)

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
			continue // the current page wins
		}
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
			assert.NotEmpty(t, e.Description, "%s %d", p, e.Code)
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
		{codes.Easemob, 1, "WEBIM_CONNCTION_OPEN_ERROR", "登录失败:获取 token 接口请求失败或 Token 无效。"},
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
	assert.Equal(t, []codes.Platform{codes.JMessageWeb, codes.JMessageAndroid, codes.JMRTC, codes.Easemob}, platforms)

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
