package integration

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/imcodes/imcodes/codes"
)

// scenario is a response a vendor's REST API (or a proxy in front of it)
// sends, and what the caller must get from it: the action, the category,
// the HTTP status and the wait.
type scenario struct {
	name     string
	status   int
	header   map[string]string
	body     string
	action   codes.Action
	category codes.Category
	wait     time.Duration // with Retry-After; 0 and asked false without
}

// asked reports whether the scenario's response asks for a wait.
func (s scenario) asked() bool { return s.header["Retry-After"] != "" }

// nginx502 is the page a proxy in front of either API sends.
const nginx502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"

// easemobScenarios are the Easemob REST API's six.
var easemobScenarios = []scenario{
	{"401 unauthorized", 401, nil,
		`{"error":"unauthorized","exception":"UnauthorizedException","timestamp":1542350943000,"duration":0,"error_description":"Unable to authenticate (OAuth)"}`,
		codes.Reauthenticate, codes.Unauthenticated, 0},
	{"429 reach_limit, Retry-After 7", 429, map[string]string{"Retry-After": "7"},
		`{"error":"reach_limit","exception":"EasemobRateLimitException","timestamp":1542350943000,"duration":0,"error_description":"This request has reached api limit"}`,
		codes.RetryLater, codes.ResourceExhausted, 7 * time.Second},
	{"404 service_resource_not_found", 404, nil,
		`{"error":"service_resource_not_found","exception":"UserNotFoundException","timestamp":1542350943000,"duration":0,"error_description":"Service resource not found"}`,
		codes.FixRequest, codes.NotFound, 0},
	{"502 nginx page", 502, map[string]string{"Content-Type": "text/html"}, nginx502,
		codes.Retry, codes.Unavailable, 0},
	{"429 empty body, Retry-After 3", 429, map[string]string{"Retry-After": "3"}, ``,
		codes.RetryLater, codes.ResourceExhausted, 3 * time.Second},
	{"400 duplicate_unique_property_exists (batch register)", 400, nil,
		`{"error":"duplicate_unique_property_exists","exception":"DuplicateUniquePropertyExistsException","timestamp":1542350943000,"duration":0,"error_description":"Application null Entity user requires that property named username be unique, value of hxtest1 exists"}`,
		codes.FixRequest, codes.AlreadyExists, 0},
}

// jmessageScenarios are the JMessage REST API's seven; the last is a batch
// with one failed item.
var jmessageScenarios = []scenario{
	{"401 899008", 401, nil, `{"error":{"code":899008,"message":"Basic authentication failed"}}`,
		codes.FixSetup, codes.Unauthenticated, 0},
	{"429 800017, Retry-After 5", 429, map[string]string{"Retry-After": "5"}, `{"error":{"code":800017,"message":"Request frequency exceeds limit"}}`,
		codes.RetryLater, codes.ResourceExhausted, 5 * time.Second},
	{"400 899003", 400, nil, `{"error":{"code":899003,"message":"parameter invalid"}}`,
		codes.FixRequest, codes.InvalidArgument, 0},
	{"403 899002", 403, nil, `{"error":{"code":899002,"message":"user not exist"}}`,
		codes.FixRequest, codes.NotFound, 0},
	{"502 nginx page", 502, map[string]string{"Content-Type": "text/html"}, nginx502,
		codes.Retry, codes.Unavailable, 0},
	{"429 empty body, Retry-After 3", 429, map[string]string{"Retry-After": "3"}, ``,
		codes.RetryLater, codes.ResourceExhausted, 3 * time.Second},
	{"201 batch, one item failed", 201, nil, `[{"username":"dev_fang","error":{"code":899001,"message":"user exist"}},{"username":"dev_li"}]`,
		codes.FixRequest, codes.AlreadyExists, 0},
}

// easemobToken is the token endpoint's success.
const easemobToken = `{"access_token":"YWMtWY779DgJEeiOXa8AqZQAAAAAAWBDHT","expires_in":5184000,"application":"8be024f0-e978-11e8-b697-5d598d5f8402"}`

// serve starts a server that sends s for every request (and, for Easemob,
// a token from the token endpoint), and counts the requests s answered.
func serve(t *testing.T, s scenario) (srv *httptest.Server, answered *int) {
	t.Helper()
	n := 0
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		if strings.HasSuffix(r.URL.Path, "/token") {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, easemobToken)
			return
		}
		n++
		for k, v := range s.header {
			w.Header().Set(k, v)
		}
		if s.header["Content-Type"] == "" && s.body != "" {
			w.Header().Set("Content-Type", "application/json;charset=UTF-8")
		}
		w.WriteHeader(s.status)
		_, _ = io.WriteString(w, s.body)
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

// check asserts what the caller gets from err: the scenario's action,
// category, status and wait, each one call away.
func check(t *testing.T, s scenario, err error) {
	t.Helper()
	if !assert.Error(t, err, s.name) {
		return
	}
	assert.Equal(t, s.action, codes.ActionOf(err), "%s: action of %v", s.name, err)
	assert.Equal(t, s.category, codes.CategoryOf(err), "%s: category of %v", s.name, err)
	r := codes.ResponseOf(err)
	assert.Equal(t, s.status, r.Status, "%s: status", s.name)
	assert.Equal(t, s.asked(), r.HasRetryAfter, "%s: whether a wait was asked", s.name)
	assert.Equal(t, s.wait, r.RetryAfter, "%s: wait", s.name)
}
