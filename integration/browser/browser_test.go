package browser

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

// screenshotDir is where the test saves a picture of each page it checks,
// for a person to look at (the README names it; git ignores it).
const screenshotDir = "screenshots"

// site is the catalog as one of the two ways of publishing it serves it.
type site struct {
	name   string // "serve" or "static"
	base   string // the URL of its root, ending in "/"
	static bool
}

// code is the URL of a code's page: /PLATFORM/CODE on the server, the
// folder PLATFORM/CODE/ (whose index.html a static host serves) on the
// static site.
func (s site) code(p, code string) string {
	if s.static {
		return s.base + p + "/" + code + "/"
	}
	return s.base + p + "/" + code
}

func (s site) explain() string {
	if s.static {
		return s.base + "explain/"
	}
	return s.base + "explain"
}

// TestBrowser checks the pages in headless Chromium, on a running `imcodes
// serve` and on the files of `imcodes html` behind a plain static host.
func TestBrowser(t *testing.T) {
	chromium := findChromium(t)
	bin := buildImcodes(t)
	sites := []site{startServe(t, bin), startStatic(t, bin)}
	browser := startBrowser(t, chromium)
	require.NoError(t, os.MkdirAll(screenshotDir, 0o755))

	for _, s := range sites {
		t.Run(s.name, func(t *testing.T) {
			t.Run("search", func(t *testing.T) { checkSearch(t, browser, s) })
			t.Run("filter", func(t *testing.T) { checkFilter(t, browser, s) })
			t.Run("language", func(t *testing.T) { checkLanguage(t, browser, s) })
			t.Run("deeplink", func(t *testing.T) { checkDeepLink(t, browser, s) })
			t.Run("paste", func(t *testing.T) { checkPaste(t, browser, s) })
			t.Run("keyboard", func(t *testing.T) { checkKeyboard(t, browser, s) })
			if !s.static {
				t.Run("noscript", func(t *testing.T) { checkWithoutScript(t, browser, s) })
				t.Run("firstload", func(t *testing.T) { checkFirstLoad(t, browser, s) })
			}
		})
	}
}

// findChromium finds Debian's chromium. The browser tests run only when
// IMCODES_BROWSER is set, as .ci/browser sets it once it has installed
// chromium and a CJK font; then a missing chromium is a failure. Without it
// they are skipped, so that the nested module's `go test ./...` (which
// .ci/run also runs under the race detector) needs no browser.
func findChromium(t *testing.T) string {
	if os.Getenv("IMCODES_BROWSER") == "" {
		t.Skip("browser tests: set IMCODES_BROWSER=1 (.ci/browser does)")
	}
	for _, name := range []string{os.Getenv("CHROMIUM"), "chromium", "chromium-browser"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("no chromium on PATH (apt-get install chromium fonts-noto-cjk)")
	return ""
}

// buildImcodes builds the command from the module's source.
func buildImcodes(t *testing.T) string {
	bin := filepath.Join(t.TempDir(), "imcodes")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/imcodes")
	cmd.Dir = filepath.Join("..", "..")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", out)
	return bin
}

// startServe runs `imcodes serve` on a free port and reads its URL.
func startServe(t *testing.T, bin string) site {
	cmd := exec.Command(bin, "serve", "-addr", "127.0.0.1:0")
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	})
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	url, ok := strings.CutPrefix(strings.TrimSpace(line), "imcodes: serving the catalog on ")
	require.True(t, ok, line)
	return site{name: "serve", base: url}
}

// startStatic writes the site with `imcodes html` and puts it behind a
// plain static file server.
func startStatic(t *testing.T, bin string) site {
	dir := t.TempDir()
	out, err := exec.Command(bin, "html", "-o", dir).CombinedOutput()
	require.NoError(t, err, "%s", out)
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	return site{name: "static", base: srv.URL + "/", static: true}
}

// startBrowser starts headless Chromium with the flags this machine needs
// (no sandbox as root; nothing that reaches for the network) and a fresh
// profile.
func startBrowser(t *testing.T, chromium string) context.Context {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("lang", "en-US"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	require.NoError(t, chromedp.Do(ctx), "start chromium")
	return ctx
}

// tab opens a tab with a profile of its own (no cookies, storage or cache
// from other tabs), whose browser languages are languages, a comma list of
// tags without weights ("zh-CN,zh,en"): Chromium sends them as the
// Accept-Language header, weighted, and gives them to scripts as
// navigator.languages.
func tab(t *testing.T, browser context.Context, languages string) context.Context {
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	require.NoError(t, chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
			UserAgent:      "Mozilla/5.0 (X11; Linux x86_64) imcodes-browser-test",
			AcceptLanguage: languages,
		})
		return err
	})))
	return ctx
}

