package standalone

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// fetching are the elements that make a browser fetch something, or run
// code: a self-contained page has none of them.
var fetching = map[string]bool{
	"script": true, "link": true, "iframe": true, "frame": true, "object": true, "embed": true,
	"img": true, "image": true, "video": true, "audio": true, "source": true, "track": true,
	"picture": true, "use": true, "feImage": true, "form": true, "base": true, "portal": true,
}

// fetchingAttrs are the attributes that name something to fetch.
var fetchingAttrs = map[string]bool{
	"src": true, "srcset": true, "data": true, "poster": true, "background": true,
	"action": true, "formaction": true, "ping": true, "manifest": true, "codebase": true,
}

// Check reports whether page, a document written by Write, could make a
// network request: it returns an error naming the line and the element of
// the first thing that could, and nil if nothing could. It
// checks that the page is well-formed, that it has its
// Content-Security-Policy, and that it has no element, attribute, style
// or event handler that fetches or runs anything. Links (a elements) are
// allowed: following one is the reader's choice.
func Check(page []byte) error {
	if !bytes.Contains(page, []byte(`http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;`)) {
		return fmt.Errorf("standalone: the page has no Content-Security-Policy forbidding every fetch")
	}
	dec := xml.NewDecoder(bytes.NewReader(page))
	dec.Strict = true
	var stack []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("standalone: the page is not well-formed: %w", err)
		}
		line, _ := dec.InputPos()
		switch tok := tok.(type) {
		case xml.StartElement:
			name := tok.Name.Local
			stack = append(stack, name)
			if fetching[name] {
				return fmt.Errorf("standalone: line %d: element %s", line, name)
			}
			for _, a := range tok.Attr {
				an := strings.ToLower(a.Name.Local)
				v := strings.ToLower(strings.TrimSpace(a.Value))
				switch {
				case fetchingAttrs[an]:
					return fmt.Errorf("standalone: line %d: %s has %s=%q", line, name, a.Name.Local, a.Value)
				case strings.HasPrefix(an, "on"):
					return fmt.Errorf("standalone: line %d: %s has an event handler %s", line, name, a.Name.Local)
				case an == "href" && name != "a":
					return fmt.Errorf("standalone: line %d: %s has href=%q", line, name, a.Value)
				case an == "href" && strings.HasPrefix(v, "javascript:"):
					return fmt.Errorf("standalone: line %d: a link runs a script", line)
				case an == "style" || strings.Contains(v, "url("):
					if strings.Contains(v, "url(") || strings.Contains(v, "@import") {
						return fmt.Errorf("standalone: line %d: %s has a style that fetches", line, name)
					}
				case an == "http-equiv" && v == "refresh":
					return fmt.Errorf("standalone: line %d: a refresh", line)
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "style" {
				css := strings.ToLower(string(tok))
				if strings.Contains(css, "url(") || strings.Contains(css, "@import") || strings.Contains(css, "@font-face") {
					return fmt.Errorf("standalone: line %d: the style sheet fetches", line)
				}
			}
		}
	}
	return nil
}
