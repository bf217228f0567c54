package ios_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/ios"
)

// An iOS app forwards the code of an NSError it received from the SDK.
func Example() {
	err := ios.Code(863004).Err()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ios.UserNotLoggedIn), codes.ActionOf(err))
	// Output:
	// jmessage/ios 863004: User is not at Login state
	// true Reauthenticate
}

// Codes that only the SDK's constants reference lists have a Chinese
// description and no English message; the vendor's English page explains
// the others.
func ExampleCode_Entry() {
	e := ios.NetworkError.Entry()
	fmt.Printf("%q %s\n", e.Message, e.Description)
	e = ios.UserNotLoggedIn.Entry()
	fmt.Println(e.EnglishDescription)
	// Output:
	// "" 其他网络原因
	// User is not logged in
}
