// Package gen generates the imcodes catalog from the vendors' pages.
//
// It reads the vendor pages in internal/gen/sources, exactly as published,
// and the reviewed overrides file beside them; checks every row, name and
// decision; and writes codes/tables.go (the data of every platform), the
// code.go of each platform package (type Code and its constants) and
// provenance.go (where each source file comes from, from manifest.tsv). The
// same input gives the same bytes. Its command is gen.go at the module root,
// behind a build constraint so that go install ./... installs only the
// imcodes command; run it from the module root, as go generate does:
//
//	go generate ./...
//	go run gen.go [-release]
//
// With -release it also records the current Go names in
// internal/gen/released.txt; from then on it refuses to rename or drop them.
package gen

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// inputFiles returns the files the generator reads.
func inputFiles() []string {
	return append(sourceFiles(), restReasonsFile, restCodesFile, overridesFile, manifestFile, releasedNamesFile)
}

// Run generates every file into the module at root and, with release,
// records the current Go names as released.
func Run(root string, release bool) error {
	in := inputs{}
	for _, name := range inputFiles() {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil && !(name == releasedNamesFile && errors.Is(err, fs.ErrNotExist)) {
			return err
		}
		in[name] = data
	}
	files, err := generate(in, release)
	if err != nil {
		return err
	}
	// Every file of the manifest is there, also those no platform reads.
	manifest, err := parseManifest(manifestFile, in[manifestFile])
	if err != nil {
		return err
	}
	for _, m := range manifest {
		if _, err := os.Stat(filepath.Join(root, sourcesDir, m.File)); err != nil {
			return m.errorf("%s: %v", m.File, err)
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if err := writeIfChanged(filepath.Join(root, name), files[name]); err != nil {
			return err
		}
	}
	return nil
}

// generate builds everything from the inputs and returns the generated files,
// keyed by their paths relative to the module root; with release, also the
// record of released names.
func generate(in inputs, release bool) (map[string][]byte, error) {
	cat, err := build(in)
	if err != nil {
		return nil, err
	}
	files, err := render(cat)
	if err != nil {
		return nil, err
	}
	reasons, err := buildRESTReasons(in)
	if err != nil {
		return nil, err
	}
	if files[reasonsGoFile], err = renderReasons(reasons); err != nil {
		return nil, err
	}
	errorCodes, err := buildErrorCodes(in, cat)
	if err != nil {
		return nil, err
	}
	if files[errorCodesGoFile], err = renderErrorCodes(errorCodes); err != nil {
		return nil, err
	}
	userTexts, err := buildUserTextChoices(in, cat)
	if err != nil {
		return nil, err
	}
	if files[userTextsGoFile], err = renderUserTexts(userTexts); err != nil {
		return nil, err
	}
	if release {
		files[releasedNamesFile] = append(cat.releasedRecord(), reasonsRecord(reasons)...)
	}
	return files, nil
}

// writeIfChanged writes data to name unless the file already holds it, so
// that an unchanged catalog leaves the tree untouched.
func writeIfChanged(name string, data []byte) error {
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}
