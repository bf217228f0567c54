package logscan_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/logsample"
	"github.com/imcodes/imcodes/logscan"
)

// scanAll returns every match of Scan in text.
func scanAll(t testing.TB, r io.Reader, platforms ...codes.Platform) []logscan.Match {
	t.Helper()
	var ms []logscan.Match
	require.NoError(t, logscan.Scan(r, func(m logscan.Match) bool {
		ms = append(ms, m)
		return true
	}, platforms...))
	return ms
}

// texts returns the matched texts in line.
func texts(t testing.TB, line string) []string {
	t.Helper()
	var got []string
	for _, m := range scanAll(t, strings.NewReader(line)) {
		got = append(got, m.Text)
	}
	return got
}

// Each rule of the package documentation, both ways, on real-looking lines.
func TestScanRules(t *testing.T) {
	for _, tc := range []struct {
		rule, line string
		want       []string
	}{
		// 1. Whole number tokens.
		{"token", "2026-11-20T10:00:01Z ERROR register: 899001 user exist", []string{"899001"}},
		{"token", "2026-11-20 10:00:01.898002 INFO ok", nil},
		{"token: digit run", "trace=18980021 span=8980020", nil},
		{"token: word", "send failed: abc803009 803009xyz user803009", nil},
		{"token: decimal", "took 1.898002 and .803009 of 898002.5 credits", nil},
		{"token: end of sentence", "the server said 898002.", []string{"898002"}},
		{"token: date", "2024-05-01 899001-12-01 01/898002 898002/01", nil},
		{"token: time", "at 12:34:56.789 then 898002:10 and 10:898002", nil},
		{"token: IP address", "from 10.0.898002.1 and 898002.0.0.1, fe80::898002", nil},
		{"token: hex", "sha=a3f5898002 id=0x898002 key=898002ff", nil},
		{"token: UUID", "request 12345678-1234-898002-1234-123456789012 ok", nil},
		{"token: UUID", "request 898002-e89b-12d3-a456-426614174000 ok", nil},
		{"token: version", "client v4.17.0 build 880001.2.3 sdk/2.6.0", nil},
		{"token: hyphenated", "job req-898002 done", nil},
		{"token: leading zero", "status 0898002 and code=0206, code=0", []string{"0"}},
		{"token: longest code", "jmessage says 7100002", []string{"7100002"}},
		{"token: separators", "[898002] (880207) {871300} \"872001\" <803009> '899008'",
			[]string{"898002", "880207", "871300", "872001", "803009", "899008"}},

		// 2. A minus only after a code key.
		{"minus: after key", `onError {"type":-1,"message":"timeout"}`, []string{"-1"}},
		{"minus: after key", "code: -2 then errcode=-4", []string{"-2", "-4"}},
		{"minus: no key", "offset -898002 and delta -1", nil},
		{"minus: no negative zero", "code=-0 type: -0", nil},
		{"minus: joins words", "the-206 error-206 x--1", nil},

		// 3. After a code key.
		{"key", "send failed: code=803009 msg=the message contains sensitive word", []string{"803009"}},
		{"key: json", `{"code":899008,"message":"Basic authentication failed"}`, []string{"899008"}},
		{"key: escaped json", `body="{\"errorCode\":\"206\"}"`, []string{"206"}},
		{"key: each key", "errcode=206 err_code=206 error_code=206 errorCode=206 error 206 err:206",
			[]string{"206", "206", "206", "206", "206", "206"}},
		{"key: status keys, six or seven digits only", "statusCode: 880207 status_code=880207 responseCode=206 response_code(404)",
			[]string{"880207", "880207"}},
		{"key: chinese", "登录失败，错误码：206，错误代码 -1，错误:17，代码（0）", []string{"206", "-1", "17", "0"}},
		{"key: runs into chinese", "返回错误码206个", []string{"206"}},
		{"key: brackets and quotes", "code[206] code('206') code #500 CODE = 501", []string{"206", "206", "500", "501"}},
		{"key: not a whole word", "unicode=206 msg_code=206 httpStatusCode=206 errorcodes=206", nil},
		{"key: too far", "code:         206", nil},
		{"key: other separators", "code, 206 code-206", nil},
		{"key: a verb between", "错误码是206，错误码为 207，the error code is 880207", []string{"206", "207", "880207"}},
		{"key: a verb between, short in English", "the error code is 206", nil},
		{"key: unknown", "code=123456 type=9999", nil},
		{"key: overrides id and unit", "uid=1 code 898002 ms", []string{"898002"}},

		// 4. Bare six or seven digits.
		{"bare", "ERROR login failed 880207 user in blacklist", []string{"880207"}},
		{"bare: unit", "took 898002 ms, read 880001 bytes, 871300%, 872001 秒, 803009KB, 899008  s", nil},
		{"bare: not a unit", "898002 sent, 880207 in 3ms, 880001 users", []string{"898002", "880207", "880001"}},
		{"bare: id key", "uid=898002 gid:880207 msg_id 899001 userId=871300 seq 872001 ts=803009", nil},
		{"bare: id key", "port 898002 size=880207 len(899001) count: 871300 traceID=872001 fileSize 803009", nil},
		{"bare: not an id key", "android 871300 user: 898002 msgs 880207", []string{"871300", "898002", "880207"}},
		{"bare: unknown", "order 123456 shipped 1234567", nil},

		// 5. Short numbers only after a code key.
		{"short", "retried 3 times, 206 users, HTTP 500 in 17 ms", nil},
		{"short", "got 0 results, code=0", []string{"0"}},

		// 3. Keys as people and SDKs write them.
		{"key: chinese", "登录时报错206，报 40 和 401，返回码：-1", []string{"206", "40", "401", "-1"}},
		{"key: chinese, not a key", "报告 206 份，206 个用户", nil},
		{"key: list", "错误码 206、207 or 208, code 1, 2 and 3", []string{"206", "207", "208", "1", "2", "3"}},
		{"key: list, not joined", "code=206 207 users", []string{"206"}},
		{"key: NSError", `Error Domain=jmsg_error Code=871303 "Invalid username."`, []string{"871303"}},
		{"key: PlatformException", "PlatformException(206, USER_LOGIN_ANOTHER_DEVICE, null)", []string{"206"}},
		{"key: JS object", "{code: 880103, description: 'user not exist'} {type: 206, message: 'kicked'}", []string{"880103", "206"}},
		{"key: type is Easemob's", "message type: 871300, type=0", []string{"0"}},
		{"key: status keys are six or seven digits", "statusCode: 404 status_code=-1 responseCode=871310", []string{"871310"}},
		{"key: another system's", "Http error code: 7; getDnsList code: 0; dnsHost type: 3", nil},
		{"key: another system's", "Domain=NSURLErrorDomain Code=-1001; socket error code 104; 融云 errorCode: 5", nil},
		{"key: another system's", `{"errcode":0,"errmsg":"ok"}`, nil},
		{"key: an HTTP status", `code: 404 Not Found; {"code":500,"message":"Internal Server Error"}`, nil},
		{"key: not an HTTP status", `{"code":404,"message":"file delete failed"}`, []string{"404"}},

		// 5. Names and messages.
		{"name", "EMError: USER_NOT_FOUND(204)", []string{"204"}},
		{"name", "| 16 | WEBIM_CONNCTION_DISCONNECTED | 断开 |", []string{"16"}},
		{"name", "EMErrorUserNotFound = 204,", []string{"204"}},
		{"name", "206WEBIM_CONNCTION_USER_LOGIN_ANOTHER_DEVICE", []string{"206"}},
		{"name: another code's", "USER_NOT_FOUND(206) | 16 | WEBIM_CONNCTION_OPEN_ERROR |", nil},
		{"name: too far", "USER_NOT_FOUND was the answer to call 204", nil},
		{"message", "880104invalid password密码错误 | 0 | success |", []string{"880104", "0"}},
		{"message: glued only for one word", "we had 0 success today", nil},
		{"message: not glued to a unit", "took 100ms, 3fa5 and 2success", nil},
	} {
		assert.Equal(t, tc.want, texts(t, tc.line), "%s: %q", tc.rule, tc.line)
	}
}

