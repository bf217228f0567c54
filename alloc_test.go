package imcodes_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/web4"
	"github.com/imcodes/imcodes/jmessage/server"
)

// The paths a program takes on every failure allocate nothing. (Their speed is
// measured by the benchmarks in bench_test.go, not by tests.)
func TestErrorPathsDoNotAllocate(t *testing.T) {
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", server.NoSuchUser))
	var (
		ok bool
		e  codes.Entry
		c  codes.Category
		a  codes.Action
	)
	for name, f := range map[string]func(){
		"Code.Entry":                  func() { e = server.NoSuchUser.Entry() },
		"Code.Entry miss":             func() { e = server.Code(1).Entry() },
		"errors.Is constant":          func() { ok = errors.Is(wrapped, server.NoSuchUser) },
		"errors.Is other constant":    func() { ok = errors.Is(wrapped, server.UserExists) },
		"errors.Is category":          func() { ok = errors.Is(wrapped, codes.NotFound) },
		"errors.Is other category":    func() { ok = errors.Is(wrapped, codes.Unavailable) },
		"errors.Is constant of other": func() { ok = errors.Is(wrapped, web4.UserNotFound) },
		"CategoryOf":                  func() { c = codes.CategoryOf(wrapped) },
		"ActionOf":                    func() { a = codes.ActionOf(wrapped) },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
	_, _, _, _ = ok, e, c, a
}
