package gen

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// The source files, relative to the module root. Their names appear in error
// messages as they are here.
const (
	sourcesDir        = "internal/gen/sources"
	webCurrentFile    = sourcesDir + "/jmessage-web.txt"
	web2017File       = sourcesDir + "/jmessage-web-2017.md"
	webOlderFile      = sourcesDir + "/jmessage-web-older.md"
	webEnglishFile    = sourcesDir + "/jmessage-web-en.md"
	serverFile        = sourcesDir + "/jmessage-server.md"
	server2017File    = sourcesDir + "/jmessage-server-2017.md"
	serverEnglishFile = sourcesDir + "/jmessage-server-en.md"
	restAPIFile       = sourcesDir + "/jmessage-rest-api.md"
	androidJMRTCFile  = sourcesDir + "/jmessage-android-jmrtc.md"
	androidEnFile     = sourcesDir + "/jmessage-android-jmrtc-en.md"
	jmrtcJavadocFile  = sourcesDir + "/jmrtc-android-constant-values.html"
	iosFile           = sourcesDir + "/jmessage-ios.md"
	iosEnglishFile    = sourcesDir + "/jmessage-ios-en.md"
	appledocSDKFile   = sourcesDir + "/jmessage-ios-appledoc-sdk.html"
	appledocHTTPFile  = sourcesDir + "/jmessage-ios-appledoc-http.html"
	appledocTCPFile   = sourcesDir + "/jmessage-ios-appledoc-tcp.html"
	easemobFile       = sourcesDir + "/easemob-web.txt"
	easemobEnumFile   = sourcesDir + "/easemob-sdk-enum.tsv"
	easemobNativeFile = sourcesDir + "/easemob-native-errors.tsv"
	overridesFile     = sourcesDir + "/overrides.txt"

	// JMessage's history: the 2015-2017 revisions, which only add codes
	// that no newer page lists.
	server201707File    = sourcesDir + "/jmessage-server-2017-07.md"
	combined2016File    = sourcesDir + "/jmessage-combined-2016.md"
	combined201601File  = sourcesDir + "/jmessage-combined-2016-01.md"
	combined2015File    = sourcesDir + "/jmessage-combined-2015.md"
	combined201511File  = sourcesDir + "/jmessage-combined-2015-11-05.md"
	rest2015File        = sourcesDir + "/jmessage-rest-2015.md"
	appledocTCP2015File = sourcesDir + "/jmessage-ios-appledoc-tcp-2015.html"
	manifestFile        = sourcesDir + "/manifest.tsv"
	releasedNamesFile   = "internal/gen/released.txt"
)

// The headings above each platform's table in the pages that hold two.
const (
	androidHeading  = "JMessage Android"
	jmrtcHeading    = "JMRTC Android"
	iosHeading      = "JMessage iOS"
	jmrtcIOSHeading = "JMRTC iOS"
	serverHeading   = "Server Error"
)

// parser reads the rows of one vendor file. A malformed row does not stop
// it: the row comes back with its error (row.bad), so that the overrides can
// skip it; wellFormed turns what is left into an error.
type parser func(file string, src []byte) ([]row, error)

// wellFormed returns rows, or the error of the first malformed one: a row
// its parser found malformed, or one whose text is not plausible vendor text
// (see plausibleText), such as junk glued to the last row of a page.
func wellFormed(rows []row, err error) ([]row, error) {
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		if r.bad != nil {
			return nil, r.bad
		}
		if err := r.implausible(); err != nil {
			return nil, err
		}
	}
	return rows, nil
}

// implausible returns why a text of r is not plausible vendor text, or nil.
// The message and the note may be empty; a description given must be text.
func (r *row) implausible() error {
	for _, t := range []struct{ what, text string }{{"message", r.message}, {"description", r.description}, {"note", r.note}} {
		if t.text != "" && !plausibleText(t.text) {
			return r.errorf("code %d: the %s is not vendor text: empty, over %d bytes or over one line (%d bytes from %q)", r.code, t.what, maxText, len(t.text), excerpt(t.text))
		}
	}
	return nil
}