// do runs actions in the tab, with a time limit.
func do(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	require.NoError(t, chromedp.Do(tctx, actions...))
}

// eval evaluates a JavaScript expression in the page.
func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(tctx, chromedp.Evaluate[T](expr))
	require.NoError(t, err, expr)
	return v
}

// waitFor waits until the expression is true. An exception counts as
// false: while a page loads, its document can be missing.
func waitFor(t *testing.T, ctx context.Context, expr string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		tctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		ok, err := chromedp.Run(tctx, chromedp.Evaluate[bool]("!!("+expr+")"))
		cancel()
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s (%v)", expr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// open loads url and waits for the page's script to be ready.
func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	do(t, ctx, chromedp.Navigate(url))
	waitFor(t, ctx, `document.body && document.body.dataset.ready === "true"`)
}

// screenshot saves the whole page as screenshots/NAME.png.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(tctx, chromedp.FullScreenshot(100))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(screenshotDir, name+".png"), png, 0o644))
}

// rowsJS reads the result rows as "PLATFORM CODE".
const rowsJS = `Array.from(document.querySelectorAll('#codes tbody tr')).map(tr => tr.cells[1].textContent + ' ' + tr.cells[0].textContent)`

func rows(t *testing.T, ctx context.Context) []string { return eval[[]string](t, ctx, rowsJS) }

// siteSearch is what the search page finds for q (internal/site's rule): a
// number's entry on every platform first, then imcodes.Search's order.
func siteSearch(q string) []codes.Entry {
	var found []codes.Entry
	if n, err := strconv.Atoi(q); err == nil {
		found = imcodes.Find(n)
	}
	numbered := len(found)
	for _, e := range imcodes.Search(q) {
		if !slices.ContainsFunc(found[:numbered], func(f codes.Entry) bool { return f.Platform == e.Platform && f.Code == e.Code }) {
			found = append(found, e)
		}
	}
	return found
}

func entryCodes(es []codes.Entry) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Platform.String() + " " + strconv.Itoa(e.Code)
	}
	return out
}

