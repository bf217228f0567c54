package codes_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/imcodes/imcodes/codes"
)

// Platform, Category and Action read the same forms: the name in any case
// and in any JSON spelling, or the number; and they write the name.
func TestVocabulariesReadTheSameForms(t *testing.T) {
	type all struct {
		P codes.Platform
		C codes.Category
		A codes.Action
	}
	want := all{codes.EasemobNative, codes.NotFound, codes.RetryLater}
	for _, in := range []string{
		`{"P":"easemob/native","C":"NotFound","A":"RetryLater"}`,
		`{"P":"EASEMOB/NATIVE","C":"notfound","A":"retrylater"}`,
		`{"P":"easemob\/native","C":"Not\u0046ound","A":"Retry\u004cater"}`,
		`{"P":7,"C":5,"A":3}`,
		`{"P":"7","C":"5","A":"3"}`,
	} {
		var got all
		if assert.NoError(t, json.Unmarshal([]byte(in), &got), in) {
			assert.Equal(t, want, got, in)
		}
	}
	b, err := json.Marshal(want)
	assert.NoError(t, err)
	assert.JSONEq(t, `{"P":"easemob/native","C":"NotFound","A":"RetryLater"}`, string(b))

	for _, in := range []string{`{"P":0}`, `{"P":8}`, `{"C":17}`, `{"A":7}`, `{"A":-1}`, `{"C":"Not Found"}`, `{"A":true}`} {
		var got all
		assert.Error(t, json.Unmarshal([]byte(in), &got), in)
	}
}
