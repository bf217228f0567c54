package main

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

const lookupUsage = `usage: imcodes [-platform P] [-lang L] [-format text|json] CODE...

Explains each code on every platform that defines it: the vendor's English
message and Chinese description, the category and the HTTP status a server
would answer with, what to do next (the action), and the Go constant to
import. With
-lang, or a locale such as LANG=zh_CN.UTF-8, only the text in that language is
shown.

With -format json, each entry is written as a JSON object on a line of its
own, the objects of imcodes list -format json.

Examples:
  imcodes 898002
  imcodes -format json 898002 0
  imcodes -platform easemob 206
  imcodes -lang zh 880207
  imcodes -- -1          (negative Easemob codes follow --)

Other commands: search, explain, list, sources (imcodes help).

Flags:
`

func runLookup(args []string, env env) error {
	c := newCommand("imcodes", false)
	format := c.formatFlag(textJSON...)
	if err := c.parse(args, lookupUsage, env); err != nil {
		return err
	}
	if err := checkFormat(*format, textJSON...); err != nil {
		return err
	}
	if c.fs.NArg() == 0 {
		return usagef("no code given (run imcodes -h for usage)")
	}
	nums := make([]int, c.fs.NArg())
	for i, a := range c.fs.Args() {
		n, err := strconv.Atoi(a)
		switch {
		case err == nil:
			nums[i] = n
		case i == 0 && a == args[0] && isWord(a):
			return usagef("unknown command %q: give codes such as 898002, or a command: search, explain, list, sources", a)
		default:
			return usagef("%q is not a code: codes are whole numbers such as 898002 or -1", a)
		}
	}
	out := c.output(env)
	var missing []string
	for _, n := range nums {
		found := c.lookup(n)
		if len(found) == 0 {
			missing = append(missing, strconv.Itoa(n))
		}
		if *format == "json" {
			if err := out.jsonLines(found); err != nil {
				return err
			}
		} else {
			out.entries(found)
		}
	}
	if err := out.flush(); err != nil {
		return err
	}
	if len(missing) > 0 {
		return notFoundf("no code %s on %s", joinList(missing), c.where())
	}
	return nil
}

// textJSON are the formats of the commands that explain entries: blocks for
// people, or the JSON objects of imcodes list -format json.
var textJSON = []string{"text", "json"}

// isWord reports whether s starts with a letter, as a mistyped command does.
func isWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}
