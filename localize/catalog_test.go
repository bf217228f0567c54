package localize_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/localize"
)

func TestCatalogIsVerbatim(t *testing.T) {
	cat := localize.Catalog()
	assert.ElementsMatch(t, []language.Tag{language.English, language.Chinese, language.SimplifiedChinese, language.TraditionalChinese}, cat.Languages())

	printer := func(s string) *message.Printer {
		tag, _, _ := cat.Matcher().Match(language.MustParse(s))
		return message.NewPrinter(tag, message.Catalog(cat))
	}
	en, zh, tw, fr := printer("en-US"), printer("zh-CN"), printer("zh-TW"), printer("fr")

	// Every code, in every language, prints exactly as the catalog has it.
	for _, p := range codes.Platforms() {
		for _, e := range p.Entries() {
			key := localize.Key(p, e.Code)
			assert.Equal(t, localize.Text(e, language.English), en.Sprintf(key), key)
			assert.Equal(t, e.Description, zh.Sprintf(key), key)
			assert.Equal(t, e.Description, tw.Sprintf(key), key)
			assert.Equal(t, localize.Text(e, language.English), fr.Sprintf(key), "%s: English is the fallback", key)
		}
	}
	assert.Equal(t, "Can not send %s signaling message . state error. cur state is %s.", en.Sprintf(localize.Key(codes.JMRTC, 872001)))
	// Chinese tags also work without the matcher.
	for _, s := range []string{"zh", "zh-CN", "zh-SG", "zh-Hans", "zh-TW", "zh-HK", "zh-Hant"} {
		p := message.NewPrinter(language.MustParse(s), message.Catalog(cat))
		assert.Equal(t, "用户不存在, 并且指出了不存在的用户名称", p.Sprintf(localize.Key(codes.JMessageServer, 898002)), s)
	}
	// Digits in the text are part of it, not arguments: no separators.
	assert.Equal(t, "User list is bigger than 500", en.Sprintf(localize.Key(codes.JMessageServer, 899013)))
	assert.Equal(t, "jmessage/server 898002", localize.Key(codes.JMessageServer, 898002))
}

// The pitfall Catalog avoids, shown with the raw x/text API: text stored as
// it is does not print as it is.
func TestCatalogPitfall(t *testing.T) {
	b := catalog.NewBuilder()
	require.NoError(t, b.SetString(language.English, "raw", "cur state is %s. 100%"))
	p := message.NewPrinter(language.English, message.Catalog(b))
	assert.Equal(t, "cur state is %!s(MISSING). 100%!(NOVERB)", p.Sprintf("raw"))
	// ${...} is the catalog's own substitution: such text is not even stored.
	assert.Error(t, b.SetString(language.English, "tmpl", "hello ${name}"))
	// And a Printer formats numbers for its language.
	assert.Equal(t, "898,002", p.Sprintf("%d", 898002))
}
