package logscan_test

import (
	"fmt"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/logscan"
)

// Scan a log for codes: each occurrence, with its line and column.
func ExampleScan() {
	log := `2026-11-20T10:00:01.123Z ERROR register failed: 899001 user exist
2026-11-20T10:00:02.456Z INFO  uid=898002 took 35ms
2026-11-20T10:00:03.789Z ERROR onError {"type":206,"message":"kicked"}
`
	err := logscan.Scan(strings.NewReader(log), func(m logscan.Match) bool {
		for _, e := range m.Entries {
			fmt.Printf("%d:%d %s %s %s\n", m.Line, m.Column, m.Text, e.Platform, e.Name)
		}
		return true
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// 1:49 899001 jmessage/server RESTUserExists
	// 3:48 206 easemob/web4 WebIMConnctionUserLoginAnotherDevice
	// 3:48 206 easemob/native UserLoginAnotherDevice
}

// Scan for the codes of one platform only, and stop at the first.
func ExampleScan_platform() {
	in := strings.NewReader("first code=0, then type=-1 and code=-2")
	_ = logscan.Scan(in, func(m logscan.Match) bool {
		fmt.Println(m.Text, m.Entries[0].Platform, m.Entries[0].Name)
		return false
	}, codes.EasemobWeb4)
	// Output: 0 easemob/web4 RequestSuccess
}
