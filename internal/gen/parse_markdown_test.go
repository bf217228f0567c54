package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseMarkdownTable(t *testing.T) {
	src := "# Title\n\nProse before the table.\n错误码 | 错误信息 | 描述 |\n---|---|---|\n0 | REQUEST_SUCCESS | 成功。 |\n-1 | REQUEST_TIMEOUT | 请求<b>服务</b>超时。 |\n| 2 | a \\| b &amp; \\* | `x\\y` 说明 |\n"
	rows, err := parseMarkdownTable("em.txt", []byte(src))
	require.NoError(t, err)
	assert.Equal(t, []row{
		{pos: pos{"em.txt", 6}, code: 0, message: "REQUEST_SUCCESS", description: "成功。"},
		{pos: pos{"em.txt", 7}, code: -1, message: "REQUEST_TIMEOUT", description: "请求服务超时。"},
		{pos: pos{"em.txt", 8}, code: 2, message: "a | b & *", description: "x\\y 说明"},
	}, rows)
}

func TestParseMarkdownTableErrors(t *testing.T) {
	const head = "| Code | Message | Description |\n|---|---|---|\n"
	for _, tt := range []struct{ src, want string }{
		{"no table\n", "md:1: want one table, found 0"},
		{head + "| 1 | a | 甲 |\n\n" + head + "| 2 | b | 乙 |\n", "md:1: want one table, found 2"},
		{"| Code | Message |\n|---|---|\n| 1 | a |\n", "md:1: table header has 2 columns, want 3"},
		{head + "| 1 | a |\n", "md:3: row has 2 cells, want 3"},
		{head + "| 1 | a | 甲 | extra |\n", "md:3: row has 3 cells and more after the last, want 3"},
		{head + "| 1 | a | 甲 |\n| x | b | 乙 |\n", `md:4: code "x" is not a number`},
		{head + "| 1 |  | 甲 |\n", "md:3: code 1: empty message or description"},
		{head + "| 1 | a |   |\n", "md:3: code 1: empty message or description"},
		{head + "| 1 | a | \xff |\n", "md:3: not valid UTF-8"},
	} {
		_, err := parseMarkdownTable("md", []byte(tt.src))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}
