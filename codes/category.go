package codes

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/internal/vocab"
)

// Category is the vendor-neutral class of a failure, numbered exactly like
// google.rpc.Code (and so like google.golang.org/grpc/codes), which lets it
// convert to gRPC codes and HTTP statuses.
//
// A Category is also an error value so that it can be the target of
// errors.Is: errors.Is(err, codes.NotFound) holds for every coded error of
// that category on any platform, through any wrapping.
type Category uint8

// The categories, with the meaning they carry in this catalog.
const (
	// OK is not an error: the vendor's success code (0 on most platforms).
	OK Category = vocab.OK
	// Canceled means the operation was cancelled, usually by the caller.
	Canceled Category = vocab.Canceled
	// Unknown means the vendor gives no information to classify the failure.
	Unknown Category = vocab.Unknown
	// InvalidArgument means the request is wrong whatever the state of the
	// system: a malformed parameter, name or message. Fix the request.
	InvalidArgument Category = vocab.InvalidArgument
	// DeadlineExceeded means the operation timed out; it may have happened.
	// Retry with back-off.
	DeadlineExceeded Category = vocab.DeadlineExceeded
	// NotFound means a user, group, chat room, message or file does not exist.
	NotFound Category = vocab.NotFound
	// AlreadyExists means what the caller tried to create or add is already
	// there: a user, a friend, a group member, a setting.
	AlreadyExists Category = vocab.AlreadyExists
	// PermissionDenied means the caller is known but not allowed to do this:
	// not an admin, blacklisted, muted.
	PermissionDenied Category = vocab.PermissionDenied
	// ResourceExhausted means a quota or a rate limit was hit: too many
	// groups, a full room, messages sent too fast. A rate limit's action is
	// RetryLater; a quota's is not. (A request that is itself too large is
	// InvalidArgument.)
	ResourceExhausted Category = vocab.ResourceExhausted
	// FailedPrecondition means the system is not in the state the operation
	// needs: SDK not initialised, caller not a member, message too old to
	// recall. Fix the state (initialise, join) before trying again.
	FailedPrecondition Category = vocab.FailedPrecondition
	// Aborted means the operation was abandoned because of a concurrent
	// conflict; retrying the whole sequence can succeed.
	Aborted Category = vocab.Aborted
	// OutOfRange means a value is past a valid range.
	OutOfRange Category = vocab.OutOfRange
	// Unimplemented means the operation is not supported on this target.
	Unimplemented Category = vocab.Unimplemented
	// Internal means the vendor's service or SDK broke an invariant.
	Internal Category = vocab.Internal
	// Unavailable means the service or the network is unavailable right now.
	// Retry with back-off.
	Unavailable Category = vocab.Unavailable
	// DataLoss means data was lost or corrupted.
	DataLoss Category = vocab.DataLoss
	// Unauthenticated means the caller's credentials or session are missing,
	// invalid or expired, including not being logged in: log in again, or fix
	// the app key and secret.
	Unauthenticated Category = vocab.Unauthenticated
)

// Valid reports whether c is one of the 17 categories.
func (c Category) Valid() bool { return int(c) < len(vocab.Categories) }

// String returns the canonical CamelCase name, such as "NotFound", or
// "Category(N)" for an invalid value.
func (c Category) String() string {
	if c.Valid() {
		return vocab.Categories[c].Name
	}
	return "Category(" + strconv.Itoa(int(c)) + ")"
}

// Error makes a Category usable as an errors.Is target; it returns the name.
func (c Category) Error() string { return c.String() }

// HTTPStatus returns the status a server answers with for a failure of this
// category, the mapping used by grpc-gateway and the google.rpc.Code
// documentation: 400, 401, 403, 404, 409, 429, 499, 500, 501, 503 or 504, and
// 200 for OK. An invalid category gives 500.
func (c Category) HTTPStatus() int {
	if c.Valid() {
		return vocab.Categories[c].Status
	}
	return 500
}

// ParseCategory returns the category named s, such as "NotFound", in any
// case, as [ParsePlatform] and [ParseAction] match theirs.
func ParseCategory(s string) (Category, error) {
	if n, ok := nameIndex(s, vocab.CategoryNames()); ok {
		return Category(n), nil
	}
	return 0, fmt.Errorf("codes: unknown category %q (valid: %s)", s, strings.Join(vocab.CategoryNames(), ", "))
}

// MarshalText encodes c as its canonical name.
func (c Category) MarshalText() ([]byte, error) {
	if !c.Valid() {
		return nil, fmt.Errorf("codes: cannot marshal invalid %v", c)
	}
	return []byte(vocab.Categories[c].Name), nil
}

// UnmarshalText decodes a category from what [ParseCategory] accepts or
// from its number.
func (c *Category) UnmarshalText(text []byte) error {
	n, err := parseText(text, 0, len(vocab.Categories), func(s string) (int, error) {
		v, err := ParseCategory(s)
		return int(v), err
	})
	if err == nil {
		*c = Category(n)
	}
	return err
}

// UnmarshalJSON decodes a category from a JSON string (see
// [Category.UnmarshalText]) or a JSON number.
func (c *Category) UnmarshalJSON(data []byte) error {
	return unmarshalJSONText(data, c)
}
