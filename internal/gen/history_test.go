package gen

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// historyFiles are the 2015-2017 revisions of JMessage's pages.
var historyFiles = []string{server201707File, combined2016File, combined201601File, combined2015File, combined201511File, rest2015File, appledocTCP2015File}

// The history only adds codes: merged with and without it, every code the
// newer pages list keeps its texts and its state. The one other change is
// the iOS SDK's 2015 constant of 800005, which no newer page names.
func TestHistoryOnlyAdds(t *testing.T) {
	in := repoInputs(t)
	ov, err := parseOverrides(overridesFile, in[overridesFile])
	require.NoError(t, err)
	added := map[*platform][]int{}
	for _, p := range []*platform{jmessageServer, jmessageAndroid, jmessageIOS} {
		var current, all [][]row
		var currentRepeats, allRepeats []bool
		for _, s := range p.sources {
			rows, err := readSource(s, in, ov)
			require.NoError(t, err)
			all, allRepeats = append(all, rows), append(allRepeats, s.repeats)
			if !slices.Contains(historyFiles, s.file) {
				current, currentRepeats = append(current, rows), append(currentRepeats, s.repeats)
			}
		}
		before, err := merge(p, current, currentRepeats)
		require.NoError(t, err)
		after, err := merge(p, all, allRepeats)
		require.NoError(t, err)
		byCode := map[int]*entry{}
		for _, e := range after {
			byCode[e.Code] = e
		}
		for _, e := range before {
			got := *byCode[e.Code]
			if p == jmessageServer && e.Code == 800005 {
				assert.Equal(t, "kJMSGErrorTcpUserIDNotRegistered", got.Constant)
				got.Constant = ""
			}
			assert.Equal(t, *e, got, "%s %d", p.id, e.Code)
			delete(byCode, e.Code)
		}
		for code, e := range byCode {
			assert.True(t, e.Deprecated, "%s %d", p.id, code)
			assert.Contains(t, historyFiles, e.From.file, "%s %d", p.id, code)
			added[p] = append(added[p], code)
		}
		slices.Sort(added[p])
	}
	assert.Equal(t, map[*platform][]int{
		jmessageServer: {3001, 8001, 800002, 800004, 800010, 800011, 808030, 810006, 899004, 899005, 899010},
		jmessageIOS:    {860010, 860011, 860012, 860013, 860014, 860040, 860170, 860172, 860193, 860210, 860211, 860212, 860213, 860214},
	}, added)
}
