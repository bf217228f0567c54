package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// The scripts in testdata/script run the real command as "imcodes".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"imcodes": main,
	})
}

// With -update, the scripts' expected files are rewritten from the output:
// review the diff before committing it.
var update = flag.Bool("update", false, "rewrite the expected output of the scripts")

func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script", UpdateScripts: *update})
}

func TestCodesIn(t *testing.T) {
	for text, want := range map[string][]int{
		"send failed: code=803009 msg=the word":        {803009},
		`onError {"type":206,"message":"kicked"}`:      {206},
		"type: -1 then code -4, and error 17":          {-1, -4, 17},
		"code=898002 again 898002, then 899008.":       {898002, 899008},
		"错误码206，错误：-2":                                 {206, -2},
		"at 2024-05-01 12:30 took 3.14s, v2, id 12":    nil, // dates, times, decimals, words, no keyword
		"abc803009 803009xyz 8030.09 1.803009":         nil,
		"code: 0":                                      {0},
		"errcode 99999999999 errcode 880207":           {880207},
		"the-206 x_206 code-206":                       nil,
		"statusCode: 500":                              {500},
		"code=-803009":                                 {-803009},
		"2147483647 is not skipped but 21474836470 is": {2147483647},
	} {
		assert.Equal(t, want, codesIn(text), "%q", text)
	}
}

func TestLocaleTag(t *testing.T) {
	for locale, want := range map[string]string{
		"zh_CN.UTF-8": "zh-CN", "en_US@euro": "en-US", "zh_TW.Big5": "zh-TW", "fr": "fr",
	} {
		tag, ok := localeTag(locale)
		assert.True(t, ok, locale)
		assert.Equal(t, language.MustParse(want), tag, locale)
	}
	for _, locale := range []string{"C", "POSIX", "C.UTF-8", "", ".UTF-8", "!!"} {
		_, ok := localeTag(locale)
		assert.False(t, ok, "%q", locale)
	}
}

// Columns line up on a terminal even after Chinese text, whose characters
// take two cells each.
func TestTableAlignsEastAsianText(t *testing.T) {
	var buf bytes.Buffer
	o := newOutput(&buf, textShow{})
	o.table([][]string{
		{"DESCRIPTION", "NAME"},
		{"用户不存在", "NoSuchUser"},
		{"appkey 不存在", "AppKeyNotFound"},
		{"ok", "Success"},
	})
	assert.NoError(t, o.flush())
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	col := -1
	for _, line := range lines {
		i := strings.LastIndex(line, "  ") + 2
		c := displayWidth(line[:i])
		if col < 0 {
			col = c
		}
		assert.Equal(t, col, c, "%q", line)
	}
	assert.Equal(t, 15, col, "the widest cell, appkey 不存在, takes 13 cells, plus 2")
	assert.Equal(t, 10, displayWidth("用户不存在"))
	assert.Equal(t, 4, displayWidth("，a!"), "full-width comma")
}

// run is what main runs; the scripts cover it through the binary, and this
// covers a write error.
func TestRunReportsWriteErrors(t *testing.T) {
	var errOut bytes.Buffer
	status := run([]string{"list"}, os.Getenv, strings.NewReader(""), failingWriter{}, &errOut)
	assert.Equal(t, exitNotFound, status)
	assert.Equal(t, "imcodes: disk full\n", errOut.String())
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

var errDiskFull = errors.New("disk full")
