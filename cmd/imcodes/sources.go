package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/imcodes/imcodes"
)

const sourcesUsage = `usage: imcodes sources [-platform P] [-format F]

Lists the vendor files the catalog is built from: what each is, the
platforms it serves, where it was published (repository, path, commit,
date, URL) and its licence. An entry's "source" line names one of them.

Examples:
  imcodes sources
  imcodes sources -platform jmessage/ios
  imcodes sources -format json

Flags:
`

func runSources(args []string, env env) error {
	fs := newFlags("imcodes sources")
	var f filter
	f.register(fs, false)
	format := fs.String("format", textJSON[0], "output format: "+joinOr(textJSON))
	if err := parseFlags(fs, args, sourcesUsage, env.stdout); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usagef("sources takes no arguments, got %q", fs.Arg(0))
	case checkFormat(*format, textJSON...) != nil:
		return checkFormat(*format, textJSON...)
	}
	asJSON := *format == "json"
	out := newOutput(env.stdout, textShow{})
	enc := out.jsonEncoder()
	n := 0
	for _, s := range imcodes.Sources() {
		if f.platform != 0 && !slices.Contains(s.Platforms, f.platform) {
			continue
		}
		if asJSON {
			if err := enc.Encode(s); err != nil {
				return err
			}
			continue
		}
		if n > 0 {
			out.w.WriteString("\n")
		}
		n++
		ids := make([]string, len(s.Platforms))
		for i, p := range s.Platforms {
			ids[i] = p.String()
		}
		fmt.Fprintf(out.w, "%s\n", s.File)
		fmt.Fprintf(out.w, "  content:     %s\n", s.Content)
		fmt.Fprintf(out.w, "  platforms:   %s\n", strings.Join(ids, ", "))
		fmt.Fprintf(out.w, "  origin:      %s\n", orUnknown(strings.TrimSpace(s.Repository+" "+s.Path)))
		fmt.Fprintf(out.w, "  revision:    %s\n", orUnknown(strings.TrimSpace(s.Revision+" "+s.Date)))
		if s.URL != "" {
			fmt.Fprintf(out.w, "  url:         %s\n", s.URL)
		}
		fmt.Fprintf(out.w, "  licence:     %s\n", s.License)
	}
	return out.flush()
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
