package logscan

import "fmt"

// Rule is the rule of the package documentation that found a match: what in
// the text says that the number is a code.
type Rule uint8

// The rules, strongest first. A match found by a code key, a name or a
// message is strong: the text says what the number is. A bare number is
// weak: only its length and the catalog say so.
const (
	// RuleKey: the number follows a code key ("code=803009", "type: 206",
	// "错误码：-1", "Code=871303" of an NSError, "PlatformException(").
	RuleKey Rule = iota + 1
	// RuleName: the number is next to the SDK constant or Go name of its
	// code ("USER_NOT_FOUND(204)", "| 16 | WEBIM_CONNCTION_DISCONNECTED |").
	RuleName
	// RuleMessage: the number is next to the catalog message of its code,
	// English or Chinese ("880104invalid password", "0success请求成功").
	RuleMessage
	// RuleBare: a number of six or seven digits that the catalog has, with
	// nothing around it that makes it something else.
	RuleBare
)

var ruleNames = [...]string{RuleKey: "key", RuleName: "name", RuleMessage: "message", RuleBare: "bare"}

// String returns the rule's name: "key", "name", "message" or "bare".
func (r Rule) String() string {
	if r > 0 && int(r) < len(ruleNames) {
		return ruleNames[r]
	}
	return fmt.Sprintf("Rule(%d)", uint8(r))
}

// Strong reports whether the text itself says that the number is a code:
// the rule is a key, a name or a message, not a bare number.
func (r Rule) Strong() bool { return r == RuleKey || r == RuleName || r == RuleMessage }

// MarshalText returns the rule's name, so that JSON shows "rule":"key".
func (r Rule) MarshalText() ([]byte, error) {
	if r == 0 || int(r) >= len(ruleNames) {
		return nil, fmt.Errorf("logscan: invalid Rule %d", uint8(r))
	}
	return []byte(ruleNames[r]), nil
}

// UnmarshalText sets r to the rule named by text.
func (r *Rule) UnmarshalText(text []byte) error {
	for i, name := range ruleNames {
		if i > 0 && name == string(text) {
			*r = Rule(i)
			return nil
		}
	}
	return fmt.Errorf("logscan: unknown rule %q", text)
}
