package gen

import (
	"bytes"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// junk is 1 MB of text that looks like the end of a row: Chinese, as a
// description is.
var junk = strings.Repeat("稍后重试", 1<<20/len("稍后重试"))

// Junk glued to a vendor page becomes no text of the catalog: the row it
// lengthens is rejected at its line.
func TestJunkAppendedIsRejected(t *testing.T) {
	in := repoInputs(t)
	web := in[webCurrentFile]
	require.False(t, bytes.HasSuffix(web, []byte("\n")), "the page ends in 882005's row")
	line := bytes.Count(web, []byte("\n")) + 1

	in[webCurrentFile] = append(bytes.Clone(web), junk...)
	_, err := build(in)
	assert.ErrorContains(t, err, webCurrentFile+":"+strconv.Itoa(line)+": a line of 1048640 bytes: no vendor file has a line over 8000 bytes")

	// Within the bound of a line, the bound of a text rejects the row.
	in[webCurrentFile] = append(bytes.Clone(web), junk[:3000]...)
	_, err = build(in)
	assert.ErrorContains(t, err, webCurrentFile+":"+strconv.Itoa(line)+": code 882005: the description is not vendor text: empty, over 2000 bytes or over one line (3025 bytes from \"系统繁忙,稍后重试稍后重试稍...\")")

	// On lines of its own, the first junk line does not parse.
	in[webCurrentFile] = append(bytes.Clone(web), "\n"+junk[:30]+"\n"+junk[:30]...)
	_, err = build(in)
	assert.ErrorContains(t, err, webCurrentFile+":"+strconv.Itoa(line+1)+": row does not start with a code")
}

// Whatever page the junk is glued to, the catalog either stays as it is
// (the junk is outside every table) or the build fails at a line of that
// page.
func TestJunkAppendedToEverySource(t *testing.T) {
	in := repoInputs(t)
	cat, err := build(in)
	require.NoError(t, err)
	want, err := render(cat)
	require.NoError(t, err)
	for _, file := range sourceFiles() {
		t.Run(baseName(file), func(t *testing.T) {
			edited := inputs{}
			for k, v := range in {
				edited[k] = v
			}
			edited[file] = append(bytes.Clone(in[file]), junk...)
			cat, err := build(edited)
			if err != nil {
				assert.Regexp(t, "^"+regexp.QuoteMeta(file)+`:\d+: `, err.Error())
				assert.Less(t, len(err.Error()), 500, "the error quotes no more than an excerpt")
				return
			}
			got, err := render(cat)
			require.NoError(t, err)
			assert.Equal(t, string(want["codes/tables.go"]), string(got["codes/tables.go"]))
		})
	}
}

func TestCheckSource(t *testing.T) {
	long := strings.Repeat("甲", maxLine/3) + "甲\n" // one byte over
	for _, tt := range []struct{ src, want string }{
		{"a\nb\n", ""},
		{"", ""},
		{"a\nb\n\xffc\n", "s:3: not valid UTF-8"},
		{"a\n" + long, "s:2: a line of 8001 bytes: no vendor file has a line over 8000 bytes"},
		{strings.Repeat("a\n", maxLines) + "b", "s:100001: more than 100000 lines"},
		{strings.Repeat(strings.Repeat("a", maxLine-1)+"\n", 600), "s:525: the file passes 4194304 bytes on this line (4800000 in all)"},
	} {
		err := checkSource("s", []byte(tt.src))
		if tt.want == "" {
			assert.NoError(t, err)
		} else {
			assert.ErrorContains(t, err, tt.want)
		}
	}
	assert.Zero(t, testing.AllocsPerRun(10, func() { _ = checkSource("s", []byte("a\nb\n")) }))
}

// hugeSource returns page made about 100 MB by junk in buf: glued to its last
// line, or on lines of their own, as shape says. The buffer is reused, so
// that the test allocates 100 MB once a shape.
func hugeSource(buf []byte, page []byte, shape string) []byte {
	junk := map[string]string{"one line": "稍后重试", "many lines": "|1|a|稍后重试稍后重试|\n"}[shape]
	start := copy(buf, page)
	n := start + copy(buf[start:], junk)
	for n < len(buf) {
		n += copy(buf[n:], buf[start:n]) // the junk so far, doubled
	}
	return buf[:start+(len(buf)-start)/len(junk)*len(junk)] // whole characters
}

// A 100 MB source costs every parser a few times its size at most: it is
// rejected at the line where it stops being a vendor file, before a parser
// builds anything for it. (Before the bounds: 1.2-1.7 GB.) One source of
// each parser is tried.
func TestHugeSourceMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 100 MB sources")
	}
	in := repoInputs(t)
	buf := make([]byte, 100<<20)
	for _, s := range []source{
		{file: webCurrentFile, parse: parseGlued},
		{file: web2017File, parse: markdownRows},
		{file: serverFile, parse: htmlUnder("")},
		{file: restAPIFile, parse: parseRESTReference},
		{file: appledocHTTPFile, parse: parseAppledoc},
		{file: jmrtcJavadocFile, parse: parseJavadocConstants},
		{file: easemobEnumFile, parse: parseEnumTSV},
		{file: easemobNativeFile, parse: parseNativeTSV},
		{file: combined2015File, parse: combinedRows(jmessageIOS, iosHeading)},
		{file: rest2015File, parse: parseREST2015},
	} {
		for shape, bound := range map[string]string{"one line": "a line of", "many lines": "more than 100000 lines"} {
			src := hugeSource(buf, in[s.file], shape)
			var err error
			alloc := allocated(func() { _, err = wellFormed(s.parse(s.file, src)) })
			assert.Regexp(t, "^"+regexp.QuoteMeta(s.file)+`:\d+: `+bound, err, "%s, %s", s.file, shape)
			assert.Less(t, alloc, uint64(3*len(src)), "%s, %s: %d bytes allocated", s.file, shape, alloc)
			t.Logf("%s, %s: %d bytes allocated for %d", baseName(s.file), shape, alloc, len(src))
		}
	}
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// BenchmarkHugeSource parses the server page made 100 MB by junk lines:
// its bytes allocated a run are the generator's cost for such a file.
func BenchmarkHugeSource(b *testing.B) {
	in := repoInputs(b)
	src := hugeSource(make([]byte, 100<<20), in[serverFile], "many lines")
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := tableRows(serverFile, src, ""); err == nil {
			b.Fatal("a 100 MB page is accepted")
		}
	}
}

