// Package vocab holds the definitions that package codes and the generator
// both need: the number, name and HTTP status of each category, and the
// number, name and advice of each action. Package codes gives them their
// types and methods; the generator checks the overrides file against them and
// writes them into doc comments. Keeping them here, once, means the two
// cannot drift apart, and the generator still builds when the generated code
// does not (it imports neither codes nor anything generated).
package vocab

// The category numbers, those of google.rpc.Code.
const (
	OK = iota
	Canceled
	Unknown
	InvalidArgument
	DeadlineExceeded
	NotFound
	AlreadyExists
	PermissionDenied
	ResourceExhausted
	FailedPrecondition
	Aborted
	OutOfRange
	Unimplemented
	Internal
	Unavailable
	DataLoss
	Unauthenticated
)

// Categories holds the canonical name of each category and the HTTP status a
// server answers with for it (the mapping of grpc-gateway and the
// google.rpc.Code documentation), indexed by number. The statuses are plain
// numbers so that no HTTP package is linked for them.
var Categories = [...]struct {
	Name   string
	Status int
}{
	OK:                 {"OK", 200},
	Canceled:           {"Canceled", 499}, // nginx's "client closed request", as grpc-gateway maps it
	Unknown:            {"Unknown", 500},
	InvalidArgument:    {"InvalidArgument", 400},
	DeadlineExceeded:   {"DeadlineExceeded", 504},
	NotFound:           {"NotFound", 404},
	AlreadyExists:      {"AlreadyExists", 409},
	PermissionDenied:   {"PermissionDenied", 403},
	ResourceExhausted:  {"ResourceExhausted", 429},
	FailedPrecondition: {"FailedPrecondition", 400},
	Aborted:            {"Aborted", 409},
	OutOfRange:         {"OutOfRange", 400},
	Unimplemented:      {"Unimplemented", 501},
	Internal:           {"Internal", 500},
	Unavailable:        {"Unavailable", 503},
	DataLoss:           {"DataLoss", 500},
	Unauthenticated:    {"Unauthenticated", 401},
}

// The action numbers. Report is zero, so that an action nobody decided reads
// as "log and report", never as success or as something to retry.
const (
	Report = iota
	None
	Retry
	RetryLater
	Reauthenticate
	FixRequest
	FixSetup
)

// Actions holds the name of each action and its advice to a developer, a few
// words in the project's own voice, indexed by number.
var Actions = [...]struct {
	Name   string
	Advice string
}{
	Report:         {"Report", "log it and report it; do not retry in a loop"},
	None:           {"None", "not an error"},
	Retry:          {"Retry", "retry with back-off"},
	RetryLater:     {"RetryLater", "wait (honour Retry-After), then retry"},
	Reauthenticate: {"Reauthenticate", "log in again or refresh the token, then retry"},
	FixRequest:     {"FixRequest", "fix the request or tell the user; unchanged it cannot succeed"},
	FixSetup:       {"FixSetup", "fix the application's setup (app key, secret, permissions, services)"},
}

// CategoryNumber returns the number of the category named name, exactly as
// spelled in Categories.
func CategoryNumber(name string) (int, bool) {
	for n, c := range Categories {
		if c.Name == name {
			return n, true
		}
	}
	return 0, false
}

// ActionNumber returns the number of the action named name, exactly as
// spelled in Actions.
func ActionNumber(name string) (int, bool) {
	for n, a := range Actions {
		if a.Name == name {
			return n, true
		}
	}
	return 0, false
}

// CategoryNames and ActionNames list the names in numerical order, for
// messages that say what is valid.
func CategoryNames() []string {
	names := make([]string, len(Categories))
	for n, c := range Categories {
		names[n] = c.Name
	}
	return names
}

// ActionNames lists the action names in numerical order.
func ActionNames() []string {
	names := make([]string, len(Actions))
	for n, a := range Actions {
		names[n] = a.Name
	}
	return names
}
