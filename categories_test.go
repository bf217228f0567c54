package imcodes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// The categories and actions are decided by hand in overrides.txt. These are
// the clear cases, reviewed here so that a slip there shows, and the rules
// that hold over the whole catalog.

type pc struct {
	p    codes.Platform
	code int
}

const (
	jweb     = codes.JMessageWeb
	jserver  = codes.JMessageServer
	jandroid = codes.JMessageAndroid
	jrtc     = codes.JMRTC
	em       = codes.EasemobWeb4
	jios     = codes.JMessageIOS
)

// easemobLoginScreen are the codes that the Easemob demos answer by sending
// the user to the login screen: the session is gone, whatever the category.
var easemobLoginScreen = map[int]bool{206: true, 207: true, 216: true, 217: true}

func TestClearCases(t *testing.T) {
	for _, tt := range []struct {
		what     string
		category codes.Category
		action   codes.Action
		codes    []pc
	}{
		{"success", codes.OK, codes.None, []pc{{jweb, 0}, {jandroid, 0}, {jrtc, 0}, {em, 0}}},

		{"timeouts", codes.DeadlineExceeded, codes.Retry, []pc{{jandroid, 871201}, {jrtc, 872002}, {em, -1}, {em, 512}, {em, 513}, {em, 514}}},
		{"busy servers", codes.Unavailable, codes.Retry, []pc{{jserver, 898030}, {jserver, 899030}, {jweb, 882005}, {em, 500}}},
		{"network loss", codes.Unavailable, codes.Retry, []pc{{jandroid, 871102}, {jandroid, 871310}, {jrtc, 872102}, {jserver, 803002}, {em, 510}, {em, 999}, {jios, 860016}, {jios, 860015}, {jrtc, 871001}, {em, 304}}},
		// The Easemob demos reconnect on 16.
		{"WebSocket disconnected", codes.Unavailable, codes.Retry, []pc{{em, 16}}},
		{"a concurrent conflict that resolves", codes.Aborted, codes.Retry, []pc{{em, 1102}}},
		{"a second login while one is in progress", codes.Aborted, codes.FixRequest, []pc{{jweb, 880109}}},

		{"rate limits", codes.ResourceExhausted, codes.RetryLater, []pc{{jweb, 880209}, {jserver, 800017}, {jserver, 803010}, {em, 509}}},
		{"hard quotas", codes.ResourceExhausted, codes.FixRequest, []pc{{jweb, 880403}, {jweb, 881508}, {jserver, 808003}, {jserver, 810008}, {jserver, 851006}, {em, 606}, {em, 607}, {em, 704}, {jserver, 818005}, {jserver, 7130004}, {jserver, 7132005}, {em, 214}}},
		{"paid quotas of the app", codes.ResourceExhausted, codes.FixSetup, []pc{{jserver, 7100006}, {em, 50}}},

		{"app credentials", codes.Unauthenticated, codes.FixSetup, []pc{{jweb, 880101}, {jweb, 880102}, {jserver, 800003}, {jserver, 898007}, {jserver, 898008}, {jserver, 898009}, {jserver, 899007}, {jserver, 899008}, {jserver, 899009}, {jandroid, 871502}, {em, 2}, {em, 700}, {jios, 861100}}},
		{"a password the user typed wrong", codes.Unauthenticated, codes.FixRequest, []pc{{jweb, 880104}, {jserver, 801004}, {jserver, 898004}}},
		{"expired sessions and not logged in", codes.Unauthenticated, codes.Reauthenticate, []pc{{jweb, 880106}, {jserver, 898010}, {jserver, 800012}, {jserver, 800016}, {jandroid, 871300}, {em, 1}, {em, 28}, {em, 32}, {em, 39}, {em, 40}, {em, 102}, {em, 56}, {jios, 863004}, {jrtc, 871004}, {jrtc, 871005}}},
		// jpush/jchat-android sends 800013 to the login screen.
		{"logged out (jchat-android)", codes.Unauthenticated, codes.Reauthenticate, []pc{{jserver, 800013}}},
		// The Easemob demos send these to the login screen.
		{"other device, password changed, kicked (Easemob demos)", codes.Unauthenticated, codes.Reauthenticate, []pc{{em, 206}, {em, 216}, {em, 217}}},
		{"user removed (Easemob demos)", codes.NotFound, codes.Reauthenticate, []pc{{em, 207}}},
		// Older SDKs raised 8 for a login elsewhere; the demos send it to the login screen.
		{"logged in elsewhere (older Easemob SDKs)", codes.Unauthenticated, codes.Reauthenticate, []pc{{em, 8}}},

		{"permissions", codes.PermissionDenied, codes.FixRequest, []pc{{jweb, 880402}, {jweb, 880614}, {jweb, 880207}, {jweb, 880212}, {jserver, 800020}, {jserver, 803008}, {jserver, 803012}, {em, 52}, {em, 603}, {em, 219}}},
		{"permissions of the app", codes.PermissionDenied, codes.FixSetup, []pc{{jserver, 898011}, {jserver, 899020}, {jrtc, 872105}}},

		{"missing users", codes.NotFound, codes.FixRequest, []pc{{jweb, 880103}, {jweb, 880203}, {jserver, 898002}, {jserver, 899002}, {jserver, 803003}, {jandroid, 871105}, {em, 204}, {jweb, 880301}, {jweb, 881603}, {jserver, 810005}}},
		{"missing groups and rooms", codes.NotFound, codes.FixRequest, []pc{{jweb, 880204}, {jweb, 881503}, {jserver, 800018}, {jserver, 899081}, {jserver, 847003}, {jandroid, 871323}, {em, 605}, {em, 705}, {em, 1300}, {jserver, 899051}, {jserver, 809001}, {jserver, 7130005}, {jserver, 7132004}, {jweb, 880501}, {jweb, 881601}, {jios, 868002}, {jios, 866004}, {em, 1400}}},
		{"duplicates", codes.AlreadyExists, codes.FixRequest, []pc{{jweb, 880607}, {jweb, 880610}, {jweb, 881302}, {jserver, 898001}, {jserver, 899001}, {jserver, 805002}, {jserver, 859001}, {jrtc, 872003}, {em, 601}, {em, 1101}, {em, 1301}, {jserver, 818004}, {jserver, 7130002}, {jserver, 7132006}, {jserver, 856003}, {jserver, 899052}, {jrtc, 871008}, {jweb, 880302}}},
		{"bad arguments", codes.InvalidArgument, codes.FixRequest, []pc{{jweb, 880002}, {jserver, 898003}, {jserver, 899003}, {jandroid, 871301}, {em, -3}, {em, 205}, {jrtc, 871003}, {jrtc, 872005}, {jios, 863001}}},
		{"messages too large", codes.InvalidArgument, codes.FixRequest, []pc{{jweb, 880206}, {jserver, 803007}, {jandroid, 871302}, {em, 511}}},
		{"not a member", codes.FailedPrecondition, codes.FixRequest, []pc{{jweb, 880205}, {jserver, 800019}, {jserver, 803005}, {em, 602}, {jios, 865004}, {jserver, 809002}, {jweb, 881605}}},
		{"recall too late", codes.FailedPrecondition, codes.FixRequest, []pc{{jweb, 881401}, {jserver, 855001}, {em, 504}}},

		// The caller asked for it: nothing to retry, report or set up.
		{"cancellations", codes.Canceled, codes.FixRequest, []pc{{jandroid, 871327}, {em, -4}, {jios, 865011}, {jios, 865012}}},

		{"unsupported operations", codes.Unimplemented, codes.FixRequest, []pc{{jandroid, 871326}, {jweb, 880611}, {jserver, 859002}, {em, 53}}},
		{"services not enabled", codes.Unimplemented, codes.FixSetup, []pc{{jserver, 898031}, {em, 505}}},
		// Initialising is the app's own startup code, not a fault of the request.
		{"SDK not initialised", codes.FailedPrecondition, codes.FixSetup, []pc{{jandroid, 871308}, {jrtc, 872106}, {jrtc, 872004}, {jrtc, 871006}}},
		{"console and app key configuration", codes.FailedPrecondition, codes.FixSetup, []pc{{jandroid, 871501}, {jandroid, 871503}, {jandroid, 871505}, {em, 27}}},

		{"internal errors", codes.Internal, codes.Report, []pc{{jweb, 882001}, {jserver, 898000}, {jserver, 899000}, {jserver, 800009}, {jandroid, 871104}, {jrtc, 872104}, {em, 800}, {jios, 861000}, {jios, 861004}, {em, 55}}},
		{"unknown failures", codes.Unknown, codes.Report, []pc{{jweb, 880001}, {jandroid, 871103}, {jrtc, 872101}, {em, -2}, {em, 17}, {em, 503}, {jios, 869999}, {jrtc, 871007}}},
	} {
		for _, c := range tt.codes {
			e, ok := c.p.Lookup(c.code)
			require.True(t, ok, "%s %d", c.p, c.code)
			assert.Equal(t, tt.category, e.Category, "%s: %s %d %q", tt.what, c.p, c.code, e.Message)
			assert.Equal(t, tt.action, e.Action, "%s: %s %d %q", tt.what, c.p, c.code, e.Message)
		}
	}
}

