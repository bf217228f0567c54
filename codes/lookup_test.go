package codes_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

func TestLookup(t *testing.T) {
	e, ok := codes.JMessageServer.Lookup(898002)
	require.True(t, ok)
	assert.Equal(t, codes.Entry{
		Platform:           codes.JMessageServer,
		Code:               898002,
		Name:               "NoSuchUser",
		Message:            "No such user",
		Description:        "用户不存在, 并且指出了不存在的用户名称",
		EnglishDescription: "User does not exist，and message contains users who does not exist",
		Category:           codes.NotFound,
		Action:             codes.FixRequest,
		Source:             "jmessage-server.md",
	}, e)
}

// A miss says that the code is unknown, never that it is a success, and
// marshals like any entry.
func TestLookupMiss(t *testing.T) {
	for _, code := range []int{0, -5, 1, 7100003, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64, 1<<32 + 898002} {
		e, ok := codes.JMessageServer.Lookup(code)
		assert.False(t, ok, "%d", code)
		assert.Equal(t, codes.Entry{Platform: codes.JMessageServer, Code: code, Category: codes.Unknown, Action: codes.Report}, e, "%d", code)
	}
	e, _ := codes.JMessageServer.Lookup(123456)
	assert.Equal(t, "jmessage/server 123456: unknown code", e.String())
	data, err := json.Marshal(e)
	require.NoError(t, err)
	assert.JSONEq(t, `{"platform":"jmessage/server","code":123456,"name":"","message":"","description":"","description_en":"","category":"Unknown","action":"Report","deprecated":false,"source":""}`, string(data))
}

// Code 0 exists on four platforms and not on the server; the index keeps the
// zero Entry, whose code is also 0, at index 0 (see lookup.go).
func TestLookupCodeZero(t *testing.T) {
	for _, p := range []codes.Platform{codes.JMessageWeb, codes.JMessageAndroid, codes.JMRTC, codes.EasemobWeb4} {
		e, ok := p.Lookup(0)
		assert.True(t, ok, "%s", p)
		assert.Equal(t, p, e.Platform)
		assert.Equal(t, codes.OK, e.Category, "%s", p)
		assert.Equal(t, codes.None, e.Action, "%s", p)
	}
	e, ok := codes.JMessageServer.Lookup(0)
	assert.False(t, ok)
	assert.Equal(t, codes.Unknown, e.Category)
}

// A Platform outside the catalog has no entries, and nothing panics; its
// misses marshal too, without a platform.
func TestInvalidPlatforms(t *testing.T) {
	for _, p := range []codes.Platform{0, codes.EasemobNative + 1, 9, 255} {
		for _, code := range []int{0, 1, 898002, -1} {
			e, ok := p.Lookup(code)
			assert.False(t, ok, "%s %d", p, code)
			assert.Equal(t, codes.Entry{Code: code, Category: codes.Unknown, Action: codes.Report}, e)
			_, err := json.Marshal(e)
			assert.NoError(t, err)
		}
		assert.Empty(t, p.Entries())
	}
}

// Every code of every platform is found at its own entry, whatever the hash
// slots it shares with others.
func TestLookupFindsEveryCode(t *testing.T) {
	for _, p := range codes.Platforms() {
		for _, e := range p.Entries() {
			got, ok := p.Lookup(e.Code)
			require.True(t, ok, "%s %d", p, e.Code)
			assert.Equal(t, e, got)
		}
	}
}

func TestEntryString(t *testing.T) {
	for _, tt := range []struct {
		p    codes.Platform
		code int
		want string
	}{
		{codes.JMessageServer, 898002, "jmessage/server 898002: No such user"},
		{codes.JMessageServer, 7100001, "jmessage/server 7100001: notify target is null or target logout"},
		{codes.JMessageServer, 899070, "jmessage/server 899070: 添加的好友已经存在好友列表中"}, // no English
		{codes.JMessageServer, 123, "jmessage/server 123: unknown code"},
		{codes.EasemobWeb4, -1, "easemob/web4 -1: REQUEST_TIMEOUT"},
		{codes.JMRTC, 872001, "jmessage/jmrtc 872001: Can not send %s signaling message . state error. cur state is %s."},
		{codes.Platform(0), 1, "imcodes 1: unknown code"},
	} {
		e, _ := tt.p.Lookup(tt.code)
		assert.Equal(t, tt.want, e.String())
	}
	assert.Equal(t, "imcodes 0: unknown code", codes.Entry{}.String(), "the zero Entry is not a success")
}

func TestEntriesAreCopies(t *testing.T) {
	a := codes.JMRTC.Entries()
	a[0].Name = "Changed"
	assert.Equal(t, "Success", codes.JMRTC.Entries()[0].Name)
	assert.Empty(t, codes.Platform(0).Entries())
}
