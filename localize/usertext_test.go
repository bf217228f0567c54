package localize_test

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/localize"
)

var update = flag.Bool("update", false, "rewrite testdata/usertext.txt, the review of every user sentence")

func TestUserText(t *testing.T) {
	undecodable := codes.NewStatusError(codes.JMessageServer, 502)
	undecodable.Body, undecodable.Err = "<html>bad gateway</html>", errors.New("invalid character '<'")
	for _, tt := range []struct {
		name   string
		err    error
		en, zh string
	}{
		{"expired token", server.TokenExpired, "Please sign in again.", "请重新登录。"},
		{"kicked by another device", fmt.Errorf("recv: %w", codes.NewError(codes.EasemobWeb4, 206)), "Please sign in again.", "请重新登录。"},
		{"missing user", server.NoSuchUser, "It could not be found. It may have been removed.", "未找到，可能已被删除。"},
		{"rate limit", server.SendFrequencyLimitExceeded, "Too many requests. Please wait a moment and try again.", "操作太频繁，请稍后再试。"},
		// Mostly the user's own network, not the service.
		{"busy server", server.ServerBusy, "Please check your network connection and try again.", "请检查您的网络连接后重试。"},
		{"no network (Easemob native)", codes.NewError(codes.EasemobNative, 2), "Please check your network connection and try again.", "请检查您的网络连接后重试。"},
		{"undecodable body", undecodable, "Please check your network connection and try again.", "请检查您的网络连接后重试。"},
		{"timeout", codes.NewError(codes.EasemobWeb4, -1), "The request timed out. Please check your network connection and try again.", "请求超时，请检查您的网络连接后重试。"},
		{"bad app secret", server.RESTBasicAuthFailed, "This app is not set up correctly. Please contact the app's support.", "应用配置有误，请联系应用客服。"},
		// FixSetup tells apart what the app lacks.
		{"feature not enabled", codes.NewError(codes.EasemobWeb4, 505), "This feature is not available in this app. Please contact the app's support.", "此功能在本应用中未开通，请联系应用客服。"},
		{"feature not enabled (REST error code)", easemob.ParseResponse(403, []byte(`{"error":"forbidden_op","error_code":15002}`)), "This feature is not available in this app. Please contact the app's support.", "此功能在本应用中未开通，请联系应用客服。"},
		{"paid quota of the app", codes.NewError(codes.EasemobWeb4, 50), "This app has reached a usage limit of its service. Please contact the app's support.", "本应用的服务用量已达上限，请联系应用客服。"},
		{"SDK too old", codes.NewError(codes.JMessageWeb, 880110), "Please update the app to the latest version.", "请将应用更新到最新版本。"},
		{"protocol too old", codes.NewError(codes.JMessageIOS, 865008), "Please update the app to the latest version.", "请将应用更新到最新版本。"},
		{"microphone or camera denied", fmt.Errorf("init: %w", codes.NewError(codes.JMRTC, 872105)), "Please allow this app to use the microphone and camera in your device settings.", "请在系统设置中允许本应用使用您的麦克风和摄像头。"},
		// Permanent: nothing suggests that waiting helps.
		{"not a member", codes.NewError(codes.EasemobNative, 602), "This cannot be done in this situation.", "在这种情况下无法执行此操作。"},
		{"too late to recall", codes.NewError(codes.JMessageServer, 855001), "This cannot be done in this situation.", "在这种情况下无法执行此操作。"},
		{"unknown code", codes.NewError(codes.JMessageServer, 123456), "Something went wrong. Please try again later or contact support.", "出错了，请稍后再试或联系客服。"},
		{"plain error", errors.New("dial tcp: connection refused"), "Something went wrong. Please try again later or contact support.", "出错了，请稍后再试或联系客服。"},
	} {
		assert.Equal(t, tt.en, localize.UserText(tt.err, language.English), tt.name)
		assert.Equal(t, tt.zh, localize.UserText(tt.err, language.MustParse("zh-TW")), tt.name)
	}
	assert.Empty(t, localize.UserText(nil, language.English))
}

// Every error gets a sentence of the project's, never developer text: not
// its Error() string, not an SDK constant, not the vendor's description.
func TestUserTextIsNeverDeveloperText(t *testing.T) {
	for _, e := range imcodes.Entries() {
		err := codes.NewError(e.Platform, e.Code)
		for _, tag := range []language.Tag{language.English, language.SimplifiedChinese} {
			s := localize.UserText(err, tag)
			assert.NotEmpty(t, s, "%s %d", e.Platform, e.Code)
			assert.NotContains(t, s, err.Error())
			assert.NotContains(t, s, e.Name)
			assert.NotEqual(t, e.Message, s)
			assert.NotEqual(t, e.Description, s)
			assert.False(t, strings.ContainsAny(s, "_%{}"), "%q", s)
		}
	}
}

// The sentences read as one voice: the Chinese addresses the reader as 您,
// and no sentence for a request that fails again unchanged suggests that
// waiting helps.
func TestUserSentenceStyle(t *testing.T) {
	for _, e := range imcodes.Entries() {
		err := codes.NewError(e.Platform, e.Code)
		en := localize.UserText(err, language.English)
		zh := localize.UserText(err, language.SimplifiedChinese)
		assert.NotContains(t, zh, "你", "%s %d: %s", e.Platform, e.Code, zh)
		if e.Action == codes.FixRequest || e.Action == codes.FixSetup {
			assert.NotContains(t, en, "right now", "%s %d", e.Platform, e.Code)
			assert.NotContains(t, zh, "暂时", "%s %d", e.Platform, e.Code)
			assert.NotContains(t, en, "try again", "%s %d", e.Platform, e.Code)
		}
		if e.Action == codes.Retry && e.Category == codes.Unavailable {
			assert.Contains(t, en, "network", "%s %d", e.Platform, e.Code)
		}
	}
}

// testdata/usertext.txt lists every sentence with every catalog entry that
// gets it, to be read when a sentence or a decision changes: a sentence that
// reads wrong for one of its entries shows there. go test -update rewrites it.
func TestUserSentencesReviewed(t *testing.T) {
	type group struct {
		en, zh  string
		entries []string
	}
	var groups []*group
	index := map[string]*group{}
	for _, e := range imcodes.Entries() {
		err := codes.NewError(e.Platform, e.Code)
		en, zh := localize.UserText(err, language.English), localize.UserText(err, language.SimplifiedChinese)
		g := index[en]
		if g == nil {
			g = &group{en: en, zh: zh}
			index[en] = g
			groups = append(groups, g)
		}
		require.Equal(t, g.zh, zh, "one Chinese sentence for each English one: %q", en)
		what := e.Message
		if e.Meaning != "" {
			what = e.Meaning
		} else if what == "" {
			what = e.Description
		}
		g.entries = append(g.entries, e.Platform.String()+" "+strconv.Itoa(e.Code)+" "+e.Name+" ("+e.Category.String()+", "+e.Action.String()+"): "+strings.Join(strings.Fields(what), " "))
	}
	var b strings.Builder
	b.WriteString("# The user sentence (localize.UserText) of every catalog entry, grouped by\n# sentence, for review; go test ./localize -update rewrites this file.\n")
	for _, g := range groups {
		fmt.Fprintf(&b, "\n%s\n%s\n%d entries:\n", g.en, g.zh, len(g.entries))
		for _, e := range g.entries {
			b.WriteString("  " + e + "\n")
		}
	}
	golden := filepath.Join("testdata", "usertext.txt")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), b.String(), "a sentence or a decision changed: review it and run go test ./localize -update")
	assert.Len(t, groups, 21, "the sentences in use")
}
