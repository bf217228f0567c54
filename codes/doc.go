// Package codes is the shared vocabulary of imcodes: the [Platform] a code
// belongs to, the vendor-neutral [Category] of a failure, the [Action] a
// caller takes next, the catalog [Entry] of one code, the wire [Error], and
// the [Coded] interface that every coded error implements.
//
// Three questions, one way each:
//
//   - What is it? errors.Is(err, server.NoSuchUser), errors.Is(err,
//     codes.NotFound), or [CategoryOf].
//   - What do I do? [ActionOf]: retry, wait, log in again, fix the request,
//     fix the setup, or report.
//   - What does the vendor say? [Platform.Lookup], or Code.Entry in a
//     platform package; for a reader's language, package localize.
//   - What did the response say? [ResponseOf]: its status, and how long it
//     asked the caller to wait.
//
// The catalog data is generated from the vendors' pages into this package as
// static data, so that any coded error, whichever package made
// it, resolves to its entry without an import cycle and without work at
// start-up. Most programs use the typed constants of the platform packages
// (jmessage/server, easemob/native, ...) and this package's functions on errors.
package codes
