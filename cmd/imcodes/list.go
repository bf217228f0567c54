package main

import (
	"encoding/csv"
	"strconv"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/localize"
)

const listUsage = `usage: imcodes list [-platform P] [-category C] [-lang L] [-format F]

Lists every code of the catalog, or those of one platform or category.

Formats:
  table   aligned columns for a terminal (the default; honours -lang)
  tsv     tab-separated values with a header row
  csv     comma-separated values with a header row
  json    one JSON object per line

Examples:
  imcodes list -platform jmessage/jmrtc
  imcodes list -category ResourceExhausted -format csv
  imcodes list -format json

Flags:
`

// formats are the values of -format.
var formats = []string{"table", "tsv", "csv", "json"}

// dataColumns are the columns of tsv and csv, named like the JSON keys.
var dataColumns = []string{"platform", "code", "name", "category", "action", "http_status", "deprecated", "message", "description", "description_en", "source"}

func runList(args []string, env env) error {
	c := newCommand("imcodes list", true)
	format := c.formatFlag(formats...)
	if err := c.parse(args, listUsage, env); err != nil {
		return err
	}
	switch {
	case c.fs.NArg() > 0:
		return usagef("list takes no arguments, got %q", c.fs.Arg(0))
	case checkFormat(*format, formats...) != nil:
		return checkFormat(*format, formats...)
	}
	var entries []codes.Entry
	for _, p := range c.platforms() {
		for _, e := range p.Entries() {
			if c.keep(e) {
				entries = append(entries, e)
			}
		}
	}
	if len(entries) == 0 {
		return notFoundf("no code on %s", c.where())
	}
	out := c.output(env)
	switch *format {
	case "json":
		if err := out.jsonLines(entries); err != nil {
			return err
		}
	case "csv", "tsv":
		w := csv.NewWriter(out.w)
		if *format == "tsv" {
			w.Comma = '\t'
		}
		_ = w.Write(dataColumns)
		for _, e := range entries {
			_ = w.Write(dataRow(e, *format == "tsv"))
		}
		w.Flush()
		if err := w.Error(); err != nil {
			return err
		}
	default:
		out.table(tableRows(entries, out.show))
	}
	return out.flush()
}

// dataRow is e in dataColumns; tsv cells are kept to one line.
func dataRow(e codes.Entry, tsv bool) []string {
	row := []string{e.Platform.String(), strconv.Itoa(e.Code), e.Name, e.Category.String(),
		e.Action.String(), strconv.Itoa(e.Category.HTTPStatus()), strconv.FormatBool(e.Deprecated), e.Message, e.Description, e.EnglishDescription, e.Source}
	if tsv {
		for i := range row {
			row[i] = oneLine(row[i])
		}
	}
	return row
}

// tableRows lays entries out for a terminal.
func tableRows(entries []codes.Entry, show textShow) [][]string {
	head := []string{"PLATFORM", "CODE", "NAME", "CATEGORY", "HTTP", "ACTION", "DEPRECATED"}
	if show.one {
		head = append(head, "TEXT")
	} else {
		head = append(head, "MESSAGE", "DESCRIPTION")
	}
	rows := [][]string{head}
	for _, e := range entries {
		deprecated := ""
		if e.Deprecated {
			deprecated = "yes"
		}
		r := []string{e.Platform.String(), strconv.Itoa(e.Code), e.Name, e.Category.String(), strconv.Itoa(e.Category.HTTPStatus()), e.Action.String(), deprecated}
		if show.one {
			r = append(r, oneLine(localize.Text(e, show.tag)))
		} else {
			r = append(r, oneLine(e.Message), oneLine(e.Description))
		}
		rows = append(rows, r)
	}
	return rows
}