// Each match says which rule found it.
func TestScanRule(t *testing.T) {
	var got []string
	for _, m := range scanAll(t, strings.NewReader("code=206 | 204 | USER_NOT_FOUND | 880104invalid password 899001")) {
		got = append(got, m.Text+" "+m.Rule.String())
	}
	assert.Equal(t, []string{"206 key", "204 name", "880104 message", "899001 bare"}, got)
	assert.True(t, logscan.RuleKey.Strong())
	assert.False(t, logscan.RuleBare.Strong())
	var r logscan.Rule
	require.NoError(t, r.UnmarshalText([]byte("message")))
	assert.Equal(t, logscan.RuleMessage, r)
	assert.Error(t, r.UnmarshalText([]byte("maybe")))
	_, err := logscan.Rule(0).MarshalText()
	assert.Error(t, err)
}

// The platform the text names comes first; a number on both Easemob
// numberings is reported on the one the text names.
func TestScanPlatformNamed(t *testing.T) {
	platforms := func(text string) []codes.Platform {
		ms := scanAll(t, strings.NewReader(text))
		require.Len(t, ms, 1, text)
		var ps []codes.Platform
		for _, e := range ms[0].Entries {
			ps = append(ps, e.Platform)
		}
		return ps
	}
	both := []codes.Platform{codes.EasemobWeb4, codes.EasemobNative}
	assert.Equal(t, both, platforms("onError type: 206"))
	assert.Equal(t, []codes.Platform{codes.EasemobWeb4}, platforms("WEBIM_ onError type: 206"))
	assert.Equal(t, []codes.Platform{codes.EasemobNative}, platforms("com.hyphenate.chat EMError code=206"))
	assert.Equal(t, []codes.Platform{codes.EasemobNative}, platforms("code 206 USER_LOGIN_ANOTHER_DEVICE"))
	// A constant both numberings have: the line's words choose.
	assert.Equal(t, both, platforms("USER_NOT_FOUND(204)"))
	assert.Equal(t, []codes.Platform{codes.EasemobNative}, platforms("EMError USER_NOT_FOUND(204)"))
	assert.Equal(t, []codes.Platform{codes.EasemobWeb4}, platforms("WebIM.statusCode USER_NOT_FOUND(204)"))
	assert.Equal(t, both, platforms("环信 onError type: 206"), "the vendor only")
	assert.Equal(t, codes.EasemobWeb4, platforms("code=0 环信")[0])
	assert.Equal(t, codes.JMessageWeb, platforms("code=0 极光")[0])

	// A line that names one vendor: a number only the other vendor defines
	// is not one of the catalog's codes there.
	assert.Empty(t, texts(t, `Jmessage.sendTextMessage error {code: 2, description: "Can't get the conversation"}`))
	assert.Equal(t, []string{"2"}, texts(t, `sendTextMessage error {code: 2, description: "Can't get the conversation"}`))
	assert.Equal(t, []string{"2"}, texts(t, `环信 sendTextMessage error {code: 2}`))
}

