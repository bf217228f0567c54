package jmessage

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/httpresp"
	"github.com/imcodes/imcodes/internal/wire"
)

// BatchError reports the failed items of a batch call, such as registering
// several users at once: the items that succeeded are not listed.
//
// errors.Is and errors.As see each item's error. codes.CategoryOf and
// codes.ActionOf give those of the batch as a whole, by the rule of
// [BatchError.Classify]: what can be retried is never hidden by what cannot.
// [BatchError.ItemsWith] gives the failed items that share an action, and
// codes.ResponseOf the response's facts. None of these but ItemsWith
// allocates, however many items failed.
type BatchError struct {
	// Response is the batch response's: request, status and Retry-After,
	// when the error came from CheckResponse; the status alone from
	// ParseResponse.
	codes.Response
	// Total is the number of items in the response.
	Total int
	// Failed are the items that carry an error, in order.
	Failed []BatchItem
}

// BatchItem is one failed item of a batch response.
type BatchItem struct {
	// Index is the position of the item in the response, from 0.
	Index int
	// Fields are the item's first few members (at most eight) that are
	// strings, numbers or booleans, in order, such as {"username",
	// "dev_fang"}: what says which item failed.
	Fields []Field
	// Err is the item's error. Its Status is 0: the response's status is
	// the batch's, not the item's.
	Err *codes.Error
}

// Field is a member of a batch item, its value as text.
type Field struct {
	Name, Value string
}

// maxListed bounds how many item errors BatchError.Error spells out.
const maxListed = 5

// maxFields bounds how many fields a BatchItem keeps.
const maxFields = 8

// maxFieldText bounds each field name and value in BatchError.Error.
const maxFieldText = 64

// Error lists the failed items, at most five of them, each with its index and
// fields: "jmessage: 1 of 2 batch items failed: [0 username=dev_fang]
// jmessage/server 899001: user exist". Like codes.Error's, the text is safe
// to log and bounded, however many items and fields the batch has.
func (e *BatchError) Error() string {
	if e == nil {
		return "jmessage: batch error (nil *jmessage.BatchError)"
	}
	var b strings.Builder
	b.WriteString("jmessage: ")
	if e.Method != "" || e.URL != "" {
		b.WriteString(wire.LogSafe(e.Method, wire.MaxText) + " " + wire.LogSafe(e.URL, wire.MaxText) + ": ")
	}
	b.WriteString(strconv.Itoa(len(e.Failed)) + " of " + strconv.Itoa(e.Total) + " batch items failed")
	if e.Status != 0 {
		b.WriteString(" (HTTP " + strconv.Itoa(e.Status) + ")")
	}
	for i, item := range e.Failed {
		if i == maxListed {
			b.WriteString("; and " + strconv.Itoa(len(e.Failed)-maxListed) + " more")
			break
		}
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString("[" + strconv.Itoa(item.Index))
		for _, f := range item.Fields[:min(len(item.Fields), maxFields)] {
			b.WriteString(" " + wire.LogSafe(f.Name, maxFieldText) + "=" + wire.LogSafe(f.Value, maxFieldText))
		}
		b.WriteString("] ")
		if item.Err == nil {
			b.WriteString("unknown error")
		} else {
			b.WriteString(item.Err.Error())
		}
	}
	return b.String()
}

// Is reports whether the error of any failed item matches target.
func (e *BatchError) Is(target error) bool {
	if e == nil {
		return false
	}
	for _, item := range e.Failed {
		if item.Err != nil && errors.Is(item.Err, target) {
			return true
		}
	}
	return false
}

// As finds the first failed item's error in the sense of errors.As.
func (e *BatchError) As(target any) bool {
	if e == nil {
		return false
	}
	for _, item := range e.Failed {
		if item.Err != nil && errors.As(item.Err, target) {
			return true
		}
	}
	return false
}

// actionOrder is the order in which the actions of failed items decide a
// batch's: first those after which a retry can succeed (logging in again
// before anything else, as every item needs it; then the longest wait), then
// those that retrying cannot fix, the setup before the unexplained before
// the single request.
var actionOrder = [...]codes.Action{codes.Reauthenticate, codes.RetryLater, codes.Retry, codes.FixSetup, codes.Report, codes.FixRequest}

// rank returns the place of a in actionOrder.
func rank(a codes.Action) int {
	for i, x := range actionOrder {
		if x == a {
			return i
		}
	}
	return len(actionOrder)
}

// decisive returns the failed item that decides e's action (see Classify),
// or nil.
func (e *BatchError) decisive() *BatchItem {
	if e == nil {
		return nil
	}
	var best *BatchItem
	bestRank := len(actionOrder) + 1
	for i := range e.Failed {
		item := &e.Failed[i]
		if item.Err == nil {
			continue
		}
		if r := rank(codes.ActionOf(item.Err)); r < bestRank {
			best, bestRank = item, r
		}
	}
	return best
}

