// Package web holds the error codes of the JMessage (JIGUANG IM) Web SDK:
// 0 and 880001–882005, as the SDK passes them to its fail callbacks.
//
// The constants come from the current revision of the vendor's page. Codes
// that only an older revision lists are kept and marked Deprecated: the page
// dropped them, but older SDKs may still report them.
//
// A Web application may also report codes of the server REST API; see package
// github.com/imcodes/imcodes/jmessage/server.
package web
