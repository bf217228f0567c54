package codes_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

func TestActionNames(t *testing.T) {
	for a, name := range map[codes.Action]string{
		codes.None: "None", codes.Retry: "Retry", codes.RetryLater: "RetryLater",
		codes.Reauthenticate: "Reauthenticate", codes.FixRequest: "FixRequest",
		codes.FixSetup: "FixSetup", codes.Report: "Report",
	} {
		assert.Equal(t, name, a.String())
		parsed, err := codes.ParseAction(name)
		require.NoError(t, err)
		assert.Equal(t, a, parsed)
		assert.NotEmpty(t, a.Advice())
	}
	assert.Equal(t, codes.Report, codes.Action(0), "the zero Action never reads as success")
	assert.False(t, codes.Action(7).Valid())
	assert.Equal(t, "Action(7)", codes.Action(7).String())
	assert.Equal(t, codes.Report.Advice(), codes.Action(7).Advice())
	a, err := codes.ParseAction("retrylater")
	assert.NoError(t, err, "any case, as ParsePlatform and ParseCategory")
	assert.Equal(t, codes.RetryLater, a)
	_, err = codes.ParseAction("retry later")
	assert.ErrorContains(t, err, `unknown action "retry later" (valid: Report, None, Retry, RetryLater, Reauthenticate, FixRequest, FixSetup)`)
}

// Retryable means that the same request can succeed: not after logging in
// again, and never for a success.
func TestActionRetryable(t *testing.T) {
	for a, want := range map[codes.Action]bool{
		codes.Retry: true, codes.RetryLater: true,
		codes.None: false, codes.Reauthenticate: false, codes.FixRequest: false,
		codes.FixSetup: false, codes.Report: false, codes.Action(99): false,
	} {
		assert.Equal(t, want, a.Retryable(), "%v", a)
	}
}

func TestActionJSON(t *testing.T) {
	b, err := json.Marshal(struct{ A codes.Action }{codes.RetryLater})
	require.NoError(t, err)
	assert.Equal(t, `{"A":"RetryLater"}`, string(b))
	var back struct{ A codes.Action }
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, codes.RetryLater, back.A)
	assert.Error(t, json.Unmarshal([]byte(`{"A":"Later"}`), &back))
	_, err = json.Marshal(codes.Action(9))
	assert.Error(t, err)
}
