package codeslog_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/codeslog"
	"github.com/imcodes/imcodes/jmessage"
)

// logged returns the JSON line that logging err writes with ReplaceAttr.
func logged(t *testing.T, err error) map[string]any {
	t.Helper()
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: codeslog.ReplaceAttr}))
	log.Error("call failed", "err", err, "n", 1)
	var line map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &line), buf.String())
	assert.Less(t, buf.Len(), 4<<10, "bounded")
	return line
}

// A wrapped *codes.Error is written as fields, not as text.
func TestWrappedError(t *testing.T) {
	u, _ := url.Parse("https://api.im.jpush.cn/v1/messages")
	resp := &http.Response{StatusCode: 429, Header: http.Header{"Retry-After": {"5"}}, Request: &http.Request{Method: "POST", URL: u}}
	err := fmt.Errorf("send: %w", jmessage.CheckResponseBody(resp, []byte(`{"error":{"code":803010,"message":"too fast\nINFO forged"}}`)))
	got := logged(t, err)["err"].(map[string]any)
	assert.Equal(t, "jmessage/server", got["platform"])
	assert.EqualValues(t, 803010, got["code"])
	assert.Equal(t, "ResourceExhausted", got["category"])
	assert.Equal(t, "RetryLater", got["action"])
	assert.EqualValues(t, 429, got["status"])
	assert.EqualValues(t, 5e9, got["retry_after"])
	assert.Equal(t, "POST", got["method"])
	assert.Equal(t, "jmessage/server 803010", got["type"])
	assert.Contains(t, got["error"], `send: POST https://api.im.jpush.cn/v1/messages: jmessage/server 803010: too fast\nINFO forged`)
}

// A batch error inside a wrapper: the batch's action and the response.
func TestWrappedBatchError(t *testing.T) {
	resp := &http.Response{StatusCode: 201, Header: http.Header{}}
	batch := jmessage.CheckResponseBody(resp, []byte(`[{"username":"dev_fang","error":{"code":899001,"message":"user exist"}},{"username":"dev_li"}]`))
	got := logged(t, errors.Join(errors.New("register"), batch))["err"].(map[string]any)
	assert.Equal(t, "AlreadyExists", got["category"])
	assert.Equal(t, "FixRequest", got["action"])
	assert.EqualValues(t, 201, got["status"])
	assert.Equal(t, "jmessage/server 899001", got["type"])
	assert.Contains(t, got["error"], "1 of 2 batch items failed")
}

// Other attributes, plain errors included, pass unchanged; a long text is
// bounded.
func TestOtherAttributes(t *testing.T) {
	line := logged(t, errors.New("dial tcp: refused"))
	assert.Equal(t, "dial tcp: refused", line["err"])
	assert.EqualValues(t, 1, line["n"])

	e := codes.NewStatusError(codes.JMessageServer, 502)
	e.Message = strings.Repeat("x", 1<<20)
	got := logged(t, fmt.Errorf("x: %w", e))["err"].(map[string]any)
	assert.Equal(t, "Retry", got["action"])
}
