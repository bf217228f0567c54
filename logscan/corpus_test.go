package logscan_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// corpusLine is a line of testdata/corpus.tsv: its class, the codes a
// careful reader sees in it, and its text.
type corpusLine struct {
	class, text string
	want        []string
}

func readCorpus(t *testing.T) []corpusLine {
	t.Helper()
	f, err := os.Open("testdata/corpus.tsv")
	require.NoError(t, err)
	defer f.Close()
	var lines []corpusLine
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.SplitN(sc.Text(), "\t", 3)
		require.Len(t, fields, 3, "%q", sc.Text())
		l := corpusLine{class: fields[0], text: strings.ReplaceAll(fields[2], `\t`, "\t")}
		if fields[1] != "-" {
			l.want = strings.Fields(fields[1])
		}
		lines = append(lines, l)
	}
	require.NoError(t, sc.Err())
	return lines
}

// On text of the shapes people and SDKs write (logs, NSError descriptions,
// Flutter exceptions, JS objects, Easemob reports, doc tables and their
// mirrors, Chinese questions) and their traps (other systems' keys, HTTP
// statuses, ids, times), Scan finds at least 90% of the codes a reader
// sees, and at least 90% of what it finds are codes.
func TestCorpusPrecisionRecall(t *testing.T) {
	lines := readCorpus(t)
	classes := map[string]int{}
	var found, right, wanted int
	for _, l := range lines {
		classes[l.class]++
		got := texts(t, l.text)
		left := append([]string(nil), l.want...)
		for _, g := range got {
			if i := indexOf(left, g); i >= 0 {
				left = append(left[:i], left[i+1:]...)
				right++
			} else {
				t.Logf("%s: found %s, not a code: %s", l.class, g, l.text)
			}
		}
		for _, w := range left {
			t.Logf("%s: missed %s: %s", l.class, w, l.text)
		}
		found += len(got)
		wanted += len(l.want)
	}
	precision, recall := float64(right)/float64(found), float64(right)/float64(wanted)
	t.Logf("%d lines, %d codes: precision %.3f (%d of %d found), recall %.3f (%d of %d)",
		len(lines), wanted, precision, right, found, recall, right, wanted)
	assert.GreaterOrEqual(t, precision, 0.9)
	assert.GreaterOrEqual(t, recall, 0.9)
	for _, c := range []string{"log", "nserror", "flutter", "js", "easemob", "foreign", "table", "zh"} {
		assert.GreaterOrEqual(t, classes[c], 6, "lines of class %s", c)
	}
}

func indexOf(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}
