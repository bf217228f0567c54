package wire

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestExcerpt(t *testing.T) {
	assert.Equal(t, "<html>Bad Gateway</html>", Excerpt([]byte("\n <html>Bad Gateway</html>\r\n")))
	assert.Equal(t, "{}", Excerpt([]byte("\xEF\xBB\xBF{}")), "a byte order mark is not shown")
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

func TestLogSafe(t *testing.T) {
	for in, want := range map[string]string{
		"plain text, 中文 and ✓":               "plain text, 中文 and ✓",
		"forged\nINFO all is well":           `forged\nINFO all is well`,
		"cr\rlf\r\n tab\t nul\x00 del\x7f":   `cr\rlf\r\n tab\t nul\x00 del\x7f`,
		"\x1b[31mred\x1b[0m":                 `\x1b[31mred\x1b[0m`,
		"c1 \u0085 \u009b":                   `c1 \u0085 \u009b`,
		"bidi \u202egnp.exe \u2066x\u2069":   `bidi \u202egnp.exe \u2066x\u2069`,
		"invalid \xff\xfe bytes":             `invalid \xff\xfe bytes`,
		"kept: U+FFFD \uFFFD, U+200B \u200b": "kept: U+FFFD \uFFFD, U+200B \u200b",
	} {
		assert.Equal(t, want, LogSafe(in, 1000), "%q", in)
	}
	assert.Equal(t, strings.Repeat("x", 10)+"...", LogSafe(strings.Repeat("x", 50), 10))
	assert.Equal(t, "错错错...", LogSafe(strings.Repeat("错", 10), 10), "cut between characters")
	assert.Equal(t, `a\n...`, LogSafe("a\n\n\n", 4), "escapes count against the bound")

	s := "already safe"
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = LogSafe(s, 100) }))
}
