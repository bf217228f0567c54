package imcodes_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// The provenance the module publishes: every file an entry names, where it
// comes from, read here from the manifest with plain string handling.
func TestSources(t *testing.T) {
	srcs := imcodes.Sources()
	require.Len(t, srcs, 28, "every vendor file, the REST fact sheets included")
	byFile := map[string]imcodes.Source{}
	for _, s := range srcs {
		byFile[s.File] = s
		_, err := os.Stat("internal/gen/sources/" + s.File)
		assert.NoError(t, err, "%s is vendored", s.File)
		if strings.HasPrefix(s.File, "easemob-rest-") {
			assert.Empty(t, s.Platforms, "%s: the REST fact sheets belong to no platform", s.File)
		} else {
			assert.NotEmpty(t, s.Platforms, "%s: every other file is read by a platform", s.File)
		}
		assert.NotEmpty(t, s.Content, s.File)
		assert.NotEmpty(t, s.License, s.File)
		if s.Repository == "jpush/jpush-docs" {
			assert.Equal(t, "https://github.com/jpush/jpush-docs/blob/"+s.Revision+"/"+s.Path, s.URL, s.File)
			assert.Regexp(t, `^\d{4}-\d\d-\d\d$`, s.Date, s.File)
			assert.Contains(t, s.License, "MIT", s.File)
		}
		if s.URL == "" {
			// Where the file has no address at a revision, the content
			// says what it is, and what is not known of it.
			assert.True(t, s.Repository != "" && s.Revision != "" && s.Date != "" || strings.Contains(s.Content, "not recorded"), "%s: %+v", s.File, s)
		} else {
			assert.Equal(t, "https://github.com/"+s.Repository+"/blob/"+s.Revision+"/"+s.Path, s.URL, s.File)
			assert.Regexp(t, `^\d{4}-\d\d-\d\d$`, s.Date, s.File)
		}
	}
	for _, e := range imcodes.Entries() {
		s, ok := byFile[e.Source]
		if assert.True(t, ok, "%s %d: source %q", e.Platform, e.Code, e.Source) {
			assert.Contains(t, s.Platforms, e.Platform, "%s %d", e.Platform, e.Code)
		}
	}

	// The manifest's lines, as the generator's input.
	var lines []string
	for _, line := range strings.Split(readSource(t, "manifest.tsv"), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") && !strings.HasPrefix(line, "file\t") {
			lines = append(lines, line)
		}
	}
	for _, line := range lines {
		f := strings.Split(line, "\t")
		require.Len(t, f, 7, line)
		if s, ok := byFile[f[0]]; ok {
			want := f[3]
			if want == "-" {
				want = ""
			}
			assert.Equal(t, want, s.Revision, f[0])
		}
	}

	// Every file of the sources directory is in the manifest, or the
	// project's own.
	dir, err := os.ReadDir("internal/gen/sources")
	require.NoError(t, err)
	for _, d := range dir {
		own := slices.Contains([]string{"README.md", "overrides.txt", "manifest.tsv", "LICENSE-jpush-docs"}, d.Name())
		listed := slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, d.Name()+"\t") })
		assert.True(t, own != listed, "%s: in the manifest exactly when it is a vendor file", d.Name())
	}
	assert.Contains(t, readSource(t, "LICENSE-jpush-docs"), "Copyright (c) 2014 极光推送", "the MIT notice ships with the copies")

	jm := byFile["jmessage-ios.md"]
	assert.Equal(t, []codes.Platform{codes.JMessageIOS, codes.JMRTC}, jm.Platforms)
	assert.Equal(t, "48b0ddba7a77b34b6793a5e8b058029652614b46", jm.Revision)
	assert.Equal(t, "2019-06-05", jm.Date)

	// JMessage's history: the combined pages hold three platforms' codes,
	// the others the server's.
	for _, f := range []string{"jmessage-combined-2016.md", "jmessage-combined-2016-01.md", "jmessage-combined-2015.md", "jmessage-combined-2015-11-05.md"} {
		assert.Equal(t, []codes.Platform{codes.JMessageServer, codes.JMessageAndroid, codes.JMessageIOS}, byFile[f].Platforms, f)
	}
	for _, f := range []string{"jmessage-server-2017-07.md", "jmessage-rest-2015.md", "jmessage-ios-appledoc-tcp-2015.html"} {
		assert.Equal(t, []codes.Platform{codes.JMessageServer}, byFile[f].Platforms, f)
	}
	assert.Equal(t, "6588228dc435198c768d70c5bdbe50bb503d6ad3", byFile["jmessage-rest-2015.md"].Revision)
	assert.Equal(t, "2015-04-10", byFile["jmessage-rest-2015.md"].Date)

	srcs[0].Platforms[0] = codes.EasemobWeb4
	assert.Equal(t, codes.JMessageWeb, imcodes.Sources()[0].Platforms[0], "a copy")
}