// Every parser, of a vendor file or of this project's own, checks its
// source first: invalid UTF-8 is reported at its line.
func TestEveryParserReportsInvalidUTF8AtItsLine(t *testing.T) {
	src := []byte("# a\n\n# c \xff\n")
	parsers := map[string]func(string, []byte) error{
		"glued":     func(f string, b []byte) error { _, err := parseGlued(f, b); return err },
		"markdown":  func(f string, b []byte) error { _, err := markdownRows(f, b); return err },
		"html":      func(f string, b []byte) error { _, err := htmlTables(f, b); return err },
		"rest":      func(f string, b []byte) error { _, err := parseRESTReference(f, b); return err },
		"appledoc":  func(f string, b []byte) error { _, err := parseAppledoc(f, b); return err },
		"javadoc":   func(f string, b []byte) error { _, err := parseJavadocConstants(f, b); return err },
		"enum":      func(f string, b []byte) error { _, err := parseEnumTSV(f, b); return err },
		"native":    func(f string, b []byte) error { _, err := parseNativeTSV(f, b); return err },
		"combined":  func(f string, b []byte) error { _, err := combinedRows(jmessageIOS, iosHeading)(f, b); return err },
		"rest2015":  func(f string, b []byte) error { _, err := parseREST2015(f, b); return err },
		"overrides": func(f string, b []byte) error { _, err := parseOverrides(f, b); return err },
		"manifest":  func(f string, b []byte) error { _, err := parseManifest(f, b); return err },
		"released":  func(f string, b []byte) error { _, err := parseReleased(f, b); return err },
		"reasons":   func(f string, b []byte) error { _, err := parseRESTReasons(f, b); return err },
		"released reasons": func(f string, b []byte) error {
			_, err := parseReleasedReasons(f, b)
			return err
		},
		"rest codes": func(f string, b []byte) error { _, err := parseRESTCodes(f, b); return err },
	}
	for name, parse := range parsers {
		assert.EqualError(t, parse("f", src), "f:3: not valid UTF-8", name)
	}
}
