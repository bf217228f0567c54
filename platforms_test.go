package imcodes_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/web4"
	"github.com/imcodes/imcodes/jmessage/android"
	"github.com/imcodes/imcodes/jmessage/ios"
	"github.com/imcodes/imcodes/jmessage/jmrtc"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/jmessage/web"
)

// The generated packages behave the same way; these tests go through each.

// platformPackage is what every generated package offers, seen through its
// codes.
type platformPackage struct {
	platform codes.Platform
	code     codes.Coded // a known code that is an error
	unknown  error       // a Code of the package that the catalog lacks
	success  error       // the package's success code, or nil if it has none
}

var packages = []platformPackage{
	{codes.JMessageWeb, web.UserNotFound, web.Code(1), web.Success},
	{codes.JMessageServer, server.NoSuchUser, server.Code(123), nil},
	{codes.JMessageAndroid, android.NetworkUnavailable, android.Code(-7), android.Success},
	{codes.JMRTC, jmrtc.StateTimeout, jmrtc.Code(872999), jmrtc.Success},
	{codes.EasemobWeb4, web4.WebIMConnctionUserLoginAnotherDevice, web4.Code(-99), web4.RequestSuccess},
	{codes.JMessageIOS, ios.UserNotLoggedIn, ios.Code(1), nil},
}

// code is the method set of every package's Code type.
type code interface {
	codes.Coded
	Entry() codes.Entry
	Err() error
}

func TestPlatformPackages(t *testing.T) {
	for _, pkg := range packages {
		t.Run(pkg.platform.String(), func(t *testing.T) {
			c := pkg.code.(code)
			p, n, ok := c.PlatformCode()
			assert.True(t, ok)
			assert.Equal(t, pkg.platform, p)
			e, ok := p.Lookup(n)
			require.True(t, ok)
			assert.Equal(t, e, c.Entry())
			assert.Equal(t, fmt.Sprintf("%s %d: %s", p, n, e.Message), c.Error())
			assert.Equal(t, c, c.Err(), "a failure code is its own error")

			// An unknown code is still a useful error, and says it is unknown.
			u := pkg.unknown.(code)
			_, un, _ := u.PlatformCode()
			assert.Equal(t, fmt.Sprintf("%s %d: unknown code", p, un), u.Error())
			assert.ErrorIs(t, u, codes.Unknown)
			assert.Equal(t, codes.Entry{Platform: p, Code: un, Category: codes.Unknown, Action: codes.Report}, u.Entry())
			assert.Equal(t, codes.Report, codes.ActionOf(u))
			assert.Equal(t, u, u.Err())

			// No non-nil error carries OK: a success code's Err is nil, and
			// as an error it is not a success.
			if pkg.success != nil {
				s := pkg.success.(code)
				assert.NoError(t, s.Err())
				assert.Equal(t, codes.OK, s.Entry().Category)
				assert.NotErrorIs(t, s, codes.OK)
				assert.ErrorIs(t, s, codes.Unknown)
				assert.Equal(t, codes.Unknown, codes.CategoryOf(s))
			}

			// errors.Is: itself and its category, through wrapping.
			wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", c))
			assert.ErrorIs(t, wrapped, c)
			assert.ErrorIs(t, wrapped, e.Category)
			assert.ErrorIs(t, errors.Join(errors.New("other"), wrapped), e.Category)
			for cat := codes.OK; cat.Valid(); cat++ {
				if cat != e.Category {
					assert.NotErrorIs(t, wrapped, cat)
				}
			}
			assert.NotErrorIs(t, wrapped, pkg.unknown)
			assert.Equal(t, e.Action, codes.ActionOf(wrapped))

			// And wire errors with the same code, both ways.
			wire := codes.NewError(p, n)
			assert.ErrorIs(t, wrapped, wire)
			assert.ErrorIs(t, wire, c)
			assert.NotErrorIs(t, codes.NewError(p, n+1), c)

			var as codes.Coded
			require.ErrorAs(t, wrapped, &as)
			assert.Equal(t, pkg.code, as)
		})
	}
}

func TestCodesOfOtherPlatformsDoNotMatch(t *testing.T) {
	assert.NotErrorIs(t, web.Success, android.Success, "0 on two platforms")
	assert.NotErrorIs(t, web.Success, web4.RequestSuccess)
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
		{web4.WebIMConnctionOpenError, "WebIMConnctionOpenError"},
		{web4.RESTParamsStatus, "RESTParamsStatus"},
		{web4.LocalDBOperationFailed, "LocalDBOperationFailed"},
		{web4.SDKRuntimeError, "SDKRuntimeError"},
	} {
		p, n, _ := tt.err.PlatformCode()
		e, ok := p.Lookup(n)
		require.True(t, ok)
		assert.Equal(t, tt.name, e.Name, "%s %d", p, n)
	}
	assert.Equal(t, server.Code(898002), server.NoSuchUser)
	assert.Equal(t, web4.Code(-1), web4.RequestTimeout)
	assert.Equal(t, web4.RequestSuccess, web4.WebIMConnctionUserNotAssignError, "0's second SDK name")
	assert.Equal(t, server.Code(899008), server.RESTBasicAuthFailed)
}
