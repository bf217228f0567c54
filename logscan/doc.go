// Package logscan finds the error codes of the imcodes catalog in any text:
// a log, an error message, a support ticket, an issue thread, a vendor's
// doc table or a mirror of it, an SDK's console output.
//
// [Scan] reads the text in one pass, on one goroutine, in time linear in its
// size and with memory bounded whatever the input, and reports each
// occurrence of a code with its line, column, the [Rule] that found it and
// the entries of its number. Lines end at '\n' (so CRLF lines work: '\r' is
// just a byte that is not a digit); columns count bytes, both from 1. The
// input need not be UTF-8: any byte that is not an ASCII letter, digit or
// underscore, NUL and invalid UTF-8 included, separates words.
//
// # What a number must be
//
//  1. A candidate is a whole number token: a run of ASCII digits that is not
//     part of a longer digit run or a word ("abc123", "v4", "0x1f",
//     "a3f5898002"; glued to a word only by rule 5: "880104invalid
//     password"); not part of a decimal, an IP address or a version (right
//     after a '.', or before a '.' and a digit: "1.898002", "10.0.0.1",
//     "v4.17.0"; "898002." ending a sentence is a candidate); not part of a
//     date or a time ('-', '/' or ':' joining it to another digit:
//     "2024-05-01", "12:34:56.789", "05/01"), of an IPv6 address ("::"), of
//     a UUID or a hyphenated identifier ("req-898002", "898002-ab12"), or a
//     segment of a URL's path ("/users/880207/messages"). It has at most
//     seven digits (the longest code), and no leading zero unless it is "0".
//  2. A leading '-' belongs to the number only right after a code key
//     ("type=-1", "code: -2"), for the negative Easemob Web 4.x codes;
//     anywhere else a negative number ("offset -898002") is no code.
//
// # The rules, strongest first
//
//  3. [RuleKey]: a number right after a code key is a code when the catalog
//     has it. The keys, in any case of ASCII letters: code, errcode,
//     err_code, error_code, errorCode, error, err; PlatformException (a
//     Flutter exception's code comes first: "PlatformException(871303,
//     ..."); the Code= of an NSError ("Error Domain=jmsg_error
//     Code=871303"); the code: of a JS object ("{code: 880103, ...}"); and
//     the Chinese 错误码, 错误代码, 错误, 代码, 返回码, 错误号, 报错 and 报
//     ("登录时报错206", "报 40"). A key counts for every numbering, except:
//     type (Easemob callbacks: "{type: 206, message: ...}") counts for the
//     Easemob numberings only; statusCode, status_code, responseCode and
//     response_code count for numbers of six or seven digits only (the
//     JMessage codes; a shorter number after them is an HTTP status, so
//     "statusCode: 404" is none). A key is a whole word (it is not preceded
//     by a letter, digit or underscore: "unicode=5" has no key), and
//     between it and the number there can be up to eight bytes of
//     separators: spaces, tabs, '=', ':', quotes and backslashes ("code=",
//     `"code":`, `\"code\":"`), '(', '[', '#', and the full-width '：' and
//     '（'. Chinese keys can also run into the number ("错误码206"), and a
//     verb can come between: 是, 为, is, was ("错误码是206", "the error code
//     is 880207"; after "is" and "was", only six or seven digits). After a
//     key, a list goes on with its conjunctions: ',', '/', '&', '、', '，',
//     和, 与, 或, 及, or, and ("报 40 和 401", "错误码 206、207").
//     A key is another system's, and no code key, when the words just
//     before it, in its clause (back to a bracket, a comma, a semicolon, a
//     digit or 24 bytes), name an HTTP client, libcurl, a resolver, a
//     socket, the OS (errno, a POSIX or URL-loading NSError domain), a
//     process's exit status, WeChat, or another IM vendor ("Http error
//     code: 7", "getDnsList code: 0", "dnsHost type: 3", "Domain=
//     NSURLErrorDomain Code=-1001", "融云 errorCode: 5"); or when a WeChat
//     errmsg follows the number (`{"errcode":0,"errmsg":"ok"}`). A number of
//     100 to 599 that an HTTP reason phrase follows, after separators or a
//     message key, is an HTTP status ("code: 404 Not Found",
//     `{"code":500,"message":"Internal Server Error"}`).
//  4. [RuleName] and [RuleMessage]: a number next to its own SDK constant or
//     Go name (USER_NOT_FOUND, EMErrorUserNotFound, WEBIM_CONNCTION_
//     DISCONNECTED, kJMSGError..., UserNotFound), or to its own catalog
//     message or Chinese description ("invalid password", "请求成功"), is a
//     code whatever its length: after or before the number, with up to 12
//     bytes of separators between (spaces, tabs, '|', brackets, ':', '=',
//     ',', ';', quotes, '-', '/', '#', '*', '<', '>', and full-width '：',
//     '，', '（', '）', '｜'), or glued to it ("USER_NOT_FOUND(204)", "| 16 |
//     WEBIM_CONNCTION_DISCONNECTED |", "EMErrorUserNotFound = 204",
//     "880104invalid password密码错误", "0success请求成功"). The name is a
//     whole word, compared ignoring ASCII case. A message of one plain word
//     ("success") counts only glued to the number or across a table cell
//     ('|' or a tab). A number of fewer than six digits is looked at only
//     where a key, a list, a table cell ('|' or a tab), the start of a line,
//     or the end of a constant ("USER_NOT_FOUND(", "X = ") can come before
//     it; "(61 members)", "[20/Nov" and "took 35" are never looked at.
//  5. [RuleBare]: a number of six or seven digits (the JMessage codes) is a
//     code when the catalog has it, unless the text around it says that it
//     is something else: a unit after it, right after it or after up to two
//     spaces ("898002 ms", "880001 bytes", "871300%", "872001 秒"; the units
//     are those of time, size and rate, and "times"), or an id-like key
//     before it, with the separators of rule 3 ("uid=898002", "msg_id:
//     899001", "userId 880207", "seq 871300", "build 880104", "QQ 871300";
//     the keys are words such as id, uid, gid, pid, msgid, seq, ts, time,
//     port, size, len, count, offset, total, took, cost, version, build, qq,
//     and any identifier whose last part, after '_' or a change of case, is
//     one of them: "trace_id", "fileSize").
//  6. Shorter numbers (the Easemob codes, and 0, success on several
//     platforms) are codes only by rules 3 and 4: "type: 206", "code=0",
//     "错误码：-1", "USER_NOT_FOUND(204)".
//
// # The platform the text names
//
// Every match carries the entries of its number on each platform that
// defines it (of those asked for, and of the numberings its key counts
// for). The platform the text names comes first: the one whose name or
// message rule 4 found next to the number, or else one that a word of the
// match's line names (an NSError domain jmsg_error, JMSGError, EMError,
// EMErrorDomain, WEBIM_, WebIM.statusCode, an Android package such as
// com.hyphenate or cn.jpush.im.android, io.agora.chat, EMClient; or a vendor:
// easemob, 环信, jmessage, jiguang, 极光), or else the one named by the last
// line before it with such a word and a match on several platforms. Where that is one platform and it has the code, the vendor's
// other platforms are left out: a short number on both Easemob numberings
// (Web 4.x and the native SDKs) is reported on the one the text names. A
// line that names one vendor only, and no name next to the number, keeps
// out the numbers that only the other vendor defines: in "Jmessage
// sendTextMessage error {code: 2}", 2 is the JMessage plugin's own code,
// not Easemob's.
package logscan
