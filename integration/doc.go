// Package integration runs this module's library inside the HTTP clients
// that IM back ends use, against httptest servers that send the vendors'
// real error responses: the two open-source vendor clients copied under
// third_party (as published, with their licences), go-retryablehttp, resty
// and cenkalti/backoff. It is a module of its own so that the library's
// module gains none of their dependencies. Its tests are all it holds.
//
// The copies are not on the module proxy. Their code is upstream's but for
// two mechanical changes, so that the module's checks hold for every file:
// jmessage-api-go-client's go.mod, and gofmt on its four jmessage/*.go
// files, which only puts a space after the "//" of 32 comment lines
// (gofmt -d against the commit below shows exactly that):
//
//   - third_party/go-easemob-im-server-sdk: github.com/opdss/go-easemob-im-server-sdk
//     at acb8cf787c761a91ec8be8c3c2e312fffa2e441d (2026-07-13), MIT.
//   - third_party/jmessage-api-go-client: github.com/emenwin/jmessage-api-go-client
//     at 4a63d6d15dbdbc68461105b82521796c744575f9 (2020-04-29), MIT. It
//     predates modules: its go.mod was written for it (go.mod.added in the
//     project's shared copy), not upstream's.
//
// go.mod wires them with replace directives; .ci/run leaves them out of vet
// and staticcheck, which are for this project's code.
package integration
