package codes_test

import (
	"testing"

	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
)

var (
	sinkString string
	sinkTag    language.Tag
)

func BenchmarkEntryTextMatched(b *testing.B) {
	zh := codes.MatchLanguage(language.Chinese)
	e, _ := codes.JMessageServer.Lookup(898002)
	b.ReportAllocs()
	for b.Loop() {
		sinkString = e.Text(zh)
	}
}

func BenchmarkMatchLanguage(b *testing.B) {
	tag := language.MustParse("zh-TW")
	b.ReportAllocs()
	for b.Loop() {
		sinkTag = codes.MatchLanguage(tag)
	}
}

func BenchmarkLocalizeAccept(b *testing.B) {
	err := &codes.Error{Platform: codes.JMessageServer, Code: 898002}
	for _, bm := range []struct{ name, header string }{
		{"zh", "zh-CN,zh;q=0.9,en;q=0.8"},
		{"en", "en-US,en;q=0.9"},
		{"fallback", "fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5"},
		{"malformed", "zh-CN;q=abc"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				sinkString = codes.LocalizeAccept(err, bm.header)
			}
		})
	}
}
