package codes

import "golang.org/x/text/message/catalog"

// Verbatim exposes the escaping of MessageCatalog to the tests.
func Verbatim(s string) []catalog.Message { return verbatim(s) }