func TestActionNamesAndRetryable(t *testing.T) {
	for _, tt := range []struct {
		a         codes.Action
		name      string
		retryable bool
	}{
		{codes.None, "None", false},
		{codes.Retry, "Retry", true},
		{codes.RetryLater, "RetryLater", true},
		{codes.Reauthenticate, "Reauthenticate", false},
		{codes.FixRequest, "FixRequest", false},
		{codes.FixSetup, "FixSetup", false},
		{codes.Report, "Report", false},
	} {
		assert.Equal(t, tt.name, tt.a.String())
		assert.Equal(t, tt.retryable, tt.a.Retryable(), tt.name)
	}
}

// actionsOf lists the actions each category allows in the catalog; an entry
// outside its category's list is a slip in overrides.txt, or a new decision
// that must be argued there and added here.
var actionsOf = map[codes.Category][]codes.Action{
	codes.OK:                 {codes.None},
	codes.Canceled:           {codes.FixRequest},
	codes.Unknown:            {codes.Report, codes.FixRequest},
	codes.InvalidArgument:    {codes.FixRequest, codes.FixSetup},
	codes.DeadlineExceeded:   {codes.Retry},
	codes.NotFound:           {codes.FixRequest, codes.Reauthenticate},
	codes.AlreadyExists:      {codes.FixRequest},
	codes.PermissionDenied:   {codes.FixRequest, codes.FixSetup},
	codes.ResourceExhausted:  {codes.RetryLater, codes.FixRequest, codes.FixSetup},
	codes.FailedPrecondition: {codes.FixRequest, codes.FixSetup},
	codes.Aborted:            {codes.Retry, codes.FixRequest},
	codes.Unimplemented:      {codes.FixRequest, codes.FixSetup},
	codes.Internal:           {codes.Report},
	codes.Unavailable:        {codes.Retry},
	codes.Unauthenticated:    {codes.Reauthenticate, codes.FixSetup, codes.FixRequest},
	codes.DataLoss:           {codes.Report},
}

