package localize

import (
	"errors"

	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
)

// UserText returns a short sentence for an end user about err, in English or
// Chinese as t asks (see [Match]), such as "Please sign in again." or
// "请重新登录。". A nil error gives "".
//
// The sentences are the imcodes project's own words, not the vendors': one
// for each action, told apart by category where one sentence would serve
// unlike cases (see codes.ActionOf and codes.CategoryOf), so that every error
// gets one, unknown codes and undecodable responses included; and for the
// few codes whose fix the category does not say (an app that must be
// updated, a device permission the user must allow), the sentence the
// catalog's overrides choose. UserText never returns an Error() string, an
// SDK constant or a vendor's developer text.
func UserText(err error, t language.Tag) string {
	if err == nil {
		return ""
	}
	s := userSentence(choiceOf(err), codes.ActionOf(err), codes.CategoryOf(err))
	if chinese(t) {
		return s.zh
	}
	return s.en
}

// sentence is one user-facing sentence of the project, in both languages.
// The Chinese addresses the reader as 您.
type sentence struct{ en, zh string }

// userTextKind is the sentence of a code whose category does not choose it;
// the generated table userTextChoices gives it per code.
type userTextKind uint8

const (
	byCategory            userTextKind = iota // the sentence of the action and category
	updateApp                                 // the app must be updated
	allowDevicePermission                     // the user must allow a device permission
)

// userTextChoice is a row of userTextChoices.
type userTextChoice struct {
	platform codes.Platform
	code     int
	kind     userTextKind
}

// choiceOf returns the kind of sentence chosen for the code of err, if any.
func choiceOf(err error) userTextKind {
	var coded codes.Coded
	if !errors.As(err, &coded) {
		return byCategory
	}
	p, code, ok := coded.PlatformCode()
	if !ok {
		return byCategory
	}
	for _, c := range userTextChoices {
		if c.platform == p && c.code == code {
			return c.kind
		}
	}
	return byCategory
}

// userSentence picks the sentence for an error of kind k, action a and
// category c.
func userSentence(k userTextKind, a codes.Action, c codes.Category) sentence {
	switch k {
	case updateApp:
		return sentence{"Please update the app to the latest version.", "请将应用更新到最新版本。"}
	case allowDevicePermission:
		return sentence{"Please allow this app to use the microphone and camera in your device settings.", "请在系统设置中允许本应用使用您的麦克风和摄像头。"}
	}
	switch a {
	case codes.Retry:
		return retrySentence(c)
	case codes.RetryLater:
		return sentence{"Too many requests. Please wait a moment and try again.", "操作太频繁，请稍后再试。"}
	case codes.Reauthenticate:
		return sentence{"Please sign in again.", "请重新登录。"}
	case codes.FixSetup:
		return fixSetupSentence(c)
	case codes.FixRequest:
		return fixRequestSentence(c)
	}
	return sentence{"Something went wrong. Please try again later or contact support.", "出错了，请稍后再试或联系客服。"}
}

// retrySentence tells the user that trying again can help. A lost or
// unreachable service is mostly the user's own network, so that is what the
// sentences ask the user to check, rather than blaming the service.
func retrySentence(c codes.Category) sentence {
	switch c {
	case codes.DeadlineExceeded:
		return sentence{"The request timed out. Please check your network connection and try again.", "请求超时，请检查您的网络连接后重试。"}
	case codes.Unavailable:
		return sentence{"Please check your network connection and try again.", "请检查您的网络连接后重试。"}
	case codes.Aborted:
		return sentence{"Another change was made at the same time. Please try again.", "有其他操作同时进行，请重试。"}
	}
	return sentence{"Something went wrong. Please try again.", "出了点问题，请重试。"}
}

// fixSetupSentence tells the user that the app, not the user, is at fault,
// and what kind of fault, so that the user knows whom to ask.
func fixSetupSentence(c codes.Category) sentence {
	switch c {
	case codes.Unimplemented:
		return sentence{"This feature is not available in this app. Please contact the app's support.", "此功能在本应用中未开通，请联系应用客服。"}
	case codes.ResourceExhausted:
		return sentence{"This app has reached a usage limit of its service. Please contact the app's support.", "本应用的服务用量已达上限，请联系应用客服。"}
	}
	return sentence{"This app is not set up correctly. Please contact the app's support.", "应用配置有误，请联系应用客服。"}
}

// fixRequestSentence tells the user what is wrong with what they asked.
// None of them suggests that waiting helps (no "right now"): unchanged, the
// request fails again.
func fixRequestSentence(c codes.Category) sentence {
	switch c {
	case codes.InvalidArgument:
		return sentence{"The request is not valid. Please check what you entered.", "请求无效，请检查您输入的内容。"}
	case codes.NotFound:
		return sentence{"It could not be found. It may have been removed.", "未找到，可能已被删除。"}
	case codes.AlreadyExists:
		return sentence{"It already exists.", "已经存在。"}
	case codes.PermissionDenied:
		return sentence{"You are not allowed to do this.", "您没有权限执行此操作。"}
	case codes.ResourceExhausted:
		return sentence{"A limit has been reached.", "已达到上限。"}
	case codes.FailedPrecondition:
		return sentence{"This cannot be done in this situation.", "在这种情况下无法执行此操作。"}
	case codes.Unauthenticated:
		return sentence{"The account or password is incorrect.", "账号或密码错误。"}
	case codes.Unimplemented:
		return sentence{"This is not supported.", "不支持此操作。"}
	case codes.Canceled:
		return sentence{"The operation was canceled.", "操作已取消。"}
	case codes.OutOfRange:
		return sentence{"A value is out of range.", "数值超出范围。"}
	}
	return sentence{"The request could not be completed.", "无法完成请求。"}
}
