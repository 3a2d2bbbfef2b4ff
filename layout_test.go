package acquis_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestLayout checks the shape of the repository that the package docs
// describe: commands (package main) live under cmd/ and examples/, never
// under internal/, which holds only packages that others import.
func TestLayout(t *testing.T) {
	err := filepath.WalkDir("internal", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.PackageClauseOnly)
		if err != nil {
			return err
		}
		if f.Name.Name == "main" {
			t.Errorf("%s is a command (package main) under internal/: commands live in cmd/ or examples/", path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
