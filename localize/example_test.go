package localize_test

import (
	"fmt"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/localize"
)

// An end user gets a sentence of the project's; a developer, the vendor's
// text.
func ExampleUserText() {
	err := fmt.Errorf("send: %w", server.TokenExpired)
	zh := localize.Match(language.MustParse("zh-TW"))
	fmt.Println(localize.UserText(err, zh))
	fmt.Println(localize.UserText(err, language.English))
	fmt.Println(localize.VendorText(err, zh))
	// Output:
	// 请重新登录。
	// Please sign in again.
	// API请求 token 过期。正常情况下SDK会自动重新获取 token。
}

// In an HTTP handler, answer in the reader's language.
func ExampleMatchAccept() {
	err := codes.NewError(codes.JMessageServer, 803010)
	for _, header := range []string{"zh-CN,zh;q=0.9,en;q=0.8", "en-US,en;q=0.9", "not a header;;"} {
		tag := localize.MatchAccept(header)
		fmt.Println(localize.VendorText(err, tag))
	}
	// Output:
	// 发送消息失败，发送频率超过系统限制，无法发送，客户端限制每分钟60条
	// beyond the frequency limit
	// beyond the frequency limit
}

// Match once, then look texts up without allocating.
func ExampleMatch() {
	tag := localize.Match(language.MustParse("zh-HK"))
	e, _ := codes.JMRTC.Lookup(872003)
	fmt.Println(tag, localize.Text(e, tag))
	// Output: zh-Hans 邀请用户失败，用户已在聊天频道中
}

// The catalog through golang.org/x/text/message: texts with printf verbs
// still print verbatim.
func ExampleCatalog() {
	cat := localize.Catalog()
	for _, want := range []string{"zh-CN", "en-US"} {
		tag, _, _ := cat.Matcher().Match(language.MustParse(want))
		p := message.NewPrinter(tag, message.Catalog(cat))
		fmt.Println(p.Sprintf(localize.Key(codes.JMRTC, 872002)))
	}
	// Output:
	// 状态机状态超时，将回到idle状态
	// State time out. cur state is %s. will return to idle state immediately.
}
