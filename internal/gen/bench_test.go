package gen

import (
	"fmt"
	"strings"
	"testing"
)

// syntheticInputs returns smallInputs with a server page of n codes, each
// with its overrides line, laid out as the real page is.
func syntheticInputs(n int) inputs {
	in := smallInputs()
	var page, ov strings.Builder
	for i := range n {
		code := 10000000 + (i/40)*1000 + i%40 // beyond every real code
		fmt.Fprintf(&page, "\t\t<tr >\n\t\t\t<td>%d</td>\n\t\t\t<td>synthetic error %d</td>\n\t\t\t<td>合成错误 %d</td>\n\t\t</tr>\n", code, i, i)
		fmt.Fprintf(&ov, "%d Synthetic%d Internal Report | synthetic\n", code, code)
	}
	in[serverFile] = []byte(strings.Replace(string(in[serverFile]), "</table>", page.String()+"</table>", 1))
	const at = "platform jmessage/server\n"
	in[overridesFile] = []byte(strings.Replace(string(in[overridesFile]), at, at+ov.String(), 1))
	return in
}

func TestSyntheticInputs(t *testing.T) {
	cat, err := build(syntheticInputs(10000))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(cat.of[jmessageServer]); got != 10000+13 {
		t.Fatalf("%d server codes, want 10013", got)
	}
}

// BenchmarkGenerate10k runs the whole generator, parsing to gofmt-ed output,
// on a catalog whose server page has 10,000 codes.
func BenchmarkGenerate10k(b *testing.B) { benchGenerate(b, syntheticInputs(10000)) }

// BenchmarkGenerate runs the generator on the real sources.
func BenchmarkGenerate(b *testing.B) { benchGenerate(b, repoInputs(b)) }

func benchGenerate(b *testing.B, in inputs) {
	b.ReportAllocs()
	for b.Loop() {
		cat, err := build(in)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := render(cat); err != nil {
			b.Fatal(err)
		}
	}
}
