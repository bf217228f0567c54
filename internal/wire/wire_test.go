package wire

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestExcerpt(t *testing.T) {
	assert.Equal(t, "<html>Bad Gateway</html>", Excerpt([]byte("\n <html>Bad Gateway</html>\r\n")))
	assert.Equal(t, "", Excerpt(nil))
	assert.Equal(t, "a\uFFFDb", Excerpt([]byte("a\xffb")))

	long := strings.Repeat("x", MaxExcerpt+50)
	assert.Equal(t, strings.Repeat("x", MaxExcerpt)+"...", Excerpt([]byte(long)))

	// A cut never splits a character.
	cjk := strings.Repeat("错", 100) // 3 bytes each
	got := Excerpt([]byte(cjk))
	assert.True(t, utf8.ValidString(got))
	assert.Equal(t, strings.Repeat("错", MaxExcerpt/3)+"...", got)

	// Replacement characters count against the bound too.
	bad := Excerpt([]byte(strings.Repeat("\xff", 500)))
	assert.LessOrEqual(t, len(bad), MaxExcerpt+len("..."))
	assert.True(t, strings.HasPrefix(bad, "\uFFFD\uFFFD"))
}

func TestCode(t *testing.T) {
	for in, want := range map[string]int{`899008`: 899008, `"206"`: 206, `" -1 "`: -1, `0`: 0} {
		n, ok := Code(json.RawMessage(in))
		assert.True(t, ok, in)
		assert.Equal(t, want, n, in)
	}
	for _, in := range []string{``, `null`, `1.5`, `"x"`, `true`, `{}`, `9999999999`, `"1e3"`, `"\u0031`} {
		_, ok := Code(json.RawMessage(in))
		assert.False(t, ok, in)
	}
}

func TestTextAndInt(t *testing.T) {
	assert.Equal(t, "hi", Text(json.RawMessage(`"hi"`)))
	assert.Equal(t, "", Text(json.RawMessage(`12`)))
	assert.Equal(t, int64(1542350943000), Int(json.RawMessage(`1542350943000`)))
	assert.Equal(t, int64(7), Int(json.RawMessage(`"7"`)))
	assert.Equal(t, int64(0), Int(json.RawMessage(`"x"`)))
	assert.Nil(t, Object([]byte(`[1]`)))
	assert.Equal(t, json.RawMessage(`1`), Object([]byte(`{"a":1}`))["a"])
}