// excerpt returns the start of s, for an error message.
func excerpt(s string) string {
	const n = 40
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "..."
}

// source is one vendor file as a platform reads it.
type source struct {
	file  string
	parse parser
	// older marks an older revision of the platform's page: its rows are
	// deprecated, so a code that only older revisions list is.
	older bool
	// repeats allows a code on several rows of the file, as the REST
	// reference lists it under each endpoint; where the code is taken from
	// this file, its rows must agree.
	repeats bool
	// glued marks the glued text of the Web page, whose splits the
	// overrides decide.
	glued bool
}

// htmlUnder parses the one HTML table under heading ("" for the only table
// of the file).
func htmlUnder(heading string) parser {
	return func(file string, src []byte) ([]row, error) { return tableRows(file, src, heading) }
}

func init() {
	jmessageWeb.sources = []source{
		{file: webCurrentFile, parse: parseGlued, glued: true},
		{file: web2017File, parse: markdownRows, older: true},
		{file: webOlderFile, parse: markdownRows, older: true},
	}
	jmessageWeb.english = []source{{file: webEnglishFile, parse: markdownRows}}

	jmessageServer.sources = []source{
		{file: serverFile, parse: htmlUnder("")},
		{file: server2017File, parse: htmlUnder(""), older: true},
		{file: restAPIFile, parse: parseRESTReference, repeats: true},
		{file: appledocHTTPFile, parse: parseAppledoc},
		{file: appledocTCPFile, parse: parseAppledoc},
	}
	jmessageServer.sources = append(jmessageServer.sources, history(jmessageServer, serverHeading)...)
	jmessageServer.english = []source{{file: serverEnglishFile, parse: htmlUnder("")}}

	jmessageAndroid.sources = []source{{file: androidJMRTCFile, parse: htmlUnder(androidHeading)}}
	jmessageAndroid.sources = append(jmessageAndroid.sources, history(jmessageAndroid, androidHeading)...)
	jmessageAndroid.english = []source{{file: androidEnFile, parse: htmlUnder(androidHeading)}}

	jmrtc.sources = []source{
		{file: androidJMRTCFile, parse: htmlUnder(jmrtcHeading)},
		{file: iosFile, parse: htmlUnder(jmrtcIOSHeading)},
		{file: jmrtcJavadocFile, parse: parseJavadocConstants},
	}

	jmessageIOS.sources = []source{
		{file: iosFile, parse: htmlUnder(iosHeading)},
		{file: appledocSDKFile, parse: parseAppledoc},
	}
	jmessageIOS.sources = append(jmessageIOS.sources, history(jmessageIOS, iosHeading)...)
	jmessageIOS.english = []source{{file: iosEnglishFile, parse: markdownRows}}

	easemobWeb4.sources = []source{
		{file: easemobFile, parse: markdownRows},
		{file: easemobEnumFile, parse: parseEnumTSV},
	}

	easemobNative.sources = []source{{file: easemobNativeFile, parse: parseNativeTSV}}
}

// history returns the 2015-2017 revisions of JMessage's pages that hold
// codes of p, after every current source: they only add the codes that no
// newer page lists, and each is an older revision, so that a code only they
// list is deprecated. Among them the error pages come newest first, then the
// REST reference of 2015, then the iOS SDK's 2015 constants page, as the
// sources README orders them. The combined pages hold the codes of the
// server, Android and iOS: each platform reads its own table (see
// combinedRows).
func history(p *platform, heading string) []source {
	combined := func(file string) source {
		return source{file: file, parse: combinedRows(p, heading), older: true}
	}
	var s []source
	if p == jmessageServer {
		s = append(s, source{file: server201707File, parse: htmlUnder(""), older: true})
	}
	s = append(s, combined(combined2016File), combined(combined201601File), combined(combined2015File), combined(combined201511File))
	if p == jmessageServer {
		s = append(s,
			source{file: rest2015File, parse: parseREST2015, older: true},
			source{file: appledocTCP2015File, parse: parseAppledoc, older: true})
	}
	return s
}

