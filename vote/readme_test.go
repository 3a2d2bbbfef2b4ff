package vote_test

import (
	"os"
	"strings"
	"testing"
)

// TestREADMESnippet checks that the Go snippet of README.md is the body of
// Example in example_test.go, and that README.md shows its output, so that
// the README's code compiles and prints what it says.
func TestREADMESnippet(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	snippet := between(t, string(readme), "```go\n", "```\n")
	body := between(t, string(src), "func Example() {\n", "\n}\n")
	code, output, ok := strings.Cut(body, "\t// Output:\n")
	if !ok {
		t.Fatal("Example has no // Output: comment")
	}
	if got, want := dedent(code), strings.TrimSpace(snippet); got != want {
		t.Errorf("README.md's Go snippet is not the body of Example:\nREADME:\n%s\nExample:\n%s", want, got)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(output), "\n") {
		lines = append(lines, strings.TrimPrefix(strings.TrimSpace(l), "// "))
	}
	out := strings.Join(lines, "\n")
	if !strings.Contains(string(readme), "```\n"+out+"\n```\n") {
		t.Errorf("README.md does not show Example's output:\n%s", out)
	}
}

func between(t *testing.T, s, start, end string) string {
	t.Helper()
	_, after, ok := strings.Cut(s, start)
	if !ok {
		t.Fatalf("no %q", start)
	}
	inner, _, ok := strings.Cut(after, end)
	if !ok {
		t.Fatalf("no %q after %q", end, start)
	}
	return inner
}

// dedent removes one leading tab from each line and trims the result.
func dedent(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, "\t")
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
