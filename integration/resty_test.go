package integration

import (
	"testing"

	"github.com/go-resty/resty/v2"
	"github.com/stretchr/testify/assert"

	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/jmessage"
)

// Through resty, which reads the body before the caller sees the response,
// one OnAfterResponse hook gives the library's error for each scenario;
// a JMessage 401 with 899008 stays FixSetup, not a re-login.
func TestResty(t *testing.T) {
	for vendor, tt := range map[string]struct {
		scenarios []scenario
		check     func(*resty.Client, *resty.Response) error
	}{
		"easemob": {easemobScenarios, func(_ *resty.Client, r *resty.Response) error {
			return easemob.CheckResponseBody(r.RawResponse, r.Body())
		}},
		"jmessage": {jmessageScenarios, func(_ *resty.Client, r *resty.Response) error {
			return jmessage.CheckResponseBody(r.RawResponse, r.Body())
		}},
	} {
		client := resty.New().OnAfterResponse(tt.check)
		for _, s := range tt.scenarios {
			srv, answered := serve(t, s)
			_, err := client.R().SetBody(`[{"username":"dev_fang"}]`).Post(srv.URL + "/org/app/users")
			check(t, s, err)
			assert.Equal(t, 1, *answered, "%s %s", vendor, s.name)
		}
	}
}
