// Package ios holds the error codes of the JMessage iOS SDK: 860xxx to
// 869xxx, the codes only the iOS SDK raises. The SDK passes the server's codes
// on as well; those are in package github.com/imcodes/imcodes/jmessage/server.
//
// The catalog has the 34 codes of the vendor's iOS error-code page, with
// their English message and Chinese description, and the 20 more that only
// the SDK's constants reference (appledoc) lists, which gives them a Chinese
// description and no English message.
//
// The Go names follow the SDK's own constant names, in Go style:
// kJMSGErrorSDKUserNotLogin is UserNotLoggedIn; each constant's doc comment
// names the SDK constant it stands for.
package ios
