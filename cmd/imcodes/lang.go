package main

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/imcodes/imcodes/localize"
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
	f.tag, f.set = localize.Match(t), true
	return nil
}

// textShow says which texts to show: one language, or both texts.
type textShow struct {
	tag language.Tag
	one bool
}

// show returns the texts to show: in the flag's language, or the locale of the
// environment, read as the C library does (LC_ALL, then LC_MESSAGES, then
// LANG; the C and POSIX locales name no language), or else both.
func (f *langFlag) show(getenv func(string) string) textShow {
	if f.set {
		return textShow{f.tag, true}
	}
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			t, ok := localeTag(v)
			return textShow{localize.Match(t), ok}
		}
	}
	return textShow{}
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
