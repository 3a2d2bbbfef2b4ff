package ftm

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
)

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"EU.10583.22":           "eu-10583-22",
		"EU.3579.2":             "eu-3579-2",
		"  ZWE ":                "zwe",
		"2005/848/EC":           "2005-848-ec",
		"Лукашенко":             "",
		"a--b__C":               "a-b-c",
		"":                      "",
		"2025/206 (L 20250020)": "2025-206-l-20250020",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSplitLettered(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"(a) Mullah, (b) Maulavi", []string{"Mullah", "Maulavi"}},
		{"(a) Deputy Minister (b) Governor (c) Head (d) X (e) Y", []string{"Deputy Minister", "Governor", "Head", "X", "Y"}},
		{"Colonel", []string{"Colonel"}},
		{"", []string{""}},
		{"(a)", nil},
		{"(a) x (c) y", []string{"x (c) y"}},
	} {
		if got := splitLettered(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitLettered(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEURef(t *testing.T) {
	for _, tc := range []struct{ id, ref string }{
		{"eu-fsf-eu-10583-22", "EU.10583.22"},
		{"eu-fsf-eu-12789-10", "EU.12789.10"},
		{"eu-fsf-eu-", ""},
		{"eu-fsf-eu-1-x", ""},
		{"eu-fsf-logical-7", ""},
		{"NK-2Mht2rqBeravCTdyQAWc4o", ""},
	} {
		if got := euRefOf(tc.id); got != tc.ref {
			t.Errorf("euRefOf(%q) = %q, want %q", tc.id, got, tc.ref)
		}
		if tc.ref != "" && "eu-fsf-"+slug(tc.ref) != tc.id {
			t.Errorf("slug of %q does not give %q back", tc.ref, tc.id)
		}
	}
}

// TestAppendString checks appendString against encoding/json without HTML
// escaping.
func TestAppendString(t *testing.T) {
	for _, s := range []string{
		"", "plain", `"quoted" \back\slash`, "\n\r\t\b\f\x00\x1f\x7f", "<a href='x'>&amp;</a>",
		"\u2028\u2029", "Κύπρος Лукашэнка 北京", "bad \xff\xfe utf-8 \xe2\x82", "\U0001F600",
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		got := appendString(nil, s)
		if w := bytes.TrimSuffix(want.Bytes(), []byte("\n")); !bytes.Equal(got, w) {
			t.Errorf("appendString(%q) = %s, want %s", s, got, w)
		}
	}
}
