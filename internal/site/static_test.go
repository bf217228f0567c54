package site

import (
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes"
	"github.com/imcodes/imcodes/codes"
)

func TestWriteStaticSite(t *testing.T) {
	dir := t.TempDir()
	// A file of someone else's in the folder stays.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "mine.txt"), []byte("keep"), 0o644))
	n, err := Write(dir)
	require.NoError(t, err)
	entries := imcodes.Entries()
	assert.Equal(t, 2*(2+len(entries))+1+len(mustAssets(t)), n, "per language: search, paste note, a page per code; the index; the assets")

	read := func(rel string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		require.NoError(t, err)
		return string(b)
	}
	home := read("index.html")
	assert.Len(t, rowCodes(home), len(entries), "without the script, the whole catalog")
	assert.Contains(t, home, `<html lang="en">`)
	assert.Contains(t, read("zh/index.html"), `<html lang="zh-CN">`)

	code := read("jmessage/server/898002/index.html")
	assert.Contains(t, code, "NoSuchUser")
	assert.Contains(t, code, `href="../../../static/style.css"`)
	assert.Contains(t, code, `href="../../../zh/jmessage/server/898002/index.html" id="lang-switch"`)
	assert.NotContains(t, code, "/api/", "no API on a static host")
	zh := read("zh/jmessage/server/898002/index.html")
	assert.Contains(t, zh, `href="../../../../jmessage/server/898002/index.html" id="lang-switch"`)
	assert.Contains(t, zh, `<p class="lead" id="text">用户不存在`)

	assert.Contains(t, read("explain/index.html"), `id="needs-serve"`)
	assert.NotContains(t, read("explain/index.html"), "<textarea")

	var index []codes.Entry
	require.NoError(t, json.Unmarshal([]byte(read("index.json")), &index))
	assert.Equal(t, entries, index)

	// Every link of these pages leads to a file of the site.
	href := regexp.MustCompile(`(?:href|src)="([^"#?]+)[^"]*"`)
	for _, rel := range []string{"index.html", "zh/index.html", "explain/index.html", "jmessage/server/898002/index.html", "zh/jmessage/server/898002/index.html"} {
		for _, m := range href.FindAllStringSubmatch(read(rel), -1) {
			link := m[1]
			if strings.HasPrefix(link, "https://") {
				continue // a vendor's page, at its revision
			}
			target := path.Join(path.Dir(rel), link)
			_, err := os.Stat(filepath.Join(dir, filepath.FromSlash(target)))
			assert.NoError(t, err, "%s links to %s", rel, link)
		}
	}

	assert.Equal(t, "keep", read("mine.txt"))
}

func TestWriteReportsErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	_, err := Write(file)
	assert.Error(t, err, "a file is not a folder")
}

func mustAssets(t *testing.T) map[string]asset {
	a, err := loadAssets()
	require.NoError(t, err)
	return a
}
