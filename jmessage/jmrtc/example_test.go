package jmrtc_test

import (
	"fmt"

	"github.com/imcodes/imcodes/jmessage/jmrtc"
)

// Vendor messages can hold printf verbs that the SDK fills in; print them as
// values, never as a format.
func Example() {
	fmt.Println(jmrtc.InvalidSignalingState.Entry().Message)
	fmt.Println(jmrtc.InvalidSignalingState)
	// Output:
	// Can not send %s signaling message . state error. cur state is %s.
	// jmessage/jmrtc 872001: Can not send %s signaling message . state error. cur state is %s.
}