// Classify returns the category and action of the batch, which makes
// BatchError a codes.Classifier: those of the first failed item whose action
// comes first in this order: Reauthenticate, RetryLater, Retry, FixSetup,
// Report, FixRequest. So a batch whose item 0 already exists (FixRequest)
// and whose item 1 was rate-limited (RetryLater) is RetryLater: retry the
// items that can succeed, after fixing or dropping the others (ItemsWith).
func (e *BatchError) Classify() (codes.Category, codes.Action) {
	if item := e.decisive(); item != nil {
		return codes.CategoryOf(item.Err), codes.ActionOf(item.Err)
	}
	return codes.Unknown, codes.Report
}

// ItemsWith returns the failed items whose action is a, in order: the items
// to retry (codes.Retry, codes.RetryLater), or those to fix
// (codes.FixRequest), say. It returns a new slice, nil if there are none.
func (e *BatchError) ItemsWith(a codes.Action) []BatchItem {
	if e == nil {
		return nil
	}
	var items []BatchItem
	for _, item := range e.Failed {
		if item.Err != nil && codes.ActionOf(item.Err) == a {
			items = append(items, item)
		}
	}
	return items
}

// ErrorType returns the kind of the batch's error as OpenTelemetry's
// error.type attribute reads it: that of the item that decides its action
// (see codes.Error.ErrorType).
func (e *BatchError) ErrorType() string {
	if item := e.decisive(); item != nil {
		return item.Err.ErrorType()
	}
	return codes.Unknown.String()
}

// batchJSON is the JSON form of BatchError.
type batchJSON struct {
	Category codes.Category `json:"category"`
	Action   codes.Action   `json:"action"`
	Method   string         `json:"method,omitempty"`
	URL      string         `json:"url,omitempty"`
	Status   int            `json:"status,omitempty"`
	Total    int            `json:"total"`
	Failed   int            `json:"failed"`
	Items    []itemJSON     `json:"items,omitempty"`
}

type itemJSON struct {
	Index  int               `json:"index"`
	Fields map[string]string `json:"fields,omitempty"`
	Err    *codes.Error      `json:"error,omitempty"`
}

// MarshalJSON encodes e as {"category", "action", "method", "url",
// "status", "total", "failed", "items"}, with at most five items, each as
// {"index", "fields", "error"}, the texts bounded as in Error(): what slog's
// JSONHandler writes for a logged *BatchError.
func (e *BatchError) MarshalJSON() ([]byte, error) {
	c, a := e.Classify()
	j := batchJSON{Category: c, Action: a}
	if e != nil {
		j.Method, j.URL, j.Status = wire.LogSafe(e.Method, wire.MaxText), wire.LogSafe(e.URL, wire.MaxText), e.Status
		j.Total, j.Failed = e.Total, len(e.Failed)
		for _, item := range e.Failed[:min(len(e.Failed), maxListed)] {
			ij := itemJSON{Index: item.Index, Err: item.Err}
			for _, f := range item.Fields[:min(len(item.Fields), maxFields)] {
				if ij.Fields == nil {
					ij.Fields = make(map[string]string)
				}
				ij.Fields[wire.LogSafe(f.Name, maxFieldText)] = wire.LogSafe(f.Value, maxFieldText)
			}
			j.Items = append(j.Items, ij)
		}
	}
	return json.Marshal(j)
}

// batchError decodes a batch body, the array that begins at body[start].
func batchError(status int, body []byte, start int) (found, cause error) {
	batch := &BatchError{Response: codes.Response{Status: status}}
	var in wire.Interner // items repeat their field names and messages
	_, err := wire.Array(body, start, func(n int, item []byte) bool {
		batch.Total = n + 1
		if item[0] != '{' {
			return true // not an object: it reports nothing
		}
		var raw []byte
		_, _ = wire.Object(item, 0, func(k, v []byte) bool { // a whole value: the array walk read it
			if wire.KeyIs(k, "error") && string(v) != "null" {
				raw = v
				return false
			}
			return true
		})
		if raw == nil {
			return true // a success: nothing of it is kept
		}
		var fields []Field
		_, _ = wire.Object(item, 0, func(k, v []byte) bool {
			if !wire.KeyIs(k, "error") {
				if s, ok := wire.Scalar(v); ok {
					fields = append(fields, Field{in.Key(k), s})
				}
			}
			return len(fields) < maxFields
		})
		e, err := errorObject(raw, &in)
		if err != nil {
			e = httpresp.Undecodable(codes.JMessageServer, 0, item, err)
		}
		if e != nil {
			batch.Failed = append(batch.Failed, BatchItem{Index: n, Fields: fields, Err: e})
		}
		return true
	})
	if len(batch.Failed) > 0 {
		return batch, nil
	}
	if err == nil {
		err = errors.New("no item of the batch body carries an error")
	}
	return nil, err
}
