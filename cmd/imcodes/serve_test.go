package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// serve prints where it listens, serves the catalog, and stops cleanly when
// its context ends.
func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, env{stdout: pw, stderr: io.Discard}) }()

	line, err := bufio.NewReader(pr).ReadString('\n')
	require.NoError(t, err)
	url := "http://" + ln.Addr().String() + "/"
	assert.Equal(t, "imcodes: serving the catalog on "+url+"\n", line)

	resp, err := http.Get(url + "jmessage/server/898002")
	require.NoError(t, err)
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.True(t, strings.Contains(string(body), "NoSuchUser"))

	cancel()
	assert.NoError(t, <-done)
	_, err = http.Get(url)
	assert.Error(t, err, "stopped")
}
