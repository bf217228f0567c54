package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// combined2016Page has a table under each platform's heading, as the 2016
// revisions; combined2015Page one table split by comments, as the 2015 ones.
const (
	combined2016Page = "#### JMessage iOS\n\n<table>\n<tr><td>860015</td><td>download fail</td><td>下载失败</td></tr>\n</table>\n\n" +
		"#### JMessage Android\n\n<table>\n<tr><td>0</td><td>success</td><td>成功</td></tr>\n<tr><td>871101</td><td></td><td>请求参数不合法</td></tr>\n</table>\n\n" +
		"#### Server Error \n\n<table>\n<tr><td>800002</td><td>appkey info is nil</td><td>appkey信息为空</td></tr>\n</table>\n"
	combined2015Page = "## IM SDK ErrorCode 定义\n\n<table>\n<tr><td>0</td><td>success</td><td>成功</td></tr>\n<tr><td>898000</td><td>Server internal error</td><td>内部错误</td></tr>\n" +
		"   <!-- iOS SDK -->\n<tr>\n<td style=\"padding: 0 5px;\">860014</td>\n<td style=\"padding: 0 5px;\">network host unkown </td>\n<td>地址错误</td>\n</tr>\n<tr>\n\n   <!-- iOS DB -->\n<tr>\n<td>861100</td><td></td><td>AppKey 不合法</td></tr>\n" +
		"    <!-- Android SDK 相关 -->\t\t\n<tr ><td>871101</td><td></td><td>请求参数不合法</td></tr>\n</table>\n"
)

func TestCombinedRows(t *testing.T) {
	codes := func(p *platform, heading, page string) []int {
		rows, err := wellFormed(combinedRows(p, heading)("c.md", []byte(page)))
		require.NoError(t, err)
		var cs []int
		for _, r := range rows {
			cs = append(cs, r.code)
		}
		return cs
	}
	assert.Equal(t, []int{860015}, codes(jmessageIOS, iosHeading, combined2016Page))
	assert.Equal(t, []int{0, 871101}, codes(jmessageAndroid, androidHeading, combined2016Page), "0 may stand in any table")
	assert.Equal(t, []int{800002}, codes(jmessageServer, serverHeading, combined2016Page), `"Server Error " with its trailing space`)

	assert.Equal(t, []int{860014, 861100}, codes(jmessageIOS, iosHeading, combined2015Page), "the number says the platform; comments do not end rows")
	assert.Equal(t, []int{871101}, codes(jmessageAndroid, androidHeading, combined2015Page))
	assert.Equal(t, []int{0, 898000}, codes(jmessageServer, serverHeading, combined2015Page))

	rows, err := combinedRows(jmessageIOS, iosHeading)("c.md", []byte(combined2015Page))
	require.NoError(t, err)
	assert.Equal(t, row{pos: pos{"c.md", 8}, code: 860014, message: "network host unkown", description: "地址错误"}, rows[0], "cells are trimmed, as a browser shows them")
}

func TestCombinedRowsErrors(t *testing.T) {
	for _, tt := range []struct {
		name, page, old, new string
		p                    *platform
		heading, want        string
	}{
		{"a code under another platform's heading", combined2016Page, "<td>860015</td>", "<td>871102</td>", jmessageIOS, iosHeading,
			`c.md:4: code 871102 under "JMessage iOS" is not a jmessage/ios code`},
		{"no table under the heading", combined2016Page, "#### JMessage iOS", "#### JMessage iOS SDK", jmessageIOS, iosHeading,
			`c.md:1: no table under the heading "JMessage iOS"`},
		{"a row without its description", combined2015Page, "<td>请求参数不合法</td>", "<td></td>", jmessageIOS, iosHeading,
			"c.md:18: code 871101: empty description"},
		{"invalid UTF-8 at its line", combined2015Page, "地址错误", "\xff", jmessageIOS, iosHeading,
			"c.md:10: not valid UTF-8"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := wellFormed(combinedRows(tt.p, tt.heading)("c.md", []byte(replace(tt.page, tt.old, tt.new))))
			assert.ErrorContains(t, err, tt.want)
		})
	}
}
