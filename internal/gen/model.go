package gen

import (
	"fmt"
	"path"
	"strconv"

	"github.com/imcodes/imcodes/internal/vocab"
)

// platform describes one platform of the catalog, where its code goes and
// the vendor files it is built from.
type platform struct {
	id      string // platform id, as codes.Platform.String returns it
	konst   string // the codes.Platform constant
	dir     string // package directory, relative to the module root
	title   string // what the platform is, for doc comments
	derived bool   // Go names come from the vendor's SDK constant names

	// sources are the files that list the platform's codes, in the order
	// of precedence: the newest revision of the error-code page first, then
	// its older revisions, then the pages that add codes it lacks, and last
	// JMessage's 2015-2017 revisions, which only add the codes no newer page
	// lists (see history). See merge.
	sources []source
	// english are the vendor's English pages that explain the codes.
	english []source
}

var (
	jmessageWeb     = &platform{id: "jmessage/web", konst: "JMessageWeb", dir: "jmessage/web", title: "the JMessage (JIGUANG IM) Web SDK"}
	jmessageServer  = &platform{id: "jmessage/server", konst: "JMessageServer", dir: "jmessage/server", title: "the JMessage server REST API"}
	jmessageAndroid = &platform{id: "jmessage/android", konst: "JMessageAndroid", dir: "jmessage/android", title: "the JMessage Android SDK"}
	jmrtc           = &platform{id: "jmessage/jmrtc", konst: "JMRTC", dir: "jmessage/jmrtc", title: "the JMRTC audio/video SDK for Android and iOS"}
	jmessageIOS     = &platform{id: "jmessage/ios", konst: "JMessageIOS", dir: "jmessage/ios", title: "the JMessage iOS SDK"}
	easemobWeb4     = &platform{id: "easemob/web4", konst: "EasemobWeb4", dir: "easemob/web4", title: "the Easemob (环信) Web / mini-program SDK 4.x", derived: true}
	easemobNative   = &platform{id: "easemob/native", konst: "EasemobNative", dir: "easemob/native", title: "Easemob's native numbering (the Android, iOS and other native SDKs, Web SDK 5.x and Agora Chat)", derived: true}
)

// platforms lists every platform in the order of the codes.Platform constants.
var platforms = []*platform{jmessageWeb, jmessageServer, jmessageAndroid, jmessageIOS, jmrtc, easemobWeb4, easemobNative}

// pkg returns the package name of p.
func (p *platform) pkg() string { return path.Base(p.dir) }

// pos is a place in a source file, for error messages.
type pos struct {
	file string
	line int
}

func (p pos) String() string { return p.file + ":" + strconv.Itoa(p.line) }

// errorf returns an error that names the place and the reason.
func (p pos) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: "+format, append([]any{p}, args...)...)
}

// row is one row of a vendor table, its texts as the page shows them with
// markup stripped and surrounding white space trimmed.
type row struct {
	pos
	code        int
	message     string
	description string

	// bad is why the row is malformed, nil for a good row.
	bad error

	// constant is the SDK's own name of the code, where the source gives
	// one (appledoc, javadoc, the Easemob enum).
	constant string
	// aliases are further constants of the same number (the Easemob enum).
	aliases []string
	// note is this project's own remark on the code (the Easemob sheets).
	note string
	// The facts of Easemob's native sheet: the iOS constant, the Web SDK
	// 5.x names, whether Agora Chat agrees ("yes", "differs", ""), and the
	// code's meaning in this project's own words, in English and Chinese.
	iosName            string
	web5Names          []string
	agora              string
	meaning, meaningZH string
	// deprecated marks a row that does not make its code current: a row of
	// an older revision, or of an SDK constant the newest SDK no longer
	// raises; deprecation says why, for the doc comment.
	deprecated  bool
	deprecation string

	// For the glued lines of jmessage-web.txt: the text after the code, and
	// whether the default split into message and description is a guess
	// (see parseGlued).
	glued     string
	ambiguous bool
}

// entry is one code of the finished catalog.
type entry struct {
	Platform    *platform
	Code        int
	Name        string
	Message     string
	Description string
	Category    string
	Action      string
	Deprecated  bool
	From        pos // the source row that gives the texts
	Decided     pos // the overrides line

	EnglishDescription string // from the vendor's English page, if any
	Constant           string // the SDK's constant, where a source names it
	Aliases            []string
	Note               string   // this project's words, for the doc comment
	Meaning            string   // this project's words, in English (Entry.Meaning)
	ChineseMeaning     string   // this project's words, in Chinese (Entry.ChineseMeaning)
	IOSName            string   // the iOS SDK's constant (Easemob native)
	Web5Names          []string // the Web SDK 5.x names (Easemob native)
	Agora              string   // whether Agora Chat agrees (Easemob native)
	Deprecation        string   // why it is deprecated, for the doc comment
}

// AliasNames returns the Go names of the SDK's further constants for the
// code of e, on a platform whose names come from the SDK constants.
func (e *entry) AliasNames() []string {
	if !e.Platform.derived {
		return nil
	}
	var names []string
	for _, a := range e.Aliases {
		names = append(names, sdkName(a))
	}
	return names
}

// Source is the base name of the file that gives the texts of e.
func (e *entry) Source() string { return path.Base(e.From.file) }

// Text is the English text of e in its Error text: the message, or the
// description where the vendor gives none.
func (e *entry) Text() string {
	if e.Message == "" {
		return e.Description
	}
	return e.Message
}

// Advice is what the action of e tells a developer to do, for its doc
// comment.
func (e *entry) Advice() string {
	n, _ := vocab.ActionNumber(e.Action)
	return vocab.Actions[n].Advice
}

// parseCode parses a code cell: an optional minus sign and decimal digits, no
// other sign, space or leading zero, within int32 like the Code types.
func parseCode(s string) (int, bool) {
	digits := s
	if len(digits) > 0 && digits[0] == '-' {
		digits = digits[1:]
	}
	if digits == "" || len(digits) > 10 || (digits[0] == '0' && len(digits) > 1) {
		return 0, false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.ParseInt(s, 10, 32)
	return int(n), err == nil && s != "-0"
}
