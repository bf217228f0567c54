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
	e, ok := code.Entry()
	fmt.Println(ok, e.Name, e.Retryable)
	fmt.Println(errors.Is(code, codes.Unavailable))
	fmt.Println(code)
	// Output:
	// true NetworkUnavailable true
	// true
	// jmessage/android 871310: Network not available,please check your network connection.
}

func ExampleAll() {
	n := 0
	for _, e := range android.All() {
		if e.Category == codes.InvalidArgument {
			n++
		}
	}
	fmt.Println(n, "of", len(android.All()), "codes mean a bad argument")
	// Output: 12 of 43 codes mean a bad argument
}
