package site

import (
	"net/http"

	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/localize"
)

// lang is a language of the pages: "en" or "zh".
type lang string

const (
	english lang = "en"
	chinese lang = "zh"
)

// langs are the languages of the pages; a static site has a tree for each,
// the first at its root.
var langs = []lang{english, chinese}

func (l lang) other() lang {
	if l == chinese {
		return english
	}
	return chinese
}

// tag is the language.Tag that package localize takes.
func (l lang) tag() language.Tag {
	if l == chinese {
		return language.SimplifiedChinese
	}
	return language.English
}

// parseLang reads the lang query parameter or cookie.
func parseLang(s string) (lang, bool) {
	switch s {
	case "en":
		return english, true
	case "zh":
		return chinese, true
	}
	return "", false
}

// langCookie remembers a reader's choice of language.
const langCookie = "lang"

// requestLang chooses the language of a page: the lang parameter (a click on
// the switch), else the reader's earlier choice, else the browser's
// languages. A choice made by the parameter is remembered in a cookie; that
// is the only state the server gives a browser.
func requestLang(w http.ResponseWriter, r *http.Request) lang {
	if l, ok := parseLang(r.URL.Query().Get("lang")); ok {
		http.SetCookie(w, &http.Cookie{Name: langCookie, Value: string(l), Path: "/", MaxAge: 365 * 24 * 3600, SameSite: http.SameSiteLaxMode, HttpOnly: true})
		return l
	}
	if c, err := r.Cookie(langCookie); err == nil {
		if l, ok := parseLang(c.Value); ok {
			return l
		}
	}
	if localize.MatchAccept(r.Header.Get("Accept-Language")) == language.SimplifiedChinese {
		return chinese
	}
	return english
}

// text is the vendor's text of e in l, or the other language's where the
// vendor gives none in l (the Easemob codes that only the SDK's enum lists
// have no Chinese).
func text(e codes.Entry, l lang) string {
	if t := localize.Text(e, l.tag()); t != "" {
		return t
	}
	if m := meaning(e, l); m != "" {
		return m
	}
	return localize.Text(e, l.other().tag())
}

// meaning is the project's own words for what e means, in l, where the
// catalog has them (the codes whose vendor publishes no text it may copy).
func meaning(e codes.Entry, l lang) string {
	if l == chinese && e.ChineseMeaning != "" {
		return e.ChineseMeaning
	}
	return e.Meaning
}

// userText is the project's sentence for an end user who meets e.
func userText(e codes.Entry, l lang) string {
	return localize.UserText(codes.NewError(e.Platform, e.Code), l.tag())
}

// advice tells a developer what to do about a code of action a: the advice
// of codes.Action, and for Chinese this project's translation of it.
func advice(a codes.Action, l lang) string {
	if l == chinese {
		if s, ok := adviceZH(a); ok {
			return s
		}
	}
	return a.Advice()
}

// adviceZH translates codes.Action.Advice; an action missing here is shown
// with its English advice.
func adviceZH(a codes.Action) (string, bool) {
	switch a {
	case codes.Report:
		return "记录并上报；不要循环重试", true
	case codes.None:
		return "不是错误", true
	case codes.Retry:
		return "以退避方式重试", true
	case codes.RetryLater:
		return "等待（遵循 Retry-After）后重试", true
	case codes.Reauthenticate:
		return "重新登录或刷新令牌，然后重试", true
	case codes.FixRequest:
		return "修正请求或告知用户；请求不变就不会成功", true
	case codes.FixSetup:
		return "修正应用的配置（appkey、密钥、权限、服务）", true
	}
	return "", false
}

