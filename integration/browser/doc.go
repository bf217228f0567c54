// Package browser tests the web catalog of `imcodes serve` and `imcodes
// html` in a real headless Chromium, driven with chromedp. It has no code of
// its own: see browser_test.go.
package browser
