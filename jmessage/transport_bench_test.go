package jmessage_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/imcodes/imcodes/jmessage"
)

// BenchmarkTransport is a call through the Transport beside the same call
// through the bare transport, in one run, as BENCHMARKS.md reports it:
//
//	go test -run '^$' -bench Transport -count 10 ./jmessage ./easemob > transport.txt
//	benchstat -col /impl transport.txt
//
// Each call reads the body to its end and closes it, or gets the error.
// 2xx=batch100KB is a batch array whose items all succeeded: the one kind of
// success body that JMessage must read to decide.
func BenchmarkTransport(b *testing.B) {
	user := `{"username":"dev_fang","nickname":"Fang","ctime":"2026-12-01 08:00:00"}`
	for _, bm := range []struct {
		name   string
		status int
		header map[string]string
		body   string
	}{
		{"2xx=small", 200, nil, user},
		{"2xx=100KB", 200, nil, `{"total":1400,"users":[` + strings.TrimSuffix(strings.Repeat(user+",", 1400), ",") + `]}`},
		{"2xx=batch100KB", 201, nil, `[` + strings.TrimSuffix(strings.Repeat(`{"username":"dev_fang"},`, 4300), ",") + `]`},
		{"429", 429, map[string]string{"Retry-After": "5"}, `{"error":{"code":800017,"message":"Request frequency exceeds limit"}}`},
	} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
			for k, v := range bm.header {
				w.Header().Set(k, v)
			}
			w.WriteHeader(bm.status)
			_, _ = io.WriteString(w, bm.body)
		}))
		base := srv.Client().Transport
		for _, impl := range []struct {
			name string
			rt   http.RoundTripper
		}{{"bare", base}, {"wrapped", &jmessage.Transport{Base: base}}} {
			b.Run(bm.name+"/impl="+impl.name, func(b *testing.B) {
				client := &http.Client{Transport: impl.rt}
				b.ReportAllocs()
				b.SetBytes(int64(len(bm.body)))
				for b.Loop() {
					resp, err := client.Get(srv.URL + "/v1/users/")
					if err != nil {
						sinkErr = err
						continue
					}
					_, _ = io.Copy(io.Discard, resp.Body)
					_ = resp.Body.Close()
				}
			})
		}
		srv.Close()
	}
}
