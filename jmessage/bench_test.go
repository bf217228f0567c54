package jmessage_test

import (
	"encoding/json"
	"testing"

	"github.com/imcodes/imcodes/jmessage"
)

// BenchmarkParseResponse decodes the common error body beside the way other
// Go clients do it, json.Unmarshal into a plain struct, in the same run:
//
//	go test -run '^$' -bench ParseResponse -count 10 ./jmessage ./easemob | tee decode.txt
//	benchstat -col /impl decode.txt
//
// code=known is a code of the catalog, code=unknown one it lacks.
func BenchmarkParseResponse(b *testing.B) {
	for _, bm := range []struct{ name, body string }{
		{"code=known", `{"error":{"code":899008,"message":"Basic authentication failed"}}`},
		{"code=unknown", `{"error":{"code":899999,"message":"Basic authentication failed"}}`},
	} {
		body := []byte(bm.body)
		b.Run(bm.name+"/impl=imcodes", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				sinkErr = jmessage.ParseResponse(401, body)
			}
		})
		b.Run(bm.name+"/impl=unmarshal", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				var v struct {
					Error struct {
						Code    int    `json:"code"`
						Message string `json:"message"`
					} `json:"error"`
				}
				sinkErr = json.Unmarshal(body, &v)
				sinkCode = v.Error.Code
			}
		})
	}
}

var (
	sinkErr  error
	sinkCode int
)

// The common error body decodes with at most six allocations, hit or miss.
func TestParseResponseAllocations(t *testing.T) {
	for _, body := range [][]byte{
		[]byte(`{"error":{"code":899008,"message":"Basic authentication failed"}}`),
		[]byte(`{"error":{"code":899999,"message":"Basic authentication failed"}}`),
	} {
		if n := testing.AllocsPerRun(100, func() { sinkErr = jmessage.ParseResponse(401, body) }); n > 6 {
			t.Errorf("%s: %v allocations", body, n)
		}
	}
}
