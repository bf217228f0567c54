package imcodes_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/jmessage/android"
	"github.com/imcodes/imcodes/jmessage/jmrtc"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/jmessage/web"
)

// The generated packages behave the same way; these tests go through each.

// platformPackage is what every generated package offers, seen through one of
// its codes.
type platformPackage struct {
	platform codes.Platform
	code     codes.Coded // a known code
	lookup   func(int) (codes.Entry, bool)
	all      func() []codes.Entry
	unknown  error // a Code of the package that the catalog lacks
}

var packages = []platformPackage{
	{codes.JMessageWeb, web.UserNotFound, web.Lookup, web.All, web.Code(1)},
	{codes.JMessageServer, server.NoSuchUser, server.Lookup, server.All, server.Code(123)},
	{codes.JMessageAndroid, android.NetworkUnavailable, android.Lookup, android.All, android.Code(-7)},
	{codes.JMRTC, jmrtc.StateTimeout, jmrtc.Lookup, jmrtc.All, jmrtc.Code(872999)},
	{codes.Easemob, easemob.WebIMConnctionUserLoginAnotherDevice, easemob.Lookup, easemob.All, easemob.Code(-99)},
}

func TestPlatformPackages(t *testing.T) {
	for _, pkg := range packages {
		t.Run(pkg.platform.String(), func(t *testing.T) {
			p, n, ok := pkg.code.PlatformCode()
			assert.True(t, ok)
			assert.Equal(t, pkg.platform, p)
			e, ok := pkg.lookup(n)
			require.True(t, ok)
			assert.Equal(t, pkg.platform.ErrorString(n), pkg.code.Error())
			assert.Equal(t, fmt.Sprintf("%s %d: %s", p, n, e.Message), pkg.code.Error())
			assert.Equal(t, pkg.platform.Entries(), pkg.all())

			entry := pkg.code.(interface{ Entry() (codes.Entry, bool) })
			got, ok := entry.Entry()
			assert.True(t, ok)
			assert.Equal(t, e, got)

			// An unknown code is still a useful error.
			_, un, _ := pkg.unknown.(codes.Coded).PlatformCode()
			assert.Equal(t, fmt.Sprintf("%s %d: unknown code", p, un), pkg.unknown.Error())
			assert.True(t, errors.Is(pkg.unknown, codes.Unknown))
			_, ok = pkg.unknown.(interface{ Entry() (codes.Entry, bool) }).Entry()
			assert.False(t, ok)

			// errors.Is: itself and its category, through wrapping.
			wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", pkg.code))
			assert.ErrorIs(t, wrapped, pkg.code)
			assert.ErrorIs(t, wrapped, e.Category)
			assert.ErrorIs(t, errors.Join(errors.New("other"), wrapped), e.Category)
			for c := codes.OK; c.Valid(); c++ {
				if c != e.Category {
					assert.NotErrorIs(t, wrapped, c)
				}
			}
			assert.NotErrorIs(t, wrapped, pkg.unknown)

			var as codes.Coded
			require.ErrorAs(t, wrapped, &as)
			assert.Equal(t, pkg.code, as)
		})
	}
}

func TestCodesOfOtherPlatformsDoNotMatch(t *testing.T) {
	assert.NotErrorIs(t, web.Success, android.Success, "0 on two platforms")
	assert.NotErrorIs(t, web.Success, easemob.RequestSuccess)
	assert.NotErrorIs(t, server.NoSuchUser, server.RESTNoSuchUser, "same message, other code")
	assert.ErrorIs(t, server.Code(898002), server.NoSuchUser)
}

func TestConstantsAreTheCatalog(t *testing.T) {
	for _, tt := range []struct {
		err  codes.Coded
		name string
	}{
		{server.NoSuchUser, "NoSuchUser"},
		{server.RESTBasicAuthFailed, "RESTBasicAuthFailed"},
		{web.AppKeyNotFound, "AppKeyNotFound"},
		{web.Code(881002), "MemberNotFound"}, // deprecated: the current page dropped it
		{android.SDKNotInitialized, "SDKNotInitialized"},
		{jmrtc.InvalidSignalingState, "InvalidSignalingState"},
		{easemob.WebIMConnctionOpenError, "WebIMConnctionOpenError"},
		{easemob.RESTParamsStatus, "RESTParamsStatus"},
		{easemob.LocalDBOperationFailed, "LocalDBOperationFailed"},
		{easemob.SDKRuntimeError, "SDKRuntimeError"},
	} {
		p, n, _ := tt.err.PlatformCode()
		e, ok := p.Lookup(n)
		require.True(t, ok)
		assert.Equal(t, tt.name, e.Name, "%s %d", p, n)
	}
	assert.Equal(t, server.Code(898002), server.NoSuchUser)
	assert.Equal(t, easemob.Code(-1), easemob.RequestTimeout)
	assert.Equal(t, server.Code(899008), server.RESTBasicAuthFailed)
}
