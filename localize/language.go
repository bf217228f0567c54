package localize

import (
	"errors"
	"sync"

	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/wire"
)

// matcher returns the language matcher of the catalog, built on first use
// rather than at start-up. The catalog has the vendors' English and their
// Simplified Chinese; a Traditional Chinese reader is better served by the
// Chinese text than by English, so zh-Hant is offered too, and answered with
// the same text. (A package-level sync.OnceValue would be work at start-up.)
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

// Match returns the language that best serves a reader who prefers tags, in
// order, as chosen by a language.Matcher: language.English or
// language.SimplifiedChinese. Every Chinese tag (zh, zh-CN, zh-SG, zh-Hans,
// and also zh-TW, zh-HK, zh-Hant) gives Chinese; English tags, tags the
// catalog cannot serve, and no tags give English.
//
// Keep the result and pass it to the text functions of this package, which
// then need no matching of their own.
func Match(tags ...language.Tag) language.Tag {
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

// maxAcceptLanguage bounds the header MatchAccept parses; real headers are
// far shorter.
const maxAcceptLanguage = 4096

// MatchAccept is [Match] for an HTTP handler: the reader's languages come
// from an Accept-Language header, such as "zh-CN,zh;q=0.9,en;q=0.8". A
// malformed, empty or overlong header gives English.
func MatchAccept(acceptLanguage string) language.Tag {
	if len(acceptLanguage) > maxAcceptLanguage {
		return language.English
	}
	tags, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil {
		return language.English
	}
	return Match(tags...)
}

// chinese reports whether t is served with the Chinese texts.
func chinese(t language.Tag) bool {
	return t == language.SimplifiedChinese || t != language.English && Match(t) == language.SimplifiedChinese
}

// Text returns the vendor's text of e for a reader of language t: the Chinese
// description for Chinese (see [Match]), otherwise the English message, or
// the description where the vendor gives no English. It is a developer's
// text, verbatim: show it in logs and consoles, never use it as a format
// string, and prefer [UserText] for end users. An entry the catalog lacks
// gives "".
func Text(e codes.Entry, t language.Tag) string {
	if chinese(t) {
		return e.Description
	}
	return english(e)
}

// english returns the English message of e, or its description where the
// vendor gives no English: the text of e wherever a single text stands for
// it in English.
func english(e codes.Entry) string {
	if e.Message != "" {
		return e.Message
	}
	return e.Description
}

// VendorText returns the vendor's text for the first coded error in err's
// chain (a platform constant or a *codes.Error) for a reader of language t,
// as [Text] gives it. For a *codes.Error in English, the service's own
// message comes first, as it can be more specific than the catalog's; for
// one without a code, such as an Easemob REST error, the service's own text
// (its error_description) is the vendor text in every language. The
// service's text is escaped and bounded as the error's Error() shows it.
//
// An error with no code the catalog knows and no text of the service gives
// "": there is no vendor text to show. Show [UserText] to end users in
// every case.
func VendorText(err error, t language.Tag) string {
	var c codes.Coded
	if !errors.As(err, &c) {
		return ""
	}
	wireErr, isWire := c.(*codes.Error)
	p, code, ok := c.PlatformCode()
	if !ok {
		if isWire {
			return wire.LogSafe(wireErr.Message, wire.MaxText)
		}
		return ""
	}
	entry, ok := p.Lookup(code)
	if !ok {
		return ""
	}
	if isWire && wireErr.Message != "" && !chinese(t) {
		return wire.LogSafe(wireErr.Message, wire.MaxText)
	}
	return Text(entry, t)
}
