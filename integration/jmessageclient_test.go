package integration

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/franela/goreq"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	jmclient "github.com/emenwin/jmessage-api-go-client/jmessage"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage"
)

// toServer sends every request to srv: the JMessage client's API host is a
// constant.
type toServer struct{ srv *httptest.Server }

func (s toServer) RoundTrip(req *http.Request) (*http.Response, error) {
	u, _ := url.Parse(s.srv.URL)
	r := req.Clone(req.Context())
	r.URL.Scheme, r.URL.Host, r.Host = u.Scheme, u.Host, ""
	return s.srv.Client().Transport.RoundTrip(r)
}

// withGoreqTransport sets goreq's default client's Transport for the test:
// the JMessage client sends every request through it.
func withGoreqTransport(t *testing.T, rt http.RoundTripper) {
	old := goreq.DefaultClient.Transport
	goreq.DefaultClient.Transport = rt
	t.Cleanup(func() { goreq.DefaultClient.Transport = old })
}

// The JMessage client carries no context, never looks at the status, loses
// a batch's codes and reads a 429 with an empty body as success; goreq
// wraps errors without Unwrap. With one Transport whose OnError keeps the
// error, every scenario gives the library's error, and the client returns
// an error for each.
func TestJMessageClient(t *testing.T) {
	const appKey, secret = "4f7aef34fb361292c566a1cd", "054d6103823a726fc12d0466"
	for _, s := range jmessageScenarios {
		srv, answered := serve(t, s)
		var got error
		withGoreqTransport(t, &jmessage.Transport{Base: toServer{srv}, OnError: func(_ *http.Request, err error) { got = err }})
		client := jmclient.NewJMessageClient(appKey, secret, false)
		var clientErr error
		if s.status == 201 {
			_, clientErr = client.RegisterUsers([]*jmclient.JMUser{{Username: "dev_fang", Password: "p"}, {Username: "dev_li", Password: "p"}})
		} else {
			clientErr = client.UpdatePasswd("dev_fang", "new")
		}
		assert.Error(t, clientErr, "%s: the client returns an error", s.name)
		check(t, s, got)
		assert.Equal(t, 1, *answered, s.name)
		if s.status == 201 {
			var batch *jmessage.BatchError
			require.ErrorAs(t, got, &batch)
			assert.Equal(t, 2, batch.Total)
			require.Len(t, batch.Failed, 1)
			assert.Equal(t, "dev_fang", batch.Failed[0].Fields[0].Value)
		}
	}
}

// Without the library, what the client returns for the same scenarios: an
// empty-body 429 and a batch with a failed item read as success, and an
// error is its own type, which says nothing to act on.
func TestJMessageClientAlone(t *testing.T) {
	const appKey, secret = "4f7aef34fb361292c566a1cd", "054d6103823a726fc12d0466"
	for _, s := range jmessageScenarios {
		srv, _ := serve(t, s)
		withGoreqTransport(t, toServer{srv})
		client := jmclient.NewJMessageClient(appKey, secret, false)
		switch s.name {
		case "429 empty body, Retry-After 3":
			assert.NoError(t, client.UpdatePasswd("dev_fang", "new"), "the client alone misses it")
		case "201 batch, one item failed":
			users, err := client.RegisterUsers([]*jmclient.JMUser{{Username: "dev_fang"}})
			assert.NoError(t, err, "the client alone returns no error: the failed item hides in its result")
			assert.Equal(t, codes.None, codes.ActionOf(err))
			require.Len(t, users, 2)
		case "401 899008":
			err := client.UpdatePasswd("dev_fang", "new")
			assert.Equal(t, codes.Report, codes.ActionOf(err), "the client alone returns its own type: nothing to act on")
		}
	}
}
