package codes_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

func TestPlatformString(t *testing.T) {
	want := []string{"jmessage/web", "jmessage/server", "jmessage/android", "jmessage/ios", "jmessage/jmrtc", "easemob/web4", "easemob/native"}
	var got []string
	for _, p := range codes.Platforms() {
		got = append(got, p.String())
		assert.True(t, p.Valid())
	}
	assert.Equal(t, want, got)
	assert.Equal(t, "Platform(0)", codes.Platform(0).String())
	assert.Equal(t, "Platform(9)", codes.Platform(9).String())
	assert.False(t, codes.Platform(0).Valid())
}

func TestParsePlatform(t *testing.T) {
	for in, want := range map[string]codes.Platform{
		"jmessage/web":    codes.JMessageWeb,
		"JMessage/Server": codes.JMessageServer,
		"server":          codes.JMessageServer,
		"android":         codes.JMessageAndroid,
		"jmrtc":           codes.JMRTC,
		"jmessage/jmrtc":  codes.JMRTC,
		"easemob/web4":    codes.EasemobWeb4,
		"web4":            codes.EasemobWeb4,
		"native":          codes.EasemobNative,
		"Easemob/Native":  codes.EasemobNative,
		"ios":             codes.JMessageIOS,
		"jmessage/ios":    codes.JMessageIOS,
	} {
		got, err := codes.ParsePlatform(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	// "easemob" alone names two numberings, so it names none.
	for _, in := range []string{"", "jmessage", "web/", "iphone", "jmessage/easemob", "easemob"} {
		_, err := codes.ParsePlatform(in)
		assert.ErrorContains(t, err, "valid: jmessage/web, jmessage/server", "%q", in)
	}
}

func TestPlatformJSON(t *testing.T) {
	b, err := json.Marshal(codes.JMRTC)
	require.NoError(t, err)
	assert.Equal(t, `"jmessage/jmrtc"`, string(b))

	_, err = json.Marshal(codes.Platform(0))
	assert.Error(t, err, "an invalid platform cannot be written")

	for in, want := range map[string]codes.Platform{
		`"easemob/web4"`: codes.EasemobWeb4,
		`"server"`:       codes.JMessageServer,
		`2`:              codes.JMessageServer,
		`"6"`:            codes.EasemobWeb4,
		`4`:              codes.JMessageIOS,
		`7`:              codes.EasemobNative,
	} {
		var p codes.Platform
		require.NoError(t, json.Unmarshal([]byte(in), &p), in)
		assert.Equal(t, want, p, in)
	}
	for _, in := range []string{`0`, `8`, `-1`, `256`, `"nope"`, `true`, `{}`, `"\x"`} {
		var p codes.Platform
		assert.Error(t, json.Unmarshal([]byte(in), &p), in)
	}
}
