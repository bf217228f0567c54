package main

import (
	"bufio"
	"encoding/json"

	"github.com/imcodes/imcodes/codes"
)

const listUsage = `usage: imcodes list [-platform P] [-lang L] [-json]

Lists every code of the catalog, or of one platform.

Examples:
  imcodes list -platform jmessage/jmrtc
  imcodes list -json        (one JSON object per line)

Flags:
`

func runList(args []string, env env) error {
	fs := newFlags("imcodes list")
	var (
		plat platformFlag
		lang langFlag
	)
	fs.Var(&plat, "platform", platformUsage)
	fs.Var(&lang, "lang", langUsage)
	asJSON := fs.Bool("json", false, "print one JSON object per line, with both texts")
	if err := parseFlags(fs, args, listUsage, env.stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("list takes no arguments, got %q", fs.Arg(0))
	}
	var entries []codes.Entry
	for _, p := range plat.platforms() {
		entries = append(entries, p.Entries()...)
	}
	w := bufio.NewWriter(env.stdout)
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false) // vendor text verbatim, < and & included
		for _, e := range entries {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
	} else {
		show := texts(lang, env.getenv)
		for i, e := range entries {
			if i > 0 {
				w.WriteString("\n")
			}
			printEntry(w, e, show)
		}
	}
	return w.Flush()
}
