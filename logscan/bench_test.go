package logscan_test

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/imcodes/imcodes/logscan"
)

// BenchmarkScan measures Scan on 8 MiB of a generated log (timestamps, ids,
// durations, addresses, a code about every 50 lines; internal/logsample) and
// of random bytes, beside a baseline in the same run: impl=runs counts the
// runs of six digits or more with a plain byte loop and nothing else, the
// work of grep -cE '[0-9]{6}' without its line handling. impl=scan is Scan
// on a *bytes.Reader; it runs on one goroutine, so run with -cpu 1.
//
//	go test -run '^$' -bench Scan -cpu 1 -count 10 ./logscan | tee scan.txt
//	benchstat -col /impl scan.txt
func BenchmarkScan(b *testing.B) {
	random := make([]byte, 8<<20)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	for _, in := range []struct {
		name string
		data []byte
	}{
		{"log", genLog(8<<20, 1)},
		{"random", random},
	} {
		b.Run("input="+in.name+"/impl=scan", func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				_ = logscan.Scan(bytes.NewReader(in.data), func(logscan.Match) bool { n++; return true })
			}
			sinkInt = n
		})
		b.Run("input="+in.name+"/impl=runs", func(b *testing.B) {
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			for b.Loop() {
				sinkInt = digitRuns(in.data)
			}
		})
	}
}

var sinkInt int

// digitRuns counts the runs of six digits or more in data.
func digitRuns(data []byte) int {
	n := 0
	for i := 0; i < len(data); {
		for i < len(data) && data[i]-'0' > 9 {
			i++
		}
		start := i
		for i < len(data) && data[i]-'0' <= 9 {
			i++
		}
		if i-start >= 6 {
			n++
		}
	}
	return n
}
