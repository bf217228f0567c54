package codes_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// fixedText is a cause whose text exists already: its Error() allocates
// nothing, so what is measured is the Error's own work.
type fixedText struct{ s string }

func (f fixedText) Error() string { return f.s }

// huge returns an error whose every text field holds 10 MB.
func huge() *codes.Error {
	big := strings.Repeat("字x\n", 10<<20/5)
	e := codes.NewError(codes.JMessageServer, 803009)
	e.Message, e.Method, e.URL, e.Body, e.Status = big, big, big, big, 403
	e.Err = fixedText{big}
	return e
}

// Error() and the JSON form cost what they print, however long the fields:
// each is cut before it is joined, and a log line never carries the
// service's text whole.
func TestErrorTextCostsWhatItPrints(t *testing.T) {
	e := huge()
	var text string
	n := allocated(func() { text = e.Error() })
	assert.Less(t, len(text), 2<<10)
	assert.Less(t, n, uint64(64<<10), "Error() allocated %d bytes (fields of 10 MB each)", n)
	assert.NotContains(t, text, "\n")

	var js []byte
	n = allocated(func() { js, _ = json.Marshal(e) })
	assert.Less(t, len(js), 4<<10)
	assert.Less(t, n, uint64(128<<10), "MarshalJSON allocated %d bytes (fields of 10 MB each)", n)

	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Error("send failed", "err", e)
	assert.Less(t, buf.Len(), 4<<10, "a log line stays bounded")
	var line map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &line))
	assert.Contains(t, line["err"].(map[string]any)["message"], `字x\n字x`, "escaped as Error() escapes it")
}

// The response's facts are one call away through any wrapping; a nil
// *Error in a chain, or none at all, gives the zero Response.
func TestResponseOf(t *testing.T) {
	e := codes.NewStatusError(codes.EasemobWeb4, 429)
	e.RetryAfter, e.HasRetryAfter = 7*time.Second, true
	for name, err := range map[string]error{
		"bare":    e,
		"wrapped": fmt.Errorf("register: %w", e),
		"joined":  errors.Join(errors.New("x"), fmt.Errorf("y: %w", e)),
	} {
		assert.Equal(t, codes.Response{Status: 429, RetryAfter: 7 * time.Second, HasRetryAfter: true}, codes.ResponseOf(err), name)
	}
	var nilErr *codes.Error
	assert.Zero(t, codes.ResponseOf(nilErr))
	assert.Zero(t, codes.ResponseOf(fmt.Errorf("x: %w", nilErr)))
	assert.Zero(t, codes.ResponseOf(errors.New("dial tcp: refused")))
	assert.Zero(t, codes.ResponseOf(nil))
	wrapped := fmt.Errorf("x: %w", e)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = codes.ResponseOf(wrapped) }))
}

// ErrorType gives the kind of an error as OpenTelemetry's error.type reads
// it: few values, never the service's text.
func TestErrorType(t *testing.T) {
	withCode := codes.NewError(codes.JMessageServer, 899008)
	withCode.Message = "Basic authentication failed for appkey 4f7aef34fb361292c566a1cd"
	assert.Equal(t, "jmessage/server 899008", withCode.ErrorType())
	assert.Equal(t, "easemob/web4 NotFound", codes.NewStatusError(codes.EasemobWeb4, 404).ErrorType())
	assert.Equal(t, "imcodes Unknown", (*codes.Error)(nil).ErrorType())
}