// Lines and columns count from 1, columns in bytes; a negative code's match
// starts at its minus sign.
func TestScanPositions(t *testing.T) {
	in := "first line\r\n日志 code=-1\r\n\n  899001\x00 and 899001"
	var got []string
	for _, m := range scanAll(t, strings.NewReader(in)) {
		got = append(got, fmt.Sprintf("%d:%d %q %d %d", m.Line, m.Column, m.Text, m.Code, len(m.Entries)))
	}
	assert.Equal(t, []string{`2:13 "-1" -1 1`, `4:3 "899001" 899001 1`, `4:15 "899001" 899001 1`}, got)
}

func TestScanEntries(t *testing.T) {
	ms := scanAll(t, strings.NewReader("code=0"))
	require.Len(t, ms, 1)
	assert.Equal(t, imcodes.Find(0), ms[0].Entries, "every platform that defines 0")

	ms = scanAll(t, strings.NewReader("code=0 code=206 898002"), codes.EasemobWeb4, codes.JMessageWeb)
	require.Len(t, ms, 2)
	assert.Equal(t, []codes.Platform{codes.JMessageWeb, codes.EasemobWeb4}, []codes.Platform{ms[0].Entries[0].Platform, ms[0].Entries[1].Platform})
	assert.Equal(t, "206", ms[1].Text)
	e, _ := codes.EasemobWeb4.Lookup(206)
	assert.Equal(t, []codes.Entry{e}, ms[1].Entries)

	assert.Empty(t, scanAll(t, strings.NewReader("code=0 898002"), codes.Platform(0)), "an invalid platform")
}

// Bytes that are no text at all: NUL, invalid UTF-8, CR, around codes.
func TestScanBinary(t *testing.T) {
	assert.Equal(t, []string{"898002", "206", "880207"},
		texts(t, "\x00898002\x00\xff\xfecode=206\xc3\r880207\r"))
	assert.Equal(t, []string{"898002"}, texts(t, "898002"), "no final newline")
	assert.Nil(t, texts(t, "code="), "a key at the end")
	assert.Nil(t, texts(t, ""))
}

