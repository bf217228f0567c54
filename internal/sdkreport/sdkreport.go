// Package sdkreport reads the error reports of the IM SDKs in the text
// forms that apps forward to their back ends (crash reports, support
// tickets, client telemetry), where the JSON decoders of packages jmessage
// and easemob see no JSON:
//
//   - an iOS NSError's description: Error Domain=jmsg_error Code=871303
//     "Invalid username." UserInfo={NSLocalizedDescription=Invalid username.}
//   - a Flutter PlatformException: PlatformException(871303, Invalid
//     username., null, null)
//   - a JavaScript object as a console prints it, with unquoted keys and
//     single quotes: {code: 880103, description: 'user not exist'}; and
//     JSON itself
//   - Easemob's callback report without braces: type: 206, message: "..."
//
// [Parse] gives the code, the SDK's message, the key the code came under
// and the platform the text names, or an error that says why the data is
// none of these. It uses the standard library only, reads the data once
// (linear time), and never panics.
package sdkreport

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Form is the text form of a report.
type Form uint8

const (
	// NSError is an NSError's description, "Error Domain=... Code=...".
	NSError Form = iota + 1
	// PlatformException is a Flutter PlatformException(code, message, ...).
	PlatformException
	// Object is a JSON object or a JavaScript object literal, with or
	// without its braces.
	Object
)

func (f Form) String() string {
	switch f {
	case NSError:
		return "NSError"
	case PlatformException:
		return "PlatformException"
	case Object:
		return "object"
	}
	return "Form(" + strconv.Itoa(int(f)) + ")"
}

// Report is an SDK error report read from its text.
type Report struct {
	Form Form
	// Code is the SDK's error code.
	Code int
	// Message is the SDK's message: the NSError's localized description,
	// the PlatformException's message, or the object's message,
	// description, errorDescription, desc, msg or errMsg; at most
	// MaxMessage bytes, cut at a character's end.
	Message string
	// Key is the key the code came under, as written: "code", "type",
	// "errorCode", "Code" (an NSError); empty for a PlatformException,
	// whose code is its first argument.
	Key string
	// Domain is an NSError's domain, such as "jmsg_error".
	Domain string
	// Platform is the catalog platform id that the text names, such as
	// "jmessage/ios" or "easemob/native", or a vendor ("jmessage",
	// "easemob") when the text names only the vendor; empty when it names
	// neither.
	Platform string
}

// MaxMessage is the longest Message kept, in bytes.
const MaxMessage = 1024

// Parse reads the report in data: the first NSError description or
// PlatformException in it, or else the object (or the key-value list) it
// holds. Text before the report ("login failed: ", a log line's prefix) is
// skipped. It returns an error when data holds none of the forms, when the
// code is not an integer, or when an NSError is another system's (its
// domain is NSURLErrorDomain, NSPOSIXErrorDomain, NSCocoaErrorDomain,
// NSOSStatusErrorDomain or a kCFError domain).
func Parse(data []byte) (Report, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return Report{}, errors.New("empty")
	}
	var r Report
	var err error
	switch {
	case bytes.Contains(data, []byte("Error Domain=")):
		r, err = parseNSError(data)
	case bytes.Contains(data, []byte("PlatformException(")):
		r, err = parsePlatformException(data)
	default:
		r, err = parseObject(data)
	}
	if err != nil {
		return Report{}, err
	}
	r.Message = cut(r.Message)
	if r.Platform == "" {
		r.Platform = platformNamed(data)
	}
	return r, nil
}

// foreignDomains are NSError domains of the OS, never of an IM SDK.
var foreignDomains = []string{"NSURLErrorDomain", "NSPOSIXErrorDomain", "NSCocoaErrorDomain", "NSOSStatusErrorDomain", "NSMachErrorDomain", "kCFError"}

// parseNSError reads `Error Domain=D Code=N "message" UserInfo={...}`.
func parseNSError(data []byte) (Report, error) {
	r := Report{Form: NSError, Key: "Code"}
	i := bytes.Index(data, []byte("Error Domain=")) + len("Error Domain=")
	j := i
	for j < len(data) && data[j] != ' ' && data[j] != '\n' {
		j++
	}
	r.Domain = string(data[i:j])
	if r.Domain == "" {
		return Report{}, errors.New("an NSError without a domain")
	}
	for _, d := range foreignDomains {
		if len(r.Domain) >= len(d) && r.Domain[:len(d)] == d {
			return Report{}, fmt.Errorf("an NSError of domain %s: the system's, not an IM SDK's", r.Domain)
		}
	}
	rest := data[j:]
	k := bytes.Index(rest, []byte(" Code="))
	if k < 0 {
		return Report{}, errors.New("an NSError without Code=")
	}
	rest = rest[k+len(" Code="):]
	code, n, err := integer(rest)
	if err != nil {
		return Report{}, fmt.Errorf("an NSError whose Code is not an integer: %w", err)
	}
	r.Code, rest = code, rest[n:]
	rest = bytes.TrimLeft(rest, " ")
	if len(rest) > 0 && rest[0] == '"' {
		r.Message, _ = quoted(rest)
	} else if k := bytes.Index(rest, []byte("NSLocalizedDescription=")); k >= 0 {
		v := rest[k+len("NSLocalizedDescription="):]
		if e := bytes.IndexAny(v, ",}\n"); e >= 0 {
			v = v[:e]
		}
		r.Message = string(bytes.TrimSpace(v))
	}
	switch r.Domain {
	case "jmsg_error":
		r.Platform = "jmessage/ios"
	case "EMErrorDomain":
		r.Platform = "easemob/native"
	}
	return r, nil
}

