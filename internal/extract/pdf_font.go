package extract

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// font is what the text layer needs from a font dictionary: how to split a
// string into codes, each code's text and width. Fonts are parsed once per
// document, not on every page and every Tf.
type font struct {
	name     string
	bold     bool
	italic   bool
	symbolic bool
	type3    bool
	vertical bool

	cid     bool   // a composite (Type0) font
	codeN   int    // fixed code length for composite fonts, 0 = by codespace
	cmapEnc string // predefined CMap family: "ucs2", "utf16", "utf8", "utf32", "sjis", "dbcs", ""
	enc     *cmap  // embedded encoding CMap (code → CID)
	toUni   *cmap

	simple  [256]string // simple fonts: text per code from the encoding
	widths  map[uint32]float64
	dw      float64 // default width in glyph units (CID: /DW; simple: MissingWidth)
	noWidth bool    // no width data at all: estimate from the text
	scale   float64 // glyph units → text space (0.001, or Type3's FontMatrix)
	mono    bool
	serif   bool
	symMap  map[rune]rune
	cache   map[uint64]uint32 // decoded text per code, as a glyphStore number
	id      uint32            // number in the document's glyphStore

	// Simple fonts' one-byte codes, by array rather than by map: looked up
	// once per glyph, and hashing is slow in WebAssembly.
	byteText   [256]uint32 // glyphStore number + 1; 0 = not decoded yet
	byteWidth  [256]float64
	byteHasW   [256]bool
	byteWidths bool // byteWidth and byteHasW hold widths
}

// loadFont reads a font dictionary, from the document cache when the same
// dictionary was seen before.
func (d *pdfDoc) loadFont(v value) *font {
	if v.Kind() != vDict {
		return nil
	}
	if f, ok := d.fontOf[v.n]; ok {
		return f
	}
	key := v.fingerprint()
	if f, ok := d.fonts[key]; ok {
		d.fontOf[v.n] = f
		return f
	}
	f := &font{scale: 0.001, widths: map[uint32]float64{}}
	d.fonts[key] = f
	d.fontOf[v.n] = f
	d.store.addFont(f)
	if err := guard(func() { d.parseFont(f, v) }); err != nil {
		f.noWidth = len(f.widths) == 0
	}
	return f
}

func (d *pdfDoc) parseFont(f *font, v value) {
	sub := v.Key("Subtype").Name()
	base := v.Key("BaseFont").Name()
	if i := strings.IndexByte(base, '+'); i == 6 {
		base = base[i+1:]
	}
	f.name = base
	desc := v.Key("FontDescriptor")
	if sub == "Type0" {
		f.cid = true
		desc = v.Key("DescendantFonts").Index(0).Key("FontDescriptor")
	}
	flags := int(desc.Key("Flags").Int64())
	lname := strings.ToLower(base)
	f.bold = strings.Contains(lname, "bold") || strings.Contains(lname, "black") || strings.Contains(lname, "heavy") ||
		strings.Contains(lname, "semibold") || strings.Contains(lname, "demi") || desc.Key("FontWeight").Float64() >= 600 || flags&(1<<18) != 0
	f.italic = strings.Contains(lname, "italic") || strings.Contains(lname, "oblique") || flags&(1<<6) != 0
	f.symbolic = flags&4 != 0 && flags&32 == 0
	f.mono = flags&1 != 0 || strings.Contains(lname, "courier") || strings.Contains(lname, "mono")
	f.serif = flags&2 != 0 || strings.Contains(lname, "times") || strings.Contains(lname, "serif") && !strings.Contains(lname, "sans")
	for k, m := range symbolBullets {
		if strings.Contains(lname, k) {
			f.symMap = m
		}
	}
	if tu := v.Key("ToUnicode"); tu.Kind() == vStream {
		if data, err := d.stream(tu); err == nil || len(data) > 0 {
			f.toUni = parseCMap(data, d.b, &d.cmap)
		}
	}
	if f.cid {
		d.parseCIDFont(f, v)
		return
	}
	f.type3 = sub == "Type3"
	if f.type3 {
		if m := v.Key("FontMatrix"); m.Len() >= 4 && m.Index(0).Float64() != 0 {
			f.scale = m.Index(0).Float64()
		}
	}
	d.simpleEncoding(f, v, desc, sub)
	first := int(v.Key("FirstChar").Int64())
	ws := v.Key("Widths")
	n := ws.Len()
	for i := 0; i < n && i < 256; i++ {
		if c := first + i; c >= 0 && c < 256 {
			f.widths[uint32(c)] = ws.Index(i).Float64()
		}
	}
	f.dw = desc.Key("MissingWidth").Float64()
	if n == 0 {
		f.noWidth = true
	}
}