// clickOn clicks with the mouse in the middle of the first element that the
// CSS selector matches, where the page shows it now. (chromedp's own Click
// can aim at a node of the rows before the script replaced them.)
func clickOn(t *testing.T, ctx context.Context, selector string) {
	t.Helper()
	xy := eval[[]float64](t, ctx, fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2] })()`, selector))
	do(t, ctx, chromedp.MouseClickXY(xy[0], xy[1]))
}

// typeQuery replaces the search text by typing, as a person does.
func typeQuery(t *testing.T, ctx context.Context, text string) {
	eval[bool](t, ctx, `(document.getElementById('q').value = '', true)`)
	do(t, ctx, chromedp.SendKeys(chromedp.ID("q"), text))
	waitFor(t, ctx, fmt.Sprintf(`document.querySelector('#q').value === %q`, text))
}

// waitRows waits until the rows are want.
func waitRows(t *testing.T, ctx context.Context, want []string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := rows(t, ctx)
		if assert.ObjectsAreEqual(want, got) {
			return
		}
		if time.Now().After(deadline) {
			require.Equal(t, want, got)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// A search in Chinese and in English finds the right codes first, in the
// order of imcodes search, as one types.
func checkSearch(t *testing.T, browser context.Context, s site) {
	ctx := tab(t, browser, "en-US,en")
	open(t, ctx, s.base)
	assert.Len(t, rows(t, ctx), len(imcodes.Entries()), "before a search, the whole catalog")

	typeQuery(t, ctx, "黑名单")
	want := entryCodes(imcodes.Search("黑名单"))
	waitRows(t, ctx, want)
	assert.Equal(t, "jmessage/server 803008", want[0], "user in blacklist")
	assert.Contains(t, eval[string](t, ctx, `location.search`), "q=%E9%BB%91%E5%90%8D%E5%8D%95", "the URL keeps the search")
	screenshot(t, ctx, s.name+"-search-zh")

	typeQuery(t, ctx, "no such user")
	want = entryCodes(imcodes.Search("no such user"))
	waitRows(t, ctx, want)
	assert.Equal(t, "NoSuchUser", eval[string](t, ctx, `document.querySelector('#codes tbody tr').cells[2].textContent`))

	// The names the SDKs give codes are searched too (USER_NOT_FOUND,
	// EMErrorUserNotFound, kJMSGError...).
	for _, q := range []string{"user_not_found", "EMErrorUserNotFound", "networkother"} {
		typeQuery(t, ctx, q)
		want = entryCodes(imcodes.Search(q))
		require.NotEmpty(t, want, q)
		waitRows(t, ctx, want)
	}

	typeQuery(t, ctx, "898002")
	waitFor(t, ctx, `document.querySelector('#codes tbody tr') && document.querySelector('#codes tbody tr').cells[0].textContent === '898002'`)
	assert.Equal(t, "jmessage/server 898002", rows(t, ctx)[0])

	// The script's search is the server's, query for query.
	for _, q := range []string{"0", "-1", "超时", "TOKEN", "group", "FrequencyLimitExceeded", "401", "用户不存在"} {
		typeQuery(t, ctx, q)
		waitRows(t, ctx, entryCodes(siteSearch(q)))
	}

	typeQuery(t, ctx, "quantum")
	waitRows(t, ctx, []string{})
	assert.Equal(t, "No code matches", eval[string](t, ctx, `document.querySelector('#count').textContent`))
}

// A filter narrows the list, at once and in the URL.
func checkFilter(t *testing.T, browser context.Context, s site) {
	ctx := tab(t, browser, "en-US,en")
	open(t, ctx, s.base)
	typeQuery(t, ctx, "黑名单")
	all := entryCodes(imcodes.Search("黑名单"))
	waitRows(t, ctx, all)

	// The platform of a result that is not the first's.
	first := strings.Fields(all[0])[0]
	var other string
	for _, r := range all {
		if p := strings.Fields(r)[0]; p != first {
			other = p
			break
		}
	}
	require.NotEmpty(t, other)
	eval[bool](t, ctx, fmt.Sprintf(`(() => { const s = document.querySelector('#platform'); s.value = %q; s.dispatchEvent(new Event('change', {bubbles: true})); return true })()`, other))
	var want []string
	for _, r := range all {
		if strings.HasPrefix(r, other+" ") {
			want = append(want, r)
		}
	}
	waitRows(t, ctx, want)
	assert.Less(t, len(want), len(all))
	assert.Contains(t, eval[string](t, ctx, `location.search`), "platform="+strings.ReplaceAll(other, "/", "%2F"))
	screenshot(t, ctx, s.name+"-filter")

	// The deprecated filter, on the whole catalog.
	typeQuery(t, ctx, " ")
	eval[bool](t, ctx, `(() => { const s = document.querySelector('#deprecated'); s.value = 'only'; s.dispatchEvent(new Event('change', {bubbles: true})); return true })()`)
	var deprecated []string
	for _, e := range imcodes.Entries() {
		if e.Deprecated && (e.Platform.String() == other) {
			deprecated = append(deprecated, entryCodes([]codes.Entry{e})[0])
		}
	}
	waitRows(t, ctx, orEmpty(deprecated))
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// The browser's languages choose; the switch changes the texts, and the
// choice stays.
func checkLanguage(t *testing.T, browser context.Context, s site) {
	ctx := tab(t, browser, "zh-CN,zh,en")
	open(t, ctx, s.base)
	waitFor(t, ctx, `document.documentElement.lang === 'zh-CN'`)
	assert.Equal(t, "搜索", eval[string](t, ctx, `document.querySelector('#nav-search').textContent`))
	assert.Equal(t, "粘贴日志", eval[string](t, ctx, `document.querySelector('#nav-paste').textContent`))
	typeQuery(t, ctx, "黑名单")
	waitRows(t, ctx, entryCodes(imcodes.Search("黑名单")))
	screenshot(t, ctx, s.name+"-search-chinese")

	clickOn(t, ctx, "#lang-switch")
	waitFor(t, ctx, `document.documentElement.lang === 'en' && document.body.dataset.ready === 'true'`)
	assert.Equal(t, "Search", eval[string](t, ctx, `document.querySelector('#nav-search').textContent`))
	waitRows(t, ctx, entryCodes(imcodes.Search("黑名单")))
	assert.Equal(t, "黑名单", eval[string](t, ctx, `document.querySelector('#q').value`), "the switch keeps the search")
	assert.Equal(t, "Paste a log", eval[string](t, ctx, `document.querySelector('#nav-paste').textContent`))

	// The choice is remembered on the next page.
	open(t, ctx, s.code("jmessage/server", "898002"))
	assert.Equal(t, "en", eval[string](t, ctx, `document.documentElement.lang`))
	assert.Equal(t, "No such user", eval[string](t, ctx, `document.querySelector('#text').textContent`))
	clickOn(t, ctx, "#lang-switch")
	waitFor(t, ctx, `document.documentElement.lang === 'zh-CN' && document.body.dataset.ready === 'true'`)
	assert.True(t, strings.HasPrefix(eval[string](t, ctx, `document.querySelector('#text').textContent`), "用户不存在"))
	assert.Equal(t, "告诉用户", eval[string](t, ctx, `document.querySelector('#user-text').previousElementSibling.textContent`))
	screenshot(t, ctx, s.name+"-code-chinese")
}

// A link to a code opens its page, with the source at its revision; an
// unknown code's page suggests near numbers.
func checkDeepLink(t *testing.T, browser context.Context, s site) {
	ctx := tab(t, browser, "en-US,en")
	open(t, ctx, s.code("jmessage/server", "898002"))
	assert.Equal(t, "898002 NoSuchUser", eval[string](t, ctx, `document.querySelector('h1').textContent`))
	assert.Equal(t, "jmessage/server 898002 NoSuchUser · imcodes", eval[string](t, ctx, `document.title`))
	var want string
	for _, src := range imcodes.Sources() {
		if src.File == "jmessage-server.md" {
			want = src.URL
		}
	}
	require.NotEmpty(t, want)
	assert.Equal(t, want, eval[string](t, ctx, `document.querySelector('#source').href`))
	screenshot(t, ctx, s.name+"-code")

	// From a result row to the code's page, by a click.
	open(t, ctx, s.base)
	typeQuery(t, ctx, "SendBlacklisted")
	waitRows(t, ctx, entryCodes(imcodes.Search("SendBlacklisted")))
	clickOn(t, ctx, `#codes tbody tr a`)
	waitFor(t, ctx, `document.querySelector('h1') && document.querySelector('h1').textContent === '803008 SendBlacklisted'`)

	if s.static {
		return // a static host has a page per known code only
	}
	open(t, ctx, s.code("jmessage/server", "898999"))
	assert.Equal(t, "jmessage/server has no code 898999.", eval[string](t, ctx, `document.querySelector('#unknown').textContent`))
	assert.True(t, eval[bool](t, ctx, `!!document.querySelector('a[href="/jmessage/server/899001"]')`), "the next code up")
	screenshot(t, ctx, s.name+"-unknown-code")
}

