package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseGlued(t *testing.T) {
	src := "preamble\n  CodeErr MessageDESCRIPTION\n    0success请求成功\n\n    880101appkey not existappkey 不存在\n880110multi channel online error,please update多通道错误,更新sdk版本\n"
	rows, err := parseGlued("web.txt", []byte(src))
	require.NoError(t, err)
	require.Len(t, rows, 3)

	assert.Equal(t, row{pos: pos{"web.txt", 3}, code: 0, message: "success", description: "请求成功", glued: "success请求成功"}, rows[0])

	// The Chinese starts with Latin text: the default split is a guess.
	assert.Equal(t, 880101, rows[1].code)
	assert.Equal(t, 5, rows[1].line)
	assert.True(t, rows[1].ambiguous)
	assert.Equal(t, "appkey not existappkey", rows[1].message)
	require.True(t, rows[1].resplit("appkey not exist"))
	assert.Equal(t, "appkey not exist", rows[1].message)
	assert.Equal(t, "appkey 不存在", rows[1].description)
	assert.False(t, rows[1].ambiguous)

	// Lowercase Latin inside the Chinese is fine once the Chinese has begun.
	assert.False(t, rows[2].ambiguous)
	assert.Equal(t, "多通道错误,更新sdk版本", rows[2].description)
}

func TestResplitRejects(t *testing.T) {
	r := row{glued: "appkey not existappkey 不存在"}
	for _, msg := range []string{"", "appkey not found", "appkey not existappkey 不存在", " appkey", "appkey "} {
		assert.False(t, r.resplit(msg), "%q", msg)
	}
}

func TestParseGluedErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"no header here\n0success成功\n", "web.txt:1: no table: header line"},
		{"CodeErr MessageDESCRIPTION\n", "web.txt:1: table has no rows"},
		{"CodeErr MessageDESCRIPTION\n0success成功\nsuccess成功\n", `web.txt:3: row does not start with a code: "success成功"`},
		{"CodeErr MessageDESCRIPTION\n880001missing error\n", `web.txt:2: code 880001: no Chinese description in "missing error"`},
		{"CodeErr MessageDESCRIPTION\n880001未知错误码\n", "web.txt:2: code 880001: no English message"},
		{"CodeErr MessageDESCRIPTION\n88000000000001x错\n", "web.txt:2: row does not start with a code"},
		{"CodeErr MessageDESCRIPTION\n0\xffsuccess成功\n", "web.txt:2: not valid UTF-8"},
	} {
		_, err := parseGlued("web.txt", []byte(tt.src))
		assert.ErrorContains(t, err, tt.want, "%q", tt.src)
	}
}

func TestParseCode(t *testing.T) {
	for s, want := range map[string]int{"0": 0, "-1": -1, "898002": 898002, "7100001": 7100001, "2147483647": 2147483647} {
		n, ok := parseCode(s)
		assert.True(t, ok, s)
		assert.Equal(t, want, n, s)
	}
	for _, s := range []string{"", "-", "-0", "+1", "01", " 1", "1 ", "1e3", "2147483648", "99999999999", "0x10", "１"} {
		_, ok := parseCode(s)
		assert.False(t, ok, "%q", s)
	}
}