func TestActionFitsCategory(t *testing.T) {
	entries := imcodes.Entries()
	require.NotEmpty(t, entries)
	for _, e := range entries {
		assert.Contains(t, actionsOf[e.Category], e.Action, "%s %d (%s): %v with %v", e.Platform, e.Code, e.Name, e.Category, e.Action)
	}
}

func TestActionInvariants(t *testing.T) {
	for _, e := range imcodes.Entries() {
		id := func(rule string) string {
			return e.String() + " (" + e.Name + "): " + rule + ", got " + e.Category.String() + " " + e.Action.String()
		}
		assert.Equal(t, e.Category == codes.OK, e.Action == codes.None, id("None exactly for success"))
		if e.Action == codes.Retry {
			assert.Contains(t, []codes.Category{codes.DeadlineExceeded, codes.Unavailable, codes.Aborted}, e.Category, id("Retry only for transient failures"))
		}
		if e.Category == codes.DeadlineExceeded || e.Category == codes.Unavailable {
			assert.Equal(t, codes.Retry, e.Action, id("timeouts and unavailability are retried"))
		}
		if e.Action == codes.RetryLater {
			assert.Equal(t, codes.ResourceExhausted, e.Category, id("RetryLater only for rate limits"))
		}
		if e.Action == codes.Reauthenticate {
			assert.True(t, e.Category == codes.Unauthenticated || (e.Platform == em && easemobLoginScreen[e.Code]), id("Reauthenticate only for a lost session"))
		}
		if e.Category == codes.Internal {
			assert.Equal(t, codes.Report, e.Action, id("internal errors are reported"))
		}
		if e.Action == codes.Report {
			assert.Contains(t, []codes.Category{codes.Internal, codes.Unknown, codes.DataLoss}, e.Category, id("Report only where the vendor failed"))
		}
		// Among the credentials, only a password the user typed is the
		// request's fault; the app key, secret and signature are the setup's.
		if e.Category == codes.Unauthenticated {
			wrongPassword := strings.HasSuffix(e.Name, "WrongPassword") || e.Message == "INVALID_PASSWORD"
			assert.Equal(t, wrongPassword, e.Action == codes.FixRequest, id("FixRequest exactly for a wrong password"))
		}
	}
}

// An Unknown code is reported unless the vendor says more; these are the
// codes where it does.
func TestUnknownIsReportedUnlessTheVendorSaysMore(t *testing.T) {
	saysMore := map[pc]codes.Action{
		{jweb, 882002}: codes.FixRequest, // every failure it lists is the request's
		{em, 101}:      codes.FixRequest, // the one cause named is a file too large
	}
	for k, action := range saysMore {
		e, ok := k.p.Lookup(k.code)
		require.True(t, ok, "%s %d", k.p, k.code)
		assert.Equal(t, codes.Unknown, e.Category, "%s %d", k.p, k.code)
		assert.Equal(t, action, e.Action, "%s %d", k.p, k.code)
	}
	for _, e := range imcodes.Entries() {
		if _, ok := saysMore[pc{e.Platform, e.Code}]; e.Category == codes.Unknown && !ok {
			assert.Equal(t, codes.Report, e.Action, "%s %d (%s)", e.Platform, e.Code, e.Name)
		}
	}
}
