package main

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/codes"
)

// langFlag is the -lang flag: the one language to show texts in. Unset, the
// language comes from the environment, and failing that both texts are shown.
type langFlag struct {
	tag language.Tag
	set bool
}

func (f *langFlag) String() string {
	if !f.set {
		return ""
	}
	return f.tag.String()
}

func (f *langFlag) Set(s string) error {
	t, err := language.Parse(s)
	if err != nil {
		return err
	}
	f.tag, f.set = codes.MatchLanguage(t), true
	return nil
}

// resolve returns the language to show, if any: the flag's, or the locale of
// the environment, read as the C library does (LC_ALL, then LC_MESSAGES, then
// LANG). The C and POSIX locales name no language.
func (f *langFlag) resolve(getenv func(string) string) (language.Tag, bool) {
	if f.set {
		return f.tag, true
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if t, ok := localeTag(v); ok {
			return codes.MatchLanguage(t), true
		}
		return language.Tag{}, false // set but not a language: the C locale
	}
	return language.Tag{}, false
}

// localeTag reads a POSIX locale such as "zh_CN.UTF-8" or "en_US@euro".
func localeTag(locale string) (language.Tag, bool) {
	if i := strings.IndexAny(locale, ".@"); i >= 0 {
		locale = locale[:i]
	}
	if locale == "" || locale == "C" || locale == "POSIX" {
		return language.Tag{}, false
	}
	t, err := language.Parse(strings.ReplaceAll(locale, "_", "-"))
	return t, err == nil
}
