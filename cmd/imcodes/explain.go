package main

import (
	"fmt"
	"io"
	"strconv"

	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
)

const explainUsage = `usage: imcodes [-platform P] [-lang L] CODE...

Explains each code on every platform that defines it: the vendor's English
message and Chinese description, the category, whether retrying can help, and
the Go constant to import. With -lang, or a locale such as LANG=zh_CN.UTF-8,
only the text in that language is shown.

Examples:
  imcodes 898002
  imcodes -platform easemob 206
  imcodes -lang zh 880207
  imcodes -- -1          (negative Easemob codes follow --)

Flags:
`

func runExplain(args []string, env env) error {
	fs := newFlags("imcodes")
	var (
		plat platformFlag
		lang langFlag
	)
	fs.Var(&plat, "platform", platformUsage)
	fs.Var(&lang, "lang", langUsage)
	if err := parseFlags(fs, args, explainUsage, env.stdout); err != nil {
		return err
	}
	stdout, stderr := env.stdout, env.stderr
	show := texts(lang, env.getenv)
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
			printEntry(stdout, e, show)
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

// textShow says which texts to show: one language, or both texts.
type textShow struct {
	tag language.Tag
	one bool
}

// texts returns the texts to show given -lang and the environment.
func texts(lang langFlag, getenv func(string) string) textShow {
	tag, ok := lang.resolve(getenv)
	return textShow{tag, ok}
}

// printEntry prints e for a person to read. Vendor text is printed as a
// value, never as a format.
func printEntry(w io.Writer, e codes.Entry, show textShow) {
	fmt.Fprintf(w, "%s %d %s\n", e.Platform, e.Code, e.Name)
	if show.one {
		fmt.Fprintf(w, "  text:        %s\n", e.Text(show.tag))
	} else {
		fmt.Fprintf(w, "  message:     %s\n", e.Message)
		fmt.Fprintf(w, "  description: %s\n", e.Description)
	}
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
