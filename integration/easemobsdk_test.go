package integration

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	emsdk "github.com/opdss/go-easemob-im-server-sdk/easemob"
	"github.com/opdss/go-easemob-im-server-sdk/request"
	"github.com/opdss/go-easemob-im-server-sdk/user"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
)

// withDefaultTransport sets http.DefaultClient's Transport for the test:
// the Easemob SDK sends every request through http.DefaultClient.
func withDefaultTransport(t *testing.T, rt http.RoundTripper) {
	old := http.DefaultClient.Transport
	http.DefaultClient.Transport = rt
	t.Cleanup(func() { http.DefaultClient.Transport = old })
}

// newSDK returns the Easemob SDK for srv, with a second endpoint that it
// would switch to if it took an error for a network failure.
func newSDK(t *testing.T, srv *httptest.Server) *emsdk.Easemob {
	em, err := emsdk.NewEasemob(request.Config{
		Endpoints: []string{srv.URL, "http://127.0.0.1:9"},
		OrgName:   "org", AppName: "app", ClientId: "YXA6id", ClientSecret: "YXA6secret",
		TokenTTL: 3600, ChangeEndpointInterval: 0,
	})
	require.NoError(t, err)
	return em
}

// The Easemob SDK drops the status and Retry-After, and rotates endpoints
// on what it takes for network errors. With the one line
//
//	http.DefaultClient.Transport = &easemob.Transport{}
//
// every scenario gives the library's error through the SDK's return, and
// the SDK does not rotate.
func TestEasemobSDK(t *testing.T) {
	withDefaultTransport(t, &easemob.Transport{})
	ctx := context.Background()
	for _, s := range easemobScenarios {
		srv, answered := serve(t, s)
		em := newSDK(t, srv)
		var err error
		if s.status == 400 {
			_, err = em.User().BatchRegistry(ctx, []*user.RegisterReq{{Username: "hxtest1", Password: "p"}, {Username: "hxtest2", Password: "p"}})
		} else {
			_, err = em.User().Register(ctx, &user.RegisterReq{Username: "hxtest1", Password: "p"})
		}
		check(t, s, err)
		assert.Equal(t, 1, *answered, s.name)
		assert.Equal(t, srv.URL, em.Config().Endpoints[0], "%s: the SDK did not switch endpoints", s.name)
	}
}

// A 401 from the token endpoint through the SDK: the credentials were
// refused, FixSetup, so that no loop logs in again.
func TestEasemobSDKTokenRefused(t *testing.T) {
	withDefaultTransport(t, &easemob.Transport{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.Copy(io.Discard, r.Body)
		w.WriteHeader(401)
		_, _ = io.WriteString(w, `{"error":"unauthorized","error_description":"Unable to authenticate (OAuth)"}`)
	}))
	defer srv.Close()
	_, err := newSDK(t, srv).User().Register(context.Background(), &user.RegisterReq{Username: "a", Password: "p"})
	assert.Equal(t, codes.FixSetup, codes.ActionOf(err))
	assert.Equal(t, 401, codes.ResponseOf(err).Status)
	assert.Contains(t, codes.ResponseOf(err).URL, "/org/app/token")
}
