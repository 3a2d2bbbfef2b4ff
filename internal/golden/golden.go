// Package golden compares command output with golden files in testdata,
// for the tests of the example programs. Run a test with -update to rewrite
// its golden files from what the program prints now. WriteFile runs a
// program that writes its output to a file, and reads the file back.
package golden

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// Check compares got with the file testdata/name, reporting a diff
// (-want +got) on t, or rewrites the file when the test runs with -update.
func Check(t testing.TB, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
	}
}

// A Main is an example program's body: it runs with the arguments and
// writers given and returns the exit status.
type Main func(args []string, stdout, stderr io.Writer) int

// WriteFile runs main with args, then flag and the path of a file named
// name in a temporary directory, as a program that writes its output to a
// file is run (belarus2020 -html FILE). It fails t unless the program
// exits 0 and prints nothing, and returns the file's path and contents.
func WriteFile(t testing.TB, main Main, flag, name string, args ...string) (path string, contents []byte) {
	t.Helper()
	path = filepath.Join(t.TempDir(), name)
	var stdout, stderr bytes.Buffer
	if code := main(append(args, flag, path), &stdout, &stderr); code != 0 {
		t.Fatalf("%s %s = %d, stderr %q", flag, name, code, stderr.String())
	}
	if stdout.Len()+stderr.Len() != 0 {
		t.Errorf("%s %s printed %q and %q", flag, name, stdout.String(), stderr.String())
	}
	contents, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, contents
}
