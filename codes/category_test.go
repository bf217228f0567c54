package codes_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

// The numbers and names of google.rpc.Code, which Category must match.
var rpcCodes = []string{
	"OK", "Canceled", "Unknown", "InvalidArgument", "DeadlineExceeded",
	"NotFound", "AlreadyExists", "PermissionDenied", "ResourceExhausted",
	"FailedPrecondition", "Aborted", "OutOfRange", "Unimplemented",
	"Internal", "Unavailable", "DataLoss", "Unauthenticated",
}

func TestCategoryNumbersAndNames(t *testing.T) {
	for n, name := range rpcCodes {
		c := codes.Category(n)
		assert.True(t, c.Valid())
		assert.Equal(t, name, c.String())
		assert.Equal(t, name, c.Error())
		parsed, err := codes.ParseCategory(name)
		require.NoError(t, err)
		assert.Equal(t, c, parsed)
	}
	assert.Equal(t, codes.Category(5), codes.NotFound)
	assert.Equal(t, codes.Category(16), codes.Unauthenticated)
	assert.False(t, codes.Category(17).Valid())
	assert.Equal(t, "Category(17)", codes.Category(17).String())
	c, err := codes.ParseCategory("notfound")
	assert.NoError(t, err, "any case, as ParsePlatform and ParseAction")
	assert.Equal(t, codes.NotFound, c)
	_, err = codes.ParseCategory("not found")
	assert.ErrorContains(t, err, `unknown category "not found" (valid: OK, Canceled, Unknown, `)
}

func TestCategoryHTTPStatus(t *testing.T) {
	for c, want := range map[codes.Category]int{
		codes.OK: 200, codes.Canceled: 499, codes.Unknown: 500,
		codes.InvalidArgument: 400, codes.DeadlineExceeded: 504,
		codes.NotFound: 404, codes.AlreadyExists: 409,
		codes.PermissionDenied: 403, codes.ResourceExhausted: 429,
		codes.FailedPrecondition: 400, codes.Aborted: 409,
		codes.OutOfRange: 400, codes.Unimplemented: 501,
		codes.Internal: 500, codes.Unavailable: 503,
		codes.DataLoss: 500, codes.Unauthenticated: 401,
		codes.Category(99): 500,
	} {
		assert.Equal(t, want, c.HTTPStatus(), "%v", c)
	}
}

func TestCategoryJSON(t *testing.T) {
	b, err := json.Marshal(codes.ResourceExhausted)
	require.NoError(t, err)
	assert.Equal(t, `"ResourceExhausted"`, string(b))
	_, err = json.Marshal(codes.Category(40))
	assert.Error(t, err)

	for in, want := range map[string]codes.Category{`"NotFound"`: codes.NotFound, `5`: codes.NotFound, `"16"`: codes.Unauthenticated, `0`: codes.OK, `null`: codes.OK} {
		var c codes.Category
		require.NoError(t, json.Unmarshal([]byte(in), &c), in)
		assert.Equal(t, want, c, in)
	}
	for _, in := range []string{`17`, `-1`, `"nope"`, `1.5`, `[]`} {
		var c codes.Category
		assert.Error(t, json.Unmarshal([]byte(in), &c), in)
	}
}
