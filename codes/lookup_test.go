package codes_test

import (
	"errors"
	"fmt"
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
		Platform:    codes.JMessageServer,
		Code:        898002,
		Name:        "NoSuchUser",
		Message:     "No such user",
		Description: "用户不存在",
		Category:    codes.NotFound,
		HTTPStatus:  404,
	}, e)

	for _, code := range []int{0, -5, 1, 898005, 7100003, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64, 1<<32 + 898002} {
		e, ok := codes.JMessageServer.Lookup(code)
		assert.False(t, ok, "%d", code)
		assert.Zero(t, e, "a miss gives the zero Entry: %d", code)
	}
}

// Code 0 exists on four platforms and not on the server; the index keeps the
// zero Entry, whose code is also 0, at index 0 (see lookup.go).
func TestLookupCodeZero(t *testing.T) {
	for _, p := range []codes.Platform{codes.JMessageWeb, codes.JMessageAndroid, codes.JMRTC, codes.Easemob} {
		e, ok := p.Lookup(0)
		assert.True(t, ok, "%s", p)
		assert.Equal(t, p, e.Platform)
		assert.Equal(t, codes.OK, p.Category(0), "%s", p)
	}
	_, ok := codes.JMessageServer.Lookup(0)
	assert.False(t, ok)
	assert.Equal(t, codes.Unknown, codes.JMessageServer.Category(0))
}

// Category and Retryable read the same entries as Lookup.
func TestCategoryAndRetryable(t *testing.T) {
	for _, p := range codes.Platforms() {
		for _, e := range p.Entries() {
			assert.Equal(t, e.Category, p.Category(e.Code), "%s %d", p, e.Code)
			assert.Equal(t, e.Retryable, p.Retryable(e.Code), "%s %d", p, e.Code)
		}
	}
	assert.Equal(t, codes.Unknown, codes.JMessageServer.Category(123))
	assert.False(t, codes.JMessageServer.Retryable(123))
	assert.True(t, codes.JMessageServer.Retryable(800012), "log in again, then retry")
}

// A Platform outside the catalog has no entries, and nothing panics.
func TestInvalidPlatforms(t *testing.T) {
	for _, p := range []codes.Platform{0, codes.Easemob + 1, 7, 255} {
		for _, code := range []int{0, 1, 898002, -1} {
			e, ok := p.Lookup(code)
			assert.False(t, ok, "%s %d", p, code)
			assert.Zero(t, e)
			assert.Equal(t, codes.Unknown, p.Category(code))
			assert.False(t, p.Retryable(code))
		}
		assert.Equal(t, p.String()+" 898002: unknown code", p.ErrorString(898002))
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

func TestErrorString(t *testing.T) {
	for _, tt := range []struct {
		p    codes.Platform
		code int
		want string
	}{
		{codes.JMessageServer, 898002, "jmessage/server 898002: No such user"},
		{codes.JMessageServer, 7100001, "jmessage/server 7100001: notify target is null or target logout"},
		{codes.JMessageServer, 899070, "jmessage/server 899070: 添加的好友已经存在好友列表中"}, // no English
		{codes.JMessageServer, 123, "jmessage/server 123: unknown code"},
		{codes.Easemob, -1, "easemob -1: REQUEST_TIMEOUT"},
		{codes.JMRTC, 872001, "jmessage/jmrtc 872001: Can not send %s signaling message . state error. cur state is %s."},
		{codes.Platform(0), 1, "Platform(0) 1: unknown code"},
	} {
		assert.Equal(t, tt.want, tt.p.ErrorString(tt.code))
	}
}

func TestEntriesAreCopies(t *testing.T) {
	a := codes.JMRTC.Entries()
	a[0].Name = "Changed"
	assert.Equal(t, "Success", codes.JMRTC.Entries()[0].Name)
	assert.Empty(t, codes.Platform(0).Entries())
}

// coded is a Coded error of a test platform, for Match.
type coded struct {
	p    codes.Platform
	code int
}

func (c coded) Error() string                             { return c.p.ErrorString(c.code) }
func (c coded) PlatformCode() (codes.Platform, int, bool) { return c.p, c.code, true }

func TestMatch(t *testing.T) {
	assert.True(t, codes.Match(codes.JMessageServer, 898002, codes.NotFound))
	assert.False(t, codes.Match(codes.JMessageServer, 898002, codes.AlreadyExists))
	assert.True(t, codes.Match(codes.JMessageServer, 123, codes.Unknown), "a code the catalog lacks is Unknown")
	assert.False(t, codes.Match(codes.JMessageServer, 123, codes.OK))

	assert.True(t, codes.Match(codes.JMessageServer, 898002, coded{codes.JMessageServer, 898002}))
	assert.False(t, codes.Match(codes.JMessageServer, 898002, coded{codes.JMessageServer, 898001}))
	assert.False(t, codes.Match(codes.JMessageWeb, 0, coded{codes.Easemob, 0}), "same number, other platform")

	assert.False(t, codes.Match(codes.JMessageServer, 898002, errors.New("no such user")))
	assert.False(t, codes.Match(codes.JMessageServer, 898002, nil))
	assert.False(t, codes.Match(codes.JMessageServer, 898002, fmt.Errorf("wrapped: %w", codes.NotFound)), "targets are not unwrapped")
}
