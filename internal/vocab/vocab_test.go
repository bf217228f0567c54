package vocab

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The names are those of google.rpc.Code, in its order.
func TestCategories(t *testing.T) {
	assert.Equal(t, []string{
		"OK", "Canceled", "Unknown", "InvalidArgument", "DeadlineExceeded",
		"NotFound", "AlreadyExists", "PermissionDenied", "ResourceExhausted",
		"FailedPrecondition", "Aborted", "OutOfRange", "Unimplemented",
		"Internal", "Unavailable", "DataLoss", "Unauthenticated",
	}, CategoryNames())
	for n, c := range Categories {
		got, ok := CategoryNumber(c.Name)
		assert.True(t, ok, c.Name)
		assert.Equal(t, n, got, c.Name)
		assert.True(t, c.Status == 200 || c.Status >= 400 && c.Status < 600, c.Name)
	}
	_, ok := CategoryNumber("notfound")
	assert.False(t, ok, "names are exact")
}

func TestActions(t *testing.T) {
	assert.Equal(t, []string{"Report", "None", "Retry", "RetryLater", "Reauthenticate", "FixRequest", "FixSetup"}, ActionNames())
	assert.Equal(t, 0, Report, "the zero action is Report")
	for n, a := range Actions {
		got, ok := ActionNumber(a.Name)
		assert.True(t, ok, a.Name)
		assert.Equal(t, n, got, a.Name)
		assert.NotEmpty(t, a.Advice, a.Name)
	}
	_, ok := ActionNumber("retry")
	assert.False(t, ok)
}
