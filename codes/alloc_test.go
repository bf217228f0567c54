package codes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
)

// The hot paths allocate nothing. (How fast they are is measured by the
// benchmarks, not by tests.)
func TestHotPathsDoNotAllocate(t *testing.T) {
	zh := codes.MatchLanguage(language.MustParse("zh-TW"))
	var sink string
	for name, f := range map[string]func(){
		"Lookup+Text matched zh": func() {
			e, _ := codes.JMessageServer.Lookup(898002)
			sink = e.Text(zh)
		},
		"Lookup+Text English": func() {
			e, _ := codes.Easemob.Lookup(-1)
			sink = e.Text(language.English)
		},
		"ErrorString": func() { sink = codes.JMessageServer.ErrorString(898002) },
		"Lookup miss": func() { _, _ = codes.JMessageServer.Lookup(1) },
	} {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
	_ = sink
}