func (d *pdfDoc) parseCIDFont(f *font, v value) {
	desc := v.Key("DescendantFonts").Index(0)
	f.dw = 1000
	if dw := desc.Key("DW"); dw.Kind() == vInteger || dw.Kind() == vReal {
		f.dw = dw.Float64()
	}
	// /W: [c [w1 w2 ...]] or [cfirst clast w].
	w := desc.Key("W")
	n := w.Len()
	total := 0
	for i := 0; i < n && total < 1<<17; {
		c := w.Index(i)
		if i+1 >= n {
			break
		}
		nx := w.Index(i + 1)
		if nx.Kind() == vArray {
			start := uint32(c.Int64())
			for k := 0; k < nx.Len() && total < 1<<17; k++ {
				f.widths[start+uint32(k)] = nx.Index(k).Float64()
				total++
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		lo, hi, wd := c.Int64(), nx.Int64(), w.Index(i+2).Float64()
		for k := lo; k <= hi && k >= 0 && total < 1<<17; k++ {
			f.widths[uint32(k)] = wd
			total++
		}
		i += 3
	}
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case vName:
		name := enc.Name()
		f.vertical = strings.HasSuffix(name, "-V")
		switch {
		case strings.HasPrefix(name, "Identity"):
			f.codeN = 2
		case strings.Contains(name, "UCS2"):
			f.codeN, f.cmapEnc = 2, "ucs2"
		case strings.Contains(name, "UTF16"):
			f.cmapEnc = "utf16"
		case strings.Contains(name, "UTF8"):
			f.cmapEnc = "utf8"
		case strings.Contains(name, "UTF32"):
			f.codeN, f.cmapEnc = 4, "utf32"
		case strings.Contains(name, "RKSJ"):
			f.cmapEnc = "sjis"
		default:
			f.cmapEnc = "dbcs"
		}
	case vStream:
		if data, err := d.stream(enc); err == nil || len(data) > 0 {
			f.enc = parseCMap(data, d.b, &d.cmap)
			f.vertical = enc.Key("WMode").Int64() == 1
		}
		if f.enc == nil || len(f.enc.space) == 0 {
			f.codeN = 2
		}
	default:
		f.codeN = 2
	}
}

// simpleEncoding fills f.simple from /Encoding, the font's built-in
// encoding, or a standard one.
func (d *pdfDoc) simpleEncoding(f *font, v, desc value, sub string) {
	base := &standard
	if sub == "TrueType" {
		base = &winAnsi
	}
	builtin := false
	enc := v.Key("Encoding")
	baseName := enc.Name()
	if enc.Kind() == vDict {
		baseName = enc.Key("BaseEncoding").Name()
	}
	switch baseName {
	case "WinAnsiEncoding":
		base = &winAnsi
	case "MacRomanEncoding", "MacExpertEncoding":
		base = &macRoman
	case "StandardEncoding":
		base = &standard
	default:
		builtin = f.symbolic || sub == "Type1" || sub == "MMType1" || sub == "Type3"
	}
	f.simple = *encodingText(base)
	if builtin {
		if names := d.type1Encoding(desc); names != nil {
			for c, n := range names {
				f.simple[c] = glyphText(n)
				if f.simple[c] == "" && f.symbolic && c > 32 && c != 127 && !(c >= 128 && c < 160) {
					// An icon glyph with a private name: poppler prints the
					// code, and so does an ATS built on it.
					f.simple[c] = string(rune(c))
				}
			}
		} else if f.symbolic {
			// A symbolic font without an encoding: codes are the font's own;
			// Latin-1 is the best guess and what poppler prints.
			for c := 32; c < 256; c++ {
				f.simple[c] = latin1Text[c]
			}
		}
	}
	if enc.Kind() == vDict {
		diff := enc.Key("Differences")
		code := 0
		for i := 0; i < diff.Len() && i < 4096; i++ {
			x := diff.Index(i)
			switch x.Kind() {
			case vInteger:
				code = int(x.Int64())
			case vName:
				if code >= 0 && code < 256 {
					// An unknown name ("square", "g12") keeps the base
					// encoding's character, as poppler prints it.
					if t := glyphText(x.Name()); t != "" || x.Name() == ".notdef" {
						f.simple[code] = t
					} else if codeName(x.Name(), code) {
						// "a224" for code 224 (TeX bitmap fonts): the code
						// is Latin-1, as poppler reads it.
						if r := winAnsi[code]; r != 0 {
							f.simple[code] = string(r)
						}
					}
				}
				code++
			}
		}
	}
}

// type1Encoding reads "dup <code> /<name> put" from the clear-text part of
// an embedded Type 1 font program.
func (d *pdfDoc) type1Encoding(desc value) map[int]string {
	ff := desc.Key("FontFile")
	if ff.Kind() != vStream {
		return nil
	}
	var data []byte
	if n := ff.Key("Length1"); n.Kind() == vInteger && n.Int64() > 0 && n.Int64() < 1<<24 {
		data = d.streamPrefix(ff, int(n.Int64())) // Length1: the clear-text part
	} else {
		data, _ = d.stream(ff)
	}
	if i := bytes.Index(data, []byte("eexec")); i >= 0 {
		data = data[:i]
	}
	if bytes.Contains(data, []byte("/Encoding StandardEncoding def")) {
		return nil
	}
	out := map[int]string{}
	for rest := data; ; {
		i := bytes.Index(rest, []byte("dup "))
		if i < 0 {
			break
		}
		rest = rest[i+4:]
		l := lexer{b: rest}
		c, ok1 := l.next()
		n, ok2 := l.next()
		p, ok3 := l.next()
		if ok1 && ok2 && ok3 && c.kind == kNum && n.kind == kName && p.kind == kOp && p.str == "put" && c.num >= 0 && c.num < 256 {
			out[int(c.num)] = n.str
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// code is one character code read from a string.
type code struct {
	v uint32
	n uint8
}

// codes splits a shown string into character codes.
func (f *font) codes(s []byte, out []code) []code {
	out = out[:0]
	if !f.cid {
		for i := 0; i < len(s); i++ {
			out = append(out, code{uint32(s[i]), 1})
		}
		return out
	}
	for len(s) > 0 {
		n := f.codeN
		if n == 0 {
			n = f.codeLen(s)
		}
		n = max(min(n, len(s)), 1)
		c, _ := strCode(s[:n])
		out = append(out, code{c, uint8(n)})
		s = s[n:]
	}
	return out
}

func (f *font) codeLen(s []byte) int {
	if f.enc != nil {
		if n := f.enc.codeLen(s); n > 0 {
			return n
		}
	}
	if f.toUni != nil && len(f.toUni.space) > 0 {
		if n := f.toUni.codeLen(s); n > 0 {
			return n
		}
	}
	c := s[0]
	switch f.cmapEnc {
	case "utf16":
		if c >= 0xd8 && c <= 0xdb {
			return 4
		}
		return 2
	case "utf8":
		_, n := utf8.DecodeRune(s)
		return n
	case "sjis":
		if c >= 0x81 && c <= 0x9f || c >= 0xe0 && c <= 0xfc {
			return 2
		}
		return 1
	case "dbcs":
		if c >= 0x81 {
			return 2
		}
		return 1
	}
	return 2
}

// text returns the number in s of a code's Unicode text (0, "", when
// unknown), decoding each code once per document.
func (f *font) text(s *glyphStore, c code) uint32 {
	if !f.cid && c.v < 256 {
		if t := f.byteText[c.v]; t != 0 {
			return t - 1
		}
		t := s.addText(f.decode(c))
		f.byteText[c.v] = t + 1
		return t
	}
	k := codeKey(c.v, c.n)
	if t, ok := f.cache[k]; ok {
		return t
	}
	t := s.addText(f.decode(c))
	if f.cache == nil {
		f.cache = map[uint64]uint32{}
	}
	if len(f.cache) < 1<<16 {
		f.cache[k] = t
	}
	return t
}

func (f *font) decode(c code) string {
	if f.toUni != nil {
		if t, ok := f.toUni.text(c.v, c.n); ok && usefulText(t) {
			return f.fold(t)
		}
	}
	if !f.cid {
		t := f.simple[c.v&0xff]
		if t == "" && f.symMap != nil {
			if r, ok := f.symMap[rune(c.v)]; ok {
				return string(r)
			}
		}
		return f.fold(t)
	}
	switch f.cmapEnc {
	case "ucs2", "utf16":
		u := []uint16{uint16(c.v)}
		if c.n == 4 {
			u = []uint16{uint16(c.v >> 16), uint16(c.v)}
		}
		return string(utf16.Decode(u))
	case "utf32":
		return string(rune(c.v))
	case "utf8":
		b := make([]byte, c.n)
		for i := range b {
			b[i] = byte(c.v >> (8 * (int(c.n) - 1 - i)))
		}
		return string(b)
	}
	return ""
}

// fold turns Word's private-use Symbol/Wingdings bullets into real ones.
func (f *font) fold(t string) string {
	if f.symMap == nil || len(t) == 0 {
		return t
	}
	r, n := utf8.DecodeRuneInString(t)
	if n == len(t) {
		if r >= 0xf000 && r <= 0xf0ff {
			r -= 0xf000
		}
		if m, ok := f.symMap[r]; ok {
			return string(m)
		}
	}
	return t
}

func usefulText(t string) bool {
	if t == "" {
		return false
	}
	for _, r := range t {
		if r != 0 && r != 0xfffd {
			return true
		}
	}
	return false
}

// width returns a code's advance in glyph units (before scale).
func (f *font) width(c code, text string) float64 {
	key := c.v
	if !f.cid && key < 256 {
		if !f.byteWidths {
			// Widths are all read by now: fonts are parsed before use.
			for k, w := range f.widths {
				if k < 256 {
					f.byteWidth[k], f.byteHasW[k] = w, true
				}
			}
			f.byteWidths = true
		}
		if f.byteHasW[key] {
			return f.byteWidth[key]
		}
		return f.missingWidth(text)
	}
	if f.cid && f.enc != nil {
		if cid, ok := f.enc.cid(c.v, c.n); ok {
			key = cid
		}
	}
	if w, ok := f.widths[key]; ok {
		return w
	}
	return f.missingWidth(text)
}

// missingWidth is the width of a code the font gives none for.
func (f *font) missingWidth(text string) float64 {
	if f.noWidth {
		return estimateWidth(text, f.mono, f.serif)
	}
	if f.dw > 0 {
		return f.dw
	}
	if f.cid {
		return 1000
	}
	return estimateWidth(text, f.mono, f.serif)
}

// codeName reports names like "a65", "g65", "c41" that spell the code in
// decimal or hex.
func codeName(name string, code int) bool {
	i := 0
	for i < len(name) && i < 2 && (name[i] >= 'a' && name[i] <= 'z' || name[i] >= 'A' && name[i] <= 'Z') {
		i++
	}
	if i == 0 || i == len(name) || len(name)-i > 3 {
		return false
	}
	if n, err := strconv.Atoi(name[i:]); err == nil && n == code {
		return true
	}
	n, err := strconv.ParseUint(name[i:], 16, 16)
	return err == nil && int(n) == code && len(name)-i == 2
}
