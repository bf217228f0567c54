package gen

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// nativeHeader is the header line of easemob-native-errors.tsv.
const nativeHeader = "code\tname\tios_name\tweb5_name\tagora\tstatus\tsources\tmeaning_en\tmeaning_zh\tnote"

// parseNativeTSV parses the fact sheet of Easemob's native numbering: a
// header line, then one code a line, tab-separated: the code, the Android
// EMError constant, the iOS EMErrorCode constant, the Web SDK 5.x names
// ("/"-joined), whether Agora Chat's header agrees ("yes", "differs", or
// empty, not checked), "current" or "deprecated", the sources, a meaning in
// English and in Chinese and a note, all three in this project's own words.
//
// The row's message is the Android constant, the vendor's identifier of the
// code; its description stays empty, because the vendor's sentences cannot
// be copied: the meanings are kept apart, as this project's words.
func parseNativeTSV(file string, src []byte) ([]row, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	var rows []row
	n := 0
	for line := range strings.Lines(string(src)) {
		n++
		p := pos{file, n}
		line = strings.TrimRight(line, "\r\n")
		if n == 1 {
			if line != nativeHeader {
				return nil, p.errorf("want the header %q", nativeHeader)
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		r := row{pos: p}
		code, ok := parseCode(f[0])
		switch {
		case len(f) != 10:
			r.bad = p.errorf("row has %d fields, want 10 (%s)", len(f), strings.ReplaceAll(nativeHeader, "\t", ", "))
		case !ok:
			r.bad = p.errorf("code %q is not a number", f[0])
		case !isConstant(f[1]):
			r.bad = p.errorf("code %d: name %q is not an SDK constant", code, f[1])
		case f[2] != "" && !isSDKName(f[2]):
			r.bad = p.errorf("code %d: iOS name %q is not an SDK constant", code, f[2])
		case f[4] != "" && f[4] != "yes" && f[4] != "differs":
			r.bad = p.errorf("code %d: agora is %q, want yes, differs or empty", code, f[4])
		case f[5] != "current" && f[5] != "deprecated":
			r.bad = p.errorf("code %d: status is %q, want current or deprecated", code, f[5])
		case !plausibleText(f[7]) || !plausibleText(f[8]) || (f[9] != "" && !plausibleText(f[9])):
			r.bad = p.errorf("code %d: a meaning or note is empty, too long or not one line of text", code)
		}
		if r.bad != nil {
			rows = append(rows, r)
			continue
		}
		r.code, r.message, r.constant = code, f[1], f[1]
		r.iosName, r.agora = f[2], f[4]
		if f[3] != "" {
			for _, w := range strings.Split(f[3], "/") {
				if !isConstant(w) {
					r.bad = p.errorf("code %d: Web 5.x name %q is not an SDK constant", code, w)
				}
				r.web5Names = append(r.web5Names, w)
			}
		}
		r.meaning, r.meaningZH, r.note = f[7], f[8], f[9]
		if f[5] == "deprecated" {
			r.deprecated = true
			r.deprecation = "the sheet of the native numbering marks it deprecated: the newest SDKs no longer raise it; older SDKs may"
		}
		rows = append(rows, r)
	}
	return rows, nil
}

// isSDKName reports whether s looks like an SDK's constant name in any case,
// such as USER_NOT_FOUND or EMErrorUserNotFound: ASCII letters, digits and
// underscores, starting with a letter.
func isSDKName(s string) bool {
	if s == "" || len(s) > 64 || !('A' <= s[0] && s[0] <= 'Z' || 'a' <= s[0] && s[0] <= 'z') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// maxText bounds a text cell of a source: the longest vendor text of the
// catalog is a few hundred bytes, so a longer cell is not a text but junk
// (a file glued to a page, say).
const maxText = 2000

// plausibleText reports whether s can be a cell of vendor or project text:
// not empty, within maxText, on one line.
func plausibleText(s string) bool {
	return strings.TrimSpace(s) != "" && len(s) <= maxText && !strings.ContainsAny(s, "\r\n\x00")
}

// The bounds of a source file. The vendor files are at most 48 KB, 3,000
// lines, and lines of under 1 KB; a file far beyond that is not a vendor
// page but junk (a file glued to a page, say), and is rejected before any
// parser allocates for it, so that the generator's memory stays within a
// few times what a vendor page can be.
const (
	maxSource = 4 << 20     // bytes
	maxLines  = 100000      // lines
	maxLine   = 4 * maxText // bytes a line, markup included
)

// checkSource is the first step of every parser: it returns an error at the
// line where src stops being a plausible vendor file (invalid UTF-8, a line
// over maxLine bytes, more than maxLines lines or maxSource bytes), or nil.
// It reads no more than about maxSource bytes, however large src is, and
// allocates nothing but its error.
func checkSource(file string, src []byte) error {
	rest, line := src, 1
	var err error
	for len(rest) > 0 {
		n := bytes.IndexByte(rest, '\n')
		if n < 0 {
			n = len(rest)
		}
		p, read := pos{file, line}, n // read: the bytes of the line to validate
		switch at := len(src) - len(rest); {
		case n > maxLine:
			err, read = p.errorf("a line of %d bytes: no vendor file has a line over %d bytes", n, maxLine), maxLine
		case line > maxLines:
			err, read = p.errorf("more than %d lines: no vendor file has as many", maxLines), 0
		case at+n > maxSource:
			err, read = p.errorf("the file passes %d bytes on this line (%d in all): no vendor file is as large", maxSource, len(src)), maxSource-at
		}
		if err != nil {
			rest = rest[read:]
			break
		}
		rest = rest[min(n+1, len(rest)):]
		line++
	}
	// Invalid UTF-8 in what was read comes first: it is on an earlier line,
	// or earlier on the same one. A character cut by the bound is not.
	end := len(src) - len(rest)
	for end > 0 && end < len(src) && !utf8.RuneStart(src[end]) {
		end--
	}
	if !utf8.Valid(src[:end]) {
		return pos{file, firstInvalidLine(src[:end])}.errorf("not valid UTF-8")
	}
	return err
}

// firstInvalidLine returns the line of src on which its first invalid UTF-8
// sequence is.
func firstInvalidLine(src []byte) int {
	line := 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if src[i] == '\n' {
			line++
		}
		i += size
	}
	return line
}
