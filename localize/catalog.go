package localize

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"

	"github.com/imcodes/imcodes/codes"
)

// Key returns the key of code on p in [Catalog], such as
// "jmessage/server 898002".
func Key(p codes.Platform, code int) string {
	return p.String() + " " + strconv.Itoa(code)
}

// Catalog returns the whole catalog as a golang.org/x/text message
// catalog, for applications that print through a message.Printer: every code
// under [Key], in English, and in Chinese (the vendors' Simplified
// Chinese, registered as zh, zh-Hans and zh-Hant so that every Chinese reader
// gets it).
//
// As with any x/text catalog, choose the Printer's language with the
// catalog's Matcher, so that a language it lacks falls back to English
// instead of printing the key:
//
//	cat := localize.Catalog()
//	tag, _, _ := cat.Matcher().Match(userTags...)
//	p := message.NewPrinter(tag, message.Catalog(cat))
//	p.Sprintf(localize.Key(codes.JMessageServer, 898002)) // 用户不存在
//
// The pitfall: a Printer treats a catalog message as a printf format, and the
// catalog itself expands ${name}. Vendor text holds "%s" (JMRTC 872001), so
// stored as it is it would print "%!s(MISSING)". This catalog stores every
// text escaped, so Sprintf of a key with no arguments prints it verbatim. Do
// not pass arguments, and print code numbers with strconv rather than the
// Printer, which adds thousands separators ("898,002").
//
// The catalog is built on the first call and shared.
func Catalog() catalog.Catalog {
	catalogOnce.Do(func() { catalogValue = buildMessageCatalog() })
	return catalogValue
}

// The catalog is built on first use, not at start-up.
var (
	catalogOnce  sync.Once
	catalogValue catalog.Catalog
)

func buildMessageCatalog() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, p := range codes.Platforms() {
		for _, e := range p.Entries() {
			key := Key(p, e.Code)
			// The texts are ours and the escaping sound, so Set cannot fail.
			_ = b.Set(language.English, key, verbatim(english(e))...)
			_ = b.Set(language.SimplifiedChinese, key, verbatim(e.Description)...)
			_ = b.Set(language.TraditionalChinese, key, verbatim(e.Description)...)
			_ = b.Set(language.Chinese, key, verbatim(e.Description)...)
		}
	}
	return b
}

// dollarVar names the catalog variable that verbatim uses to spell "$".
const dollarVar = "imcodesDollar"

// verbatim returns catalog messages that render s unchanged through a
// message.Printer: "%" is doubled, as the Printer formats the result, and
// every "${" is written as a variable that renders "$" followed by "{", as
// the catalog has no escape for it.
func verbatim(s string) []catalog.Message {
	s = strings.ReplaceAll(s, "%", "%%")
	if !strings.Contains(s, "${") {
		return []catalog.Message{catalog.String(s)}
	}
	s = strings.ReplaceAll(s, "${", "${"+dollarVar+"}{")
	return []catalog.Message{catalog.Var(dollarVar, catalog.String("$")), catalog.String(s)}
}
