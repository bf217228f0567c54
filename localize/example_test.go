package localize_test

import (
	"fmt"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/imcodes/imcodes/codes"
)

func ExampleLocalize() {
	err := fmt.Errorf("delete user: %w", &codes.Error{Platform: codes.JMessageServer, Code: 898002, Status: 404})
	fmt.Println(codes.Localize(err, language.MustParse("zh-TW")))
	fmt.Println(codes.Localize(err, language.French)) // not in the catalog: English
	// Output:
	// 用户不存在
	// No such user
}

// In an HTTP handler, answer in the reader's language.
func ExampleLocalizeAccept() {
	err := &codes.Error{Platform: codes.JMessageServer, Code: 803010}
	fmt.Println(codes.LocalizeAccept(err, "zh-CN,zh;q=0.9,en;q=0.8"))
	fmt.Println(codes.LocalizeAccept(err, "en-US,en;q=0.9"))
	fmt.Println(codes.LocalizeAccept(err, "not a header;;"))
	// Output:
	// 发送消息失败，发送频率超过系统限制，无法发送，客户端限制每分钟60条
	// beyond the frequency limit
	// beyond the frequency limit
}

// Match once, then look texts up without allocating.
func ExampleMatchLanguage() {
	tag := codes.MatchLanguage(language.MustParse("zh-HK"))
	e, _ := codes.JMRTC.Lookup(872003)
	fmt.Println(tag, e.Text(tag))
	// Output: zh-Hans 邀请用户失败，用户已在聊天频道中
}

// The catalog through golang.org/x/text/message: texts with printf verbs
// still print verbatim.
func ExampleMessageCatalog() {
	cat := codes.MessageCatalog()
	for _, want := range []string{"zh-CN", "en-US"} {
		tag, _, _ := cat.Matcher().Match(language.MustParse(want))
		p := message.NewPrinter(tag, message.Catalog(cat))
		fmt.Println(p.Sprintf(codes.MessageKey(codes.JMRTC, 872002)))
	}
	// Output:
	// 状态机状态超时，将回到idle状态
	// State time out. cur state is %s. will return to idle state immediately.
}
