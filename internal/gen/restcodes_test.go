package gen

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const restCodesHeader = "http_status\terror_code\tfield\tsdk_code\tmeaning_en\tsources"

func TestBuildErrorCodes(t *testing.T) {
	in := smallInputs()
	cat, err := build(in)
	require.NoError(t, err)
	got, err := buildErrorCodes(in, cat)
	require.NoError(t, err)
	require.Len(t, got, 1)
	src, err := renderErrorCodes(got)
	require.NoError(t, err)
	assert.Contains(t, string(src), "\t{15002, 403, codes.Unimplemented, codes.FixSetup, \"Feature not enabled.\", \"功能未开通。\", []web4.Code{8}, []native.Code{606, 204}},\n",
		"every SDK code, in the sheet's order")

	// The real sources agree with their decisions and the SDK numberings.
	in = repoInputs(t)
	cat, err = build(in)
	require.NoError(t, err)
	got, err = buildErrorCodes(in, cat)
	require.NoError(t, err)
	assert.Len(t, got, 53)
}

func TestRESTCodeErrors(t *testing.T) {
	row := func(cells string) string { return restCodesHeader + "\n" + cells + "\n" }
	const decided = `restcode 15002 Unimplemented FixSetup "功能未开通。" | r`
	for _, tt := range []struct{ name, tsv, overrides, want string }{
		{"no header", "403\t15002\terror_code\tweb4:8\tm\tw\n", decided, "t:1: want the header"},
		{"empty", "# only comments\n", decided, "t:1: no header row"},
		{"short row", row("403\t15002\terror_code\tweb4:8\tm"), decided, "t:2: want 6 tab-separated cells, got 5"},
		{"bad status", row("200\t15002\terror_code\tweb4:8\tm\tw"), decided, `t:2: HTTP status "200" is not a failure status`},
		{"bad code", row("403\t15oo2\terror_code\tweb4:8\tm\tw"), decided, `t:2: error code "15oo2" is not a positive number`},
		{"wrong field", row("403\t15002\terror.code\tweb4:8\tm\tw"), decided, `t:2: code 15002: field "error.code", want "error_code"`},
		{"seven digits in error_code", row("403\t4031001\terror_code\tweb4:8\tm\tw"), decided, `want "error.code"`},
		{"bad SDK code", row("403\t15002\terror_code\tweb5:8\tm\tw"), decided, `t:2: code 15002: SDK code "web5:8" is not web4:N or native:N`},
		{"SDK code twice", row("403\t15002\terror_code\tweb4:8,web4:8\tm\tw"), decided, "listed twice"},
		{"SDK code not in its numbering", row("403\t15002\terror_code\tweb4:9\tm\tw"), decided, "t:2: code 15002: web4:9 is not a code of easemob/web4"},
		{"native code not in its numbering", row("403\t15002\terror_code\tnative:8\tm\tw"), decided, "native:8 is not a code of easemob/native"},
		{"no meaning", row("403\t15002\terror_code\tweb4:8\t \tw"), decided, "meaning \" \": empty"},
		{"junk as meaning", row("403\t15002\terror_code\tweb4:8\t" + strings.Repeat("x", 201) + "\tw"), decided, "longer than 200 bytes"},
		{"unsorted", row("403\t15002\terror_code\tweb4:8\tm\tw\n403\t14403\terror_code\tweb4:8\tm\tw"), decided, "t:3: code 14403 after 15002: the rows must be sorted by code"},
		{"undecided", row("403\t15002\terror_code\tweb4:8\tm\tw"), "", "t:2: REST error code 15002 has no restcode line"},
		{"decided, not in the sheet", restCodesHeader + "\n", decided, "o:1: restcode 15002 is not in"},
		{"decided twice", row("403\t15002\terror_code\tweb4:8\tm\tw"), decided + "\n" + decided, "o:2: restcode 15002: decided twice (first at line 1)"},
		{"OK category", row("403\t15002\terror_code\tweb4:8\tm\tw"), `restcode 15002 OK None "成功。" | r`, `o:1: restcode 15002: "OK" is not the category of a failure`},
		{"no Chinese", row("403\t15002\terror_code\tweb4:8\tm\tw"), `restcode 15002 Unimplemented FixSetup "not enabled" | r`, `has no Chinese character`},
		{"unquoted Chinese", row("403\t15002\terror_code\tweb4:8\tm\tw"), `restcode 15002 Unimplemented FixSetup 功能未开通 | r`, `one double-quoted Go string`},
		{"no Chinese at all", row("403\t15002\terror_code\tweb4:8\tm\tw"), `restcode 15002 Unimplemented FixSetup | r`, `one double-quoted Go string`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := parseRESTCodes("t", []byte(tt.tsv))
			if err == nil {
				var ov *overrides
				ov, err = parseOverrides("o", []byte(tt.overrides))
				if err == nil {
					var cat *catalog
					cat, err = build(smallInputs())
					require.NoError(t, err)
					_, err = buildRESTCodes(rows, ov.restCodes, cat)
				}
			}
			assert.ErrorContains(t, err, tt.want)
		})
	}
}
