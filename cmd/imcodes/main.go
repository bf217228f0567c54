// Command imcodes explains the error codes of JMessage (JIGUANG IM) and
// Easemob (环信): what a number means on each platform that defines it, in
// English and Chinese, and what to do about it.
//
// Usage:
//
//	imcodes [-platform P] [-lang L] [-format text|json] CODE...  explain codes
//	imcodes search [-platform P] [-category C] [-lang L] [-format text|json] TEXT
//	imcodes explain [-platform P] [-lang L] [-format text|json|tsv] [-count] [TEXT...]
//	imcodes list [-platform P] [-category C] [-lang L] [-format F]
//	imcodes sources [-platform P] [-format F]           where the texts come from
//	imcodes serve [-addr HOST:PORT]                     the catalog as a web site
//	imcodes html -o DIR                                 the same site as static files
//
// Texts are shown in the language of -lang (such as -lang zh), or else of the
// locale (LC_ALL, LC_MESSAGES, LANG); with neither, in English and Chinese.
//
// serve serves the catalog on the loopback interface (127.0.0.1:8080 unless
// -addr says otherwise): a search page, a page per code at /PLATFORM/CODE,
// a paste box for logs and a JSON API, in English or Chinese, all built
// into the binary; html writes the same pages as files for a static host.
//
// explain reads its arguments, or else standard input, as it arrives (tail -f
// works), and writes each code it finds as soon as its line has been read.
//
// Exit status: 0 when everything asked for was found (for explain: when a
// code was found), 1 when something was not, or output could not be written,
// 2 for a mistake in the arguments.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK       = 0
	exitNotFound = 1 // a code or query matched nothing
	exitUsage    = 2 // bad arguments
)

const usage = `usage:
  imcodes [-platform P] [-lang L] [-format text|json] CODE...
      explain codes
  imcodes search [-platform P] [-category C] [-lang L] [-format text|json] TEXT
      search names and texts
  imcodes explain [-platform P] [-lang L] [-format text|json|tsv] [-count] [TEXT...]
      the codes in a log (standard input) or a text
  imcodes list [-platform P] [-category C] [-lang L] [-format table|tsv|csv|json]
      every code
  imcodes sources [-platform P] [-format F]
      the vendor files, revisions and dates
  imcodes serve [-addr HOST:PORT]
      the catalog as a web site, with a paste box for logs
  imcodes html -o DIR
      the same site as static files

Examples:
  imcodes 898002
  imcodes -- -1                  (negative Easemob codes follow --)
  imcodes search 黑名单
  imcodes explain "send failed: code=803009 msg=sensitive"
  tail -f app.log | imcodes explain -format json
  imcodes list -platform easemob -category Unavailable
  imcodes serve                  (then open http://127.0.0.1:8080/)

Run imcodes COMMAND -h for the flags of a command.
`

// env is what a command sees of its surroundings.
type env struct {
	getenv         func(string) string
	stdin          io.Reader
	stdout, stderr io.Writer
}

// usageError is a mistake in the arguments; it exits with status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{fmt.Sprintf(format, args...)}
}

// notFoundf reports that something asked for was not found; like any error
// that is not a usage error, it exits with status 1.
func notFoundf(format string, args ...any) error {
	return fmt.Errorf(format, args...)
}

// errHelp reports that -h was given and usage was shown.
var errHelp = errors.New("help requested")

// commands are the subcommands; anything else is read as codes.
var commands = map[string]func([]string, env) error{
	"search":  runSearch,
	"explain": runExplain,
	"list":    runList,
	"sources": runSources,
	"serve":   runServe,
	"html":    runHTML,
}

// run runs the command and returns its exit status. Problems are reported
// in one line on stderr, prefixed with "imcodes: ".
func run(args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := env{getenv, stdin, stdout, stderr}
	var err error
	switch cmd := first(args); {
	case cmd == "help":
		err = writeHelp(stdout, usage)
	case commands[cmd] != nil:
		err = commands[cmd](args[1:], e)
	default:
		err = runLookup(args, e)
	}
	if err == nil || errors.Is(err, errHelp) {
		return exitOK
	}
	fmt.Fprintln(stderr, "imcodes:", err)
	var ue *usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitNotFound // not found, or an I/O error: not a mistake in the arguments
}

func first(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}