// A line longer than any buffer is scanned to its end, its codes at their
// columns, whatever the size of the reads.
func TestScanLongLine(t *testing.T) {
	line := func(n int) string {
		filler := strings.Repeat("x ", n/2)
		return "code=206 " + filler + "898002 " + filler + "code=-1"
	}
	long, short := line(3<<20), line(200<<10) // 6 MiB and 400 KiB, one line each
	for name, tc := range map[string]struct {
		in string
		r  io.Reader
	}{
		"reads":         {long, strings.NewReader(long)},
		"half reads":    {long, iotest.HalfReader(strings.NewReader(long))},
		"error at last": {long, iotest.DataErrReader(strings.NewReader(long))},
		"one byte":      {short, iotest.OneByteReader(strings.NewReader(short))},
	} {
		ms := scanAll(t, tc.r)
		require.Len(t, ms, 3, name)
		for _, m := range ms {
			assert.Equal(t, 1, m.Line, name)
			assert.Equal(t, m.Text, tc.in[m.Column-1:m.Column-1+len(m.Text)], name)
		}
	}
}

// A digit run longer than any buffer is no code, and neither is any part of it.
func TestScanLongDigitRun(t *testing.T) {
	in := "code=" + strings.Repeat("1", 200<<10) + "898002 code=206"
	assert.Equal(t, []string{"206"}, texts(t, in))
	in = "x " + strings.Repeat("8", scanChunkForTest-2) + "98002 y"
	assert.Nil(t, texts(t, in))
}

// scanChunkForTest is the size Scan reads in; a number across the border of
// two reads, or near it, must still be decided as if whole.
const scanChunkForTest = 256 << 10

// A number near the border of two reads, at every offset near it, in a long
// line and in short ones.
func TestScanAcrossReads(t *testing.T) {
	const line = " code=-1 898002 uid 899001 880207 ms 错误码206"
	want := []string{"-1", "898002", "206"}
	for _, border := range []int{scanChunkForTest - 32, scanChunkForTest} {
		for pad := border - 70; pad < border+20; pad++ {
			for name, filler := range map[string]string{
				"long line":   strings.Repeat("a", pad),
				"short lines": strings.Repeat("a", pad%50) + strings.Repeat(strings.Repeat("b", 49)+"\n", pad/50),
			} {
				in := filler + line + "\n" + filler + line
				var got []string
				for _, m := range scanAll(t, strings.NewReader(in)) {
					got = append(got, m.Text)
				}
				require.Equal(t, append(want, want...), got, "%s, pad %d", name, pad)
			}
		}
	}
}

// Once fn returns false it is never called again, and Scan returns: on an
// in-memory reader, a file and a pipe, whether it stops at the first match,
// in the middle of a read, or many reads in. Here fn closes a channel before
// it returns false, as a caller handing matches to another goroutine would:
// one more call would panic.
func TestScanStops(t *testing.T) {
	// 100,000 lines of 101 bytes, each with a code: 39 reads of Scan's buffer.
	in := bytes.Repeat([]byte("2026-11-20T10:00:01.000001Z ERROR send failed: code=803009 "+strings.Repeat("x", 40)+"\n"), 100_000)
	readers := map[string]func(t *testing.T) io.Reader{
		"bytes.Reader": func(*testing.T) io.Reader { return bytes.NewReader(in) },
		"os.File": func(t *testing.T) io.Reader {
			name := filepath.Join(t.TempDir(), "app.log")
			require.NoError(t, os.WriteFile(name, in, 0o600))
			f, err := os.Open(name)
			require.NoError(t, err)
			t.Cleanup(func() { f.Close() })
			return f
		},
		"pipe": func(t *testing.T) io.Reader {
			pr, pw, err := os.Pipe()
			require.NoError(t, err)
			go func() {
				_, _ = pw.Write(in) // fails once the reader is closed
				pw.Close()
			}()
			t.Cleanup(func() { pr.Close() })
			return pr
		},
	}
	for name, open := range readers {
		for _, stopAt := range []int{1, 2, 2_700, 99_999} {
			t.Run(fmt.Sprintf("%s/at=%d", name, stopAt), func(t *testing.T) {
				stopped := make(chan struct{})
				calls := 0
				err := logscan.Scan(open(t), func(logscan.Match) bool {
					calls++
					if calls < stopAt {
						return true
					}
					close(stopped)
					return false
				})
				assert.NoError(t, err)
				assert.Equal(t, stopAt, calls)
			})
		}
	}
}

func TestScanErrors(t *testing.T) {
	errRead := errors.New("read failed")
	var got []string
	err := logscan.Scan(io.MultiReader(strings.NewReader("code=206"), iotest.ErrReader(errRead)), func(m logscan.Match) bool {
		got = append(got, m.Text)
		return true
	})
	assert.ErrorIs(t, err, errRead)
	assert.Equal(t, []string{"206"}, got, "what came before the error is scanned")
	assert.Error(t, logscan.Scan(strings.NewReader(""), nil))
	assert.ErrorIs(t, logscan.Scan(zeroReader{}, func(logscan.Match) bool { return true }), io.ErrNoProgress)
}

type zeroReader struct{}

