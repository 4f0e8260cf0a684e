package extract

import (
	"bytes"
	"compress/zlib"
	"encoding/ascii85"
	"testing"
)

func TestLexer(t *testing.T) {
	l := lexer{b: []byte(`/Na#20me (a\(b\)\101\
c) <48 65 6C6c 6f> [1 -2.5 .5 --3] << /K 12 0 R /S (x) >> true null BT % comment
Tj`), refs: true}
	var got []pobj
	for {
		o, ok := l.next()
		if !ok {
			break
		}
		got = append(got, o)
	}
	if len(got) != 9 {
		t.Fatalf("%d objects: %+v", len(got), got)
	}
	if got[0].kind != kName || got[0].str != "Na me" {
		t.Errorf("name %+v", got[0])
	}
	if got[1].str != "a(b)Ac" || got[2].str != "Hello" {
		t.Errorf("strings %q %q", got[1].str, got[2].str)
	}
	a := got[3].arr
	if len(a) != 4 || a[0].num != 1 || !a[0].isInt || a[1].num != -2.5 || a[2].num != 0.5 || a[3].num != -3 {
		t.Errorf("array %+v", a)
	}
	if r := got[4].key("K"); r.kind != kRef || r.num != 12 || got[4].key("S").str != "x" {
		t.Errorf("dict %+v", got[4])
	}
	if got[5].kind != kBool || got[6].kind != kNull || got[7].str != "BT" {
		t.Errorf("tail %+v", got[5:])
	}
}

func TestFilters(t *testing.T) {
	want := []byte("BT (Hello) Tj ET")
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(want)
	zw.Close()
	var a85 bytes.Buffer
	aw := ascii85.NewEncoder(&a85)
	aw.Write(want)
	aw.Close()
	cases := map[string][]byte{
		"FlateDecode":     z.Bytes(),
		"ASCIIHexDecode":  []byte("42 54 2028 48656c6c6f29 20546a204554>"),
		"ASCII85Decode":   append(a85.Bytes(), '~', '>'),
		"RunLengthDecode": append(append([]byte{byte(len(want) - 1)}, want...), 128),
	}
	for name, in := range cases {
		out, err := decodeFilter(name, in, defaultParams(), 1<<20)
		if err != nil || !bytes.Equal(out, want) {
			t.Errorf("%s: %q %v", name, out, err)
		}
	}
	// The PDF specification's LZW example (7.4.4.2).
	out, err := decodeFilter("LZWDecode", []byte{0x80, 0x0B, 0x60, 0x50, 0x22, 0x0C, 0x0C, 0x85, 0x01}, defaultParams(), 1<<20)
	if err != nil || !bytes.Equal(out, []byte{45, 45, 45, 45, 45, 65, 45, 45, 45, 66}) {
		t.Errorf("LZW: %v %v", out, err)
	}
	// PNG Up predictor, two rows of three bytes.
	p := defaultParams()
	p.predictor, p.columns = 12, 3
	var pz bytes.Buffer
	pw := zlib.NewWriter(&pz)
	pw.Write([]byte{2, 1, 2, 3, 2, 1, 1, 1})
	pw.Close()
	out, _ = decodeFilter("FlateDecode", pz.Bytes(), p, 1<<20)
	if !bytes.Equal(out, []byte{1, 2, 3, 2, 3, 4}) {
		t.Errorf("PNG Up: %v", out)
	}
	// Output over the limit is cut and reported.
	if out, err := decodeFilter("RunLengthDecode", []byte{0x81, 'x', 0x81, 'x', 128}, defaultParams(), 100); err != errTooBig || len(out) != 100 {
		t.Errorf("limit: %d %v", len(out), err)
	}
}

func TestGlyphNames(t *testing.T) {
	for name, want := range map[string]string{
		"A": "A", "quoteright": "’", "fi": "ﬁ", "f_f_i": "ffi", "uni00E9": "é", "u1F600": "😀",
		"Eogonek": "Ę", "scaron": "š", "Scommaaccent": "Ș", "Gcommaaccent": "Ģ", "a.sc": "a",
		"Asmall": "a", "one.oldstyle": "1", "g123": "", ".notdef": "",
	} {
		if got := glyphText(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}

func TestByteClass(t *testing.T) {
	for i := 0; i < 256; i++ {
		c := byte(i)
		white := c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
		delim := bytes.IndexByte([]byte("()<>[]{}/%"), c) >= 0
		if isWhite(c) != white || isDelimiter(c) != delim || isRegular(c) != (!white && !delim) {
			t.Errorf("byte %#x: white %v delim %v regular %v", c, isWhite(c), isDelimiter(c), isRegular(c))
		}
	}
}
