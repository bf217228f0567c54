package localize_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/imcodes/imcodes/codes"
)

func TestMatchLanguage(t *testing.T) {
	zh, en := language.SimplifiedChinese, language.English
	for in, want := range map[string]language.Tag{
		"zh": zh, "zh-CN": zh, "zh-Hans": zh, "zh-SG": zh, "zh-Hans-CN": zh,
		"zh-TW": zh, "zh-HK": zh, "zh-Hant": zh, "zh-MO": zh, "zh-Hant-TW": zh,
		"en": en, "en-US": en, "en-GB": en, "en-CN": en,
		"fr": en, "ja": en, "ko": en, "de-CH": en, "und": en,
	} {
		assert.Equal(t, want, codes.MatchLanguage(language.MustParse(in)), in)
	}
	assert.Equal(t, en, codes.MatchLanguage())
	assert.Equal(t, zh, codes.MatchLanguage(language.French, language.MustParse("zh-TW"), language.English), "first servable preference")
	assert.Equal(t, en, codes.MatchLanguage(language.AmericanEnglish, language.Chinese))
	assert.Equal(t, zh, codes.MatchLanguage(language.Japanese, language.Chinese))
}

func TestEntryText(t *testing.T) {
	e, ok := codes.JMessageServer.Lookup(898002)
	require.True(t, ok)
	assert.Equal(t, "No such user", e.Text(language.English))
	assert.Equal(t, "用户不存在", e.Text(language.SimplifiedChinese))
	assert.Equal(t, "用户不存在", e.Text(language.MustParse("zh-TW")))
	assert.Equal(t, "No such user", e.Text(language.French))

	noEnglish, _ := codes.JMessageServer.Lookup(899070)
	assert.Equal(t, "添加的好友已经存在好友列表中", noEnglish.Text(language.English), "the vendor gives no English")
}

func TestLocalize(t *testing.T) {
	zh := language.SimplifiedChinese
	constant := codes.Coded(&codes.Error{Platform: codes.JMessageServer, Code: 898002})
	wire := &codes.Error{Platform: codes.JMessageServer, Code: 803009, Message: "the message contains sensitive word: 坏词", Status: 403}

	assert.Equal(t, "用户不存在", codes.Localize(constant, zh))
	assert.Equal(t, "No such user", codes.Localize(constant))
	assert.Equal(t, "用户不存在", codes.Localize(fmt.Errorf("delete: %w", constant), language.MustParse("zh-HK")))
	assert.Equal(t, "用户不存在", codes.Localize(errors.Join(errors.New("plain"), constant), zh), "the first coded error")

	assert.Equal(t, "the message contains sensitive word: 坏词", codes.Localize(wire, language.English), "the service's own text first")
	assert.Equal(t, "发送消息失败，消息内容包含敏感词汇：具体敏感词", codes.Localize(wire, zh))

	plain := fmt.Errorf("dial: %w", errors.New("connection refused"))
	assert.Equal(t, "dial: connection refused", codes.Localize(plain, zh), "no code: its own text")
	noCode := fmt.Errorf("rest: %w", &codes.Error{Platform: codes.Easemob, NoCode: true, Status: 404, Message: "Service resource not found"})
	assert.Equal(t, "rest: easemob: Service resource not found (HTTP 404)", codes.Localize(noCode, zh))
	unknown := &codes.Error{Platform: codes.JMessageServer, Code: 123}
	assert.Equal(t, "jmessage/server 123: unknown code", codes.Localize(unknown, zh))
	assert.Equal(t, "", codes.Localize(nil, zh))
}

