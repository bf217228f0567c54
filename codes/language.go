package codes

import (
	"errors"
	"sync"

	"golang.org/x/text/language"
)

// matcher returns the language matcher of the catalog, built on first use
// rather than at start-up. The catalog has the vendors' English and their
// Simplified Chinese; a Traditional Chinese reader is better served by the
// Chinese text than by English, so zh-Hant is offered too, and answered with
// the same text.
func matcher() language.Matcher {
	matcherOnce.Do(func() {
		matcherValue = language.NewMatcher([]language.Tag{language.English, language.SimplifiedChinese, language.TraditionalChinese})
	})
	return matcherValue
}

var (
	matcherOnce  sync.Once
	matcherValue language.Matcher
)

// MatchLanguage returns the catalog language that best serves a reader who
// prefers tags, in order, as chosen by a language.Matcher: language.English or
// language.SimplifiedChinese. Every Chinese tag (zh, zh-CN, zh-SG, zh-Hans,
// and also zh-TW, zh-HK, zh-Hant) gives Chinese; English tags, tags the
// catalog cannot serve, and no tags give English.
//
// The result is the tag to keep and pass to [Entry.Text], which is then free
// of allocation.
func MatchLanguage(tags ...language.Tag) language.Tag {
	if len(tags) == 1 {
		switch tags[0] {
		case language.English, language.SimplifiedChinese:
			return tags[0]
		}
	}
	if len(tags) == 0 {
		return language.English
	}
	_, i, conf := matcher().Match(tags...)
	if conf == language.No || i == 0 {
		return language.English
	}
	return language.SimplifiedChinese
}

// Text returns the text of e for a reader of language t: the Chinese
// description for Chinese (see [MatchLanguage]), otherwise the English
// message, or the description where the vendor gives no English. The text is
// the vendor's, verbatim; never use it as a format string.
//
// With a tag returned by MatchLanguage, Text does not allocate.
func (e Entry) Text(t language.Tag) string {
	if t != language.English && (t == language.SimplifiedChinese || MatchLanguage(t) == language.SimplifiedChinese) {
		return e.Description
	}
	return e.english()
}

// english returns the English message of e, or its description where the
// vendor gives no English: the text of e wherever a single text stands for
// it in English.
func (e *Entry) english() string {
	if e.Message != "" {
		return e.Message
	}
	return e.Description
}

// Localize returns the text of the first coded error in err's chain (a
// platform constant or an *Error) for a reader who prefers tags, as
// [Entry.Text] does. For an *Error in English, the service's own message
// comes first, as it can be more specific than the catalog's.
//
// An error without a code, or with a code the catalog lacks, gives its own
// Error() text unchanged; a nil error gives "".
func Localize(err error, tags ...language.Tag) string {
	if err == nil {
		return ""
	}
	var c Coded
	if !errors.As(err, &c) {
		return err.Error()
	}
	p, code, ok := c.PlatformCode()
	if !ok {
		return err.Error()
	}
	entry, ok := p.Lookup(code)
	if !ok {
		return err.Error()
	}
	t := MatchLanguage(tags...)
	if e, isWire := c.(*Error); isWire && e.Message != "" && t == language.English {
		return e.Message
	}
	return entry.Text(t)
}

// maxAcceptLanguage bounds the header LocalizeAccept parses; real headers are
// far shorter.
const maxAcceptLanguage = 4096

// LocalizeAccept is [Localize] for an HTTP handler: the reader's languages
// come from an Accept-Language header, such as "zh-CN,zh;q=0.9,en;q=0.8". A
// malformed, empty or overlong header gives English.
func LocalizeAccept(err error, acceptLanguage string) string {
	return Localize(err, acceptTags(acceptLanguage)...)
}

// acceptTags parses an Accept-Language header, or returns nil.
func acceptTags(header string) []language.Tag {
	if len(header) > maxAcceptLanguage {
		return nil
	}
	tags, _, err := language.ParseAcceptLanguage(header)
	if err != nil {
		return nil
	}
	return tags
}
