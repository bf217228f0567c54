package imcodes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

func names(entries []codes.Entry) []string {
	var n []string
	for _, e := range entries {
		n = append(n, e.Platform.String()+" "+e.Name)
	}
	return n
}

func TestSearchChinese(t *testing.T) {
	found := imcodes.Search("黑名单")
	require.NotEmpty(t, found)
	for _, e := range found {
		assert.Contains(t, e.Description, "黑名单")
	}
	assert.Contains(t, names(found), "jmessage/server SendBlacklisted")
}

func TestSearchRanking(t *testing.T) {
	found := imcodes.Search("Frequency")
	require.NotEmpty(t, found)
	// Name matches come before text matches.
	assert.Equal(t, "jmessage/web FrequencyLimitExceeded", names(found)[0])
	for _, e := range found[:3] {
		assert.Contains(t, e.Name, "Frequency")
	}
	assert.Contains(t, names(found), "jmessage/server FrequencyLimitExceeded")

	// An exact text comes first of all, even from a later platform.
	found = imcodes.Search("SERVER_BUSY")
	assert.Equal(t, []string{"easemob/web4 ServerBusy"}, names(found)[:1])
	found = imcodes.Search("no such user")
	assert.Equal(t, []string{"jmessage/server NoSuchUser", "jmessage/server RESTNoSuchUser"}, names(found)[:2])
}

func TestSearchNothing(t *testing.T) {
	assert.Empty(t, imcodes.Search(""))
	assert.Empty(t, imcodes.Search("   "))
	assert.Empty(t, imcodes.Search("quantum entanglement"))
}
