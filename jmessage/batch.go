package jmessage

import (
	"errors"
	"strconv"
	"strings"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/wire"
)

// BatchError reports the failed items of a batch call, such as registering
// several users at once: the items that succeeded are not listed.
//
// errors.Is and errors.As see each item's error, and codes.CategoryOf and
// codes.ActionOf give those of the first failed item. None of them allocates,
// however many items failed.
type BatchError struct {
	// Method and URL are the request's, when the error came from
	// CheckResponse (see codes.Error).
	Method, URL string
	// Status is the HTTP status of the response.
	Status int
	// Total is the number of items in the response.
	Total int
	// Failed are the items that carry an error, in order.
	Failed []BatchItem
}

// BatchItem is one failed item of a batch response.
type BatchItem struct {
	// Index is the position of the item in the response, from 0.
	Index int
	// Fields are the item's other members that are strings, numbers or
	// booleans, in order, such as {"username", "dev_fang"}: what says which
	// item failed.
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

// maxFieldText bounds each field value in BatchError.Error.
const maxFieldText = 64

// Error lists the failed items, at most five of them, each with its index and
// fields: "jmessage: 1 of 2 batch items failed: [0 username=dev_fang]
// jmessage/server 899001: user exist".
func (e *BatchError) Error() string {
	if e == nil {
		return "jmessage: batch error (nil *jmessage.BatchError)"
	}
	var b strings.Builder
	b.WriteString("jmessage: ")
	if e.Method != "" || e.URL != "" {
		b.WriteString(wire.LogSafe(strings.TrimSpace(e.Method+" "+e.URL), wire.MaxText) + ": ")
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
		for _, f := range item.Fields {
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

// Classify returns the category and action of the first failed item, which
// makes BatchError a codes.Classifier.
func (e *BatchError) Classify() (codes.Category, codes.Action) {
	if e != nil {
		for _, item := range e.Failed {
			if item.Err != nil {
				return codes.CategoryOf(item.Err), codes.ActionOf(item.Err)
			}
		}
	}
	return codes.Unknown, codes.Report
}

// batchError decodes a batch body, the array that begins at body[start].
func batchError(status int, body []byte, start int) error {
	batch := &BatchError{Status: status}
	var in wire.Interner // items repeat their field names and messages
	_, err := wire.Array(body, start, func(n int, item []byte) bool {
		batch.Total = n + 1
		if item[0] != '{' {
			return true // not an object: it reports nothing
		}
		var raw []byte
		var fields []Field
		_, _ = wire.Object(item, 0, func(k, v []byte) bool { // a whole value: the array walk read it

			if wire.KeyIs(k, "error") {
				if string(v) != "null" {
					raw = v
				}
				return true
			}
			if s, ok := wire.Scalar(v); ok {
				fields = append(fields, Field{in.Key(k), s})
			}
			return true
		})
		if raw == nil {
			return true
		}
		e, err := errorObject(raw, &in)
		if err != nil {
			e = codes.NewStatusError(codes.JMessageServer, 0)
			e.Body, e.Err = wire.Excerpt(item), err
		}
		if e != nil {
			batch.Failed = append(batch.Failed, BatchItem{Index: n, Fields: fields, Err: e})
		}
		return true
	})
	success := 200 <= status && status < 300
	switch {
	case len(batch.Failed) > 0:
		return batch
	case success:
		return nil
	case err == nil:
		err = errors.New("no item of the batch body carries an error")
	}
	return undecodable(status, body, err)
}
