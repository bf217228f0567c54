package main

import (
	"fmt"

	"github.com/imcodes/imcodes/internal/site"
)

const htmlUsage = `usage: imcodes html -o DIR

Writes the catalog as a static web site into DIR, for an intranet or any
static host: the pages of imcodes serve, in English (DIR) and Chinese
(DIR/zh), a page per code at PLATFORM/CODE/index.html, and the search index
as index.json, which the search page loads and searches in the browser. The
paste box needs a server: on the static site it says so. DIR is made if
needed; files of the same names are replaced, and no other file is touched.

Examples:
  imcodes html -o site
  imcodes html -o /var/www/imcodes

Flags:
`

func runHTML(args []string, env env) error {
	fs := newFlags("imcodes html")
	dir := fs.String("o", "", "the folder to write the site into (required)")
	if err := parseFlags(fs, args, htmlUsage, env.stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("html takes no arguments, got %q (the folder goes after -o)", fs.Arg(0))
	}
	if *dir == "" {
		return usagef("html needs a folder to write into, such as: imcodes html -o site")
	}
	n, err := site.Write(*dir)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(env.stdout, "imcodes: wrote %d files of the catalog into %s\n", n, *dir)
	return err
}
