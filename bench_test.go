package imcodes_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/server"
)

// These benchmarks measure the error paths of a platform package beside a
// plain integer error type without an Is method, the cheapest error a program
// could define:
//
//	go test -run '^$' -bench ErrorsIs -count 10 . | tee errors.txt
//	benchstat -col /err errors.txt

// plainCode is the baseline: an integer error with no methods but Error.
type plainCode int32

func (c plainCode) Error() string { return "plain" }

var sinkBool bool

func BenchmarkErrorsIs(b *testing.B) {
	for _, bm := range []struct {
		name           string
		err, hit, miss error
	}{
		{"err=code", fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", server.NoSuchUser)), server.NoSuchUser, server.UserExists},
		{"err=plain", fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", plainCode(898002))), plainCode(898002), plainCode(898001)},
	} {
		b.Run("op=match/"+bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBool = errors.Is(bm.err, bm.hit)
			}
		})
		b.Run("op=nomatch/"+bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkBool = errors.Is(bm.err, bm.miss)
			}
		})
	}
}

// BenchmarkErrorsIsCategory matches a category through the same chain.
func BenchmarkErrorsIsCategory(b *testing.B) {
	err := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", server.NoSuchUser))
	b.ReportAllocs()
	for b.Loop() {
		sinkBool = errors.Is(err, codes.NotFound)
	}
}
