// Package easemob turns what the Easemob (环信) services and SDKs send into
// errors of the catalog: CheckResponse for an *http.Response of the REST API,
// ParseResponse for a status and body, ParseSDKError for an SDK's error
// report an app forwards, on the numbering the caller names or the report's
// shape tells; and it plugs into the HTTP clients people use: Transport
// (an http.RoundTripper), CheckRetry and Backoff (go-retryablehttp's
// policies), CheckResponseBody (for clients that read the body first, as
// resty does).
//
// The codes themselves live in one package per numbering, as JMessage's do
// below jmessage/: package easemob/web4 holds the Web / mini-program SDK 4.x
// statusCode, and package easemob/native the numbering of the native SDKs
// (Android, iOS, Flutter, React Native, Unity, Windows, HarmonyOS), which the
// Web SDK 5.x and Agora Chat share. A program that only compares codes
// imports one of those and links neither this package nor net/http.
//
// REST bodies carry a Reason rather than a code; the reasons the vendor
// documents are the Reason constants, each with its category and action.
// Newer endpoints add a numeric ErrorCode, which errors.Is matches too and
// which, where known, decides the category and action.
package easemob
