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
	// Platforms are the platforms whose codes the file lists or explains;
	// empty for the Easemob REST fact sheets, whose reasons and codes are
	// package easemob's.
	Platforms []codes.Platform `json:"platforms"`
	// Content says what the file is, such as "JMessage server error codes,
	// 2017 revision".
	Content string `json:"content"`
	// Repository is where the file was published, such as
	// "jpush/jpush-docs" on GitHub, or "npm:easemob-websdk".
	Repository string `json:"repository"`
	// Path is the file's path in the repository.
	Path string `json:"path"`
	// Revision is the repository's commit the file was taken at, or the
	// versions of the package it was compiled from.
	Revision string `json:"revision"`
	// Date is the date of that revision, YYYY-MM-DD.
	Date string `json:"date"`
	// URL is the file at its commit on GitHub, where it is one.
	URL string `json:"url"`
	// License is the licence the vendor published the file under, or what
	// the project takes from a file that has none.
	License string `json:"license"`
}

// Sources returns the vendor files the catalog is built from, in a new
// slice: those that list codes, in the order of codes.Platforms of the
// platforms that read them, then the fact sheets of the Easemob REST API,
// which no platform reads (their Platforms is empty).
func Sources() []Source {
	out := slices.Clone(sources)
	for i := range out {
		out[i].Platforms = slices.Clone(out[i].Platforms)
	}
	return out
}
