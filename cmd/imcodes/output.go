package main

import (
	"golang.org/x/text/language"

	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/width"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/localize"
)

// output writes entries for people to read. Vendor text is always written as
// a value, never used as a format.
type output struct {
	w    *bufio.Writer
	show textShow
	n    int // entries written so far
}

func newOutput(w io.Writer, show textShow) *output {
	return &output{w: bufio.NewWriter(w), show: show}
}

func (o *output) flush() error { return o.w.Flush() }

// entries writes each entry as a block, blocks separated by blank lines.
func (o *output) entries(es []codes.Entry) {
	for _, e := range es {
		if o.n > 0 {
			o.w.WriteString("\n")
		}
		o.block(e)
	}
}

// jsonLines writes each entry as a JSON object on a line of its own, the
// objects of imcodes list -format json.
func (o *output) jsonLines(es []codes.Entry) error {
	enc := o.jsonEncoder()
	for _, e := range es {
		if err := enc.Encode(e); err != nil {
			return err
		}
		o.n++
	}
	return nil
}

// jsonEncoder returns an encoder writing to o that keeps vendor text
// verbatim, < and & included.
func (o *output) jsonEncoder() *json.Encoder {
	enc := json.NewEncoder(o.w)
	enc.SetEscapeHTML(false)
	return enc
}

// block writes everything about e, in lines of "  key: value" after its
// heading.
func (o *output) block(e codes.Entry) {
	o.n++
	fmt.Fprintf(o.w, "%s %d %s\n", e.Platform, e.Code, e.Name)
	if o.show.one {
		if text := localize.Text(e, o.show.tag); text != "" {
			fmt.Fprintf(o.w, "  text:        %s\n", text)
		}
	} else {
		fmt.Fprintf(o.w, "  message:     %s\n", e.Message)
		fmt.Fprintf(o.w, "  description: %s\n", e.Description)
	}
	// The meaning is the project's words, where the vendor's cannot be
	// copied (Easemob's native numbering); say so.
	switch {
	case e.Meaning == "":
	case o.show.one && localize.Match(o.show.tag) == language.SimplifiedChinese:
		fmt.Fprintf(o.w, "  meaning:     %s（本项目的说明）\n", e.ChineseMeaning)
	case o.show.one:
		fmt.Fprintf(o.w, "  meaning:     %s (this project's words)\n", e.Meaning)
	default:
		fmt.Fprintf(o.w, "  meaning:     %s (this project's words)\n", e.Meaning)
		fmt.Fprintf(o.w, "  meaning zh:  %s\n", e.ChineseMeaning)
	}
	if e.EnglishDescription != "" && (!o.show.one || localize.Text(e, o.show.tag) != e.Description) {
		fmt.Fprintf(o.w, "  explanation: %s\n", e.EnglishDescription)
	}
	fmt.Fprintf(o.w, "  category:    %s (HTTP %d)\n", e.Category, e.Category.HTTPStatus())
	fmt.Fprintf(o.w, "  action:      %s: %s\n", e.Action, e.Action.Advice())
	if e.Deprecated {
		o.w.WriteString("  deprecated:  the newest sources no longer list it; services and older SDKs may still send it\n")
	}
	fmt.Fprintf(o.w, "  go:          %s\n", goIdent(e))
	fmt.Fprintf(o.w, "  source:      %s\n", e.Source)
}

// goIdent is the qualified Go identifier of e's constant.
func goIdent(e codes.Entry) string {
	return "github.com/imcodes/imcodes/" + e.Platform.String() + "." + e.Name
}

// table writes rows as columns aligned for a terminal, where East Asian wide
// characters take two cells. The last column is not padded.
func (o *output) table(rows [][]string) {
	var widths []int
	for _, r := range rows {
		for i, cell := range r {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], displayWidth(cell))
		}
	}
	for _, r := range rows {
		for i, cell := range r {
			o.w.WriteString(cell)
			if i < len(r)-1 {
				o.w.WriteString(strings.Repeat(" ", widths[i]-displayWidth(cell)+2))
			}
		}
		o.w.WriteString("\n")
	}
}

// displayWidth returns how many terminal cells s takes: two for East Asian
// wide and full-width characters (汉字, full-width punctuation), one for the
// rest.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}

// oneLine makes a cell safe for a line-based format: tabs and line breaks
// become spaces, invalid UTF-8 is replaced.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// joinList joins items as "a, b and c".
func joinList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