// The paste box finds the codes of a log line, and none in a line of traps;
// the static site says that it needs imcodes serve.
func checkPaste(t *testing.T, browser context.Context, s site) {
	ctx := tab(t, browser, "en-US,en")
	open(t, ctx, s.explain())
	if s.static {
		assert.Contains(t, eval[string](t, ctx, `document.querySelector('#needs-serve').textContent`), "imcodes serve")
		assert.False(t, eval[bool](t, ctx, `!!document.querySelector('textarea')`))
		screenshot(t, ctx, s.name+"-paste")
		return
	}
	typePaste := func(text string) {
		before := eval[string](t, ctx, `document.body.dataset.pasted || ''`)
		eval[bool](t, ctx, `(document.getElementById('text').value = '', true)`)
		do(t, ctx, chromedp.SendKeys(chromedp.ID("text"), text))
		waitFor(t, ctx, fmt.Sprintf(`document.body.dataset.pasted !== %q && document.querySelector('#text').value === %q`, before, text))
	}
	typePaste(`2024-05-01 12:34:56.789 ERROR send failed: {"code":803009,"message":"the message contains sensitive word"}`)
	waitFor(t, ctx, `document.querySelector('#found') && document.querySelector('#found').textContent === 'Codes found: 1'`)
	assert.Equal(t, []string{"803009"}, eval[[]string](t, ctx, `Array.from(document.querySelectorAll('mark')).map(m => m.textContent)`))
	assert.Contains(t, eval[string](t, ctx, `document.querySelector('#code-803009').textContent`), "SensitiveWord")
	screenshot(t, ctx, s.name+"-paste")

	typePaste("uid=898002 msg_id: 899001 seq 871300 v4.17.0 10.0.0.1 1.898002 0x898002 898002ms 2024-05-01 12:34:56 a3f5898002")
	waitFor(t, ctx, `document.querySelector('#found') && document.querySelector('#found').textContent === 'No code found in the text.'`)
	assert.Zero(t, eval[int](t, ctx, `document.querySelectorAll('mark').length`))
	screenshot(t, ctx, s.name+"-paste-traps")
}