// sourceFiles returns every vendor file the catalog reads, each once, in the
// order of the platforms.
func sourceFiles() []string {
	var files []string
	for _, p := range platforms {
		for _, s := range append(slices.Clone(p.sources), p.english...) {
			if !slices.Contains(files, s.file) {
				files = append(files, s.file)
			}
		}
	}
	return files
}

// readSource parses one source of a platform: the rows the overrides skip
// are dropped, then a malformed row left is an error, and the rows of an
// older revision are marked deprecated.
func readSource(s source, in inputs, ov *overrides) ([]row, error) {
	rows, err := s.parse(s.file, in[s.file])
	if err != nil {
		return nil, err
	}
	if rows, err = ov.skipRows(s.file, in[s.file], rows); err != nil {
		return nil, err
	}
	if rows, err = wellFormed(rows, nil); err != nil {
		return nil, err
	}
	if s.glued {
		if err := applySplits(rows, ov); err != nil {
			return nil, err
		}
	}
	if s.older {
		for i := range rows {
			rows[i].deprecated = true
			rows[i].deprecation = "only an older revision of the vendor's page (" + baseName(s.file) + ") lists it; services may still send it"
		}
	}
	return rows, nil
}

func baseName(file string) string { return file[strings.LastIndexByte(file, '/')+1:] }

// merge is the one rule by which every platform combines its sources. The
// sources come in the order of precedence (newest revision first, then
// older revisions, then pages that add codes): a code takes its texts from
// the first source that lists it, and it is deprecated when every row that
// lists it is (each row of an older revision is; so is the row of an SDK
// constant that the newest SDK no longer raises). The SDK constant comes
// from the first source that names one. A code twice in one source is an
// error, except in a source whose rows may repeat (the REST reference), where
// the rows must agree.
func merge(p *platform, layers [][]row, repeats []bool) ([]*entry, error) {
	byCode := map[int]*entry{}
	var order []int
	for li, rows := range layers {
		seen := map[int]*row{}
		for i := range rows {
			r := &rows[i]
			if prev := seen[r.code]; prev != nil {
				switch {
				case !repeats[li]:
					return nil, r.errorf("duplicate code %d on %s (first at line %d)", r.code, p.id, prev.line)
				case byCode[r.code].From == prev.pos && (prev.message != r.message || prev.description != r.description):
					return nil, r.errorf("%s %d: %q disagrees with line %d, %q", p.id, r.code, r.description, prev.line, prev.description)
				}
				continue
			}
			seen[r.code] = r
			e := byCode[r.code]
			if e == nil {
				e = &entry{Platform: p, Code: r.code, Message: r.message, Description: r.description, From: r.pos, Deprecated: true}
				byCode[r.code] = e
				order = append(order, r.code)
			}
			if e.Deprecated && r.deprecated && e.Deprecation == "" {
				e.Deprecation = r.deprecation
			}
			e.Deprecated = e.Deprecated && r.deprecated
			if e.Constant == "" {
				e.Constant = r.constant
			}
			if e.From == r.pos { // the project's words on the row that gives the texts
				e.Note, e.Meaning, e.ChineseMeaning = r.note, r.meaning, r.meaningZH
				e.IOSName, e.Web5Names, e.Agora = r.iosName, r.web5Names, r.agora
			}
			for _, a := range r.aliases {
				if !slices.Contains(e.Aliases, a) {
					e.Aliases = append(e.Aliases, a)
				}
			}
		}
	}
	es := make([]*entry, 0, len(order))
	for _, code := range order {
		e := byCode[code]
		if !e.Deprecated {
			e.Deprecation = ""
		}
		es = append(es, e)
	}
	slices.SortFunc(es, func(a, b *entry) int { return cmp.Compare(a.Code, b.Code) })
	return es, nil
}
