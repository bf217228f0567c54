// Package codeslog writes the errors of this module as structured fields in
// log/slog lines, wherever they are in an error's chain:
//
//	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{ReplaceAttr: codeslog.ReplaceAttr}))
//	log.Error("register failed", "err", fmt.Errorf("register %s: %w", name, err))
//
// gives {"err":{"error":"register alice: POST ...","platform":"jmessage/server",
// "code":899001,"category":"AlreadyExists","action":"FixRequest","status":403,
// "type":"jmessage/server 899001"},...}. Without it, slog's JSONHandler writes
// a bare *codes.Error as its JSON (MarshalJSON), but a wrapped one, or a batch
// error inside a wrapper, only as its text.
//
// It is a package of its own so that programs that only match codes link
// no part of log/slog.
package codeslog

import (
	"errors"
	"log/slog"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/wire"
)

// ReplaceAttr is a slog.HandlerOptions.ReplaceAttr that writes every
// attribute whose value is an error holding one of this module's errors (a
// *codes.Error, a platform's Code, a batch error, a codes.Classifier) as a
// group of fields: "error" (the text, bounded as Error() bounds the
// service's), "platform" and "code" when there is one, "category",
// "action", the response's "method", "url", "status" and "retry_after"
// when there was one, and "type", the kind as OpenTelemetry's error.type
// reads it. A batch error's text says how many of its items failed; its
// category and action are the batch's (jmessage.BatchError.Classify). Other attributes pass
// unchanged. To combine it with a ReplaceAttr of your own, call it from
// yours.
func ReplaceAttr(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() != slog.KindAny {
		return a
	}
	err, ok := a.Value.Any().(error)
	if !ok || err == nil || !ours(err) {
		return a
	}
	attrs := make([]slog.Attr, 0, 12)
	attrs = append(attrs, slog.String("error", wire.LogSafe(err.Error(), 4*wire.MaxText)))
	var coded codes.Coded
	if errors.As(err, &coded) {
		if p, code, ok := coded.PlatformCode(); ok {
			attrs = append(attrs, slog.String("platform", p.String()), slog.Int("code", code))
		} else if p.Valid() {
			attrs = append(attrs, slog.String("platform", p.String()))
		}
	}
	attrs = append(attrs, slog.String("category", codes.CategoryOf(err).String()), slog.String("action", codes.ActionOf(err).String()))
	if r := codes.ResponseOf(err); r != (codes.Response{}) {
		if r.Method != "" || r.URL != "" {
			attrs = append(attrs, slog.String("method", wire.LogSafe(r.Method, wire.MaxText)), slog.String("url", wire.LogSafe(r.URL, wire.MaxText)))
		}
		if r.Status != 0 {
			attrs = append(attrs, slog.Int("status", r.Status))
		}
		if r.HasRetryAfter {
			attrs = append(attrs, slog.Duration("retry_after", r.RetryAfter))
		}
	}
	var typed interface{ ErrorType() string }
	if errors.As(err, &typed) {
		attrs = append(attrs, slog.String("type", typed.ErrorType()))
	}
	return slog.Attr{Key: a.Key, Value: slog.GroupValue(attrs...)}
}

// ours reports whether err's chain holds an error of this module.
func ours(err error) bool {
	var coded codes.Coded
	var classifier codes.Classifier
	return errors.As(err, &coded) || errors.As(err, &classifier)
}
