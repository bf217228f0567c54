package localize_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/server"
	"github.com/imcodes/imcodes/localize"
)

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
		{"busy server", server.ServerBusy, "The service is unavailable right now. Please try again.", "服务暂时不可用，请重试。"},
		{"bad app secret", server.RESTBasicAuthFailed, "This app is not set up correctly. Please contact its support.", "应用配置有误，请联系客服。"},
		{"unknown code", codes.NewError(codes.JMessageServer, 123456), "Something went wrong. Please try again later or contact support.", "出错了，请稍后再试或联系客服。"},
		{"undecodable body", undecodable, "The service is unavailable right now. Please try again.", "服务暂时不可用，请重试。"},
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
