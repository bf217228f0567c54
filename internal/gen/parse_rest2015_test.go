package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rest2015Page is the 2015 REST reference in small: a JSON example over
// several lines, one inline in an array that is not valid JSON, and the
// table with a row that lacks its closing pipe.
const rest2015Page = "# REST\n\n```\n< HTTP/1.1 401 Unauthorized\n{ \n  \"error\": {\n        \"code\": 3001, \n        \"message\": \"Basic authentication failed\"\n     }\n}\n```\n\n" +
	"```\n[{\"username\": \"a\",  }, \n {\"username\": \"b\",  \"error\":{\"code\":8001,\"message\":\"The user  already exists\"}}, \n] \n```\n\n" +
	"| Code | HTTP| Error Message | 说明     |\n| ---- | --- | ------------- | ------- |\n|899004| 403 | Password error  | 密码错误 |\n|899010| 400 | Delete fail\t| 删除失败\n"

func TestParseREST2015(t *testing.T) {
	rows, err := wellFormed(parseREST2015("r.md", []byte(rest2015Page)))
	require.NoError(t, err)
	assert.Equal(t, []row{
		{pos: pos{"r.md", 7}, code: 3001, message: "Basic authentication failed"},
		{pos: pos{"r.md", 15}, code: 8001, message: "The user  already exists"},
		{pos: pos{"r.md", 21}, code: 899004, message: "Password error", description: "密码错误"},
		{pos: pos{"r.md", 22}, code: 899010, message: "Delete fail", description: "删除失败"},
	}, rows, "the examples' rows on the line of their code, the message verbatim (two spaces); tabs and padding are not text")
}

func TestParseREST2015Errors(t *testing.T) {
	for _, tt := range []struct{ name, old, new, want string }{
		{"no table", "| ---- | --- | ------------- | ------- |", "", "r.md:1: no table of Code, HTTP, Error Message, 说明"},
		{"other columns", "| HTTP|", "| Status|", `r.md:19: table header is ["Code" "Status" "Error Message" "说明"]`},
		{"a fifth cell", "| 密码错误 |", "| 密码错误 | x |", "r.md:21: row has 4 cells and more after the last, want 4"},
		{"a status that is not one", "| 403 | Password", "| 4o3 | Password", `r.md:21: code 899004: HTTP status "4o3" is not one`},
		{"an empty description", "| 密码错误 |", "|  |", "r.md:21: code 899004: the message or the description is empty"},
		{"an example with another member", `"message":"The user`, `"msg":"The user`, `r.md:15: error object in a JSON example is not {"code": NUMBER, "message": TEXT}`},
		{"an example cut short", `"message":"The user  already exists"}}`, `"message":"The user`, "r.md:15: error object in a JSON example: invalid character"},
		{"a code that is not a number", `"code":8001`, `"code":"8001"`, `r.md:15: error object in a JSON example is not`},
		{"a message on two lines", `already exists`, `already\nexists`, "r.md:15: code 8001: the message of the JSON example is not one line of text"},
		{"invalid UTF-8 at its line", "| 删除失败", "| \xff", "r.md:22: not valid UTF-8"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(replace(rest2015Page, tt.old, tt.new))
			_, err := wellFormed(parseREST2015("r.md", src))
			assert.ErrorContains(t, err, tt.want)
		})
	}
}
