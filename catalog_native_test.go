package imcodes_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/sdknames"
)

// nativeRow is a row of easemob-native-errors.tsv, read here with plain
// string handling, not the generator's parser.
type nativeRow struct {
	code                     int
	name, ios                string
	web5                     []string
	agora, status            string
	meaning, meaningZH, note string
}

func readNative(t *testing.T) []nativeRow {
	t.Helper()
	lines := strings.Split(strings.TrimRight(readSource(t, "easemob-native-errors.tsv"), "\n"), "\n")
	require.Equal(t, "code\tname\tios_name\tweb5_name\tagora\tstatus\tsources\tmeaning_en\tmeaning_zh\tnote", lines[0])
	var rows []nativeRow
	for _, line := range lines[1:] {
		f := strings.Split(line, "\t")
		require.Len(t, f, 10, line)
		r := nativeRow{code: atoi(t, f[0]), name: f[1], ios: f[2], agora: f[4], status: f[5], meaning: f[7], meaningZH: f[8], note: f[9]}
		if f[3] != "" {
			r.web5 = strings.Split(f[3], "/")
		}
		rows = append(rows, r)
	}
	return rows
}

// Every row of the native sheet is an entry of easemob/native: the Android
// constant as its message, the meanings as the project's own words and
// never as the vendor's text, the deprecated rows deprecated; every name
// the sheet gives the code finds it.
func TestNativeNumbering(t *testing.T) {
	rows := readNative(t)
	require.Len(t, rows, 170)
	entries := codes.EasemobNative.Entries()
	require.Len(t, entries, len(rows))
	deprecated := 0
	for i, r := range rows {
		e := entries[i]
		assert.Equal(t, r.code, e.Code)
		assert.Equal(t, r.name, e.Message, "%d: the Android constant is the message", r.code)
		assert.Empty(t, e.Description, "%d: no vendor sentence is copied", r.code)
		assert.Empty(t, e.EnglishDescription, "%d", r.code)
		assert.Equal(t, r.meaning, e.Meaning, "%d", r.code)
		assert.Equal(t, r.meaningZH, e.ChineseMeaning, "%d", r.code)
		assert.Equal(t, r.status == "deprecated", e.Deprecated, "%d", r.code)
		assert.Equal(t, "easemob-native-errors.tsv", e.Source)
		if e.Deprecated {
			deprecated++
		}
		for _, name := range append([]string{r.name, r.ios}, r.web5...) {
			if name == "" {
				continue
			}
			found := slices.ContainsFunc(sdknames.Lookup(name), func(n sdknames.Name) bool {
				return n.Platform == codes.EasemobNative && n.Code == r.code
			})
			assert.True(t, found, "%d: SDK name %s", r.code, name)
			assert.True(t, slices.ContainsFunc(imcodes.Search(name), func(s codes.Entry) bool {
				return s.Platform == codes.EasemobNative && s.Code == r.code
			}), "%d: imcodes.Search(%q)", r.code, name)
		}
	}
	assert.Equal(t, 33, deprecated, "5, 800-827, 903-905 and 1403")

	// No meaning the project wrote shows up as a vendor text anywhere.
	for _, e := range imcodes.Entries() {
		if e.Meaning != "" {
			assert.NotContains(t, []string{e.Message, e.Description, e.EnglishDescription}, e.Meaning)
		}
	}
}

// The two Easemob numberings share numbers that mean something else: the
// catalog keeps both, each on its platform, and Find gives both.
func TestEasemobNumberingsCollide(t *testing.T) {
	web4 := map[int]codes.Entry{}
	for _, e := range codes.EasemobWeb4.Entries() {
		web4[e.Code] = e
	}
	shared, differ := 0, 0
	for _, r := range readNative(t) {
		w, ok := web4[r.code]
		if !ok {
			continue
		}
		shared++
		if w.Message != r.name {
			differ++
		}
		var platforms []codes.Platform
		for _, e := range imcodes.Find(r.code) {
			platforms = append(platforms, e.Platform)
		}
		assert.Contains(t, platforms, codes.EasemobWeb4, "%d", r.code)
		assert.Contains(t, platforms, codes.EasemobNative, "%d", r.code)
	}
	// 87 numbers exist in both numberings; 7 of them are 4.x's connection
	// states 400-406, which are no errors and not in the catalog. By
	// constant name more than the 60 that mean something else differ: some
	// agree in meaning under other names.
	assert.Equal(t, 87-7, shared)
	assert.GreaterOrEqual(t, differ, 60)

	// The examples of the issue.
	for code, want := range map[int][2]string{
		2:   {"WEBIM_CONNCTION_AUTH_ERROR", "NETWORK_ERROR"},
		100: {"WEBIM_UPLOADFILE_BROWSER_ERROR", "INVALID_APP_KEY"},
		500: {"SERVER_BUSY", "MESSAGE_INVALID"},
		204: {"USER_NOT_FOUND", "USER_NOT_FOUND"},
	} {
		w, _ := codes.EasemobWeb4.Lookup(code)
		n, _ := codes.EasemobNative.Lookup(code)
		assert.Equal(t, want, [2]string{w.Message, n.Message}, "%d", code)
	}

	// Agora Chat numbers 605, 606 and 706 differently: the sheet says so,
	// and the constants' doc comments carry it.
	var differs []int
	for _, r := range readNative(t) {
		if r.agora == "differs" {
			differs = append(differs, r.code)
		}
	}
	assert.Equal(t, []int{605, 606, 706}, differs)
}
