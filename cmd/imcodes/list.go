package main

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/imcodes/imcodes/codes"
)

const listUsage = `usage: imcodes list [-platform P] [-json]

Lists every code of the catalog, or of one platform.

Examples:
  imcodes list -platform jmessage/jmrtc
  imcodes list -json        (one JSON object per line)

Flags:
`

func runList(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("imcodes list")
	var plat platformFlag
	fs.Var(&plat, "platform", "only this platform: jmessage/web, jmessage/server, jmessage/android, jmessage/jmrtc or easemob")
	asJSON := fs.Bool("json", false, "print one JSON object per line")
	if err := parseFlags(fs, args, listUsage, stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("list takes no arguments, got %q", fs.Arg(0))
	}
	var entries []codes.Entry
	for _, p := range plat.platforms() {
		entries = append(entries, p.Entries()...)
	}
	w := bufio.NewWriter(stdout)
	if *asJSON {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false) // vendor text verbatim, < and & included
		for _, e := range entries {
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
	} else {
		for i, e := range entries {
			if i > 0 {
				w.WriteString("\n")
			}
			printEntry(w, e)
		}
	}
	return w.Flush()
}
