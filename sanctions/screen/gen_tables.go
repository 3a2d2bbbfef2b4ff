//go:build ignore

// gen_tables writes two of the package's embedded tables:
//
//   - han.txt: a reading of each Han character of the CJK Unified
//     Ideographs block (U+4E00 to U+9FFF): its Mandarin reading in Hanyu
//     Pinyin without tones (Unihan's kMandarin, the first reading) and its
//     Korean readings in Hangul (Unihan's kHangul), read from
//     Unihan_Readings.txt of the Unicode Character Database (Debian
//     package unicode-data, installed at /usr/share/unicode). Unihan is
//     under the Unicode License v3, which allows redistribution with its
//     notice.
//
//   - nicknames.txt: the given names of the carltonnorthern/nicknames
//     table (names.csv, Apache License 2.0) with their short forms.
//
//     go run gen_tables.go [-unihan /usr/share/unicode/Unihan_Readings.txt.bz2] [-nicknames names.csv]
package main

import (
	"bufio"
	"compress/bzip2"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

func main() {
	unihan := flag.String("unihan", "/usr/share/unicode/Unihan_Readings.txt.bz2", "the Unihan readings `file` (.txt or .txt.bz2)")
	nicks := flag.String("nicknames", "", "the names.csv `file` of carltonnorthern/nicknames (none: leave nicknames.txt)")
	flag.Parse()
	if err := writeHan(*unihan); err != nil {
		log.Fatal(err)
	}
	if *nicks != "" {
		if err := writeNicknames(*nicks); err != nil {
			log.Fatal(err)
		}
	}
}

func writeHan(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".bz2") {
		r = bzip2.NewReader(f)
	}
	mandarin := map[string][]rune{} // toneless pinyin -> characters
	hangul := map[string][]rune{}   // Hangul reading -> characters
	version := ""
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# Date:") || strings.HasPrefix(line, "# Unicode version:") {
			version += strings.TrimSpace(strings.TrimPrefix(line, "#")) + "; "
		}
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		fs := strings.Split(line, "\t")
		if len(fs) != 3 {
			continue
		}
		cp, err := strconv.ParseUint(strings.TrimPrefix(fs[0], "U+"), 16, 32)
		if err != nil {
			return fmt.Errorf("%s: %q: %v", name, line, err)
		}
		c := rune(cp)
		if c < 0x4E00 || c > 0x9FFF {
			continue
		}
		switch fs[1] {
		case "kMandarin":
			p := toneless(strings.Fields(fs[2])[0])
			mandarin[p] = append(mandarin[p], c)
		case "kHangul":
			seen := map[string]bool{}
			for _, h := range strings.Fields(fs[2]) {
				h, _, _ = strings.Cut(h, ":")
				if !seen[h] {
					seen[h] = true
					hangul[h] = append(hangul[h], c)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	out, err := os.Create("han.txt")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "# Readings of the Han characters U+4E00..U+9FFF, written by gen_tables.go from the Unicode\n")
	fmt.Fprintf(w, "# Character Database's Unihan_Readings.txt (%s).\n", strings.TrimSuffix(version, "; "))
	fmt.Fprintf(w, "# © 2022 Unicode, Inc. Distributed under the Unicode License (see NOTICE). Modified: a subset of\n")
	fmt.Fprintf(w, "# the characters and fields, the readings without their tones, grouped by reading.\n")
	fmt.Fprintf(w, "# Lines: \"m\", a toneless Hanyu Pinyin syllable (kMandarin, the first reading; ü written v),\n")
	fmt.Fprintf(w, "# and the characters read so; or \"k\", a Korean reading in Hangul (kHangul, every reading),\n")
	fmt.Fprintf(w, "# and the characters read so.\n")
	for _, k := range sortedKeys(mandarin) {
		fmt.Fprintf(w, "m %s %s\n", k, string(mandarin[k]))
	}
	for _, k := range sortedKeys(hangul) {
		fmt.Fprintf(w, "k %s %s\n", k, string(hangul[k]))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return out.Close()
}

// toneless writes a pinyin syllable without its tone marks, ü as v.
func toneless(p string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(p) {
		switch {
		case r == 0x308: // the diaeresis of ü
			b.WriteString("\u0308")
		case r >= 0x300 && r < 0x370:
		default:
			b.WriteRune(r)
		}
	}
	return strings.ReplaceAll(b.String(), "u\u0308", "v")
}

func sortedKeys(m map[string][]rune) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func writeNicknames(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return err
	}
	short := map[string][]string{}
	for i, r := range rows {
		if i == 0 || len(r) != 3 || r[1] != "has_nickname" {
			continue
		}
		if !slices.Contains(short[r[0]], r[2]) {
			short[r[0]] = append(short[r[0]], r[2])
		}
	}
	out, err := os.Create("nicknames.txt")
	if err != nil {
		return err
	}
	w := bufio.NewWriter(out)
	fmt.Fprintf(w, "# Given names and their short forms, written by gen_tables.go from names.csv of\n")
	fmt.Fprintf(w, "# github.com/carltonnorthern/nicknames (Old Dominion University, Web Science and Digital Libraries\n")
	fmt.Fprintf(w, "# Research Group), under the Apache License 2.0 (see NOTICE): its has_nickname rows.\n")
	fmt.Fprintf(w, "# Lines: a given name, then its short forms, separated by spaces.\n")
	for _, k := range sortedKeys2(short) {
		fmt.Fprintf(w, "%s %s\n", k, strings.Join(short[k], " "))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return out.Close()
}

func sortedKeys2(m map[string][]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
