package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/codes"
)

// errHelp reports that -h was given and usage was shown.
var errHelp = errors.New("help requested")

// newFlags returns a flag set that prints nothing itself: its errors come
// back to the caller, to be said in one line, and -h is handled by parseFlags.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return fs
}

// parseFlags parses args, turning the flag package's errors into one-line
// usage errors; a negative number read as a flag gets a hint. For -h it
// prints usage, followed by the flags, to stdout and returns errHelp.
func parseFlags(fs *flag.FlagSet, args []string, usage string, stdout io.Writer) error {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		return errHelp
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		if _, nerr := strconv.Atoi(name); nerr == nil {
			return usagef("%s; put -- before negative codes: imcodes -- -%s", msg, name)
		}
		return usagef("%s (run imcodes -h for the flags)", msg)
	}
	return usagef("%s", msg)
}

// Flag descriptions shared by the subcommands.
const (
	platformUsage = "only this platform: jmessage/web, jmessage/server, jmessage/android, jmessage/jmrtc or easemob (or web, server, ...)"
	langUsage     = "show texts in this language only, such as zh or en (default: from LC_ALL, LC_MESSAGES or LANG; else both)"
)

// platformFlag is a -platform flag: empty means every platform.
type platformFlag struct{ p codes.Platform }

func (f *platformFlag) String() string {
	if f.p == 0 {
		return ""
	}
	return f.p.String()
}

func (f *platformFlag) Set(s string) error {
	p, err := codes.ParsePlatform(s)
	if err != nil {
		return errors.New(strings.TrimPrefix(err.Error(), "codes: "))
	}
	f.p = p
	return nil
}

// platforms returns the platforms the flag selects.
func (f *platformFlag) platforms() []codes.Platform {
	if f.p == 0 {
		return codes.Platforms()
	}
	return []codes.Platform{f.p}
}