// words are the texts of the pages, this project's own, in English and
// Chinese: static data, looked up through a map built when a site is made.
var words = [...]struct{ key, en, zh string }{
	{"skip", "Skip to content", "跳到正文"},
	{"tagline", "Error codes of JMessage (JIGUANG IM) and Easemob, in one place", "极光 IM（JMessage）与环信（Easemob）的错误码，一处查全"},
	{"search", "Search", "搜索"},
	{"paste", "Paste a log", "粘贴日志"},
	{"switch", "中文", "English"},
	{"switchTitle", "Switch to Chinese", "切换到英文"},
	{"query", "Code, Go or SDK name, English or Chinese words", "错误码、Go 或 SDK 名称、中英文关键词"},
	{"queryHelp", "For example 898002, NoSuchUser, timeout or 黑名单", "例如 898002、NoSuchUser、timeout 或 黑名单"},
	{"any", "any", "全部"},
	{"vendor", "Vendor", "厂商"},
	{"platform", "Platform", "平台"},
	{"category", "Category", "类别"},
	{"action", "Action", "处理方式"},
	{"deprecated", "Deprecated", "已废弃"},
	{"depOnly", "only deprecated", "只看已废弃"},
	{"depHide", "hide deprecated", "隐藏已废弃"},
	{"submit", "Search", "搜索"},
	{"results", "Codes: %d", "共 %d 个错误码"},
	{"noResults", "No code matches", "没有匹配的错误码"},
	{"allCodes", "Every code in the catalog", "目录中的全部错误码"},
	{"tooLong", "The query is too long: at most %d bytes.", "查询过长：最多 %d 字节。"},
	{"code", "Code", "错误码"},
	{"name", "Name", "名称"},
	{"text", "Text", "说明"},
	{"message", "Message", "英文消息"},
	{"description", "Chinese description", "中文描述"},
	{"explanation", "English explanation", "英文解释"},
	{"meaning", "Meaning (this project's words)", "含义（本项目的说明）"},
	{"meaningZH", "Meaning in Chinese (this project's words)", "中文含义（本项目的说明）"},
	{"httpStatus", "HTTP", "HTTP"},
	{"advice", "What to do", "怎么处理"},
	{"userText", "What to tell users", "告诉用户"},
	{"depNote", "The newest sources no longer list it; services and older SDKs may still send it.", "最新的资料已不再列出此错误码；服务端和旧版 SDK 仍可能返回它。"},
	{"goConstant", "Go constant", "Go 常量"},
	{"source", "Source", "来源"},
	{"sourceAt", "revision", "版本"},
	{"license", "Licence", "许可"},
	{"others", "The same number on other platforms", "同一数字在其他平台的含义"},
	{"noOthers", "No other platform defines this number.", "其他平台没有定义这个数字。"},
	{"json", "JSON", "JSON"},
	{"unknown", "Not in the catalog", "目录中没有此错误码"},
	{"unknownCode", "%s has no code %s.", "%s 没有错误码 %s。"},
	{"nearCodes", "Near numbers on %s", "%s 上相近的错误码"},
	{"elsewhere", "Platforms that define %s", "定义了 %s 的平台"},
	{"notFound", "Page not found", "页面不存在"},
	{"notFoundText", "There is no page here. Search the catalog instead.", "这里没有页面。请搜索目录。"},
	{"pasteTitle", "Which codes are in this log?", "这段日志里有哪些错误码？"},
	{"pasteHelp", "Paste a log line, an error message or an SDK report. The codes found are highlighted with their meaning, by the same rules as imcodes explain.", "粘贴一行日志、一条错误信息或 SDK 的报错。找到的错误码会高亮并附上含义，规则与 imcodes explain 相同。"},
	{"pasteLabel", "Text", "文本"},
	{"pasteSubmit", "Find codes", "查找错误码"},
	{"pasteLimit", "At most %s.", "最多 %s。"},
	{"pasteTooBig", "The text is larger than %s, the most the paste box takes. For a larger log, run: imcodes explain < app.log", "文本超过 %s，超出了粘贴框的上限。更大的日志请运行：imcodes explain < app.log"},
	{"pasteNone", "No code found in the text.", "文本中没有找到错误码。"},
	{"pasteFound", "Codes found: %d", "找到 %d 处错误码"},
	{"pasteShown", "The first %d are shown.", "只显示前 %d 处。"},
	{"pasteLine", "line", "行"},
	{"pasteCodes", "The codes", "错误码"},
	{"pasteSeen", "times", "次"},
	{"pasteStatic", "The paste box needs a server: run imcodes serve, or imcodes explain on a terminal. This static copy of the catalog has no server.", "粘贴框需要服务器：请运行 imcodes serve，或在终端运行 imcodes explain。这份静态目录没有服务器。"},
	{"pasteBadType", "The paste box takes a form (application/x-www-form-urlencoded).", "粘贴框只接受表单（application/x-www-form-urlencoded）。"},
	{"staticNoScript", "On this static copy, the search needs JavaScript; the whole catalog is listed below.", "在这份静态目录中，搜索需要 JavaScript；下面列出了全部错误码。"},
	{"footer", "Vendor texts are verbatim from the vendors' pages; categories, actions and advice are this project's.", "厂商文本均逐字取自厂商页面；类别、处理方式和建议由本项目给出。"},
}
