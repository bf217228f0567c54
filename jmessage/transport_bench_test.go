package jmessage_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/imcodes/imcodes/jmessage"
)

// BenchmarkTransport is a call through the Transport beside the same call
// through the bare transport, in one run, as BENCHMARKS.md reports it:
//
//	go test -run '^$' -bench Transport -count 10 ./jmessage ./easemob > transport.txt
//	benchstat -filter '.unit:(bare-ns/op OR wrapped-ns/op OR wrapped/bare)' transport.txt
//
// The two calls alternate in each iteration, so that the load of a shared
// machine weighs on both alike; the metrics are each one's time and their
// ratio (allocations are the pair's). Each call reads the body to its end
// and closes it, or gets the error.
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
		bare := &http.Client{Transport: base}
		wrapped := &http.Client{Transport: &jmessage.Transport{Base: base}}
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			var tBare, tWrapped time.Duration
			for b.Loop() {
				t0 := time.Now()
				get(bare, srv.URL+"/v1/users/")
				t1 := time.Now()
				get(wrapped, srv.URL+"/v1/users/")
				tBare, tWrapped = tBare+t1.Sub(t0), tWrapped+time.Since(t1)
			}
			b.ReportMetric(float64(tBare.Nanoseconds())/float64(b.N), "bare-ns/op")
			b.ReportMetric(float64(tWrapped.Nanoseconds())/float64(b.N), "wrapped-ns/op")
			b.ReportMetric(float64(tWrapped)/float64(tBare), "wrapped/bare")
		})
		srv.Close()
	}
}

// get makes one call and reads the response to its end.
func get(client *http.Client, url string) {
	resp, err := client.Get(url)
	if err != nil {
		sinkErr = err
		return
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
}
