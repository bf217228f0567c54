package logscan

// This file holds the words the rules look for, as data: the code keys and
// the numberings each counts for, the words that make a key another
// system's, and the words that name a platform. Adding a platform adds rows
// here, not code.

// scope is what a code key counts for.
type scope uint8

const (
	scopeAll     scope = iota // every numbering
	scopeEasemob              // the Easemob numberings only (callbacks' "type")
	scopeLong                 // numbers of six or seven digits only: never an HTTP status
)

// codeKey is a code key of rule 3, in lower case.
type codeKey struct {
	word  string
	scope scope
}

// codeKeys are the code keys of rule 3. A key is a whole word; Chinese keys
// can also run into the number ("错误码206", "报错206").
var codeKeys = []codeKey{
	{"code", scopeAll}, {"errcode", scopeAll}, {"err_code", scopeAll}, {"error_code", scopeAll},
	{"errorcode", scopeAll}, {"error", scopeAll}, {"err", scopeAll},
	{"platformexception", scopeAll}, // Flutter: PlatformException(871303, Invalid username., null)
	{"type", scopeEasemob},          // Easemob callbacks: {type: 206, message: "..."}
	{"statuscode", scopeLong}, {"status_code", scopeLong}, {"responsecode", scopeLong}, {"response_code", scopeLong},
	{"错误码", scopeAll}, {"错误代码", scopeAll}, {"错误", scopeAll}, {"代码", scopeAll}, {"返回码", scopeAll},
	{"错误号", scopeAll}, {"报错", scopeAll}, {"报", scopeAll},
}

// foreignWords, found just before a code key (in the same clause, up to
// maxOwner bytes back), make it another system's key: an HTTP client's,
// libcurl's, a resolver's or a socket's, the OS errno of a system call, an
// NSError of another domain, a WeChat mini-program's, a process's exit
// status, or another IM vendor's ("Http error code: 7", "getDnsList code:
// 0", "dnsHost type: 3", "Domain=NSURLErrorDomain Code=-1001", "融云
// errorCode: 5"). A word counts where a word or a part of an identifier
// starts ("getDnsList", "EMDNSManager", "httpExecute"; not "wrong").
var foreignWords = []string{
	"http", "curl", "dns", "host", "socket", "sock", "tcp", "udp", "ssl", "tls", "errno", "syscall",
	"posix", "nsurl", "nscocoa", "cfnetwork", "kcferror", "nsposix", "status", "resp", "exit", "make",
	"wx.", "weixin", "wechat", "微信", "小程序", "errmsg",
	"rongcloud", "rongim", "融云", "tencent", "腾讯", "timsdk", "v2tim", "网易", "云信", "netease",
	"rtm", "firebase", "leancloud", "openim",
}

// foreignAfter are the keys that, right after the number of a code key,
// show the object to be another system's: WeChat's {"errcode":0,"errmsg":"ok"}.
var foreignAfter = []string{"errmsg", "err_msg"}

// idKeys are the id-like keys of rule 4, in lower case.
var idKeys = []string{
	"id", "uid", "gid", "pid", "tid", "cid", "mid", "rid", "sid", "uuid", "guid", "msgid", "userid",
	"groupid", "roomid", "seq", "seqno", "sequence", "sn", "no", "num", "number", "ts", "time",
	"timestamp", "date", "port", "size", "len", "length", "count", "cnt", "total", "offset", "pos",
	"line", "took", "elapsed", "cost", "duration", "latency", "ttl", "timeout", "ver", "version",
	"build", "qq",
}

// units are the units of rule 4, in lower case.
var units = []string{
	"ns", "us", "ms", "nsec", "usec", "msec", "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
	"h", "hr", "hrs", "hour", "hours", "d", "day", "days", "b", "byte", "bytes", "k", "kb", "kib",
	"mb", "mib", "g", "gb", "gib", "tb", "tib", "bps", "kbps", "mbps", "times",
}

// utf8Units are the units of rule 4 that are not ASCII words.
var utf8Units = []string{"%", "µs", "μs", "毫秒", "秒", "分钟", "小时", "字节", "次"}

// conjunctions join numbers in a list, after a code key: "报 40 和 401",
// "错误码 206、207", "code 1, 2 or 3".
var conjunctions = []string{",", "/", "&", "、", "，", "和", "与", "或", "及", "or", "and"}

// httpReasons are the reason phrases of HTTP statuses, in lower case: a
// number of three digits before one is an HTTP status, not a code
// ("code: 404 Not Found", `{"code":404,"message":"Not Found"}`).
var httpReasons = []string{
	"ok", "created", "accepted", "no content", "moved permanently", "found", "not modified",
	"bad request", "unauthorized", "payment required", "forbidden", "not found", "method not allowed",
	"not acceptable", "request timeout", "conflict", "gone", "payload too large", "request entity too large",
	"unsupported media type", "too many requests", "internal server error", "not implemented",
	"bad gateway", "service unavailable", "gateway timeout",
}
