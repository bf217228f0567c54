// Package site is the web catalog of imcodes: the pages, the JSON API and
// the files that `imcodes serve` serves and `imcodes html` writes.
//
// Everything it shows comes from the module's public API (imcodes.Search,
// Find, Entries, Sources, package logscan, package localize; and the SDK
// names of internal/sdknames, which imcodes.Search also searches, for the
// script's index), and everything
// it sends is built into the binary: templates, one style sheet, one script,
// one icon. No page fetches anything from another origin, and every page and
// its search work without JavaScript; the script makes the search instant
// and the paste box answer as one types.
//
// The pages:
//
//	/                          search (q, vendor, platform, category, action, deprecated)
//	/jmessage/server/898002    one code; an unknown one gets a page with near numbers
//	/explain                   the paste box (POST a form with a field "text")
//	/index.json                the search index: the objects of `imcodes list -format json`, with SDK names
//	/api/search?q=...          the entries found, the objects of `imcodes list -format json`
//	/api/code/898002           the entries of a number, on every platform
//	/api/code/jmessage/server/898002   one entry
//	/api/explain               POST a text: {"matches": [...], "total": N}
//
// Hostile input is expected: every text shown is escaped, control and
// bidirectional characters are shown as \u escapes, bodies, queries and
// headers are bounded, and nothing is ever written to disk (multipart forms,
// which net/http may spill to temporary files, are refused).
package site
