package codes_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/imcodes/imcodes/codes"
)

// testCode is a Coded error of a platform's code, like the platform
// packages' Code types.
type testCode struct {
	p    codes.Platform
	code int
}

func (c testCode) Error() string                             { return "test code" }
func (c testCode) PlatformCode() (codes.Platform, int, bool) { return c.p, c.code, true }

// noCode is a Coded error that carries no number.
type noCode struct{}

func (noCode) Error() string                             { return "no code" }
func (noCode) PlatformCode() (codes.Platform, int, bool) { return codes.EasemobWeb4, 0, false }

func TestCategoryOfAndActionOf(t *testing.T) {
	for _, tt := range []struct {
		name     string
		err      error
		category codes.Category
		action   codes.Action
	}{
		{"nil", nil, codes.OK, codes.None},
		{"plain", errors.New("dial: connection refused"), codes.Unknown, codes.Report},
		{"coded", testCode{codes.JMessageServer, 898010}, codes.Unauthenticated, codes.Reauthenticate},
		{"wrapped", fmt.Errorf("a: %w", fmt.Errorf("b: %w", testCode{codes.EasemobWeb4, 509})), codes.ResourceExhausted, codes.RetryLater},
		{"joined, first coded wins", errors.Join(errors.New("x"), testCode{codes.JMessageServer, 898002}, testCode{codes.EasemobWeb4, 509}), codes.NotFound, codes.FixRequest},
		{"success code as an error", testCode{codes.EasemobWeb4, 0}, codes.Unknown, codes.Report},
		{"unknown code", testCode{codes.JMessageServer, 1}, codes.Unknown, codes.Report},
		{"invalid platform", testCode{codes.Platform(99), 898002}, codes.Unknown, codes.Report},
		{"no number", fmt.Errorf("x: %w", noCode{}), codes.Unknown, codes.Report},
		{"a category", fmt.Errorf("x: %w", codes.Unavailable), codes.Unavailable, codes.Retry},
		{"OK as an error", codes.OK, codes.Unknown, codes.Report},
		{"status only", codes.NewStatusError(codes.EasemobWeb4, 429), codes.ResourceExhausted, codes.RetryLater},
	} {
		assert.Equal(t, tt.category, codes.CategoryOf(tt.err), tt.name)
		assert.Equal(t, tt.action, codes.ActionOf(tt.err), tt.name)
	}
}

// Classifying an error walks its chain without allocating.
func TestClassifyDoesNotAllocate(t *testing.T) {
	err := fmt.Errorf("outer: %w", errors.Join(errors.New("x"), fmt.Errorf("inner: %w", codes.NewError(codes.JMessageServer, 898002))))
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = codes.CategoryOf(err)
		_ = codes.ActionOf(err)
	}))
}

// delegating is a Code type whose Is calls (*codes.Error).Is, as the
// generated Code types of the platform packages do: the rules of matching
// live in one place.
type delegating struct{ testCode }

func (c delegating) Is(target error) bool { return codes.NewError(c.p, c.code).Is(target) }

// A success code sent as an error is no success, wherever it is classified:
// through CategoryOf, through errors.Is with a category, and through a Code
// type's Is.
func TestSuccessCodeAsError(t *testing.T) {
	for name, err := range map[string]error{
		"coded":     testCode{codes.EasemobWeb4, 0},
		"delegated": delegating{testCode{codes.EasemobWeb4, 0}},
		"wire":      codes.NewError(codes.EasemobWeb4, 0),
		"wrapped":   fmt.Errorf("x: %w", codes.NewError(codes.JMessageServer, 0)),
	} {
		assert.Equal(t, codes.Unknown, codes.CategoryOf(err), name)
		assert.Equal(t, codes.Report, codes.ActionOf(err), name)
		assert.NotErrorIs(t, err, codes.OK, name)
		if name != "coded" { // a Coded error without an Is method is only compared
			assert.ErrorIs(t, err, codes.Unknown, name)
		}
	}
	d := delegating{testCode{codes.JMessageServer, 898002}}
	assert.ErrorIs(t, d, codes.NotFound)
	assert.ErrorIs(t, d, codes.NewError(codes.JMessageServer, 898002))
	assert.NotErrorIs(t, d, codes.NewError(codes.JMessageWeb, 898002))
}

// codes.NewError(p, code).Is(target), what a Code type's Is calls, does not
// allocate: the *Error stays on the caller's stack.
func TestDelegatedIsDoesNotAllocate(t *testing.T) {
	d := delegating{testCode{codes.JMessageServer, 898002}}
	target := codes.NewError(codes.JMessageServer, 898002)
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = d.Is(codes.NotFound)
		_ = d.Is(target)
		_ = d.Is(codes.Unavailable)
	}))
}
