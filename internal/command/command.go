// Package command holds what the project's commands share (the example
// programs and cmd/pictures): parsing their flags, with the one -on flag
// for a day (OnFlag); printing a result as text or JSON; quoting text from
// an input file before it reaches a terminal (Quote); and their exit
// statuses: 0 on success, 1 on failure, 2 for a usage error, with one line
// on standard error.
package command

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

// A UsageError is an error in how a program was called, such as an unknown
// member code or a day without data. Fail exits with status 2 for it.
type UsageError struct{ error }

// Usage marks err as a usage error.
func Usage(err error) error { return UsageError{err} }

// Unwrap returns the error that e marks.
func (e UsageError) Unwrap() error { return e.error }

// Parse parses args with fs, whose output should be the program's standard
// error, and checks that at most maxArgs arguments remain (-1: any number).
// When the program must stop it returns false and the exit status: 0 after
// -h, 2 for a flag fs does not know (fs has printed why) or too many
// arguments.
func Parse(fs *flag.FlagSet, args []string, maxArgs int) (status int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	if maxArgs >= 0 && fs.NArg() > maxArgs {
		fmt.Fprintf(fs.Output(), "%s: unexpected argument %q\n", fs.Name(), fs.Arg(maxArgs))
		return 2, false
	}
	return 0, true
}

// Fail writes "name: err" on stderr and returns the exit status: 2 for a
// UsageError, 1 for any other error.
func Fail(stderr io.Writer, name string, err error) int {
	fmt.Fprintf(stderr, "%s: %v\n", name, err)
	if errors.As(err, new(UsageError)) {
		return 2
	}
	return 1
}

// Print writes v to stdout as indented JSON when asJSON is set, and with
// text otherwise. It returns the exit status: 0, or Fail's for an error in
// writing.
func Print(stdout, stderr io.Writer, name string, asJSON bool, v any, text func(io.Writer) error) int {
	var err error
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(v)
	} else {
		err = text(stdout)
	}
	if err != nil {
		return Fail(stderr, name, err)
	}
	return 0
}

// WriteFile writes what write produces to the file at path, or to stdout
// when path is "-". The file is written only once write has succeeded, so
// that a failure leaves no half-written page. It returns the exit status:
// 0, or Fail's, with the path in the message.
func WriteFile(stdout, stderr io.Writer, name, path string, write func(io.Writer) error) int {
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return Fail(stderr, name, err)
	}
	if path == "-" {
		if _, err := stdout.Write(b.Bytes()); err != nil {
			return Fail(stderr, name, err)
		}
		return 0
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		return Fail(stderr, name, err)
	}
	return 0
}
