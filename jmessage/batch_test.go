package jmessage_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage"
	"github.com/imcodes/imcodes/jmessage/server"
)

// An item with 100k fields keeps eight, and the text stays bounded; a batch
// made by hand with that many prints eight too.
func TestBatchFieldsAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString(`[{`)
	for i := range 100_000 {
		fmt.Fprintf(&b, `"f%d":"%s",`, i, strings.Repeat("v", 10))
	}
	b.WriteString(`"error":{"code":899001,"message":"user exist"}}]`)
	err := jmessage.ParseResponse(201, []byte(b.String()))
	var batch *jmessage.BatchError
	require.ErrorAs(t, err, &batch)
	assert.Len(t, batch.Failed[0].Fields, 8)
	assert.Less(t, len(err.Error()), 2<<10)

	batch.Failed[0].Fields = make([]jmessage.Field, 100_000)
	for i := range batch.Failed[0].Fields {
		batch.Failed[0].Fields[i] = jmessage.Field{Name: "n", Value: strings.Repeat("v", 1000)}
	}
	var n uint64
	var text string
	n, _ = allocated(func() { text = batch.Error() })
	assert.Less(t, len(text), 2<<10)
	assert.Less(t, n, uint64(64<<10), "100k fields of 1 KB")
}

// The action of a batch: what can be retried is never hidden by what cannot.
// Item 0 already exists (FixRequest), item 1 was rate-limited (RetryLater):
// the batch is RetryLater, and ItemsWith gives each group.
func TestBatchAction(t *testing.T) {
	body := `[{"username":"dev_fang","error":{"code":899001,"message":"user exist"}},` +
		`{"username":"dev_li","error":{"code":803010,"message":"too fast"}},` +
		`{"username":"dev_wu"},` +
		`{"username":"dev_ma","error":{"code":899003,"message":"parameter invalid"}}]`
	err := jmessage.ParseResponse(201, []byte(body))
	assert.Equal(t, codes.RetryLater, codes.ActionOf(err))
	assert.Equal(t, codes.ResourceExhausted, codes.CategoryOf(err))
	assert.ErrorIs(t, err, server.RESTUserExists)
	assert.ErrorIs(t, err, codes.ResourceExhausted)

	var batch *jmessage.BatchError
	require.ErrorAs(t, err, &batch)
	retry := batch.ItemsWith(codes.RetryLater)
	require.Len(t, retry, 1)
	assert.Equal(t, "dev_li", retry[0].Fields[0].Value)
	fix := batch.ItemsWith(codes.FixRequest)
	require.Len(t, fix, 2)
	assert.Equal(t, []int{0, 3}, []int{fix[0].Index, fix[1].Index})
	assert.Nil(t, batch.ItemsWith(codes.Reauthenticate))
	assert.Equal(t, "jmessage/server 803010", batch.ErrorType())

	// Without a retryable item, the first unfixable one by the order decides.
	err = jmessage.ParseResponse(201, []byte(`[{"error":{"code":899003}},{"error":{"code":899001}}]`))
	assert.Equal(t, codes.FixRequest, codes.ActionOf(err))
	assert.Equal(t, codes.InvalidArgument, codes.CategoryOf(err), "the first of equals")
}
