package logscan

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
)

// scalarChunk is scanChunk without the prefilter and the filter of the
// catalog's numbers: number on every run of digits.
func scalarChunk(data []byte, from, to int, platforms []codes.Platform) []hit {
	var hits []hit
	for i := from; ; {
		if i = nextDigit(data[:to], i); i >= to {
			return hits
		}
		end := digitsEnd(data, i)
		if end-i <= maxDigits {
			hits = number(data, i, end, platforms, hits)
		}
		i = end
	}
}

// The prefilter drops no code that the full tests keep: on text made of the
// bytes the rules look at, scanChunk finds what number finds on every run.
func TestPrefilterDropsNoCode(t *testing.T) {
	pieces := []string{
		"0", "1", "2", "6", "8", "9", "898002", "206", "-1", "0", "7100002", "12345678",
		"code", "type", "errno", "err", "Error", "uid", "msg_id", "ms", " s", "bytes",
		" ", "  ", "\t", "=", ":", "\"", "'", "(", "[", "#", "\\", "-", ".", "/", "_", "x", "Z",
		"\n", "\r", "\x00", "\xff", "错误码", "：", "（", "秒",
		"USER_NOT_FOUND", "WEBIM_CONNCTION_OPEN_ERROR", "EMErrorUserNotFound", "success", "invalid password",
		"报错", "报", "和", "、", "|", ")", "http", "errmsg", "Not Found", "?", "404", "1", "16", "204", "是", "为", " is ", "极光", "环信",
	}
	rng := rand.New(rand.NewPCG(13, 1))
	all := codes.Platforms()
	found := 0
	for range 6000 {
		data := []byte("\n\n")
		for len(data) < 300 {
			data = append(data, pieces[rng.IntN(len(pieces))]...)
		}
		want := scalarChunk(data, 2, len(data), all)
		require.Equal(t, want, scanChunk(data, 2, len(data), all, nil), "%q", data)
		found += len(want)
	}
	require.Greater(t, found, 1000, "the test finds codes")
}
