// Command imcodes explains the error codes of JMessage (JIGUANG IM) and
// Easemob (环信): what a number means on each platform that defines it, in
// English and Chinese, and what to do about it.
//
// Usage:
//
//	imcodes [-platform P] [-lang L] CODE...    explain codes
//	imcodes list [-platform P] [-lang L] [-json]
//
// Texts are shown in the language of -lang (such as -lang zh), or else of the
// locale (LC_ALL, LC_MESSAGES, LANG); with neither, in English and Chinese.
//
// Examples:
//
//	imcodes 898002
//	imcodes -platform easemob 206
//	imcodes -- -1                    negative Easemob codes follow --
//	imcodes list -json               one JSON object per line
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Getenv, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK       = 0
	exitNotFound = 1 // a code or query matched nothing
	exitUsage    = 2 // bad arguments
)

// usageError is a mistake in the arguments; it exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// errNotFound reports that nothing matched; the command has already said what.
var errNotFound = errors.New("not found")

// env is what a command sees of its surroundings.
type env struct {
	getenv         func(string) string
	stdout, stderr io.Writer
}

// run runs the command and returns its exit status. Errors are one line on
// stderr, prefixed with "imcodes: ".
func run(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	e := env{getenv, stdout, stderr}
	var err error
	switch {
	case len(args) > 0 && args[0] == "list":
		err = runList(args[1:], e)
	default:
		err = runExplain(args, e)
	}
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintln(stderr, "imcodes:", err)
		return exitUsage
	case errors.Is(err, errNotFound):
		return exitNotFound
	}
	fmt.Fprintln(stderr, "imcodes:", err)
	return exitNotFound
}
