package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const htmlPage = `# Page

## First
<table>
  <tr><th>Code</th><th>Error Message</th><th>说明</th></tr>
  <tr >

    <td>898004</td>
    <td>Password error</a></td>
    <td> 更新密码 &amp; 错误 </td>
  </tr>
  <tr><td>1</td><td></td><td>见<a href="x">集成指南</a><br>结束</td></tr>
</table>

## Second
<div><table>
<tr><td>0</td><td>ok</td><td>成功</td></tr>
</table></div>
`

func TestParseHTMLTables(t *testing.T) {
	tables, err := parseHTMLTables("p.md", []byte(htmlPage))
	require.NoError(t, err)
	require.Len(t, tables, 2)

	assert.Equal(t, "First", tables[0].heading)
	assert.Equal(t, 4, tables[0].line)
	assert.Equal(t, []row{
		{pos: pos{"p.md", 8}, code: 898004, message: "Password error", description: "更新密码 & 错误"},
		{pos: pos{"p.md", 12}, code: 1, message: "", description: "见集成指南 结束"},
	}, tables[0].rows)

	assert.Equal(t, "Second", tables[1].heading)
	assert.Equal(t, []row{{pos: pos{"p.md", 17}, code: 0, message: "ok", description: "成功"}}, tables[1].rows)
}

func TestParseHTMLTablesErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"<table>\n<tr><td>1</td><td>a</td></tr>\n</table>\n", "h.md:2: row has 2 cells, want 3"},
		{"<table>\n<tr><td>1</td><td>a</td><td>甲</td><td>x</td></tr>\n</table>\n", "h.md:2: row has 4 cells, want 3"},
		{"<table>\n<tr><td>one</td><td>a</td><td>甲</td></tr>\n</table>\n", `h.md:2: code "one" is not a number`},
		{"<table>\n<tr><td>1</td><td>a</td><td> </td></tr>\n</table>\n", "h.md:2: code 1: empty description"},
		{"## H\n<table>\n<tr><td>1</td><td>a</td><td>甲</td></tr>\n", `h.md:2: table under "H" is not closed`},
		{"<table>\n<tr><td>1</td><td>a</td><td>甲</td></tr>\n<table>\n", "h.md:3: table inside a table"},
		{"<table>\nstray\n<tr><td>1</td><td>a</td><td>甲</td></tr>\n</table>\n", `h.md:1: text outside a table cell: "stray"`},
		{"<table>\n<tr><th>Code</th></tr>\n</table>\n", "h.md:2: row has 1 cells, want 3"},
		{"<table>\n<tr><th>Code</th><th>M</th><th>D</th></tr>\n</table>\n", "h.md:1: table under \"\" has no rows"},
		{"<table><tr><td>1</td><td>\xff</td><td>甲</td></tr></table>", "h.md:1: not valid UTF-8"},
		{"<table>\n<tr><td>1</td>\n<td>\xff</td><td>甲</td></tr></table>", "h.md:3: not valid UTF-8"},
	} {
		_, err := parseHTMLTables("h.md", []byte(tt.src))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

func TestOneTable(t *testing.T) {
	rows, err := oneTable("p.md", []byte(htmlPage), "Second")
	require.NoError(t, err)
	assert.Len(t, rows, 1)

	_, err = oneTable("p.md", []byte(htmlPage), "Third")
	assert.EqualError(t, err, `p.md:1: no table under the heading "Third"`)
	_, err = oneTable("p.md", []byte(htmlPage), "")
	assert.EqualError(t, err, "p.md:1: want one table, found 2")
	twice := htmlPage + "\n<table><tr><td>2</td><td>b</td><td>乙</td></tr></table>\n"
	_, err = oneTable("p.md", []byte(twice), "Second")
	assert.EqualError(t, err, `p.md:20: second table under the heading "Second" (first at line 16)`)
}
