package codes

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/internal/vocab"
)

// Action is what a caller does next about a failure. Every catalog entry has
// one, decided by hand from the meaning of its code; [ActionOf] gives the
// action of any error.
//
// The zero Action is Report: an error that nobody classified is logged and
// reported, never taken for success and never retried in a loop.
type Action uint8

// The actions.
const (
	// Report means the vendor failed in a way the caller cannot fix (an
	// internal error, a failure with nothing to go on): log it and report
	// it; do not retry in a loop.
	Report Action = vocab.Report
	// None means there is nothing to do: a success code, not an error.
	None Action = vocab.None
	// Retry means the failure is transient and the same request can
	// succeed: retry it with back-off.
	Retry Action = vocab.Retry
	// RetryLater means a rate limit or a quota window was hit: wait, for
	// the response's Retry-After when it has one, then retry.
	RetryLater Action = vocab.RetryLater
	// Reauthenticate means the session or token is gone (expired, logged
	// out, kicked by another device, password changed): log in again or
	// refresh the token, then retry.
	Reauthenticate Action = vocab.Reauthenticate
	// FixRequest means the request, or the state it needs, is wrong, and
	// unchanged it can never succeed: fix it, or tell the user.
	FixRequest Action = vocab.FixRequest
	// FixSetup means the application's setup is wrong (app key, secret,
	// permissions, a service not enabled): an operator must act.
	FixSetup Action = vocab.FixSetup
)

// Valid reports whether a is one of the seven actions.
func (a Action) Valid() bool { return int(a) < len(vocab.Actions) }

// String returns the name of a, such as "Reauthenticate", or "Action(N)"
// for an invalid value.
func (a Action) String() string {
	if a.Valid() {
		return vocab.Actions[a].Name
	}
	return "Action(" + strconv.Itoa(int(a)) + ")"
}

// Retryable reports whether the same request can succeed: the action is
// Retry or RetryLater. Reauthenticate is not retryable in this sense: the
// request can only succeed after logging in again.
func (a Action) Retryable() bool { return a == Retry || a == RetryLater }

// Advice tells a developer what to do, in a few words: "retry with
// back-off", "log in again or refresh the token, then retry", and so on. An
// invalid action gets the advice of Report.
func (a Action) Advice() string {
	if a.Valid() {
		return vocab.Actions[a].Advice
	}
	return vocab.Actions[Report].Advice
}

// ParseAction returns the action named s, such as "RetryLater", in any
// case, as [ParsePlatform] and [ParseCategory] match theirs.
func ParseAction(s string) (Action, error) {
	if n, ok := nameIndex(s, vocab.ActionNames()); ok {
		return Action(n), nil
	}
	return 0, fmt.Errorf("codes: unknown action %q (valid: %s)", s, strings.Join(vocab.ActionNames(), ", "))
}

// MarshalText encodes a as its name.
func (a Action) MarshalText() ([]byte, error) {
	if !a.Valid() {
		return nil, fmt.Errorf("codes: cannot marshal invalid %v", a)
	}
	return []byte(vocab.Actions[a].Name), nil
}

// UnmarshalText decodes an action from what [ParseAction] accepts or from
// its number.
func (a *Action) UnmarshalText(text []byte) error {
	n, err := parseText(text, 0, len(vocab.Actions), func(s string) (int, error) {
		v, err := ParseAction(s)
		return int(v), err
	})
	if err == nil {
		*a = Action(n)
	}
	return err
}

// UnmarshalJSON decodes an action from a JSON string (see
// [Action.UnmarshalText]) or a JSON number.
func (a *Action) UnmarshalJSON(data []byte) error {
	return unmarshalJSONText(data, a)
}