func TestLocalizeAccept(t *testing.T) {
	err := &codes.Error{Platform: codes.JMessageServer, Code: 898002}
	for header, want := range map[string]string{
		"zh-CN,zh;q=0.9,en;q=0.8":   "用户不存在",
		"en-US,en;q=0.9,zh;q=0.8":   "No such user",
		"zh-TW":                     "用户不存在",
		"fr-FR, de;q=0.5":           "No such user",
		"fr;q=0.9, zh-Hant;q=0.8":   "用户不存在",
		"":                          "No such user",
		"*":                         "No such user",
		"zh-CN;q=abc":               "No such user", // malformed: English
		";;;,,,":                    "No such user",
		"\xff\xfe":                  "No such user",
		"zh-CN;q=0.5;q=0.4":         "No such user",
		strings.Repeat("zh,", 5000): "No such user", // overlong
	} {
		assert.Equal(t, want, codes.LocalizeAccept(err, header), "%.40q", header)
	}
}

// Vendor text never goes through a formatter: placeholders, percent signs
// and ${...} come out as the vendor wrote them.
func TestTextIsVerbatim(t *testing.T) {
	e, ok := codes.JMRTC.Lookup(872001)
	require.True(t, ok)
	const want = "Can not send %s signaling message . state error. cur state is %s."
	assert.Equal(t, want, e.Text(language.English))
	assert.Equal(t, want, codes.Localize(&codes.Error{Platform: codes.JMRTC, Code: 872001}, language.English))
	assert.Equal(t, 2, strings.Count(codes.Localize(&codes.Error{Platform: codes.JMRTC, Code: 872001, Message: want}), "%s"))
}

func TestMessageCatalogIsVerbatim(t *testing.T) {
	cat := codes.MessageCatalog()
	assert.ElementsMatch(t, []language.Tag{language.English, language.Chinese, language.SimplifiedChinese, language.TraditionalChinese}, cat.Languages())

	printer := func(s string) *message.Printer {
		tag, _, _ := cat.Matcher().Match(language.MustParse(s))
		return message.NewPrinter(tag, message.Catalog(cat))
	}
	en, zh, tw, fr := printer("en-US"), printer("zh-CN"), printer("zh-TW"), printer("fr")

	// Every code, in every language, prints exactly as the catalog has it.
	for _, p := range codes.Platforms() {
		for _, e := range p.Entries() {
			key := codes.MessageKey(p, e.Code)
			assert.Equal(t, e.Text(language.English), en.Sprintf(key), key)
			assert.Equal(t, e.Description, zh.Sprintf(key), key)
			assert.Equal(t, e.Description, tw.Sprintf(key), key)
			assert.Equal(t, e.Text(language.English), fr.Sprintf(key), "%s: English is the fallback", key)
		}
	}
	assert.Equal(t, "Can not send %s signaling message . state error. cur state is %s.", en.Sprintf(codes.MessageKey(codes.JMRTC, 872001)))
	// Chinese tags also work without the matcher.
	for _, s := range []string{"zh", "zh-CN", "zh-SG", "zh-Hans", "zh-TW", "zh-HK", "zh-Hant"} {
		p := message.NewPrinter(language.MustParse(s), message.Catalog(cat))
		assert.Equal(t, "用户不存在", p.Sprintf(codes.MessageKey(codes.JMessageServer, 898002)), s)
	}
	// Digits in the text are part of it, not arguments: no separators.
	assert.Equal(t, "User list is bigger than 500", en.Sprintf(codes.MessageKey(codes.JMessageServer, 899013)))
	assert.Equal(t, "jmessage/server 898002", codes.MessageKey(codes.JMessageServer, 898002))
}

// The pitfall MessageCatalog avoids, shown with the raw x/text API: text
// stored as it is does not print as it is.
func TestMessageCatalogPitfall(t *testing.T) {
	b := catalog.NewBuilder()
	require.NoError(t, b.SetString(language.English, "raw", "cur state is %s. 100%"))
	p := message.NewPrinter(language.English, message.Catalog(b))
	assert.Equal(t, "cur state is %!s(MISSING). 100%!(NOVERB)", p.Sprintf("raw"))
	// ${...} is the catalog's own substitution: such text is not even stored.
	assert.Error(t, b.SetString(language.English, "tmpl", "hello ${name}"))
	// And a Printer formats numbers for its language.
	assert.Equal(t, "898,002", p.Sprintf("%d", 898002))
}
