// Package localize gives the texts of an error in the reader's language,
// English or Chinese: the vendor's developer text, verbatim ([Text],
// [VendorText]), and a short sentence for end users written by this project
// ([UserText]). [Match] and [MatchAccept] choose the language once; the text
// functions take the tag they return. For golang.org/x/text/message users,
// [Catalog] is the vendor texts as a message catalog.
//
// It is a package of its own so that programs that only match codes link
// none of golang.org/x/text.
package localize
