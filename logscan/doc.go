// Package logscan finds the error codes of the imcodes catalog in any text:
// a log, an error message, a bug report, an SDK's console output.
//
// [Scan] reads any text (a log, an error message, a bug report) in one pass,
// in time linear in its size and with memory bounded whatever the input, and
// reports each occurrence of a code with its line and column. Lines end at
// '\n' (so CRLF lines work: '\r' is just a byte that is not a digit); columns
// count bytes, both from 1. The input need not be UTF-8: any byte that is not
// an ASCII letter, digit or underscore, NUL and invalid UTF-8 included,
// separates words. What counts as a code:
//
//  1. A candidate is a whole number token: a run of ASCII digits that is not
//     part of a longer digit run or a word ("abc123", "v4", "0x1f", "100ms",
//     "a3f5898002"); not part of a decimal, an IP address or a version (right
//     after a '.', or before a '.' and a digit: "1.898002", "10.0.0.1",
//     "v4.17.0"; "898002." ending a sentence is a candidate); not part of a
//     date or a time ('-', '/' or ':' joining it to another digit:
//     "2024-05-01", "12:34:56.789", "05/01"), of an IPv6 address ("::"), or
//     of a UUID or a hyphenated identifier ('-' joining it to a word:
//     "req-898002", "898002-ab12"). It has at most seven digits (the longest
//     code), and no leading zero unless it is "0".
//  2. A leading '-' belongs to the number only right after a code key
//     ("type=-1", "code: -2"), for the negative Easemob codes; anywhere else a
//     negative number ("offset -898002") is no code.
//  3. A number right after a code key is a code when the catalog has it. The
//     keys are, in any case of ASCII letters: code, errcode, err_code,
//     error_code, errorCode, errno, error, err, type (Easemob callbacks),
//     statusCode, status_code, responseCode, response_code, 错误码, 错误代码,
//     错误 and 代码. A key is a whole word (it is not preceded by a letter,
//     digit or underscore: "unicode=5" has no key), and between it and the
//     number there can be up to eight bytes of separators: spaces, tabs, '=',
//     ':', quotes and backslashes ("code=", `"code":`, `\"code\":"`), '(',
//     '[', '#', and the full-width '：' and '（'. Chinese keys can also run
//     into the number ("错误码206").
//  4. A bare number of six or seven digits (the JMessage codes) is a code
//     when the catalog has it, unless the text around it says that it is
//     something else: a unit after it, right after it or after up to two
//     spaces ("898002 ms", "880001 bytes", "871300%", "872001 秒"; the units
//     are those of time, size and rate, and "times"), or an id-like key
//     before it, with the separators of rule 3 ("uid=898002", "msg_id:
//     899001", "userId 880207", "seq 871300"; the keys are words such as id,
//     uid, gid, pid, msgid, seq, ts, time, port, size, len, count, offset,
//     total, took, cost, version, and any identifier whose last part, after
//     '_' or a change of case, is one of them: "trace_id", "fileSize").
//  5. Shorter numbers (the Easemob codes, and 0, success on four platforms)
//     are codes only after a code key: "type: 206", "code=0", "错误码：-1".
//
// Every match carries the entries of its number on each platform that defines
// it, or on those asked for.
package logscan
