package httpresp

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/http"
	"time"

	"github.com/imcodes/imcodes/codes"
)

// CheckRetry is the CheckRetry policy of a vendor, with go-retryablehttp's
// signature: it retries what the response's action says can succeed on a
// retry (codes.Retry and codes.RetryLater), and network errors other than a
// refused certificate; it stops on a done context, a success, and every
// other action, returning the library's error so that the client's error
// wraps it.
func CheckRetry(d *Decoder, ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return false, ctxErr
	}
	if err != nil {
		if decided(err) { // a failing response that a Transport made the error
			return retryable(codes.ActionOf(err)), err
		}
		return !certificate(err), nil
	}
	checked, ok := Decided(resp)
	if !ok {
		checked = Check(resp, d)
	}
	return retryable(codes.ActionOf(checked)), checked
}

// retryable reports whether a retry can succeed after action a, without the
// caller doing anything else first.
func retryable(a codes.Action) bool { return a == codes.Retry || a == codes.RetryLater }

// decided reports whether err holds a response the library has decided.
func decided(err error) bool {
	var e *codes.Error
	var c codes.Classifier
	return errors.As(err, &e) || errors.As(err, &c)
}

// certificate reports whether err is a refused server certificate, which no
// retry fixes.
func certificate(err error) bool {
	var verify *tls.CertificateVerificationError
	var authority x509.UnknownAuthorityError
	var hostname x509.HostnameError
	return errors.As(err, &verify) || errors.As(err, &authority) || errors.As(err, &hostname)
}

// Backoff is the Backoff policy of a vendor, with go-retryablehttp's
// signature (lo and hi are its min and max): the wait the response asked
// for with Retry-After (at most codes.MaxRetryAfter), whatever lo and hi
// say, as the service knows best;
// else hi for a RetryLater without one (the limit's window is unknown, so
// the longest wait the caller allows), and otherwise lo doubled on each
// attempt, at most hi. It reads the decision CheckRetry made of resp, or
// the status alone, never the body again.
func Backoff(d *Decoder, lo, hi time.Duration, attempt int, resp *http.Response) time.Duration {
	if resp != nil {
		if wait, ok := RetryAfter(resp.Header, time.Now()); ok {
			return wait
		}
		err, ok := Decided(resp)
		if !ok {
			err = codes.NewStatusError(d.Platform, resp.StatusCode)
		}
		if codes.ActionOf(err) == codes.RetryLater {
			return hi
		}
	}
	wait := lo
	for range attempt {
		if wait >= hi/2 {
			return hi
		}
		wait *= 2
	}
	return min(wait, hi)
}
