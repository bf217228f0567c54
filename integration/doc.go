// Package integration runs this module's library inside the HTTP clients
// that IM back ends use, against httptest servers that send the vendors'
// real error responses: the two open-source vendor clients copied under
// third_party (byte for byte, with their licences), go-retryablehttp, resty
// and cenkalti/backoff. It is a module of its own so that the library's
// module gains none of their dependencies. Its tests are all it holds.
package integration
