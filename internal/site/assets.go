package site

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
)

//go:embed assets
var assetFiles embed.FS

// asset is one embedded file, with its gzip form made once.
type asset struct {
	body, gz    []byte
	contentType string
	etag        string
}

// loadAssets reads the embedded files. Only these names are ever served from
// /static/: there is no directory to list.
func loadAssets() (map[string]asset, error) {
	out := map[string]asset{}
	err := fs.WalkDir(assetFiles, "assets", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := assetFiles.ReadFile(p)
		if err != nil {
			return err
		}
		ct := mime.TypeByExtension(path.Ext(p))
		if ct == "" {
			ct = "application/octet-stream"
		}
		out[path.Base(p)] = newAsset(body, ct)
		return nil
	})
	return out, err
}

// newAsset is a file of body, compressed once, as well as gzip can.
func newAsset(body []byte, contentType string) asset {
	sum := sha256.Sum256(body)
	return asset{body: body, gz: gzipped(body, gzip.BestCompression), contentType: contentType, etag: `"` + hex.EncodeToString(sum[:8]) + `"`}
}

// staticFile serves /static/{name}.
func (s *site) staticFile(w http.ResponseWriter, r *http.Request) {
	a, ok := s.assets[r.PathValue("name")]
	if !ok {
		s.notFound(w, r)
		return
	}
	serveAsset(w, r, a)
}

// serveAsset sends a, compressed if the client takes it, or "not modified"
// for the version the client has.
func serveAsset(w http.ResponseWriter, r *http.Request, a asset) {
	h := w.Header()
	h.Set("ETag", a.etag)
	h.Set("Cache-Control", "no-cache") // revalidate: a new binary may have a new file
	if r.Header.Get("If-None-Match") == a.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", a.contentType)
	h.Add("Vary", "Accept-Encoding")
	body := a.body
	if acceptsGzip(r.Header.Get("Accept-Encoding")) {
		body = a.gz
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.Write(body) // the client went away
}

// acceptsGzip reads an Accept-Encoding header: gzip, unless with q=0.
func acceptsGzip(header string) bool {
	for part := range strings.SplitSeq(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		if strings.TrimSpace(name) != "gzip" {
			continue
		}
		q := strings.ReplaceAll(params, " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}

// pageWriters are gzip writers at gzip.BestSpeed, reused: a new one
// allocates about a MiB of tables, more than most pages weigh.
var pageWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(nil, gzip.BestSpeed) // a valid level
	return zw
}}

// gzippedPage compresses a page made for one request, fast.
func gzippedPage(body []byte) []byte {
	var buf bytes.Buffer
	zw := pageWriters.Get().(*gzip.Writer)
	defer pageWriters.Put(zw)
	zw.Reset(&buf)
	zw.Write(body) // a bytes.Buffer does not fail
	zw.Close()     // likewise
	return buf.Bytes()
}

// gzipped compresses body at level, one of compress/gzip's.
func gzipped(body []byte, level int) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, level) // the callers' levels are valid
	zw.Write(body)                            // a bytes.Buffer does not fail
	zw.Close()                                // likewise
	return buf.Bytes()
}
