package imcodes_test

import (
	"fmt"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// A bare number from a log line: which platforms define it?
func ExampleFind() {
	for _, e := range imcodes.Find(0) {
		fmt.Println(e.Platform, e.Name, e.Message)
	}
	// Output:
	// jmessage/web Success success
	// jmessage/android Success Success
	// jmessage/jmrtc Success ok
	// easemob RequestSuccess REQUEST_SUCCESS
}

func ExampleLookup() {
	e, ok := imcodes.Lookup(codes.JMessageServer, 898002)
	fmt.Println(ok, e.Name, e.Message, e.Description)
	// Output: true NoSuchUser No such user 用户不存在
}

func ExampleAll() {
	retryable := 0
	for _, e := range imcodes.All() {
		if e.Retryable {
			retryable++
		}
	}
	fmt.Println(len(imcodes.All()), "codes,", retryable, "retryable")
	// Output: 361 codes, 36 retryable
}
