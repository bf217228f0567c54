package main

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
	page.WriteString("## Server Error\n<table>\n<tr><th>Code</th><th>Error Message</th><th>说明</th></tr>\n")
	for i := range n {
		code := 800000 + (i/40)*1000 + i%40
		fmt.Fprintf(&page, "\t\t<tr >\n\t\t\t<td>%d</td>\n\t\t\t<td>synthetic error %d</td>\n\t\t\t<td>合成错误 %d</td>\n\t\t</tr>\n", code, i, i)
		fmt.Fprintf(&ov, "%d Synthetic%d Internal Report | synthetic\n", code, code)
	}
	page.WriteString("</table>\n")
	in[serverFile] = []byte(page.String())
	overrides := string(in[overridesFile])
	i := strings.Index(overrides, "platform jmessage/android")
	in[overridesFile] = []byte(overrides[:strings.Index(overrides, "platform jmessage/server")] + "platform jmessage/server\n" + ov.String() + overrides[i:])
	return in
}

func TestSyntheticInputs(t *testing.T) {
	cat, err := build(syntheticInputs(10000))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(cat[jmessageServer]); got != 10000 {
		t.Fatalf("%d server codes, want 10000", got)
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
