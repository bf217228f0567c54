package wire

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// members returns the members Object reports for data, as key=value.
func members(t *testing.T, data string) ([]string, error) {
	t.Helper()
	var got []string
	_, err := Object([]byte(data), Start([]byte(data)), func(k, v []byte) bool {
		got = append(got, string(k)+"="+string(v))
		return true
	})
	return got, err
}

func TestObject(t *testing.T) {
	got, err := members(t, ` {"error" : {"code":1,"message":"x"} , "n":[1,{"a":null}],"s":"q\"}"} trailing data`)
	require.NoError(t, err)
	assert.Equal(t, []string{`error={"code":1,"message":"x"}`, `n=[1,{"a":null}]`, `s="q\"}"`}, got)

	got, err = members(t, "\xEF\xBB\xBF{\"a\":1,}")
	assert.NoError(t, err, "a byte order mark and a trailing comma are accepted")
	assert.Equal(t, []string{"a=1"}, got)

	got, err = members(t, `{"error":{"code":899008},"data":[1,2,`)
	assert.EqualError(t, err, "unexpected end of JSON input")
	assert.Equal(t, []string{`error={"code":899008}`}, got, "members before the cut are reported")

	for in, want := range map[string]string{
		`{"a" 1}`:     "invalid character '1' after object key",
		`{"a":1 "b"}`: `invalid character '"' after object key:value pair`,
		`{,}`:         "invalid character ',' looking for beginning of object key string",
		`{"a":tru}`:   "invalid character 't' looking for beginning of value",
		`{"a":<}`:     "invalid character '<' looking for beginning of value",
		`{"a":"x`:     "unexpected end of JSON input",
		`{"a":tr`:     "unexpected end of JSON input",
		`[`:           "not an object",
	} {
		_, err := members(t, in)
		assert.EqualError(t, err, want, in)
	}
}

func TestArray(t *testing.T) {
	var got []string
	end, err := Array([]byte(`[1, "a", {"b":[]}, null,]x`), 0, func(n int, v []byte) bool {
		got = append(got, string(v))
		return n < 10
	})
	require.NoError(t, err)
	assert.Equal(t, 25, end)
	assert.Equal(t, []string{"1", `"a"`, `{"b":[]}`, "null"}, got)

	_, err = Array([]byte(`[1 2]`), 0, nil)
	assert.EqualError(t, err, "invalid character '2' after array element")

	deep := strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1)
	_, err = Skip([]byte(deep), 0)
	assert.EqualError(t, err, "exceeded max depth")
}

// The walker accepts what encoding/json accepts, and ends where it ends.
func TestSkipAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range []string{`0`, `-1.5e+3`, `"\u00e9\n"`, `true`, `null`, `[[],{}]`, `{"a":{"b":["c",1,false]}}`, ` "x" `} {
		end, err := Skip([]byte(in), 0)
		require.NoError(t, err, in)
		assert.True(t, json.Valid([]byte(in[:end])), in)
		assert.Empty(t, strings.TrimSpace(in[end:]), in)
	}
}

func TestKeyIs(t *testing.T) {
	assert.True(t, KeyIs([]byte("error"), "error"))
	assert.True(t, KeyIs([]byte(`\u0065rror`), "error"), "an escaped key")
	assert.False(t, KeyIs([]byte("errors"), "error"))
	assert.False(t, KeyIs([]byte(`\x`), "error"))
}

func TestString(t *testing.T) {
	for in, want := range map[string]string{`"hi"`: "hi", `"a\"b\u4e2d"`: `a"b中`, "\"a\xffb\"": "a\uFFFDb", `""`: ""} {
		got, ok := String([]byte(in))
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
	}
	for _, in := range []string{``, `12`, `"`, `"\x"`, `null`, `{}`} {
		_, ok := String([]byte(in))
		assert.False(t, ok, in)
	}
}

func TestInt(t *testing.T) {
	for in, want := range map[string]int64{`899008`: 899008, `"206"`: 206, `" -1 "`: -1, `0`: 0, `-2147483648`: -2147483648, `"\u0031"`: 1} {
		n, ok := Int([]byte(in), 32)
		assert.True(t, ok, in)
		assert.Equal(t, want, n, in)
	}
	for _, in := range []string{``, `null`, `1.5`, `"x"`, `true`, `{}`, `9999999999`, `2147483648`, `"1e3"`, `--1`, `-`, `"`} {
		_, ok := Int([]byte(in), 32)
		assert.False(t, ok, in)
	}
	n, ok := Int([]byte(`1542350943000`), 64)
	assert.True(t, ok)
	assert.Equal(t, int64(1542350943000), n)
	quoted := []byte(`"899008"`)
	assert.Zero(t, testing.AllocsPerRun(10, func() { _, _ = Int(quoted, 32) }))
}

func TestScalar(t *testing.T) {
	for in, want := range map[string]string{`"dev_fang"`: "dev_fang", `12`: "12", `true`: "true"} {
		got, ok := Scalar([]byte(in))
		assert.True(t, ok, in)
		assert.Equal(t, want, got)
	}
	for _, in := range []string{`null`, `{}`, `[]`, ``} {
		_, ok := Scalar([]byte(in))
		assert.False(t, ok, in)
	}
}

// A huge array of numbers is walked in one pass without allocating.
func TestWalkDoesNotAllocate(t *testing.T) {
	body := []byte("[" + strings.Repeat("12345,", 10000) + "1]")
	assert.Zero(t, testing.AllocsPerRun(5, func() {
		_, _ = Array(body, 0, func(int, []byte) bool { return true })
	}))
}

// FuzzSkip compares the walker with encoding/json: every valid JSON text is
// walked to its end, and nothing panics.
func FuzzSkip(f *testing.F) {
	for _, s := range []string{`{"error":{"code":1,"message":"x"}}`, `[1,"a",{"b":null}]`, `"\u00e9"`, `-1.5e3`, `{"a":[1,],}`, "\xEF\xBB\xBF{}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		start := Start(data)
		end, err := Skip(data, start)
		if end < start || end > len(data) {
			t.Fatalf("end %d outside [%d, %d]", end, start, len(data))
		}
		if json.Valid(data) && (err != nil || strings.TrimSpace(string(data[end:])) != "") {
			t.Fatalf("valid JSON %q: end %d, %v", data, end, err)
		}
		if err == nil {
			_, _ = String(data[start:end])
			_, _ = Int(data[start:end], 64)
		}
	})
}
