package gen

import (
	"strings"
	"testing"
)

// FuzzParsers feeds arbitrary bytes to every parser: none may panic, and an
// error, a malformed row's included, must name the file.
func FuzzParsers(f *testing.F) {
	for _, src := range smallInputs() {
		f.Add(src)
	}
	f.Add([]byte(htmlPage))
	f.Add([]byte("<table><tr><td>1<td>a<td>b</table>"))
	f.Add([]byte("| a | b | c |\n|-|-|-|\n| 1 | \\| | `x` |"))
	f.Add([]byte("CodeErr MessageDESCRIPTION\n-01x甲\n"))
	f.Add([]byte("Error Code\n\n+ 899052\u00a0设置\n+ 屏蔽\n"))
	f.Add([]byte(appledocPage("E", "kA", 1, "甲")))
	f.Add([]byte(javadocPage))
	f.Add([]byte(rest2015Page))
	f.Add([]byte(combined2015Page))
	f.Add([]byte(combined2016Page))
	f.Add([]byte(enumHeader + "\n304\tA\tno\t4.9.0\t4.21.1\tyes\t\n304\tB\tno\t4.2.0\t4.8.1-2\t\tx\n"))
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
		_, err = wellFormed(parseRESTReference("rest", src))
		check("rest", err)
		_, err = wellFormed(parseAppledoc("a", src))
		check("a", err)
		_, err = wellFormed(parseJavadocConstants("j", src))
		check("j", err)
		_, err = wellFormed(parseEnumTSV("e", src))
		check("e", err)
		_, err = wellFormed(parseREST2015("r15", src))
		check("r15", err)
		_, err = wellFormed(combinedRows(jmessageIOS, iosHeading)("c", src))
		check("c", err)
		_, err = parseManifest("mf", src)
		check("mf", err)
		_, err = parseRESTReasons("t", src)
		check("t", err)
		_, err = parseRESTCodes("c", src)
		check("c", err)
	})
}
