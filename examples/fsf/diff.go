package main

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/acquis-eu/acquis/internal/command"
	"github.com/acquis-eu/acquis/sanctions"
	"github.com/acquis-eu/acquis/sanctions/fsf"
)

// runDiff compares the files args names, OLD and NEW ("-" is standard
// input, for one of them), and prints what changed. other says that a flag
// other than -json was given too.
func runDiff(args []string, asJSON, other bool, stdin io.Reader, stdout, stderr io.Writer) int {
	switch {
	case other:
		return command.Fail(stderr, "fsf", command.Usage(errors.New("-diff can be combined only with -json")))
	case len(args) != 2:
		return command.Fail(stderr, "fsf", command.Usage(errors.New("-diff needs two files, OLD and NEW")))
	case args[0] == "-" && args[1] == "-":
		return command.Fail(stderr, "fsf", command.Usage(errors.New("OLD and NEW cannot both be standard input")))
	}
	oldName, newName := args[0], args[1]
	d, err := compareFiles(oldName, newName, stdin)
	if err != nil {
		return command.Fail(stderr, "fsf", err)
	}
	if d.Old.Format != d.New.Format {
		fmt.Fprintf(stderr, "fsf: note: %s is %v and %s is %v: what one format does not carry shows as changes\n",
			command.Quote(oldName), d.Old.Format, command.Quote(newName), d.New.Format)
	}
	if d.Old.Generated.IsValid() && d.New.Generated.IsValid() && d.New.Generated.Before(d.Old.Generated) {
		fmt.Fprintf(stderr, "fsf: note: %s was generated on %v, before %s (%v): NEW should be the later file\n",
			command.Quote(newName), d.New.Generated, command.Quote(oldName), d.Old.Generated)
	}
	w := bufio.NewWriter(stdout)
	status := command.Print(w, stderr, "fsf", asJSON, d, func(w io.Writer) error {
		return writeDiff(w, oldName, newName, d)
	})
	if err := w.Flush(); err != nil && status == 0 {
		return command.Fail(stderr, "fsf", err)
	}
	return status
}

// compareFiles opens the files oldName and newName, or reads stdin for
// "-", and compares them. An error names the file.
func compareFiles(oldName, newName string, stdin io.Reader) (*fsf.Diff, error) {
	open := func(name string) (io.Reader, func(), error) {
		if name == "-" {
			return stdin, func() {}, nil
		}
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, err
		}
		return f, func() { f.Close() }, nil
	}
	oldIn, closeOld, err := open(oldName)
	if err != nil {
		return nil, err
	}
	defer closeOld()
	newIn, closeNew, err := open(newName)
	if err != nil {
		return nil, err
	}
	defer closeNew()
	d, err := fsf.Compare(oldIn, newIn)
	var ce *fsf.CompareError
	if errors.As(err, &ce) {
		name := oldName
		if ce.List == "new" {
			name = newName
		}
		return nil, fmt.Errorf("%s: %w", name, ce.Err)
	}
	return d, err
}

