// Package jmrtc holds the error codes of the JMRTC audio/video SDK: 0 and
// 872xxx on Android (the error-code page, and 872005, which only the SDK's
// javadoc lists), and 871001 to 871008 on iOS (the constants whose names
// start with IOS).
//
// Some vendor messages hold printf verbs (872001: "Can not send %s signaling
// message . state error. cur state is %s."; 871002: "the %@ operation cannot
// be performed in the %@ state."): the SDK fills them in, and the catalog
// keeps them as the vendor wrote them. Never use them as a format string.
package jmrtc
