// Package jmessage turns responses of the JMessage (JIGUANG IM) REST API, and
// the error objects its SDKs report, into errors of the catalog:
// CheckResponse for an *http.Response, ParseResponse for a status and body,
// ParseSDKError for an SDK's error object; and it plugs into the HTTP
// clients people use: Transport (an http.RoundTripper), CheckRetry and
// Backoff (go-retryablehttp's policies), CheckResponseBody (for clients that
// read the body first, as resty does). A batch call's failed items come as
// a BatchError.
//
// The codes themselves live in the platform packages below this one: web,
// server, android, ios and jmrtc. A code number is unique across them (except 0,
// success), so a decoded error lands on the platform that defines its number.
package jmessage
