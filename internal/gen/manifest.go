package gen

import (
	"slices"
	"strings"
)

// manifestHeader is the header line of manifest.tsv.
const manifestHeader = "file\trepository\tpath\trevision\tdate\tlicence\tcontent"

// provenance is a line of the sources manifest: where a vendor file comes
// from.
type provenance struct {
	pos
	File, Repository, Path, Revision, Date, License, Content string
	Platforms                                                []*platform // those that read the file
}

// URL returns the address of the file at its commit, for a file of a GitHub
// repository with a known commit, and "" otherwise.
func (p *provenance) URL() string {
	if p.Repository == "" || p.Revision == "" || p.Path == "" || !strings.Contains(p.Repository, "/") || strings.Contains(p.Repository, ":") {
		return ""
	}
	return "https://github.com/" + p.Repository + "/blob/" + p.Revision + "/" + p.Path
}

// parseManifest parses the sources manifest: # comments, the header, then
// one tab-separated line a file, "-" for an unknown fact. A revision is a
// hexadecimal commit or, for a package, its versions; a date is YYYY-MM-DD.
func parseManifest(file string, src []byte) ([]*provenance, error) {
	if err := checkSource(file, src); err != nil {
		return nil, err
	}
	var (
		out    []*provenance
		header bool
	)
	for p, line := range dataLines(file, src) {
		if !header {
			if line != manifestHeader {
				return nil, p.errorf("want the header %q", manifestHeader)
			}
			header = true
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, p.errorf("want 7 tab-separated fields (%s), got %d", strings.ReplaceAll(manifestHeader, "\t", ", "), len(f))
		}
		for i := range f {
			if f[i] = strings.TrimSpace(f[i]); f[i] == "-" {
				f[i] = ""
			}
		}
		pr := &provenance{pos: p, File: f[0], Repository: f[1], Path: f[2], Revision: f[3], Date: f[4], License: f[5], Content: f[6]}
		switch {
		case pr.File == "" || strings.ContainsAny(pr.File, "/ "):
			return nil, p.errorf("file %q is not a name in %s", f[0], sourcesDir)
		case strings.Contains(pr.Repository, "/") && !strings.Contains(pr.Repository, ":") && !isHex(pr.Revision):
			return nil, p.errorf("%s: the revision %q of a repository is not a hexadecimal commit", pr.File, pr.Revision)
		case !isDate(pr.Date):
			return nil, p.errorf("%s: date %q is not YYYY-MM-DD", pr.File, pr.Date)
		case pr.License == "" || pr.Content == "":
			return nil, p.errorf("%s: the licence and the content must be given", pr.File)
		case slices.ContainsFunc(out, func(o *provenance) bool { return o.File == pr.File }):
			return nil, p.errorf("%s listed twice", pr.File)
		}
		out = append(out, pr)
	}
	if !header {
		return nil, pos{file, 1}.errorf("no header line %q", manifestHeader)
	}
	return out, nil
}

func isHex(s string) bool {
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return s == "" || len(s) >= 7
}

func isDate(s string) bool {
	if s == "" {
		return true
	}
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// provenanceOf returns the manifest lines of every input: the files the
// platforms read, in the order of sourceFiles, each with the platforms that
// read it, then the manifest's other files (the REST fact sheets) in its
// order. A file the platforms read and the manifest lacks is an error.
func provenanceOf(file string, manifest []*provenance) ([]*provenance, error) {
	var out []*provenance
	for _, f := range sourceFiles() {
		i := slices.IndexFunc(manifest, func(p *provenance) bool { return p.File == baseName(f) })
		if i < 0 {
			return nil, pos{file, 1}.errorf("%s is read but has no line", baseName(f))
		}
		pr := *manifest[i]
		for _, p := range platforms {
			if slices.ContainsFunc(append(slices.Clone(p.sources), p.english...), func(s source) bool { return s.file == f }) {
				pr.Platforms = append(pr.Platforms, p)
			}
		}
		out = append(out, &pr)
	}
	for _, m := range manifest {
		if !slices.ContainsFunc(out, func(p *provenance) bool { return p.File == m.File }) {
			pr := *m
			out = append(out, &pr)
		}
	}
	return out, nil
}
