package codes

// Coded is implemented by every error that can carry a catalog code: the Code
// types of the platform packages and *Error. Use errors.As to find one in a
// chain, errors.Is with a platform constant or a Category to test it, and
// [CategoryOf] and [ActionOf] to classify it.
type Coded interface {
	error
	// PlatformCode reports the platform and the vendor's number of the error.
	// ok is false for an error that carries no number, such as an Easemob
	// REST failure, which only has an HTTP status.
	PlatformCode() (p Platform, code int, ok bool)
}

// Classifier is implemented by an error that knows its category and action
// though it carries no catalog code, such as an Easemob REST error whose
// reason the vendor documents. CategoryOf and ActionOf use the first one in a
// chain, and an *Error without a known code defers to its cause when the cause
// is one. Classify returns Unknown for a failure it cannot classify, so that
// the HTTP status decides instead.
type Classifier interface {
	error
	Classify() (Category, Action)
}

// CategoryOf returns the category of err: that of the first error in its
// chain (in the order errors.As searches it) that is a Coded error, a
// Classifier or a Category. A nil error is OK. A non-nil error is never OK: an error without
// a code is classified by its HTTP status, and one that carries a success
// code, a code the catalog lacks, or nothing the catalog knows is Unknown.
func CategoryOf(err error) Category {
	if err == nil {
		return OK
	}
	c, _ := classify(err)
	return c
}

// ActionOf returns what the caller does next about err: the action of its
// first coded error's catalog entry (see [CategoryOf] for the search), or,
// for an error without a known code, the usual action of its category (an
// HTTP 429 is RetryLater, a 503 Retry, a 401 Reauthenticate). A nil error is
// None; an error that carries nothing the catalog knows is Report.
func ActionOf(err error) Action {
	if err == nil {
		return None
	}
	_, a := classify(err)
	return a
}

// classify returns the category and action of a non-nil err.
func classify(err error) (Category, Action) {
	if c, a, ok := search(err); ok {
		return c, a
	}
	return Unknown, Report
}

// search walks err's tree depth first, as errors.As does, and classifies the
// first Coded error, Classifier or Category it meets. It does not allocate:
// a Coded error is classified as an *Error with its platform and code, on
// the stack, so that the rules for codes live in one place (Error.classify).
func search(err error) (Category, Action, bool) {
	for err != nil {
		switch e := err.(type) {
		case *Error:
			c, a := e.classify()
			return c, a, true
		case Category:
			c := e.asError()
			return c, c.action(), true
		case Classifier:
			c, a := e.Classify()
			if c.asError() != c {
				return Unknown, Report, true
			}
			return c, a, true
		case Coded:
			p, code, ok := e.PlatformCode()
			as := Error{platform: p, code: code, hasCode: ok}
			c, a := as.classify()
			return c, a, true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if c, a, ok := search(e); ok {
					return c, a, true
				}
			}
			return 0, 0, false
		default:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// asError returns c as the category of an error: OK is not one (no error
// is a success), so it becomes Unknown, as does an invalid category.
func (c Category) asError() Category {
	if c == OK || !c.Valid() {
		return Unknown
	}
	return c
}

// action returns the usual action for an error of category c that has no
// catalog entry, such as a response known only by its HTTP status.
func (c Category) action() Action {
	switch c {
	case DeadlineExceeded, Unavailable, Aborted:
		return Retry
	case ResourceExhausted:
		return RetryLater
	case Unauthenticated:
		return Reauthenticate
	case Canceled, InvalidArgument, NotFound, AlreadyExists, PermissionDenied,
		FailedPrecondition, OutOfRange, Unimplemented:
		return FixRequest
	}
	return Report // Unknown, Internal, DataLoss
}
