// Package jmrtc holds the error codes of the JMRTC audio/video Android SDK:
// 0 and 872xxx.
//
// Some vendor messages hold printf verbs (872001: "Can not send %s signaling
// message . state error. cur state is %s."): the SDK fills them in, and the
// catalog keeps them as the vendor wrote them. Never use them as a format
// string.
package jmrtc
