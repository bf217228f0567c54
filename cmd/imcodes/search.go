package main

import (
	"strings"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

const searchUsage = `usage: imcodes search [-platform P] [-category C] [-lang L] [-format text|json] TEXT

Searches the Go names, English messages and Chinese descriptions of every code,
ignoring case, and lists what matches, best first: exact matches, then matches
in names, then in English, then in Chinese. With -format json, each entry is
written as a JSON object on a line of its own, the objects of imcodes list
-json.

Examples:
  imcodes search 黑名单
  imcodes search frequency
  imcodes search -format json 黑名单
  imcodes search -platform easemob -category Unavailable network

Flags:
`

func runSearch(args []string, env env) error {
	c := newCommand("imcodes search", true)
	format := c.formatFlag(textJSON...)
	if err := c.parse(args, searchUsage, env); err != nil {
		return err
	}
	if err := checkFormat(*format, textJSON...); err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(c.fs.Args(), " "))
	if query == "" {
		return usagef("search needs a text to look for, such as: imcodes search 黑名单")
	}
	var found []codes.Entry
	for _, e := range imcodes.Search(query) {
		if c.keep(e) {
			found = append(found, e)
		}
	}
	out := c.output(env)
	if *format == "json" {
		if err := out.jsonLines(found); err != nil {
			return err
		}
	} else {
		out.entries(found)
	}
	if err := out.flush(); err != nil {
		return err
	}
	if len(found) == 0 {
		return notFoundf("nothing on %s matches %q", c.where(), query)
	}
	return nil
}
