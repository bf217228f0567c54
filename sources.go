package imcodes

import (
	"slices"

	"github.com/imcodes/imcodes/codes"
)

// Source is a vendor file the catalog is built from: where it was published,
// at which revision and date, under which licence, and which platforms' codes
// it lists or explains. The files are kept byte for byte in
// internal/gen/sources; codes.Entry.Source names the one an entry's texts come
// from. Facts the project does not know are empty.
type Source struct {
	// File is the file's name in internal/gen/sources, such as
	// "jmessage-server.md", as codes.Entry.Source gives it.
	File string `json:"file"`
	// Platforms are the platforms whose codes the file lists or explains.
	Platforms []codes.Platform `json:"platforms"`
	// Content says what the file is, such as "JMessage server error codes,
	// 2017 revision".
	Content string `json:"content"`
	// Repository is where the file was published, such as
	// "jpush/jpush-docs" on GitHub, or "npm:easemob-websdk".
	Repository string `json:"repository"`
	// Path is the file's path in the repository.
	Path string `json:"path"`
	// Commit is the repository's commit the file was taken at.
	Commit string `json:"commit"`
	// Date is the date of that commit, YYYY-MM-DD.
	Date string `json:"date"`
	// URL is the file at its commit on GitHub.
	URL string `json:"url"`
	// License is the licence the vendor published the file under, or what
	// the project takes from a file that has none.
	License string `json:"license"`
}

// Sources returns the vendor files the catalog is built from, in a new
// slice, in the order of codes.Platforms of the platforms that read them.
func Sources() []Source {
	out := slices.Clone(sources)
	for i := range out {
		out[i].Platforms = slices.Clone(out[i].Platforms)
	}
	return out
}
