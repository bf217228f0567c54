package easemob_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/imcodes/imcodes/easemob"
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
// Easemob sends errors with failure statuses only, so no success body is
// read to decide.
func BenchmarkTransport(b *testing.B) {
	user := `{"uuid":"4759aa70-eba5-11e8-925f-6fa0510823ba","type":"user","created":1542795196504,"modified":1542795196504,"username":"alice","activated":true}`
	for _, bm := range []struct {
		name   string
		status int
		header map[string]string
		body   string
	}{
		{"2xx=small", 200, nil, `{"action":"get","entities":[` + user + `],"timestamp":1542795196504,"duration":0}`},
		{"2xx=100KB", 200, nil, `{"action":"get","entities":[` + strings.TrimSuffix(strings.Repeat(user+",", 720), ",") + `],"count":720}`},
		{"429", 429, map[string]string{"Retry-After": "5"}, `{"error":"reach_limit","exception":"EasemobRateLimitException","timestamp":1542350943000,"duration":0,"error_description":"This request has reached api limit"}`},
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
		wrapped := &http.Client{Transport: &easemob.Transport{Base: base}}
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			var tBare, tWrapped time.Duration
			for b.Loop() {
				t0 := time.Now()
				get(bare, srv.URL+"/org/app/users")
				t1 := time.Now()
				get(wrapped, srv.URL+"/org/app/users")
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
