package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuildUserTexts(t *testing.T) {
	cat, err := build(smallInputs())
	require.NoError(t, err)
	ov, err := parseOverrides("o", []byte("usertext jmessage/server 898002 update | r\nusertext jmessage/web 880103 device-permission | r\n"))
	require.NoError(t, err)
	got, err := buildUserTexts(ov.userTexts, cat)
	require.NoError(t, err)
	src, err := renderUserTexts(got)
	require.NoError(t, err)
	assert.Contains(t, string(src), "\t{codes.JMessageWeb, 880103, allowDevicePermission},\n\t{codes.JMessageServer, 898002, updateApp},\n",
		"sorted by platform, then code")

	// The real overrides name codes that exist.
	in := repoInputs(t)
	cat, err = build(in)
	require.NoError(t, err)
	got, err = buildUserTextChoices(in, cat)
	require.NoError(t, err)
	assert.NotEmpty(t, got)
}

func TestUserTextErrors(t *testing.T) {
	cat, err := build(smallInputs())
	require.NoError(t, err)
	for _, tt := range []struct{ name, overrides, want string }{
		{"no reason", "usertext jmessage/server 898002 update", "o:1: no reason"},
		{"short", "usertext jmessage/server 898002 | r", `o:1: usertext: want PLATFORM CODE KIND, got "jmessage/server 898002"`},
		{"unknown platform", "usertext jmessage/tv 898002 update | r", `o:1: usertext: unknown platform "jmessage/tv"`},
		{"bad code", "usertext jmessage/server 89800x update | r", `o:1: usertext jmessage/server: code "89800x" is not a number`},
		{"unknown kind", "usertext jmessage/server 898002 reboot | r", `o:1: usertext jmessage/server 898002: unknown kind "reboot" (want one of device-permission, update)`},
		{"no such code", "usertext jmessage/server 898003 update | r", "o:1: usertext jmessage/server 898003: no such code"},
		{"twice", "usertext jmessage/server 898002 update | r\nusertext jmessage/server 898002 update | r", "o:2: usertext jmessage/server 898002: decided twice (first at line 1)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ov, err := parseOverrides("o", []byte(tt.overrides))
			if err == nil {
				_, err = buildUserTexts(ov.userTexts, cat)
			}
			assert.ErrorContains(t, err, tt.want)
		})
	}
}
