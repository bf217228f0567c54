package main

import (
	"fmt"
	"io"
	"strconv"

	"github.com/imcodes/imcodes/codes"
)

const explainUsage = `usage: imcodes [-platform P] CODE...

Explains each code on every platform that defines it: the vendor's English
message and Chinese description, the category, whether retrying can help, and
the Go constant to import.

Examples:
  imcodes 898002
  imcodes -platform easemob 206
  imcodes -- -1          (negative Easemob codes follow --)

Flags:
`

func runExplain(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("imcodes")
	var plat platformFlag
	fs.Var(&plat, "platform", "only this platform: jmessage/web, jmessage/server, jmessage/android, jmessage/jmrtc or easemob")
	if err := parseFlags(fs, args, explainUsage, stdout); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("no code given (run imcodes -h for usage)")
	}
	nums := make([]int, fs.NArg())
	for i, a := range fs.Args() {
		n, err := strconv.Atoi(a)
		if err != nil {
			return usagef("%q is not a code: codes are whole numbers such as 898002 or -1", a)
		}
		nums[i] = n
	}
	missing := 0
	for i, n := range nums {
		var found []codes.Entry
		for _, p := range plat.platforms() {
			if e, ok := p.Lookup(n); ok {
				found = append(found, e)
			}
		}
		if len(found) == 0 {
			fmt.Fprintf(stderr, "imcodes: no code %d on %s\n", n, platformsName(plat))
			missing++
			continue
		}
		for j, e := range found {
			if i+j > 0 {
				fmt.Fprintln(stdout)
			}
			printEntry(stdout, e)
		}
	}
	if missing > 0 {
		return errNotFound
	}
	return nil
}

func platformsName(f platformFlag) string {
	if f.p == 0 {
		return "any platform"
	}
	return f.p.String()
}

// importPath is the import path of the package of platform p.
func importPath(p codes.Platform) string { return "github.com/imcodes/imcodes/" + p.String() }

// printEntry prints e for a person to read.
func printEntry(w io.Writer, e codes.Entry) {
	fmt.Fprintf(w, "%s %d %s\n", e.Platform, e.Code, e.Name)
	fmt.Fprintf(w, "  message:     %s\n", e.Message)
	fmt.Fprintf(w, "  description: %s\n", e.Description)
	retry := "retrying will not help"
	if e.Retryable {
		retry = "retryable"
	}
	fmt.Fprintf(w, "  category:    %s (HTTP %d), %s\n", e.Category, e.HTTPStatus, retry)
	if e.Deprecated {
		fmt.Fprintf(w, "  deprecated:  only an older revision of the vendor's page lists it\n")
	}
	fmt.Fprintf(w, "  go:          %s.%s\n", importPath(e.Platform), e.Name)
}
