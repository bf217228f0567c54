package imcodes_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/jmessage/server"
)

// The paths a program takes on every failure allocate nothing. (Their speed is
// measured by the benchmarks in bench_test.go, not by tests.)
func TestErrorPathsDoNotAllocate(t *testing.T) {
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", server.NoSuchUser))
	var (
		s  string
		ok bool
		e  codes.Entry
		c  codes.Category
	)
	for name, f := range map[string]func(){
		"Code.Error":                  func() { s = server.NoSuchUser.Error() },
		"Code.Error negative":         func() { s = easemob.RequestTimeout.Error() },
		"Lookup":                      func() { e, ok = server.Lookup(898002) },
		"Lookup miss":                 func() { e, ok = server.Lookup(1) },
		"Code.Entry":                  func() { e, ok = server.NoSuchUser.Entry() },
		"Code.Category":               func() { c = server.NoSuchUser.Category() },
		"Code.Retryable":              func() { ok = server.NoSuchUser.Retryable() },
		"errors.Is constant":          func() { ok = errors.Is(wrapped, server.NoSuchUser) },
		"errors.Is other constant":    func() { ok = errors.Is(wrapped, server.UserExists) },
		"errors.Is category":          func() { ok = errors.Is(wrapped, codes.NotFound) },
		"errors.Is other category":    func() { ok = errors.Is(wrapped, codes.Unavailable) },
		"errors.Is constant of other": func() { ok = errors.Is(wrapped, easemob.UserNotFound) },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
	_, _, _, _ = s, ok, e, c
}
