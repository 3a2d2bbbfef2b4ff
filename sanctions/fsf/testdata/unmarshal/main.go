// Command unmarshal is the baseline that the Decoder's speed is measured
// against (see TestWriteSynthetic in bench_test.go): it reads a whole XML
// file with encoding/xml's Unmarshal into a generic tree of elements, each
// with its attributes, text and children, and prints the number of
// elements. It is not part of the module's packages (testdata is not).
//
// Usage:
//
//	unmarshal FILE
package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Nodes   []node     `xml:",any"`
}

func count(n *node) int {
	c := 1
	for i := range n.Nodes {
		c += count(&n.Nodes[i])
	}
	return c
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: unmarshal FILE")
		os.Exit(2)
	}
	b, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "unmarshal:", err)
		os.Exit(1)
	}
	var root node
	if err := xml.Unmarshal(b, &root); err != nil {
		fmt.Fprintln(os.Stderr, "unmarshal:", err)
		os.Exit(1)
	}
	fmt.Println(count(&root), "elements")
}
