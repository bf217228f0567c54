// Package logsample writes realistic application logs for the benchmarks of
// the log scanner: timestamped lines full of numbers that are not codes (ids,
// durations, sizes, addresses, ports, hex request ids), and about one line in
// 50 with a code in one of the shapes real logs carry them.
package logsample

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
)

// coded are the lines with a code.
var coded = []string{
	"ERROR send failed: code=803009 msg=the message contains sensitive word",
	`WARN  rest call: {"error":{"code":899008,"message":"Basic authentication failed"}}`,
	`ERROR onError {"type":206,"message":"user login another device"}`,
	"ERROR login: 871300 not logged in",
	"ERROR im: 错误码：-1 请求超时",
}

// Write writes at least size bytes of log to w, whole lines, the same for the
// same seed.
func Write(w io.Writer, size int64, seed uint64) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	rng := rand.New(rand.NewPCG(seed, 2))
	var n int64
	for n < size {
		k, _ := fmt.Fprintf(bw, "2026-11-%02dT%02d:%02d:%02d.%06dZ ", 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60), rng.IntN(1000000))
		n += int64(k)
		if rng.IntN(50) == 0 {
			k, _ = bw.WriteString(coded[rng.IntN(len(coded))])
		} else {
			k, _ = fmt.Fprintf(bw, "INFO  [worker-%d] req=%08x-%04x uid=%d msg_id=%d from 10.%d.%d.%d:%d took %dms size=%d status=200 path=/v1/users/%d/messages",
				rng.IntN(16), rng.Uint32(), rng.IntN(1<<16), 100000+rng.IntN(900000), rng.Int64N(1e12),
				rng.IntN(256), rng.IntN(256), rng.IntN(256), 1024+rng.IntN(60000), rng.IntN(2000), rng.IntN(1<<20), rng.IntN(1e6))
		}
		n += int64(k)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
		n++
	}
	return bw.Flush()
}