// parsePlatformException reads PlatformException(code, message, details[,
// stacktrace]). The message may hold commas and brackets: it runs to the
// last closing bracket of the line, less the trailing details ("null" or
// nothing).
func parsePlatformException(data []byte) (Report, error) {
	r := Report{Form: PlatformException}
	i := bytes.Index(data, []byte("PlatformException(")) + len("PlatformException(")
	line := data[i:]
	if nl := bytes.IndexByte(line, '\n'); nl >= 0 {
		line = line[:nl]
	}
	end := bytes.LastIndexByte(line, ')')
	if end < 0 {
		return Report{}, errors.New("a PlatformException without its closing bracket")
	}
	args := line[:end]
	comma := bytes.IndexByte(args, ',')
	if comma < 0 {
		comma = len(args)
	}
	first := bytes.TrimSpace(args[:comma])
	if len(first) >= 2 && (first[0] == '"' || first[0] == '\'') && first[len(first)-1] == first[0] {
		first = first[1 : len(first)-1]
	}
	code, n, err := integer(first)
	if err != nil || n != len(first) {
		return Report{}, fmt.Errorf("a PlatformException whose code %q is not an integer", excerpt(first))
	}
	r.Code = code
	if comma < len(args) {
		msg := args[comma+1:]
		// Drop the trailing details and stack trace: ", null", ", ".
		for range 2 {
			t := bytes.TrimRight(msg, " ")
			c := bytes.LastIndexByte(t, ',')
			if c < 0 {
				break
			}
			if tail := bytes.TrimSpace(t[c+1:]); len(tail) == 0 || string(tail) == "null" {
				msg = t[:c]
				continue
			}
			break
		}
		r.Message = string(bytes.TrimSpace(msg))
	}
	return r, nil
}

// codeKeys are the keys whose integer value is the code, in order of
// preference; messageKeys those whose value is the message.
var (
	codeKeys    = []string{"code", "errorCode", "errCode", "error_code", "type"}
	messageKeys = []string{"message", "description", "errorDescription", "desc", "msg", "errMsg", "errorMessage", "error_description"}
)

// parseObject reads the keys and values of the object in data, or of data
// itself for a list of key-value pairs without braces: the keys outside any
// brackets and those inside the first level of braces, bare or quoted, each
// followed by ':' or '='; values numbers, strings in single or double
// quotes, or bare words up to ',', ';', '}' or the end of the line. Deeper
// objects and arrays are skipped.
func parseObject(data []byte) (Report, error) {
	r := Report{Form: Object}
	codeRank, msgRank := len(codeKeys), len(messageKeys)
	depth := 0
	for i := 0; i < len(data); {
		c := data[i]
		var key string
		switch {
		case c == '{' || c == '[':
			depth++
			i++
			continue
		case c == '}' || c == ']':
			depth = max(0, depth-1)
			i++
			continue
		case c == '"' || c == '\'':
			s, n := quoted(data[i:])
			key, i = s, i+n
		case isIdent(c):
			j := i
			for j < len(data) && (isIdent(data[j]) || '0' <= data[j] && data[j] <= '9') {
				j++
			}
			key, i = string(data[i:j]), j
		default:
			i++
			continue
		}
		if depth > 1 {
			continue
		}
		if v, next, ok := valueAfter(data, i); ok && rankKey(&r, key, v, &codeRank, &msgRank) {
			i = next // other keys' values are walked through: "Error: type: 206"
		}
	}
	if codeRank == len(codeKeys) {
		return Report{}, errors.New("neither an NSError, a PlatformException nor an object with an integer code or type")
	}
	return r, nil
}

// valueAfter reads, after the key that ends at data[i], the separator (':'
// or '=') and the value. It returns the value and the index after it; not
// ok if no separator follows, or the value is an object or an array (which
// the walk of parseObject then skips).
func valueAfter(data []byte, i int) (v string, next int, ok bool) {
	j := i
	for j < len(data) && data[j] == ' ' {
		j++
	}
	if j >= len(data) || data[j] != ':' && data[j] != '=' {
		return "", i, false
	}
	j++
	for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
		j++
	}
	if j >= len(data) {
		return "", j, false
	}
	switch c := data[j]; {
	case c == '"' || c == '\'':
		s, n := quoted(data[j:])
		return s, j + n, true
	case c == '{' || c == '[':
		return "", j, false
	case '0' <= c && c <= '9' || c == '-' && j+1 < len(data) && '0' <= data[j+1] && data[j+1] <= '9':
		// A number ends with its digits: Flutter's EMError prints
		// "code: 202 desc: ..." without a separator.
		e := j + 1
		for e < len(data) && '0' <= data[e] && data[e] <= '9' {
			e++
		}
		return string(data[j:e]), e, true
	}
	e := j
	for e < len(data) && data[e] != ',' && data[e] != '}' && data[e] != '\n' && data[e] != ';' {
		e++
	}
	return string(bytes.TrimSpace(data[j:e])), e, true
}

