// Package codes is the shared vocabulary of imcodes: the [Platform] a code
// belongs to, the vendor-neutral [Category] of a failure, the catalog [Entry]
// of one code, and the [Coded] interface that every coded error implements.
//
// The catalog data itself is generated from the vendors' pages into this
// package as static data laid out by the linker (see tables.go), so that any
// coded error, whichever package made it, can be resolved to its entry
// without an import cycle and without work at start-up. Most programs use the
// typed constants of the platform packages (jmessage/server, easemob, ...)
// and the aggregate package imcodes rather than this package directly.
package codes
