package site

import (
	"errors"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bounds of the paste box. A paste is for a few lines of a log; a whole log
// is for `imcodes explain`, which the message past the bound names.
const (
	maxPaste     = 1 << 20            // bytes of text
	maxPasteName = "1 MiB"            // maxPaste, as the pages say it
	maxFormBody  = 3*maxPaste + 1<<10 // the text percent-encoded, at worst three bytes a byte, and the rest of the form
	maxShown     = 200                // occurrences highlighted on the page; the count covers all
	maxAPI       = 1000               // occurrences /api/explain lists; "total" covers all
	pasteContext = 80                 // bytes of a line shown on each side of a code
)

// explainPage is the paste box and what it found.
type explainPage struct {
	Text    string // the text, to show again in the box
	Limit   string
	Posted  bool
	TooBig  bool
	BadType bool
	Total   int         // codes found
	Shown   int         // of them, those marked in Lines
	Lines   []pasteLine // the lines of the first maxShown, with the codes marked
	Codes   []foundCode // each number found, in order of first appearance
}

// pasteLine is a line of the text with its codes marked, cut to the
// surroundings of its codes.
type pasteLine struct {
	N     int
	Parts []part
}

// part is a piece of a line: text, or a code (Mark) that links to its
// meanings below.
type part struct {
	Text   string
	Mark   bool
	Anchor string
}

// foundCode is a number found, its entries, and how often it occurs.
type foundCode struct {
	Code   int
	Anchor string
	Count  int
	Rows   []codeRow
}

// codeRow is one platform's meaning of a number found, with its advice.
type codeRow struct {
	row
	Advice string
}

func anchor(code int) string { return "code-" + strings.ReplaceAll(strconv.Itoa(code), "-", "minus") }

// explain scans text and lays out what it found for the page.
func explain(pasted string, l lang) *explainPage {
	ep := &explainPage{Text: pasted, Limit: maxPasteName, Posted: true}
	var shown []match
	byCode := map[int]int{} // code -> index in ep.Codes
	// scan's error is a reader's, and a strings.Reader has none.
	scan(pasted, func(m match) bool {
		ep.Total++
		if len(shown) < maxShown {
			shown = append(shown, m)
		}
		i, ok := byCode[m.Code]
		if !ok {
			i = len(ep.Codes)
			byCode[m.Code] = i
			fc := foundCode{Code: m.Code, Anchor: anchor(m.Code)}
			for _, e := range m.Entries {
				fc.Rows = append(fc.Rows, codeRow{newRow(e, l), advice(e.Action, l)})
			}
			ep.Codes = append(ep.Codes, fc)
		}
		ep.Codes[i].Count++
		return true
	})
	ep.Lines, ep.Shown = markLines(pasted, shown), len(shown)
	return ep
}

// markLines cuts the lines of the matches ms (in the order of the text) out
// of text and marks the matches in them.
func markLines(text string, ms []match) []pasteLine {
	var out []pasteLine
	lineNo, rest := 1, text
	for i := 0; i < len(ms); {
		for lineNo < ms[i].Line {
			_, after, ok := strings.Cut(rest, "\n")
			if !ok {
				return out // cannot happen: the scanner counted this line
			}
			rest, lineNo = after, lineNo+1
		}
		line, _, _ := strings.Cut(rest, "\n")
		line = strings.TrimSuffix(line, "\r")
		j := i
		for j < len(ms) && ms[j].Line == lineNo {
			j++
		}
		out = append(out, pasteLine{N: lineNo, Parts: markLine(line, ms[i:j])})
		i = j
	}
	return out
}

// markLine marks ms in line and keeps pasteContext bytes around each.
func markLine(line string, ms []match) []part {
	var parts []part
	pos := 0
	for k, m := range ms {
		start := m.Column - 1
		end := start + len(m.Text)
		if start < pos || end > len(line) {
			continue // cannot happen: matches do not overlap and lie in their line
		}
		gap := line[pos:start]
		if k == 0 {
			gap = keepEnd(gap)
		} else {
			gap = keepEnds(gap)
		}
		parts = append(parts, part{Text: gap}, part{Text: m.Text, Mark: true, Anchor: anchor(m.Code)})
		pos = end
	}
	return append(parts, part{Text: keepStart(line[pos:])})
}

const ellipsis = "…"

func keepStart(s string) string {
	if len(s) <= pasteContext {
		return s
	}
	return s[:runeStart(s, pasteContext)] + ellipsis
}

func keepEnd(s string) string {
	if len(s) <= pasteContext {
		return s
	}
	return ellipsis + s[runeStart(s, len(s)-pasteContext):]
}

func keepEnds(s string) string {
	if len(s) <= 2*pasteContext {
		return s
	}
	return s[:runeStart(s, pasteContext)] + ellipsis + s[runeStart(s, len(s)-pasteContext):]
}

// runeStart moves i back to the start of the UTF-8 sequence it is in (at
// most three bytes), so that a cut keeps whole characters.
func runeStart(s string, i int) int {
	for k := 0; k < utf8.UTFMax-1 && i > 0 && !utf8.RuneStart(s[i]); k++ {
		i--
	}
	return i
}

func (s *site) explainForm(w http.ResponseWriter, r *http.Request) {
	l := requestLang(w, r)
	p := s.newPage(l, servedNav(r, "explain"), s.words[l]["paste"])
	p.Explain = &explainPage{Limit: maxPasteName}
	s.html(w, r, http.StatusOK, "explain", p)
}

// explainPost answers the paste box's form. It takes a urlencoded form only:
// net/http may keep a multipart form's parts in temporary files, and the
// server never writes to disk.
func (s *site) explainPost(w http.ResponseWriter, r *http.Request) {
	l := requestLang(w, r)
	p := s.newPage(l, servedNav(r, "explain"), s.words[l]["paste"])
	text, status := readPaste(w, r)
	switch status {
	case http.StatusOK:
		p.Explain = explain(text, l)
	case http.StatusUnsupportedMediaType, http.StatusBadRequest:
		p.Explain = &explainPage{Limit: maxPasteName, Posted: true, BadType: true}
	default:
		p.Explain = &explainPage{Limit: maxPasteName, Posted: true, TooBig: true}
	}
	s.html(w, r, status, "explain", p)
}

// readPaste reads the text of the paste box's form, and says what went
// wrong with a status: 415 for a body that is not a urlencoded form, 413 for
// one too large or a text over maxPaste.
func readPaste(w http.ResponseWriter, r *http.Request) (string, int) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if ct != "application/x-www-form-urlencoded" {
		return "", http.StatusUnsupportedMediaType
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
	if err := r.ParseForm(); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return "", http.StatusRequestEntityTooLarge
		}
		return "", http.StatusBadRequest
	}
	text := r.PostForm.Get("text")
	if len(text) > maxPaste {
		return "", http.StatusRequestEntityTooLarge
	}
	return text, http.StatusOK
}
