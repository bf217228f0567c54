package main

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/codes"
)

// newFlags returns a flag set that prints nothing itself: its errors come
// back to the caller, to be said in one line, and -h is handled by parseFlags.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args, turning the flag package's errors into one-line
// usage errors, with what the user typed quoted; a negative number read as a
// flag gets a hint. For -h it prints usage, followed by the flags, to stdout
// and returns errHelp, or the error of writing them.
func parseFlags(fs *flag.FlagSet, args []string, usage string, stdout io.Writer) error {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		var help bytes.Buffer
		help.WriteString(usage)
		fs.SetOutput(&help)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
		if err := writeHelp(stdout, help.String()); err != nil {
			return err
		}
		return errHelp
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		if _, nerr := strconv.Atoi(name); nerr == nil {
			return usagef("unknown flag %q; put -- before negative codes: imcodes -- -%s", "-"+name, name)
		}
		return usagef("unknown flag %q (run %s -h for the flags)", "-"+name, fs.Name())
	}
	if arg, ok := strings.CutPrefix(msg, "bad flag syntax: "); ok {
		return usagef("bad flag syntax: %q", arg)
	}
	return usagef("%s", msg)
}

// writeHelp writes help text to w; an error says that it could not be
// written (as to a full disk, or a closed pipe).
func writeHelp(w io.Writer, text string) error {
	_, err := io.WriteString(w, text)
	return err
}

// formatFlag adds -format to c, with the formats it takes, the first the
// default, and returns the flag's value.
func (c *command) formatFlag(formats ...string) *string {
	return c.fs.String("format", formats[0], "output format: "+joinOr(formats))
}

// checkFormat reports a format that is not one of formats.
func checkFormat(format string, formats ...string) error {
	if !slices.Contains(formats, format) {
		return usagef("unknown format %q (valid: %s)", format, strings.Join(formats, ", "))
	}
	return nil
}

// joinOr joins items as "a, b or c".
func joinOr(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// Flag descriptions shared by the commands.
const (
	platformUsage = "only this platform: jmessage/web, jmessage/server, jmessage/android, jmessage/ios, jmessage/jmrtc or easemob (or web, server, ios, ...)"
	categoryUsage = "only this category, such as NotFound or Unavailable"
	langUsage     = "show texts in this language only, such as zh or en (default: from LC_ALL, LC_MESSAGES or LANG; else both)"
)

// command holds what every command shares: its flag set, the -platform
// (and -category) filter, and -lang.
type command struct {
	fs *flag.FlagSet
	filter
	lang langFlag
}

// newCommand returns a command named name with -platform, -category if
// withCategory, and -lang; the caller adds its own flags to fs.
func newCommand(name string, withCategory bool) *command {
	c := &command{fs: newFlags(name)}
	c.filter.register(c.fs, withCategory)
	c.fs.Var(&c.lang, "lang", langUsage)
	return c
}

// parse parses args as parseFlags does.
func (c *command) parse(args []string, usage string, env env) error {
	return parseFlags(c.fs, args, usage, env.stdout)
}

// output returns the command's output, showing texts as -lang or the locale
// says.
func (c *command) output(env env) *output {
	return newOutput(env.stdout, c.lang.show(env.getenv))
}

// filter selects entries by -platform and -category.
type filter struct {
	platform codes.Platform // 0 for all
	category codes.Category
	byCat    bool
}

// register adds -platform, and -category if withCategory, to fs.
func (f *filter) register(fs *flag.FlagSet, withCategory bool) {
	fs.Func("platform", platformUsage, func(s string) error {
		p, err := codes.ParsePlatform(s)
		if err != nil {
			return errors.New(strings.TrimPrefix(err.Error(), "codes: "))
		}
		f.platform = p
		return nil
	})
	if withCategory {
		fs.Func("category", categoryUsage, func(s string) error {
			c, err := codes.ParseCategory(s)
			if err != nil {
				return errors.New(strings.TrimPrefix(err.Error(), "codes: "))
			}
			f.category, f.byCat = c, true
			return nil
		})
	}
}

// platforms returns the platforms the filter selects.
func (f *filter) platforms() []codes.Platform {
	if f.platform == 0 {
		return codes.Platforms()
	}
	return []codes.Platform{f.platform}
}

// keep reports whether the filter selects e.
func (f *filter) keep(e codes.Entry) bool {
	return (f.platform == 0 || e.Platform == f.platform) && (!f.byCat || e.Category == f.category)
}

// where names what the filter selects, for messages.
func (f *filter) where() string {
	s := "any platform"
	if f.platform != 0 {
		s = f.platform.String()
	}
	if f.byCat {
		s += " in category " + f.category.String()
	}
	return s
}

// lookup returns the entries of code on the selected platforms.
func (f *filter) lookup(code int) []codes.Entry {
	var found []codes.Entry
	for _, p := range f.platforms() {
		if e, ok := p.Lookup(code); ok && f.keep(e) {
			found = append(found, e)
		}
	}
	return found
}
