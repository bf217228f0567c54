package native_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/native"
	"github.com/imcodes/imcodes/easemob/web4"
)

// An Android app reported that the user to message does not exist.
func Example() {
	err := fmt.Errorf("send: %w", native.Code(204).Err())
	if errors.Is(err, native.UserNotFound) {
		fmt.Println("no such user")
	}
	fmt.Println(codes.CategoryOf(err), codes.ActionOf(err))
	// Output:
	// no such user
	// NotFound FixRequest
}

// The same number means something else on the Web SDK 4.x: look it up on the
// numbering the client uses.
func Example_numberings() {
	fmt.Println(native.Code(2).Entry().Meaning)
	fmt.Println(web4.Code(2).Entry().Message)
	// Output:
	// No network; the SDK is disconnected from the server.
	// WEBIM_CONNCTION_AUTH_ERROR
}

// The vendor's text cannot be copied: Message is the Android constant, and
// the meaning is in this project's words, in English and Chinese.
func ExampleCode_Entry() {
	e := native.MessageCurrentLimiting.Entry()
	fmt.Println(e.Code, e.Message, e.Action)
	fmt.Println(e.Meaning)
	fmt.Println(e.ChineseMeaning)
	// Output:
	// 509 MESSAGE_CURRENT_LIMITING RetryLater
	// The sender's per-user send rate limit was hit.
	// 单个用户发消息频率超限。
}
