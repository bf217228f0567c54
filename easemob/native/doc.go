// Package native holds the error codes of Easemob's (环信) native numbering:
// the codes of its Android, iOS and other native SDKs, which its Web SDK 5.x
// and Agora Chat share. A Go back end meets them in what an app forwards: an
// error report ({"code":500,"description":"..."}), a log line
// (USER_ALREADY_EXIST(203)) or a bare number.
//
// Which numbering a client uses:
//
//	client                                            numbering  package
//	Android SDK (EMError), iOS SDK (EMErrorCode),     native     easemob/native
//	  current and older (Hyphenate 3.x headers also
//	  declare the call codes 800-827)
//	Flutter, React Native (they pass the native code) native     easemob/native
//	Unity, Windows, HarmonyOS SDKs                    native     easemob/native
//	Web / mini-program SDK 5.x (easemob-websdk 5.0+)  native     easemob/native
//	Agora Chat (AgoraChatErrorCode, io.agora.chat)    native     easemob/native, except 605, 606, 706
//	Web / mini-program SDK 4.x (easemob-websdk        4.x        easemob/web4
//	  4.2.0 to 4.21.1, statusCode)
//
// The two numberings share 87 numbers, and most of them mean different
// things: native 2 is a lost network where 4.x 2 is an auth failure, native
// 500 a malformed message where 4.x 500 is a busy server. Look a number up on
// the numbering its client uses.
//
// The catalog has every code of the native SDKs' headers and error pages and
// of the Web SDK 5.x: the Go name comes from the Android constant
// (USER_NOT_FOUND is UserNotFound); each constant's doc comment gives the iOS
// and Web SDK 5.x names. The vendor's pages carry no licence, so the catalog
// takes numbers and names from them, never their sentences: an entry's
// Message is the Android constant, its Description is empty, and what the
// code means is in Meaning and ChineseMeaning, in this project's own words.
// Codes the newest SDKs no longer raise (the old call codes 800-827, the old
// Agora translation codes 903-905, 5 and 1403) are deprecated.
//
// 605 and 606: the current SDKs number the invalid shared-file ID 605 and the
// missing group 606. Older Android and Flutter SDKs, and Agora Chat's iOS
// headers, swap the two; Agora Chat's newer header also uses 706 for an
// invalid chat room message priority. A decoded 605 or 606 means what the
// current SDKs mean; an app that runs an older SDK or Agora Chat should send
// the constant's name with the number, which tells the two apart.
//
// Package github.com/imcodes/imcodes/easemob turns the error objects that
// apps forward into errors of this catalog.
package native
