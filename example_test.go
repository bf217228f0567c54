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
	// easemob/web4 RequestSuccess REQUEST_SUCCESS
	// easemob/native EMNoError EM_NO_ERROR
}

func ExampleEntries() {
	actions := map[codes.Action]int{}
	for _, e := range imcodes.Entries() {
		actions[e.Action]++
	}
	fmt.Println(len(imcodes.Entries()), "codes:", actions[codes.Reauthenticate], "call for logging in again")
	// Output: 745 codes: 46 call for logging in again
}

func ExampleSearch() {
	for _, e := range imcodes.Search("黑名单")[:2] {
		fmt.Println(e.Platform, e.Code, e.Name)
	}
	// Output:
	// jmessage/server 803008 SendBlacklisted
	// jmessage/server 810001 TargetInGroupBlacklist
}
