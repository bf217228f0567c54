package android_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/android"
)

// An Android app reported responseCode 871310 to the back end.
func Example() {
	code := android.Code(871310)
	e := code.Entry()
	fmt.Println(e.Name, e.Action)
	fmt.Println(errors.Is(code, codes.Unavailable))
	fmt.Println(code)
	// Output:
	// NetworkUnavailable Retry
	// true
	// jmessage/android 871310: Network not available,please check your network connection.
}

// A responseCode of 0 is a success, and Err turns it into no error at all.
func ExampleCode_Err() {
	for _, n := range []int{0, 871300} {
		fmt.Println(android.Code(n).Err())
	}
	// Output:
	// <nil>
	// jmessage/android 871300: Have not logged in.
}
