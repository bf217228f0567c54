package gen

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBuildRESTReasons(t *testing.T) {
	reasons, err := buildRESTReasons(smallInputs())
	require.NoError(t, err)
	var got []string
	for _, r := range reasons {
		got = append(got, r.Quoted()+" "+r.Name+" "+r.Category+" "+r.Action)
	}
	assert.Equal(t, []string{
		`"metadata_error" ReasonMetadataError InvalidArgument FixRequest`,
		`"metadata_error" ReasonMetadataError Aborted Retry`,
		`"reach_limit" ReasonReachLimit ResourceExhausted RetryLater`,
	}, got, "sorted by reason, then status; an example row of the same pair is one pair")

	src, err := renderReasons(reasons)
	require.NoError(t, err)
	assert.Contains(t, string(src), "\t// ReasonMetadataError is the \"error\" \"metadata_error\".\n"+
		"\t// With HTTP 400: attribute limit (InvalidArgument, FixRequest).\n"+
		"\t// With HTTP 409: concurrent update (Aborted, Retry).\n"+
		"\tReasonMetadataError Reason = \"metadata_error\"\n")
	assert.Contains(t, string(src), "\t{\"reach_limit\", 429, codes.ResourceExhausted, codes.RetryLater},\n")

	// The real sources agree with their decisions.
	_, err = buildRESTReasons(repoInputs(t))
	assert.NoError(t, err)
}

func TestRESTReasonErrors(t *testing.T) {
	tsv := func(rows ...string) string {
		return "http_status\terror\texception\tmeaning\tin_newest\tpages\n" + strings.Join(rows, "\n") + "\n"
	}
	for _, tt := range []struct{ name, tsv, overrides, want string }{
		{"no header", "400\tx\t\tm\tyes\tp\n", "", "t:1: want the header"},
		{"short row", tsv("400\tx\tm"), "", "t:2: want 6 tab-separated cells, got 3"},
		{"bad status", tsv("4oo\tx\t\tm\tyes\tp"), "", `t:2: HTTP status "4oo" is not a number`},
		{"undecided", tsv("400\tx\t\tm\tyes\tp"), "", `t:2: REST reason "x" under HTTP 400 has no rest line`},
		{"decided, not documented", tsv(), `rest 400 "x" ReasonX InvalidArgument FixRequest | r`, `o:1: rest 400 "x" is not in`},
		{"two names for one reason", tsv("400\tx\t\tm\tyes\tp", "404\tx\t\tm\tyes\tp"),
			"rest 400 \"x\" ReasonX InvalidArgument FixRequest | r\nrest 404 \"x\" ReasonY NotFound FixRequest | r", `o:2: rest 404 "x": the identifier is named ReasonX at line 1`},
		{"one name for two reasons", tsv("400\tx\t\tm\tyes\tp", "400\ty\t\tm\tyes\tp"),
			"rest 400 \"x\" ReasonX InvalidArgument FixRequest | r\nrest 400 \"y\" ReasonX InvalidArgument FixRequest | r", `o:2: rest 400 "y": name ReasonX already names "x"`},
		{"not a Reason name", tsv("400\tx\t\tm\tyes\tp"), `rest 400 "x" X InvalidArgument FixRequest | r`, `"X" is not an exported Go identifier starting with Reason`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := parseRESTReasons("t", []byte(tt.tsv))
			if err == nil {
				var ov *overrides
				ov, err = parseOverrides("o", []byte(tt.overrides))
				require.NoError(t, err)
				_, err = buildReasons(rows, ov.rest)
			}
			assert.ErrorContains(t, err, tt.want)
		})
	}
	for src, want := range map[string]string{
		`rest 4x "a" ReasonA NotFound FixRequest | r`: `o:1: rest: status "4x" is not a number`,
		`rest 400 a ReasonA NotFound FixRequest | r`:  "o:1: rest 400: the error identifier must be a double-quoted Go string",
		`rest 400 "a" ReasonA NotFound | r`:           `o:1: rest 400 "a": want NAME CATEGORY ACTION after the identifier`,
		`rest 400 "a" ReasonA OK FixRequest | r`:      `"OK" is not the category of a failure`,
		`rest 400 "a" ReasonA NotFound None | r`:      `"None" is not the action of a failure`,
		"rest 400 \"a\" ReasonA NotFound FixRequest | r\n" +
			`rest 400 "a" ReasonA NotFound FixRequest | again`: `o:2: rest 400 "a": decided twice (first at line 1)`,
	} {
		_, err := parseOverrides("o", []byte(src))
		assert.ErrorContains(t, err, want, src)
	}
}

// Released reason names never change, and released reasons never go.
func TestReleasedReasons(t *testing.T) {
	in := smallInputs()
	in[releasedNamesFile] = []byte(`rest "reach_limit" ReasonReachLimit` + "\n")
	_, err := buildRESTReasons(in)
	require.NoError(t, err)

	in[releasedNamesFile] = []byte(`rest "reach_limit" ReasonRateLimit` + "\n")
	_, err = buildRESTReasons(in)
	assert.ErrorContains(t, err, `REST reason "reach_limit" was released as ReasonRateLimit; released names never change, so it cannot become ReasonReachLimit`)

	in[releasedNamesFile] = []byte("# names\n" + `rest "gone_away" ReasonGoneAway` + "\n")
	_, err = buildRESTReasons(in)
	assert.ErrorContains(t, err, releasedNamesFile+`:2: REST reason "gone_away" was released as ReasonGoneAway but is no longer in`)

	in[releasedNamesFile] = []byte(`rest reach_limit ReasonReachLimit` + "\n")
	_, err = buildRESTReasons(in)
	assert.ErrorContains(t, err, "the identifier must be a double-quoted Go string")

	files, err := generate(smallInputs(), true)
	require.NoError(t, err)
	assert.Contains(t, string(files[releasedNamesFile]), "jmessage/server 898002 NoSuchUser\n")
	assert.Contains(t, string(files[releasedNamesFile]), `rest "metadata_error" ReasonMetadataError`+"\n")
}
