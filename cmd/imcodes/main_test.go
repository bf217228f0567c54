package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// explain writes each match as soon as its line has been read: with a
// reader that blocks after the first line, the first match is on stdout
// before any more input arrives.
func TestExplainStreams(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	status := make(chan int, 1)
	go func() {
		status <- run([]string{"explain", "-format", "json"}, noEnv, inR, outW, io.Discard)
		outW.Close()
	}()
	go func() { _, _ = inW.Write([]byte("2026-11-20 ERROR code=898002\n")) }()

	out := bufio.NewReader(outR)
	first := make(chan string, 1)
	go func() {
		line, _ := out.ReadString('\n')
		first <- line
	}()
	select {
	case line := <-first:
		assert.True(t, strings.HasPrefix(line, `{"line":1,"column":23,"text":"898002","code":898002,"rule":"key","entries":[{"platform":"jmessage/server"`), line)
	case <-time.After(10 * time.Second):
		t.Fatal("no output while the input is open: explain waits for more input")
	}
	go func() {
		_, _ = inW.Write([]byte("done code=206"))
		inW.Close()
	}()
	rest, err := io.ReadAll(out)
	require.NoError(t, err)
	assert.Contains(t, string(rest), `{"line":2,"column":11,"text":"206","code":206,`)
	assert.Equal(t, exitOK, <-status)
}

// CRLF lines, NUL, invalid UTF-8, no final newline, a line longer than any
// buffer: the same codes at the same places.
func TestExplainOddInput(t *testing.T) {
	long := strings.Repeat("\xff\x00 x", 1<<20)
	in := "code=206\r\n\x00898002\x00\r\n" + long + " type=-1 " + long + "\xfe880207"
	var out, errOut bytes.Buffer
	status := run([]string{"explain", "-format", "tsv"}, noEnv, strings.NewReader(in), &out, &errOut)
	assert.Equal(t, exitOK, status, errOut.String())
	assert.Equal(t, "1\t6\teasemob/web4\t206\tWebIMConnctionUserLoginAnotherDevice\n"+
		"1\t6\teasemob/native\t206\tUserLoginAnotherDevice\n"+
		"2\t2\tjmessage/server\t898002\tNoSuchUser\n"+
		fmt.Sprintf("3\t%d\teasemob/web4\t-1\tRequestTimeout\n", len(long)+7)+
		fmt.Sprintf("3\t%d\tjmessage/web\t880207\tUserInBlacklist\n", 2*len(long)+11), out.String())
}

// Output that cannot be written is an error, whatever the format.
func TestExplainWriteErrors(t *testing.T) {
	for _, args := range [][]string{
		{"explain", "code=206"},
		{"explain", "-format", "json", "code=206"},
		{"explain", "-format", "tsv", "code=206"},
		{"explain", "-count", "code=206"},
		{"-format", "json", "206"},
		{"search", "-format", "json", "blacklist"},
		{"help"},
		{"-h"},
		{"explain", "-h"},
	} {
		var errOut bytes.Buffer
		status := run(args, noEnv, strings.NewReader(""), failingWriter{}, &errOut)
		assert.Equal(t, exitNotFound, status, "%q", args)
		assert.Equal(t, "imcodes: disk full\n", errOut.String(), "%q", args)
	}
}

func noEnv(string) string { return "" }
