package codes

// Entry is one row of the catalog: a vendor code with its texts and the advice
// derived from them. Message and Description are the vendor's words verbatim,
// typos and printf-style placeholders such as %s included; never pass them to
// a formatter as a format string.
type Entry struct {
	// Platform is the SDK or API that defines the code.
	Platform Platform `json:"platform"`
	// Code is the vendor's number.
	Code int `json:"code"`
	// Name is the Go constant of the code in its platform package.
	Name string `json:"name"`
	// Message is the vendor's English message (for Easemob, the SDK constant
	// name, the only English the vendor gives). It is empty for the two
	// JMessage server codes whose page leaves it empty.
	Message string `json:"message"`
	// Description is the vendor's Chinese description.
	Description string `json:"description"`
	// Category is the vendor-neutral class of the failure.
	Category Category `json:"category"`
	// Retryable reports whether trying again, possibly after back-off or
	// logging in again, can succeed.
	Retryable bool `json:"retryable"`
	// HTTPStatus is the status a server would answer with, derived from
	// Category (see [Category.HTTPStatus]).
	HTTPStatus int `json:"http_status"`
	// Deprecated reports that the code appears only in an older revision of
	// the vendor's page; services may still send it.
	Deprecated bool `json:"deprecated"`

	// The padding makes an Entry 96 bytes, a multiple of 16, which the
	// compiler copies without overlapping moves: returning an 88-byte Entry
	// from Lookup took twice as long (see BENCHMARKS.md).
	_ [8]byte
}

// Advice tells a caller what to do about e, in a few words: "retry with
// back-off", "log in again, then retry", "retry after waiting", "trying again
// will not help", or "not an error" for a success code.
func (e Entry) Advice() string {
	switch {
	case e.Category == OK:
		return "not an error"
	case !e.Retryable:
		return "trying again will not help"
	case e.Category == Unauthenticated:
		return "log in again, then retry"
	case e.Category == ResourceExhausted:
		return "retry after waiting"
	}
	return "retry with back-off"
}
