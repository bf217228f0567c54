package sdknames_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/sdknames"
)

func TestLookup(t *testing.T) {
	// One name, two numberings that agree on it.
	assert.Equal(t, []sdknames.Name{
		{Name: "USER_NOT_FOUND", Platform: codes.EasemobWeb4, Code: 204},
		{Name: "USER_NOT_FOUND", Platform: codes.EasemobNative, Code: 204},
	}, sdknames.Lookup("USER_NOT_FOUND"))
	// An iOS name, a Web SDK 5.x name, a 4.x alias, JMessage's iOS and JMRTC's
	// Android constants.
	for name, want := range map[string]sdknames.Name{
		"EMErrorUserNotFound":                   {"EMErrorUserNotFound", codes.EasemobNative, 204},
		"CONTACT_BLOCKLIST_USER_NOT_FOUND":      {"CONTACT_BLOCKLIST_USER_NOT_FOUND", codes.EasemobNative, 204},
		"WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR": {"WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR", codes.EasemobWeb4, 0},
		"kJMSGErrorSDKNetworkOtherError":        {"kJMSGErrorSDKNetworkOtherError", codes.JMessageIOS, 860016},
		"RTC_INVITE_MYSELF_ERROR":               {"RTC_INVITE_MYSELF_ERROR", codes.JMRTC, 872005},
	} {
		assert.Equal(t, []sdknames.Name{want}, sdknames.Lookup(name), name)
	}
	assert.Empty(t, sdknames.Lookup("user_not_found"), "exact spelling")
	assert.Empty(t, sdknames.Lookup(""))
	assert.Empty(t, sdknames.Lookup("ZZZ"))
}

// Every name is an SDK's identifier of a code the catalog has, sorted, and
// Lookup's result cannot be used to change the table.
func TestAll(t *testing.T) {
	all := sdknames.All()
	assert.Greater(t, len(all), 600)
	assert.True(t, slices.IsSortedFunc(all, func(a, b sdknames.Name) int { return strings.Compare(a.Name, b.Name) }))
	for _, n := range all {
		_, ok := n.Platform.Lookup(n.Code)
		assert.True(t, ok, "%+v", n)
		assert.Regexp(t, `^[A-Za-z][A-Za-z0-9_]*$`, n.Name)
	}
	got := sdknames.Lookup("USER_NOT_FOUND")
	_ = append(got, sdknames.Name{Name: "X"})
	assert.Len(t, sdknames.Lookup("USER_NOT_FOUND"), 2)
	all[0].Code = -99
	assert.NotEqual(t, -99, sdknames.All()[0].Code)
}
