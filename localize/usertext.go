package localize

import (
	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
)

// UserText returns a short sentence for an end user about err, in English or
// Chinese as t asks (see [Match]), such as "Please sign in again." or
// "请重新登录。". A nil error gives "".
//
// The sentences are the imcodes project's own words, not the vendors': one
// for each action, and for FixRequest and Retry one for each category (see
// codes.ActionOf and codes.CategoryOf), so that every error gets one, unknown
// codes and undecodable responses included. UserText never returns an
// Error() string, an SDK constant or a vendor's developer text.
func UserText(err error, t language.Tag) string {
	if err == nil {
		return ""
	}
	s := userSentence(codes.ActionOf(err), codes.CategoryOf(err))
	if chinese(t) {
		return s.zh
	}
	return s.en
}

// sentence is one user-facing sentence of the project, in both languages.
type sentence struct{ en, zh string }

// userSentence picks the sentence for an error of action a and category c.
func userSentence(a codes.Action, c codes.Category) sentence {
	switch a {
	case codes.Retry:
		switch c {
		case codes.DeadlineExceeded:
			return sentence{"The request timed out. Please try again.", "请求超时，请重试。"}
		case codes.Unavailable:
			return sentence{"The service is unavailable right now. Please try again.", "服务暂时不可用，请重试。"}
		}
		return sentence{"Something went wrong. Please try again.", "出了点问题，请重试。"}
	case codes.RetryLater:
		return sentence{"Too many requests. Please wait a moment and try again.", "操作太频繁，请稍后再试。"}
	case codes.Reauthenticate:
		return sentence{"Please sign in again.", "请重新登录。"}
	case codes.FixSetup:
		return sentence{"This app is not set up correctly. Please contact its support.", "应用配置有误，请联系客服。"}
	case codes.FixRequest:
		return fixRequestSentence(c)
	}
	return sentence{"Something went wrong. Please try again later or contact support.", "出错了，请稍后再试或联系客服。"}
}

// fixRequestSentence tells the user what is wrong with what they asked.
func fixRequestSentence(c codes.Category) sentence {
	switch c {
	case codes.InvalidArgument:
		return sentence{"The request is not valid. Please check what you entered.", "请求无效，请检查输入的内容。"}
	case codes.NotFound:
		return sentence{"It could not be found. It may have been removed.", "未找到，可能已被删除。"}
	case codes.AlreadyExists:
		return sentence{"It already exists.", "已经存在。"}
	case codes.PermissionDenied:
		return sentence{"You are not allowed to do this.", "你没有权限执行此操作。"}
	case codes.ResourceExhausted:
		return sentence{"A limit has been reached.", "已达到上限。"}
	case codes.FailedPrecondition:
		return sentence{"This cannot be done right now.", "当前无法执行此操作。"}
	case codes.Unauthenticated:
		return sentence{"The account or password is incorrect.", "账号或密码错误。"}
	case codes.Unimplemented:
		return sentence{"This is not supported.", "不支持此操作。"}
	case codes.Canceled:
		return sentence{"The operation was canceled.", "操作已取消。"}
	case codes.Aborted:
		return sentence{"Another attempt is already in progress.", "已有操作正在进行中。"}
	case codes.OutOfRange:
		return sentence{"A value is out of range.", "数值超出范围。"}
	}
	return sentence{"The request could not be completed.", "无法完成请求。"}
}
