package codes

// CategoryFromHTTP returns the category of a failure known only by its HTTP
// status, the inverse of [Category.HTTPStatus] where that is one to one and
// the usual reading of the status where it is not: 409 Conflict is Aborted,
// 408 and 504 are DeadlineExceeded, 502 and 503 Unavailable, other 4xx
// InvalidArgument and other 5xx Internal. 2xx is OK; anything else, 0
// included, is Unknown.
func CategoryFromHTTP(status int) Category {
	switch status {
	case 400, 405, 413, 415:
		return InvalidArgument
	case 401:
		return Unauthenticated
	case 403:
		return PermissionDenied
	case 404:
		return NotFound
	case 408, 504:
		return DeadlineExceeded
	case 409:
		return Aborted
	case 412:
		return FailedPrecondition
	case 429:
		return ResourceExhausted
	case 499:
		return Canceled
	case 501:
		return Unimplemented
	case 502, 503:
		return Unavailable
	}
	switch {
	case 200 <= status && status < 300:
		return OK
	case 400 <= status && status < 500:
		return InvalidArgument
	case 500 <= status && status < 600:
		return Internal
	}
	return Unknown
}