// Tab reaches every control of the search page and of the paste box, in
// reading order, and each shows that it has the focus.
func checkKeyboard(t *testing.T, browser context.Context, s site) {
	ctx := tab(t, browser, "en-US,en")
	want := []string{"skip", "brand", "nav-search", "nav-paste", "lang-switch", "q", "submit", "vendor", "platform", "category", "action", "deprecated"}
	open(t, ctx, s.base)
	checkTabOrder(t, ctx, want)

	want = []string{"skip", "brand", "nav-search", "nav-paste", "lang-switch"}
	if !s.static {
		want = append(want, "text", "paste-submit")
	}
	open(t, ctx, s.explain())
	checkTabOrder(t, ctx, want)

	// Enter on a focused link follows it.
	open(t, ctx, s.base)
	do(t, ctx, chromedp.Focus(chromedp.ID("nav-paste")), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, `location.pathname.indexOf('explain') >= 0`)
}

// checkTabOrder presses Tab from the top of the page and checks that the
// focus visits want in order, with a visible outline.
func checkTabOrder(t *testing.T, ctx context.Context, want []string) {
	t.Helper()
	eval[bool](t, ctx, `(document.activeElement && document.activeElement.blur(), window.scrollTo(0, 0), true)`)
	var got []string
	for range len(want) {
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
		got = append(got, eval[string](t, ctx, `document.activeElement.id || document.activeElement.tagName`))
		outline := eval[string](t, ctx, `getComputedStyle(document.activeElement).outlineStyle`)
		assert.NotEqual(t, "none", outline, "%s shows its focus", got[len(got)-1])
	}
	assert.Equal(t, want, got)
}

// Without JavaScript the server answers the form: search, filters and the
// paste box.
func checkWithoutScript(t *testing.T, browser context.Context, s site) {
	ctx := tab(t, browser, "en-US,en")
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	do(t, ctx, chromedp.Navigate(s.base))
	assert.False(t, eval[bool](t, ctx, `document.body.dataset.ready === 'true'`), "the page's script did not run")
	do(t, ctx, chromedp.SendKeys(chromedp.ID("q"), "黑名单"), chromedp.Submit(chromedp.ID("q")))
	waitFor(t, ctx, `location.search.indexOf('q=') >= 0 && document.readyState === 'complete'`)
	assert.Equal(t, entryCodes(imcodes.Search("黑名单")), rows(t, ctx))

	do(t, ctx, chromedp.Navigate(s.explain()))
	do(t, ctx, chromedp.SendKeys(chromedp.ID("text"), "send failed: code=803009"), chromedp.Submit(chromedp.ID("text")))
	waitFor(t, ctx, `document.querySelector('#found') && document.querySelector('#found').textContent === 'Codes found: 1'`)
	screenshot(t, ctx, s.name+"-noscript-paste")
}

// The first load of the search page, with its script's index, transfers
// under 300 KB, as the browser counts it (compressed, headers included).
func checkFirstLoad(t *testing.T, browser context.Context, s site) {
	ctx := tab(t, browser, "en-US,en")
	var mu sync.Mutex
	var total float64
	var n int
	require.NoError(t, chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventLoadingFinished); ok {
			mu.Lock()
			total += e.EncodedDataLength
			n++
			mu.Unlock()
		}
	}))
	open(t, ctx, s.base)
	time.Sleep(500 * time.Millisecond) // the icon may finish after the index
	mu.Lock()
	defer mu.Unlock()
	t.Logf("first load: %d requests, %.0f bytes", n, total)
	assert.GreaterOrEqual(t, n, 4, "page, style, script, index")
	assert.Less(t, total, float64(300<<10))
}
