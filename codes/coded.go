package codes

// Coded is implemented by every error that can carry a catalog code: the Code
// types of the platform packages and *Error. Use errors.As to find one in a
// chain, or errors.Is with a platform constant or a Category to test it.
type Coded interface {
	error
	// PlatformCode reports the platform and the vendor's number of the error.
	// ok is false for an error that carries no number, such as an Easemob
	// REST failure, which only has an HTTP status.
	PlatformCode() (p Platform, code int, ok bool)
}

// Match reports whether an error that carries code on p matches target in the
// sense of errors.Is: target is the Category of the code (Unknown for a code
// the catalog lacks), or another Coded error with the same platform and code.
// The Is methods of the platform Code types and of *Error are built on it.
func Match(p Platform, code int, target error) bool {
	switch t := target.(type) {
	case Category:
		return p.Category(code) == t
	case Coded:
		tp, tc, ok := t.PlatformCode()
		return ok && tp == p && tc == code
	}
	return false
}