func (zeroReader) Read([]byte) (int, error) { return 0, nil }

// A match is reported as soon as its line has been read: Scan does not wait
// for more input to decide it.
func TestScanStreams(t *testing.T) {
	pr, pw := io.Pipe()
	found := make(chan logscan.Match)
	done := make(chan error)
	go func() {
		done <- logscan.Scan(pr, func(m logscan.Match) bool { found <- m; return true })
	}()
	go func() { _, _ = pw.Write([]byte("code=898002\n")) }()
	m := <-found // before any more input: the test would hang otherwise
	assert.Equal(t, "898002", m.Text)
	go func() { _, _ = pw.Write([]byte("done code=206")); pw.Close() }()
	assert.Equal(t, "206", (<-found).Text)
	assert.NoError(t, <-done)
}

// Scan's memory does not grow with the input: it allocates as much for
// 16 MiB without a code as for 1 MiB, and a few more objects per match.
func TestScanMemoryBounded(t *testing.T) {
	allocs := func(r func() io.Reader) float64 {
		return testing.AllocsPerRun(3, func() {
			_ = logscan.Scan(r(), func(logscan.Match) bool { return true })
		})
	}
	noCode := bytes.Repeat([]byte("1234 abc 12.5 uid=898002\n"), 1<<20)
	small := allocs(func() io.Reader { return bytes.NewReader(noCode[:1<<20]) })
	large := allocs(func() io.Reader { return bytes.NewReader(noCode) })
	assert.InDelta(t, small, large, 2)
	assert.Less(t, large, 100.0)

	log := genLog(16<<20, 1)
	n := float64(len(scanAll(t, bytes.NewReader(log))))
	perMatch := (allocs(func() io.Reader { return bytes.NewReader(log) }) - large) / n
	assert.Less(t, perMatch, 3.0)
}

// genLog returns a realistic log of about size bytes (see internal/logsample).
func genLog(size int, seed uint64) []byte {
	var b bytes.Buffer
	_ = logsample.Write(&b, int64(size), seed)
	return b.Bytes()
}

// FuzzScan: Scan never panics; every match is a whole number token of the
// input at its line and column, spelling its code, with the entries of that
// code; and how the input is cut into reads changes nothing.
func FuzzScan(f *testing.F) {
	for _, seed := range []string{
		"2026-11-20T10:00:01Z ERROR register: 899001 user exist",
		`onError {"type":-1,"message":"timeout"} code: -2 错误码：206`,
		"uid=898002 took 898002 ms 1.898002 v4.17.0 10.0.0.1 fe80::1",
		"\x00898002\xff\r\ncode=0\r\n",
		"code=" + strings.Repeat("9", 100),
		"| 16 | WEBIM_CONNCTION_DISCONNECTED |\n880104invalid password密码错误 USER_NOT_FOUND(204)",
		"登录时报错206，报 40 和 401; Http error code: 7; Domain=jmsg_error Code=871303",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		ms := scanAll(t, bytes.NewReader(in))
		lines := bytes.Split(in, []byte("\n"))
		for _, m := range ms {
			require.True(t, m.Line >= 1 && m.Line <= len(lines), "line %d", m.Line)
			line := lines[m.Line-1]
			require.True(t, m.Column >= 1 && m.Column-1+len(m.Text) <= len(line), "column %d", m.Column)
			at := m.Column - 1
			require.Equal(t, m.Text, string(line[at:at+len(m.Text)]))
			require.Equal(t, fmt.Sprint(m.Code), m.Text)
			if at > 0 {
				require.False(t, isDigitOrWord(line[at-1]), "%q after %q", m.Text, line[at-1])
			}
			if end := at + len(m.Text); end < len(line) && isDigitOrWord(line[end]) {
				// Only a name or a message can be glued to its number.
				require.Contains(t, []logscan.Rule{logscan.RuleName, logscan.RuleMessage}, m.Rule, "%q before %q", m.Text, line[end])
			}
			require.True(t, m.Rule >= logscan.RuleKey && m.Rule <= logscan.RuleBare, "rule %d", m.Rule)
			require.NotEmpty(t, m.Entries)
			for _, e := range m.Entries {
				require.Equal(t, m.Code, e.Code)
				require.NotEmpty(t, e.Name)
			}
		}
		for name, r := range map[string]io.Reader{
			"one byte": iotest.OneByteReader(bytes.NewReader(in)),
			"half":     iotest.HalfReader(bytes.NewReader(in)),
		} {
			require.Equal(t, ms, scanAll(t, r), name)
		}
	})
}

func isDigitOrWord(b byte) bool {
	return '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '_'
}
