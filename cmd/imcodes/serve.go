package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/imcodes/imcodes/internal/site"
)

const serveUsage = `usage: imcodes serve [-addr HOST:PORT]

Serves the catalog as a web site: a search page (numbers, Go and SDK names,
English and Chinese words, with filters; results as you type), a page per
code at /PLATFORM/CODE (such as /jmessage/server/898002), a paste box that
finds the codes in a log as imcodes explain does, and a JSON API
(/api/search?q=, /api/code/CODE, POST /api/explain) with the objects of
imcodes list -format json. Pages are in English or Chinese, from the browser's
languages, with a switch; they work without JavaScript.

Everything is built into the command: nothing is fetched from the network,
and nothing is written to disk. It listens on the loopback interface unless
-addr says otherwise, and stops on an interrupt.

Examples:
  imcodes serve
  imcodes serve -addr 127.0.0.1:9000
  imcodes serve -addr 127.0.0.1:0     (any free port; the URL is printed)

Flags:
`

func runServe(args []string, env env) error {
	fs := newFlags("imcodes serve")
	addr := fs.String("addr", "127.0.0.1:8080", "the address to listen on")
	if err := parseFlags(fs, args, serveUsage, env.stdout); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments, got %q", fs.Arg(0))
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %q: %w", *addr, unwrapOp(err))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, ln, env)
}

// serve serves the site on ln until ctx is done, then lets the requests
// under way finish for a few seconds. It prints the site's URL first.
func serve(ctx context.Context, ln net.Listener, env env) error {
	h, err := site.Handler()
	if err != nil {
		ln.Close()
		return err
	}
	srv := site.NewServer(ln.Addr().String(), h)
	if _, err := fmt.Fprintf(env.stdout, "imcodes: serving the catalog on http://%s/\n", ln.Addr()); err != nil {
		ln.Close()
		return err
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// unwrapOp drops the "listen tcp ADDR:" prefix that net.OpError repeats.
func unwrapOp(err error) error {
	var op *net.OpError
	if errors.As(err, &op) && op.Err != nil {
		return op.Err
	}
	return err
}
