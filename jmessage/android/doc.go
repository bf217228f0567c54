// Package android holds the error codes of the JMessage Android SDK: 0 and
// 871xxx, as its callbacks report them in responseCode.
//
// An Android application may also report codes of the server; see package
// github.com/imcodes/imcodes/jmessage/server.
package android