// writeDiff writes d as text.
func writeDiff(w io.Writer, oldName, newName string, d *fsf.Diff) error {
	var b strings.Builder
	fmt.Fprintf(&b, "old: %s\nnew: %s\n", describeFile(oldName, d.Old), describeFile(newName, d.New))
	if d.IsZero() {
		b.WriteString("no entity added, removed or changed\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "%d added, %d removed, %d changed\n", len(d.Added), len(d.Removed), len(d.Changed))
	if len(d.Added) > 0 {
		b.WriteString("\nadded:\n")
		for _, e := range d.Added {
			fmt.Fprintf(&b, "  + %s\n", describeEntity(e.ID, e.Name, e.Entity))
		}
	}
	if len(d.Removed) > 0 {
		b.WriteString("\nremoved:\n")
		for _, e := range d.Removed {
			fmt.Fprintf(&b, "  - %s\n", describeEntity(e.ID, e.Name, e.Entity))
		}
	}
	if len(d.Changed) > 0 {
		b.WriteString("\nchanged:\n")
		for _, c := range d.Changed {
			writeChanged(&b, c)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func describeFile(name string, h fsf.Header) string {
	s := command.Quote(name) + ": " + h.Format.String()
	if h.Generated.IsValid() {
		s += fmt.Sprintf(", generated %v", h.Generated)
	}
	if h.GlobalFileID != 0 {
		s += fmt.Sprintf(", file %d", h.GlobalFileID)
	}
	return s
}

// describeEntity returns "EU.36.64 Robert Gabriel Mugabe (person, ZWE)":
// the ID, the name, the type and the programmes of the acts the entry
// cites.
func describeEntity(id, name string, e *sanctions.Entity) string {
	var progs []string
	for _, r := range e.Regulations {
		if r.Programme != "" && !slices.Contains(progs, r.Programme) {
			progs = append(progs, r.Programme)
		}
	}
	about := append([]string{e.Type.String()}, progs...)
	return fmt.Sprintf("%s %s (%s)", command.Quote(id), command.Quote(name), command.Quote(strings.Join(about, ", ")))
}

// The words for the kinds of parts and fields that Changed.Parts names.
var partWords = map[string]string{
	"names": "names", "birthDates": "birth dates", "citizenships": "citizenships", "identifications": "identifications",
	"addresses": "addresses", "remarks": "remarks", "regulations": "regulations",
}

func writeChanged(b *strings.Builder, c fsf.Changed) {
	words := make([]string, len(c.Parts))
	for i, p := range c.Parts {
		words[i] = cmp.Or(partWords[p], p)
	}
	fmt.Fprintf(b, "  ~ %s: %s\n", describeEntity(c.ID, c.Name, c.New), strings.Join(words, ", "))
	for _, p := range c.Parts {
		if _, ok := partWords[p]; ok {
			continue
		}
		fmt.Fprintf(b, "      %s: %s -> %s\n", p, entityField(c.Old, p), entityField(c.New, p))
	}
	writeParts(b, "names", c.Names, describeName)
	writeParts(b, "birth dates", c.BirthDates, describeBirthDate)
	writeParts(b, "citizenships", c.Citizenships, func(z sanctions.Citizenship) string {
		return cmp.Or(joinNonEmpty(describeCountry(z.Country), z.Region), "a citizenship")
	})
	writeParts(b, "identifications", c.Identifications, describeIdentification)
	writeParts(b, "addresses", c.Addresses, describeAddress)
	writeParts(b, "remarks", c.Remarks, func(s string) string { return command.Quote(shorten(s)) })
	writeParts(b, "regulations", c.Regulations, describeCitation)
}

// entityField returns the value of the field of e whose JSON key is key.
func entityField(e *sanctions.Entity, key string) string {
	v := reflect.ValueOf(e).Elem()
	for i := range v.NumField() {
		if name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ","); name == key {
			s := fmt.Sprint(v.Field(i).Interface())
			if v.Field(i).IsZero() {
				s = "none"
			}
			return command.Quote(s)
		}
	}
	return "?"
}

func writeParts[T any](b *strings.Builder, kind string, p fsf.PartDiff[T], describe func(T) string) {
	for _, x := range p.Added {
		fmt.Fprintf(b, "      %s: + %s\n", kind, describe(x))
	}
	for _, x := range p.Removed {
		fmt.Fprintf(b, "      %s: - %s\n", kind, describe(x))
	}
	for _, x := range p.Changed {
		was, is := describe(x.Old), describe(x.New)
		if was == is {
			fmt.Fprintf(b, "      %s: ~ %s (%s)\n", kind, is, strings.Join(x.Fields, ", "))
		} else {
			fmt.Fprintf(b, "      %s: ~ %s -> %s (%s)\n", kind, was, is, strings.Join(x.Fields, ", "))
		}
	}
}

func describeName(n sanctions.Name) string {
	s := `"` + command.Quote(n.Full()) + `"`
	var about []string
	if n.Language != "" {
		about = append(about, command.Quote(n.Language))
	}
	if n.Strength == sanctions.Weak {
		about = append(about, "weak")
	}
	if len(about) > 0 {
		s += " (" + strings.Join(about, ", ") + ")"
	}
	return s
}

func describeBirthDate(x sanctions.BirthDate) string {
	s := command.Quote(cmp.Or(x.String(), "no date"))
	if place := joinNonEmpty(x.City, x.Place, x.Region, describeCountry(x.Country)); place != "" {
		s += ", " + place
	}
	return s
}

// describeCountry returns the country's code and description, not quoted.
func describeCountry(c sanctions.Country) string {
	if c.Description != "" && c.Code != "" {
		return c.Code + " " + c.Description
	}
	return c.Code + c.Description
}

func describeIdentification(x sanctions.Identification) string {
	return cmp.Or(joinNonEmpty(x.TypeCode, x.Number, describeCountry(x.Country)), "an identification")
}

func describeAddress(x sanctions.Address) string {
	return cmp.Or(joinNonEmpty(x.Street, x.Number, x.ZipCode, x.City, x.Region, x.Place, x.Other, describeCountry(x.Country)), "an address")
}

func describeCitation(c sanctions.Citation) string {
	s := command.Quote(cmp.Or(c.NumberTitle, "an act"))
	if c.Programme != "" {
		s += ", " + command.Quote(c.Programme)
	}
	if c.Published.IsValid() {
		s += fmt.Sprintf(", published %v", c.Published)
	}
	return s
}

// joinNonEmpty joins the parts that are not empty with ", ", quoting them.
func joinNonEmpty(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, command.Quote(p))
		}
	}
	return strings.Join(out, ", ")
}

// shorten returns s, cut to 80 bytes with "..." if longer.
func shorten(s string) string {
	const max = 80
	if len(s) <= max {
		return s
	}
	i := max
	for i > 0 && s[i]&0xC0 == 0x80 {
		i--
	}
	return s[:i] + "..."
}
