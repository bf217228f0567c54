// Command inittrace imports every package of the module and does nothing, so
// that GODEBUG=inittrace=1 shows what importing them costs (see init_test.go).
package main

import (
	_ "github.com/imcodes/imcodes"
	_ "github.com/imcodes/imcodes/codes"
	_ "github.com/imcodes/imcodes/easemob"
	_ "github.com/imcodes/imcodes/internal/site"
	_ "github.com/imcodes/imcodes/jmessage"
	_ "github.com/imcodes/imcodes/jmessage/android"
	_ "github.com/imcodes/imcodes/jmessage/ios"
	_ "github.com/imcodes/imcodes/jmessage/jmrtc"
	_ "github.com/imcodes/imcodes/jmessage/server"
	_ "github.com/imcodes/imcodes/jmessage/web"
	_ "github.com/imcodes/imcodes/localize"
	_ "github.com/imcodes/imcodes/logscan"
)

func main() {}
