package imcodes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// The categories and retry advice are decided by hand in overrides.txt. These
// are the clear cases, reviewed here so that a slip there shows.

type pc struct {
	p    codes.Platform
	code int
}

const (
	jweb     = codes.JMessageWeb
	jserver  = codes.JMessageServer
	jandroid = codes.JMessageAndroid
	jrtc     = codes.JMRTC
	em       = codes.Easemob
)

func TestClearCategories(t *testing.T) {
	for _, tt := range []struct {
		what      string
		category  codes.Category
		retryable bool
		codes     []pc
	}{
		{"success", codes.OK, false, []pc{{jweb, 0}, {jandroid, 0}, {jrtc, 0}, {em, 0}}},
		{"timeouts", codes.DeadlineExceeded, true, []pc{{jandroid, 871201}, {jrtc, 872002}, {em, -1}, {em, 512}}},
		{"busy servers", codes.Unavailable, true, []pc{{jserver, 898030}, {jserver, 899030}, {jweb, 882005}, {em, 500}}},
		{"network loss", codes.Unavailable, true, []pc{{jandroid, 871102}, {jandroid, 871310}, {jrtc, 872102}, {em, 16}, {em, 510}}},
		{"rate limits", codes.ResourceExhausted, true, []pc{{jweb, 880209}, {jserver, 800017}, {jserver, 803010}, {em, 509}}},
		{"quotas", codes.ResourceExhausted, false, []pc{{jweb, 880403}, {jserver, 808003}, {jserver, 810008}, {jserver, 851006}, {jserver, 7100006}, {em, 50}, {em, 606}, {em, 704}}},
		{"bad credentials", codes.Unauthenticated, false, []pc{{jweb, 880102}, {jweb, 880104}, {jserver, 898008}, {jserver, 899008}, {jserver, 899007}, {jserver, 801004}, {em, 2}, {em, 700}}},
		{"expired sessions and not logged in", codes.Unauthenticated, true, []pc{{jweb, 880106}, {jserver, 898010}, {jserver, 800012}, {jserver, 800013}, {jandroid, 871300}, {em, 28}, {em, 32}}},
		{"permissions", codes.PermissionDenied, false, []pc{{jweb, 880402}, {jweb, 880614}, {jweb, 880207}, {jweb, 880212}, {jserver, 800020}, {jserver, 803008}, {jserver, 803012}, {jrtc, 872105}, {em, 52}, {em, 603}, {em, 219}}},
		{"missing users", codes.NotFound, false, []pc{{jweb, 880103}, {jweb, 880203}, {jserver, 898002}, {jserver, 899002}, {jserver, 803003}, {jandroid, 871105}, {em, 204}}},
		{"missing groups and rooms", codes.NotFound, false, []pc{{jweb, 880204}, {jweb, 881503}, {jserver, 800018}, {jserver, 899081}, {jserver, 847003}, {jandroid, 871323}, {em, 605}, {em, 705}, {em, 1300}}},
		{"duplicates", codes.AlreadyExists, false, []pc{{jweb, 880607}, {jweb, 880610}, {jweb, 881302}, {jserver, 898001}, {jserver, 899001}, {jserver, 805002}, {jserver, 859001}, {jrtc, 872003}, {em, 601}, {em, 1101}, {em, 1301}}},
		{"cancellations", codes.Canceled, false, []pc{{jandroid, 871327}, {em, -4}}},
		{"unsupported operations", codes.Unimplemented, false, []pc{{jandroid, 871326}, {jweb, 880611}, {jserver, 859002}, {em, 53}, {em, 505}}},
		{"SDK not initialised", codes.FailedPrecondition, false, []pc{{jandroid, 871308}, {jrtc, 872106}, {jrtc, 872004}}},
		{"bad arguments", codes.InvalidArgument, false, []pc{{jweb, 880002}, {jserver, 898003}, {jserver, 899003}, {jandroid, 871301}, {em, -3}, {em, 205}}},
		{"not a member", codes.FailedPrecondition, false, []pc{{jweb, 880205}, {jserver, 800019}, {jserver, 803005}, {em, 602}}},
	} {
		for _, c := range tt.codes {
			e, ok := c.p.Lookup(c.code)
			require.True(t, ok, "%s %d", c.p, c.code)
			assert.Equal(t, tt.category, e.Category, "%s: %s %d %q", tt.what, c.p, c.code, e.Message)
			assert.Equal(t, tt.retryable, e.Retryable, "%s: %s %d retryable", tt.what, c.p, c.code)
			assert.Equal(t, tt.category.HTTPStatus(), e.HTTPStatus, "%s: %s %d", tt.what, c.p, c.code)
		}
	}
}

// Retryable follows from the category in the catalog: only transient
// categories, or a session that logging in again restores, are retryable.
func TestRetryableOnlyWhereItCanHelp(t *testing.T) {
	for _, e := range imcodes.All() {
		if !e.Retryable {
			continue
		}
		switch e.Category {
		case codes.DeadlineExceeded, codes.Unavailable, codes.ResourceExhausted, codes.Unauthenticated, codes.Aborted:
		default:
			t.Errorf("%s %d (%s) is retryable but %v", e.Platform, e.Code, e.Name, e.Category)
		}
		if e.Category == codes.OK {
			t.Errorf("%s %d: success is not retryable", e.Platform, e.Code)
		}
	}
	for _, e := range imcodes.All() {
		if e.Category == codes.DeadlineExceeded || e.Category == codes.Unavailable {
			assert.True(t, e.Retryable, "%s %d %s: transient failures are retryable", e.Platform, e.Code, e.Name)
		}
	}
}
