package httpresp

import (
	"bytes"
	"io"
	"net/http"
)

// sniffLen is how much of a success body is read, at most, to see how it
// starts.
const sniffLen = 64

// body is a response body that Check has read in part: what was read, then
// the rest, so that the caller reads it from its first byte; closing it
// closes the original. It also keeps what Check decided, for the retry
// policies that see the response only after a client drained it.
type body struct {
	buf     []byte // what was read
	off     int    // how much of buf the caller has read
	rest    io.ReadCloser
	read    bool  // whether buf holds what Check needs to decide
	readErr error // the failure to read the body, if any

	decided bool
	err     error

	head [sniffLen]byte // buf's storage while a success body is sniffed
}

func (b *body) Read(p []byte) (int, error) {
	if b.off < len(b.buf) {
		n := copy(p, b.buf[b.off:])
		b.off += n
		return n, nil
	}
	if b.readErr != nil {
		return 0, b.readErr
	}
	return b.rest.Read(p)
}

func (b *body) Close() error { return b.rest.Close() }

// data returns what was read.
func (b *body) data() []byte { return b.buf }

// peek reads as much of resp.Body as d needs to decide and puts a *body in
// its place. On a success (2xx) status that is nothing, unless d.Read says
// that a body that starts as this one does must be read (a JMessage batch
// array): then the first bytes are read to see. Such a body, and any body
// under another status, is read up to MaxBody bytes.
func peek(resp *http.Response, d *Decoder) *body {
	b := &body{rest: resp.Body}
	if resp.Body == nil || resp.Body == http.NoBody {
		b.rest, b.read = http.NoBody, true
		resp.Body = b
		return b
	}
	resp.Body = b
	if Success(resp.StatusCode) {
		if d.Read == nil {
			return b
		}
		n, found := 0, false
		var first byte
		var err error
		for !found && err == nil && n < sniffLen {
			var m int
			m, err = b.rest.Read(b.head[n:])
			n += m
			first, found = firstByte(b.head[:n])
		}
		b.buf = b.head[:n]
		switch {
		case err != nil && err != io.EOF:
			b.readErr = err
			return b
		case !found || !d.Read(first):
			return b // a success: nothing in it needs deciding
		case err == io.EOF:
			b.read = true
			return b
		}
	}
	var buf bytes.Buffer
	if n := resp.ContentLength; n > 0 && n <= MaxBody {
		buf.Grow(int(n))
	}
	buf.Write(b.buf)
	_, err := buf.ReadFrom(io.LimitReader(b.rest, int64(MaxBody-buf.Len())))
	b.buf, b.read, b.readErr = buf.Bytes(), true, err
	return b
}

// firstByte returns the first byte of data after a byte order mark and
// white space; found is false if there is none yet, or if data may still
// be the start of a byte order mark.
func firstByte(data []byte) (c byte, found bool) {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")), " \t\r\n")
	if len(data) == 0 || data[0] == 0xEF && len(data) < 3 {
		return 0, false
	}
	return data[0], true
}
