package localize_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/localize"
)

var (
	zh = language.SimplifiedChinese
	en = language.English
)

func TestMatch(t *testing.T) {
	for in, want := range map[string]language.Tag{
		"zh": zh, "zh-CN": zh, "zh-Hans": zh, "zh-SG": zh, "zh-Hans-CN": zh,
		"zh-TW": zh, "zh-HK": zh, "zh-Hant": zh, "zh-MO": zh, "zh-Hant-TW": zh,
		"en": en, "en-US": en, "en-GB": en, "en-CN": en,
		"fr": en, "ja": en, "ko": en, "de-CH": en, "und": en,
	} {
		assert.Equal(t, want, localize.Match(language.MustParse(in)), in)
	}
	assert.Equal(t, en, localize.Match())
	assert.Equal(t, zh, localize.Match(language.French, language.MustParse("zh-TW"), language.English), "first servable preference")
	assert.Equal(t, en, localize.Match(language.AmericanEnglish, language.Chinese))
	assert.Equal(t, zh, localize.Match(language.Japanese, language.Chinese))
}

func TestMatchAccept(t *testing.T) {
	for header, want := range map[string]language.Tag{
		"zh-CN,zh;q=0.9,en;q=0.8":   zh,
		"en-US,en;q=0.9,zh;q=0.8":   en,
		"zh-TW":                     zh,
		"fr-FR, de;q=0.5":           en,
		"fr;q=0.9, zh-Hant;q=0.8":   zh,
		"":                          en,
		"*":                         en,
		"zh-CN;q=abc":               en, // malformed: English
		";;;,,,":                    en,
		"\xff\xfe":                  en,
		"zh-CN;q=0.5;q=0.4":         en,
		strings.Repeat("zh,", 5000): en, // overlong
	} {
		assert.Equal(t, want, localize.MatchAccept(header), "%.40q", header)
	}
}

func TestText(t *testing.T) {
	e, ok := codes.JMessageServer.Lookup(898002)
	require.True(t, ok)
	assert.Equal(t, "No such user", localize.Text(e, en))
	assert.Equal(t, "用户不存在, 并且指出了不存在的用户名称", localize.Text(e, zh))
	assert.Equal(t, "用户不存在, 并且指出了不存在的用户名称", localize.Text(e, language.MustParse("zh-TW")))
	assert.Equal(t, "No such user", localize.Text(e, language.French))

	noEnglish, _ := codes.JMessageServer.Lookup(899070)
	assert.Equal(t, "添加的好友已经存在好友列表中", localize.Text(noEnglish, en), "the vendor gives no English")

	unknown, _ := codes.JMessageServer.Lookup(123456)
	assert.Empty(t, localize.Text(unknown, en))
	assert.Empty(t, localize.Text(unknown, zh))
}

func TestVendorText(t *testing.T) {
	wire := codes.NewError(codes.JMessageServer, 803009)
	wire.Message, wire.Status = "the message contains sensitive word: 坏词", 403

	for _, tt := range []struct {
		name string
		err  error
		tag  language.Tag
		want string
	}{
		{"constant", codes.NewError(codes.JMessageServer, 898002), zh, "用户不存在, 并且指出了不存在的用户名称"},
		{"constant in English", codes.NewError(codes.JMessageServer, 898002), en, "No such user"},
		{"wrapped", fmt.Errorf("delete: %w", codes.NewError(codes.JMessageServer, 898002)), language.MustParse("zh-HK"), "用户不存在, 并且指出了不存在的用户名称"},
		{"the first coded error", errors.Join(errors.New("plain"), codes.NewError(codes.JMessageServer, 898002)), zh, "用户不存在, 并且指出了不存在的用户名称"},
		{"the service's own text first", wire, en, "the message contains sensitive word: 坏词"},
		{"the catalog's Chinese", wire, zh, "发送消息失败，消息内容包含敏感词汇：具体敏感词"},
		{"no code", errors.New("dial: connection refused"), zh, ""},
		{"status only", codes.NewStatusError(codes.EasemobWeb4, 404), zh, ""},
		{"a REST error: the service's own description", easemob.ParseResponse(404, []byte(`{"error":"service_resource_not_found","error_description":"Service resource not found"}`)), zh, "Service resource not found"},
		{"a REST error, escaped and bounded", easemob.ParseResponse(400, []byte(`{"error":"x","error_description":"bad\nINFO forged`+strings.Repeat("x", 10000)+`"}`)), en, `bad\nINFO forged` + strings.Repeat("x", 300-len(`bad\nINFO forged`)) + "..."},
		{"unknown code", codes.NewError(codes.JMessageServer, 123), zh, ""},
		{"nil", nil, zh, ""},
	} {
		assert.Equal(t, tt.want, localize.VendorText(tt.err, tt.tag), tt.name)
	}
}

// Vendor text never goes through a formatter: placeholders, percent signs
// and ${...} come out as the vendor wrote them.
func TestTextIsVerbatim(t *testing.T) {
	e, ok := codes.JMRTC.Lookup(872001)
	require.True(t, ok)
	const want = "Can not send %s signaling message . state error. cur state is %s."
	assert.Equal(t, want, localize.Text(e, en))
	assert.Equal(t, want, localize.VendorText(codes.NewError(codes.JMRTC, 872001), en))
}

// Text with a tag Match returned does not allocate.
func TestTextDoesNotAllocate(t *testing.T) {
	tag := localize.Match(language.MustParse("zh-TW"))
	e, _ := codes.JMessageServer.Lookup(898002)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = localize.Text(e, tag) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = localize.Text(e, en) }))
}
