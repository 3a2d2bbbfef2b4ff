package main

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"github.com/acquis-eu/acquis/recognition"
)

// TestRecode checks that recoding keeps every pixel: a picture of few
// colours becomes paletted, one of more than 256 keeps all of them, and
// trimming cuts only the background rows below the last drawn one.
func TestRecode(t *testing.T) {
	encode := func(img image.Image) []byte {
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	few := image.NewNRGBA(image.Rect(0, 0, 40, 100))
	many := image.NewNRGBA(image.Rect(0, 0, 40, 100))
	for y := range 100 {
		for x := range 40 {
			few.Set(x, y, color.White)
			many.Set(x, y, color.White)
			if y >= 10 && y < 30 {
				few.Set(x, y, color.NRGBA{0, 0x72, 0xB2, 0xFF})
				many.Set(x, y, color.NRGBA{uint8(x), uint8(y), 0x80, 0xFF}) // 800 colours
			}
		}
	}
	few.Set(39, 29, color.NRGBA{0, 0x9E, 0x73, 0xFF}) // one rare swatch pixel
	many.Set(39, 29, color.NRGBA{0, 0x9E, 0x73, 0xFF})
	for name, img := range map[string]*image.NRGBA{"few": few, "many": many} {
		out, err := recode(encode(img), 4)
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		if b := got.Bounds(); b.Dx() != 40 || b.Dy() != 34 {
			t.Fatalf("%s: trimmed to %v, want 40×34 (30 rows to the last drawn and 4 of margin)", name, b)
		}
		for y := range 34 {
			for x := range 40 {
				if w, g := img.NRGBAAt(x, y), color.NRGBAModel.Convert(got.At(x, y)); w != g {
					t.Fatalf("%s: pixel (%d, %d) is %v, want %v", name, x, y, g, w)
				}
			}
		}
		_, isPaletted := got.(*image.Paletted)
		if isPaletted != (name == "few") {
			t.Errorf("%s: paletted %v", name, isPaletted)
		}
	}
}

// TestPagesCoverEveryCase checks that every case of the record has a page:
// its story's, or examples/recognition's.
func TestPagesCoverEveryCase(t *testing.T) {
	names := map[string]bool{}
	for _, p := range pages() {
		if names[p.name] {
			t.Errorf("page %s twice", p.name)
		}
		names[p.name] = true
	}
	for ds := range recognition.Datasets() {
		if !names[ds.ID+"-page"] && !names["recognition-"+ds.ID+"-page"] {
			t.Errorf("case %s has no page", ds.ID)
		}
	}
	if len(names) < 5 {
		t.Errorf("%d pages, want one for each of the five cases at least", len(names))
	}
}