// rankKey keeps key's value if key is a code key or a message key ranked
// before the one kept so far. It reports whether key is a code or message
// key.
func rankKey(r *Report, key, v string, codeRank, msgRank *int) bool {
	for k, name := range codeKeys {
		if key == name {
			if code, n, err := integer([]byte(v)); k < *codeRank && err == nil && n == len(v) {
				r.Code, r.Key, *codeRank = code, key, k
			}
			return true
		}
	}
	for k, name := range messageKeys {
		if key == name {
			if k < *msgRank {
				r.Message, *msgRank = v, k
			}
			return true
		}
	}
	return false
}

func isIdent(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c == '$'
}

// integer reads an optionally negative decimal integer at the start of b,
// and returns it with the bytes it took.
func integer(b []byte) (int, int, error) {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	start := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == start {
		return 0, 0, fmt.Errorf("%q is not a number", excerpt(b))
	}
	n, err := strconv.ParseInt(string(b[:i]), 10, 32)
	if err != nil {
		return 0, 0, fmt.Errorf("%q is out of range", excerpt(b[:i]))
	}
	return int(n), i, nil
}

// quoted reads the string in quotes that starts at b[0] (' or "), with
// backslash escapes of the quote and the backslash, and returns it with the
// bytes it took. An unterminated string runs to the end of b.
func quoted(b []byte) (string, int) {
	q := b[0]
	var out []byte
	i := 1
	for i < len(b) && b[i] != q {
		if b[i] == '\\' && i+1 < len(b) {
			i++
			switch b[i] {
			case 'n':
				out = append(out, '\n')
			case 't':
				out = append(out, '\t')
			default:
				out = append(out, b[i])
			}
			i++
			continue
		}
		out = append(out, b[i])
		i++
	}
	if i < len(b) {
		i++ // the closing quote
	}
	return string(out), i
}

// Named returns the platform id or the vendor that a word of data names, as
// Report.Platform gives it, or "": for the decoders, which read JSON
// reports themselves.
func Named(data []byte) string { return platformNamed(data) }

// platformNamed returns the platform (or vendor) of the first of Hints that
// data holds, ignoring case, or "".
func platformNamed(data []byte) string {
	lower := bytes.ToLower(data)
	for _, h := range Hints {
		if bytes.Contains(lower, bytes.ToLower([]byte(h.Word))) {
			return h.Platform
		}
	}
	return ""
}

// Hint is a word in a text that names a platform's SDK, or a vendor's.
type Hint struct {
	Word     string // as it is written; matched ignoring case
	Platform string // a platform id, or a vendor ("easemob", "jmessage")
}

// Hints are the words that name an SDK, most specific first: an NSError
// domain, a constant prefix, a package name, a vendor's name. Package
// logscan reads the platform a log line names with the same table.
var Hints = []Hint{
	{"jmsg_error", "jmessage/ios"}, {"JMSGError", "jmessage/ios"}, {"JMessage iOS", "jmessage/ios"},
	{"cn.jpush.im.android", "jmessage/android"}, {"JMessage Android", "jmessage/android"},
	{"JMRTC", "jmessage/jmrtc"}, {"JMessage Web", "jmessage/web"}, {"jmessage-sdk-web", "jmessage/web"},
	{"api.im.jpush.cn", "jmessage/server"},
	{"WEBIM_", "easemob/web4"}, {"WebIM.statusCode", "easemob/web4"}, {"easemob-websdk", "easemob/web4"},
	{"EMErrorDomain", "easemob/native"}, {"EMError", "easemob/native"}, {"com.hyphenate", "easemob/native"},
	{"hyphenate", "easemob/native"}, {"io.agora.chat", "easemob/native"}, {"AgoraChat", "easemob/native"},
	{"Agora Chat", "easemob/native"}, {"im_flutter_sdk", "easemob/native"}, {"EMClient", "easemob/native"},
	{"easemob", "easemob"}, {"环信", "easemob"},
	{"jmessage", "jmessage"}, {"cn.jpush.im", "jmessage"}, {"jiguang", "jmessage"}, {"极光", "jmessage"},
}

// cut returns s, cut to at most MaxMessage bytes at a character's end.
func cut(s string) string {
	if len(s) <= MaxMessage {
		return s
	}
	i := MaxMessage
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i]
}

// excerpt returns at most 32 bytes of b, for an error message.
func excerpt(b []byte) string {
	if len(b) > 32 {
		return string(b[:32]) + "..."
	}
	return string(b)
}
