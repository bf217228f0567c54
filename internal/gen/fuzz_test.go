package main

import (
	"strings"
	"testing"
)

// FuzzParsers feeds arbitrary bytes to every parser: none may panic, and an
// error must name the file.
func FuzzParsers(f *testing.F) {
	for _, src := range smallInputs() {
		f.Add(src)
	}
	f.Add([]byte(htmlPage))
	f.Add([]byte("<table><tr><td>1<td>a<td>b</table>"))
	f.Add([]byte("| a | b | c |\n|-|-|-|\n| 1 | \\| | `x` |"))
	f.Add([]byte("CodeErr MessageDESCRIPTION\n-01x甲\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		check := func(name string, err error) {
			if err != nil && !strings.HasPrefix(err.Error(), name+":") {
				t.Errorf("error does not name the file: %v", err)
			}
		}
		_, err := parseGlued("g", src)
		check("g", err)
		_, err = parseMarkdownTable("m", src)
		check("m", err)
		_, err = parseHTMLTables("h", src)
		check("h", err)
		_, err = parseOverrides("o", src)
		check("o", err)
		_, err = parseReleased("r", src)
		check("r", err)
		_, err = parseRESTReasons("t", src)
		check("t", err)
	})
}
