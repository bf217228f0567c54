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
		switch r := rng.IntN(50); {
		case r == 0:
			k, _ = bw.WriteString(coded[rng.IntN(len(coded))])
		case r < 20:
			k, _ = fmt.Fprintf(bw, "INFO  [worker-%d] req=%08x-%04x uid=%d msg_id=%d from 10.%d.%d.%d:%d took %dms size=%d status=200 path=/v1/users/%d/messages",
				rng.IntN(16), rng.Uint32(), rng.IntN(1<<16), 100000+rng.IntN(900000), rng.Int64N(1e12),
				rng.IntN(256), rng.IntN(256), rng.IntN(256), 1024+rng.IntN(60000), rng.IntN(2000), rng.IntN(1<<20), rng.IntN(1e6))
		case r < 35:
			k, _ = fmt.Fprintf(bw, "DEBUG [pool-%d-thread-%d] c.e.im.MessageService - delivered message %d to group %d (%d members), queue depth %d, retry %d of 3",
				1+rng.IntN(4), 1+rng.IntN(32), rng.Int64N(1e12), 10000+rng.IntN(90000), rng.IntN(500), rng.IntN(100), rng.IntN(3))
		case r < 45:
			k, _ = fmt.Fprintf(bw, "INFO  access 10.%d.%d.%d - - [20/Nov/2026:10:%02d:%02d +0800] \"POST /v1/messages?appkey=%x HTTP/1.1\" %d %d \"-\" \"okhttp/4.%d.%d\" 0.%03d",
				rng.IntN(256), rng.IntN(256), rng.IntN(256), rng.IntN(60), rng.IntN(60), rng.Uint64(), 200+rng.IntN(3)*100, rng.IntN(1e5), rng.IntN(12), rng.IntN(10), rng.IntN(1000))
		default:
			k, _ = fmt.Fprintf(bw, "WARN  [main] c.e.im.Session - heartbeat late by %d ms for session %08x, reconnecting (attempt %d)\n\tat com.example.im.Client.send(Client.java:%d)",
				rng.IntN(5000), rng.Uint32(), 1+rng.IntN(5), 10+rng.IntN(900))
		}
		n += int64(k)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
		n++
	}
	return bw.Flush()
}
