package imcodes_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
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
	nat      = codes.EasemobNative
)

func TestClearCases(t *testing.T) {
	for _, tt := range []struct {
		what     string
		category codes.Category
		action   codes.Action
		codes    []pc
	}{
		{"success", codes.OK, codes.None, []pc{{jweb, 0}, {jandroid, 0}, {jrtc, 0}, {em, 0}, {nat, 0}}},

		{"timeouts", codes.DeadlineExceeded, codes.Retry, []pc{{jandroid, 871201}, {jrtc, 872002}, {em, -1}, {em, 512}, {em, 513}, {em, 514}, {nat, 301}, {nat, 350}, {nat, 512}}},
		{"busy servers", codes.Unavailable, codes.Retry, []pc{{jserver, 898030}, {jserver, 899030}, {jweb, 882005}, {em, 500}, {nat, 302}}},
		{"network loss", codes.Unavailable, codes.Retry, []pc{{jandroid, 871102}, {jandroid, 871310}, {jrtc, 872102}, {jserver, 803002}, {em, 510}, {em, 999}, {jios, 860016}, {jios, 860015}, {jrtc, 871001}, {em, 304}, {nat, 2}, {nat, 300}, {nat, 304}}},
		// The Easemob demos reconnect on 16.
		{"WebSocket disconnected", codes.Unavailable, codes.Retry, []pc{{em, 16}}},
		{"a concurrent conflict that resolves", codes.Aborted, codes.Retry, []pc{{em, 1102}}},
		// Logging in twice is a state of the session, not a conflict that a
		// retry resolves.
		{"already logged in, or logging in", codes.FailedPrecondition, codes.FixRequest, []pc{{jweb, 880107}, {jweb, 880109}, {em, 208}, {nat, 200}}},

		{"rate limits", codes.ResourceExhausted, codes.RetryLater, []pc{{jweb, 880209}, {jserver, 800017}, {jserver, 803010}, {em, 509}, {nat, 502}, {nat, 509}}},
		{"hard quotas", codes.ResourceExhausted, codes.FixRequest, []pc{{jweb, 880403}, {jweb, 881508}, {jserver, 808003}, {jserver, 810008}, {jserver, 851006}, {em, 606}, {em, 607}, {em, 704}, {jserver, 818005}, {jserver, 7130004}, {jserver, 7132005}, {em, 214}, {nat, 214}, {nat, 604}, {nat, 704}}},
		// None of these lifts by waiting: RetryLater would loop.
		{"paid quotas of the app", codes.ResourceExhausted, codes.FixSetup, []pc{{jserver, 7100006}, {em, 50}, {nat, 4}, {nat, 8}, {nat, 1112}}},

		{"app credentials", codes.Unauthenticated, codes.FixSetup, []pc{{jweb, 880101}, {jweb, 880102}, {jserver, 800003}, {jserver, 898009}, {jserver, 899007}, {jserver, 899008}, {jserver, 899009}, {jandroid, 871502}, {em, 2}, {em, 27}, {jios, 861100}, {nat, 100}}},
		{"a password the user typed wrong", codes.Unauthenticated, codes.FixRequest, []pc{{jweb, 880104}, {jserver, 801004}, {jserver, 898004}, {nat, 102}}},
		{"expired sessions and not logged in", codes.Unauthenticated, codes.Reauthenticate, []pc{{jweb, 880106}, {jserver, 898010}, {jserver, 800012}, {jserver, 800016}, {jandroid, 871300}, {em, 1}, {em, 28}, {em, 32}, {em, 39}, {em, 40}, {em, 102}, {em, 56}, {jios, 863004}, {jrtc, 871004}, {jrtc, 871005}, {nat, 104}, {nat, 108}, {nat, 201}}},
		// The SDKs' own HTTP calls carry the user's token (898010 is its
		// expiry), never the master secret: their REST twins 899007 and 899008
		// are the app server's setup.
		{"the SDK's HTTP calls without valid user credentials", codes.Unauthenticated, codes.Reauthenticate, []pc{{jserver, 898007}, {jserver, 898008}, {jserver, 898010}}},
		// A user token or an App Key: a new token fixes the first, and the
		// login that gets it reports a wrong App Key with its own code.
		{"REST call with a bad token or App Key (Easemob 4.x)", codes.Unauthenticated, codes.Reauthenticate, []pc{{em, 700}}},
		// jpush/jchat-android sends 800013 to the login screen.
		{"logged out (jchat-android)", codes.Unauthenticated, codes.Reauthenticate, []pc{{jserver, 800013}}},
		// The Easemob demos send these to the login screen; both numberings
		// agree on them.
		{"other device, user removed, password changed, kicked (Easemob demos)", codes.Unauthenticated, codes.Reauthenticate, []pc{{em, 206}, {em, 207}, {em, 216}, {em, 217}, {nat, 206}, {nat, 207}, {nat, 216}, {nat, 217}}},
		// Older SDKs raised 8 for a login elsewhere; the demos send it to the login screen.
		{"logged in elsewhere (older Easemob SDKs)", codes.Unauthenticated, codes.Reauthenticate, []pc{{em, 8}}},

		{"permissions", codes.PermissionDenied, codes.FixRequest, []pc{{jweb, 880402}, {jweb, 880614}, {jweb, 880207}, {jweb, 880212}, {jserver, 800020}, {jserver, 803008}, {jserver, 803012}, {em, 52}, {em, 603}, {em, 219}, {nat, 210}, {nat, 215}, {nat, 603}}},
		{"permissions of the app", codes.PermissionDenied, codes.FixSetup, []pc{{jserver, 898011}, {jserver, 899020}, {em, 57}, {nat, 305}}},
		// The user grants the microphone and camera on the device; the app
		// asks again and tells the user, no operator can.
		{"a device permission the user denied", codes.PermissionDenied, codes.FixRequest, []pc{{jrtc, 872105}}},

		{"missing users", codes.NotFound, codes.FixRequest, []pc{{jweb, 880103}, {jweb, 880203}, {jserver, 898002}, {jserver, 899002}, {jserver, 803003}, {jandroid, 871105}, {em, 204}, {jweb, 880301}, {jweb, 881603}, {jserver, 810005}, {nat, 204}}},
		{"missing groups and rooms", codes.NotFound, codes.FixRequest, []pc{{jweb, 880204}, {jweb, 881503}, {jserver, 800018}, {jserver, 899081}, {jserver, 847003}, {jandroid, 871323}, {em, 605}, {em, 705}, {em, 1300}, {jserver, 899051}, {jserver, 809001}, {jserver, 7130005}, {jserver, 7132004}, {jweb, 880501}, {jweb, 881601}, {jios, 868002}, {jios, 866004}, {em, 1400}, {nat, 606}, {nat, 705}, {nat, 1400}}},
		{"duplicates", codes.AlreadyExists, codes.FixRequest, []pc{{jweb, 880607}, {jweb, 880610}, {jweb, 881302}, {jserver, 898001}, {jserver, 899001}, {jserver, 805002}, {jserver, 859001}, {jrtc, 872003}, {em, 601}, {em, 1101}, {em, 1301}, {jserver, 818004}, {jserver, 7130002}, {jserver, 7132006}, {jserver, 856003}, {jserver, 899052}, {jrtc, 871008}, {jweb, 880302}, {nat, 203}, {nat, 601}, {nat, 701}}},
		{"bad arguments", codes.InvalidArgument, codes.FixRequest, []pc{{jweb, 880002}, {jserver, 898003}, {jserver, 899003}, {jandroid, 871301}, {em, -3}, {em, 205}, {jrtc, 871003}, {jrtc, 872005}, {jios, 863001}, {nat, 110}, {nat, 101}}},
		{"messages too large", codes.InvalidArgument, codes.FixRequest, []pc{{jweb, 880206}, {jserver, 803007}, {jandroid, 871302}, {em, 511}, {nat, 510}}},
		{"not a member", codes.FailedPrecondition, codes.FixRequest, []pc{{jweb, 880205}, {jserver, 800019}, {jserver, 803005}, {em, 602}, {jios, 865004}, {jserver, 809002}, {jweb, 881605}, {nat, 602}, {nat, 702}}},
		// A group or room in a state that no member's permission changes.
		{"disabled groups", codes.FailedPrecondition, codes.FixRequest, []pc{{em, 608}, {nat, 607}}},
		// Calling again is the caller's choice: an automatic retry would ring
		// the callee again and again.
		{"busy or offline callee", codes.FailedPrecondition, codes.FixRequest, []pc{{nat, 801}, {nat, 802}}},
		{"recall too late", codes.FailedPrecondition, codes.FixRequest, []pc{{jweb, 881401}, {jserver, 855001}, {em, 504}, {nat, 504}}},

		// The caller asked for it: nothing to retry, report or set up.
		{"cancellations", codes.Canceled, codes.FixRequest, []pc{{jandroid, 871327}, {em, -4}, {jios, 865011}, {jios, 865012}, {nat, 1704}}},

		{"unsupported operations", codes.Unimplemented, codes.FixRequest, []pc{{jandroid, 871326}, {jweb, 880611}, {jserver, 859002}, {em, 53}, {nat, 111}}},
		{"services not enabled", codes.Unimplemented, codes.FixSetup, []pc{{jserver, 898031}, {em, 505}, {nat, 505}, {nat, 1111}}},
		// Initialising is the app's own startup code, not a fault of the request.
		{"SDK not initialised", codes.FailedPrecondition, codes.FixSetup, []pc{{jandroid, 871308}, {jrtc, 872106}, {jrtc, 872004}, {jrtc, 871006}}},
		// The push registration: the console, the package and the device's
		// IMEI, which the SDK reads, not the request.
		{"console and device configuration", codes.FailedPrecondition, codes.FixSetup, []pc{{jandroid, 871501}, {jandroid, 871503}, {jandroid, 871505}, {jandroid, 871506}}},

		{"internal errors", codes.Internal, codes.Report, []pc{{jweb, 882001}, {jserver, 898000}, {jserver, 899000}, {jserver, 800009}, {jandroid, 871104}, {jrtc, 872104}, {em, 800}, {jios, 861000}, {jios, 861004}, {em, 55}, {nat, 3}, {nat, 309}}},
		// The app's own callback threw: log it for its developers.
		{"the app's own callback failed", codes.Internal, codes.Report, []pc{{em, 31}, {em, 604}}},
		// A media file the SDK stored is gone or broken; the caller's own
		// missing upload file is 864005, NotFound.
		{"lost or broken data", codes.DataLoss, codes.Report, []pc{{jios, 864002}, {jios, 864003}, {jios, 864007}, {em, 203}, {nat, 306}}},
		{"unknown failures", codes.Unknown, codes.Report, []pc{{jweb, 880001}, {jandroid, 871103}, {jrtc, 872101}, {em, -2}, {em, 17}, {em, 503}, {jios, 869999}, {jrtc, 871007}, {em, 409}, {nat, 409}, {nat, 1}, {nat, 303}}},
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
	codes.NotFound:           {codes.FixRequest},
	codes.AlreadyExists:      {codes.FixRequest},
	codes.PermissionDenied:   {codes.FixRequest, codes.FixSetup},
	codes.ResourceExhausted:  {codes.RetryLater, codes.FixRequest, codes.FixSetup},
	codes.FailedPrecondition: {codes.FixRequest, codes.FixSetup},
	codes.Aborted:            {codes.Retry},
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
			assert.Equal(t, codes.Unauthenticated, e.Category, id("Reauthenticate only for a lost session"))
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
		{nat, 7}:       codes.FixRequest, // a partial success: the failed items say why
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

// The Easemob REST API's decisions that a second review changed: each
// classified as a response from the service would be.
func TestEasemobRESTDecisions(t *testing.T) {
	for _, tt := range []struct {
		what     string
		status   int
		body     string
		category codes.Category
		action   codes.Action
	}{
		// The app cannot add a full-text index; the query must change.
		{"contains on a field without an index", 500, `{"error":"no_full_text_index","error_description":"Entity user with property named username is not full text indexed"}`, codes.InvalidArgument, codes.FixRequest},
		// The numeric code is more specific than the reason that comes with it.
		{"thread service not enabled", 403, `{"error":"group_error","error_description":"thread not open.","error_code":40000}`, codes.Unimplemented, codes.FixSetup},
		{"voice-to-text quota of the plan", 403, `{"error":"forbidden","error_code":4031002}`, codes.ResourceExhausted, codes.FixSetup},
	} {
		err := easemob.ParseResponse(tt.status, []byte(tt.body))
		assert.Equal(t, tt.category, codes.CategoryOf(err), tt.what)
		assert.Equal(t, tt.action, codes.ActionOf(err), tt.what)
	}
}
