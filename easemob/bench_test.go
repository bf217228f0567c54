package easemob_test

import (
	"encoding/json"
	"testing"

	"github.com/imcodes/imcodes/easemob"
)

// BenchmarkParseResponse decodes the common REST error body beside
// json.Unmarshal into a plain struct, the way other Go clients do it, in the
// same run (see jmessage's BenchmarkParseResponse for the command).
// reason=known is a reason the vendor documents, reason=unknown one it does
// not.
func BenchmarkParseResponse(b *testing.B) {
	for _, bm := range []struct{ name, body string }{
		{"reason=known", `{"error":"service_resource_not_found","exception":"org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException","timestamp":1542350943000,"duration":0,"error_description":"Service resource not found"}`},
		{"reason=unknown", `{"error":"service_resource_gone","exception":"org.apache.usergrid.services.exceptions.ServiceResourceNotFoundException","timestamp":1542350943000,"duration":0,"error_description":"Service resource not found"}`},
	} {
		body := []byte(bm.body)
		b.Run(bm.name+"/impl=imcodes", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				sinkErr = easemob.ParseResponse(404, body)
			}
		})
		b.Run(bm.name+"/impl=unmarshal", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				var v struct {
					Error       string `json:"error"`
					Exception   string `json:"exception"`
					Description string `json:"error_description"`
					Timestamp   int64  `json:"timestamp"`
					Duration    int64  `json:"duration"`
				}
				sinkErr = json.Unmarshal(body, &v)
				sinkReason = v.Error
			}
		})
	}
}

var (
	sinkErr    error
	sinkReason string
)

// The common error body decodes with at most six allocations, hit or miss.
func TestParseResponseAllocations(t *testing.T) {
	for _, body := range [][]byte{
		[]byte(`{"error":"service_resource_not_found","exception":"x","timestamp":1542350943000,"duration":0,"error_description":"Service resource not found"}`),
		[]byte(`{"error":"service_resource_gone","exception":"x","timestamp":1542350943000,"duration":0,"error_description":"Service resource not found"}`),
	} {
		if n := testing.AllocsPerRun(100, func() { sinkErr = easemob.ParseResponse(404, body) }); n > 6 {
			t.Errorf("%s: %v allocations", body, n)
		}
	}
}
