package extract

import (
	"bytes"
)

// Low-level object access on the raw file, used before its objects open
// (pdf_value.go): to check and rebuild the cross-reference table, and to decrypt.

// objHeader parses "id gen obj" at off and returns the position after it.
func objHeader(buf []byte, off int) (id, gen, after int, ok bool) {
	if off < 0 || off >= len(buf) {
		return 0, 0, 0, false
	}
	l := lexer{b: buf, pos: off}
	l.skipWhite()
	a := l.word()
	l.skipWhite()
	b := l.word()
	l.skipWhite()
	c := l.word()
	if c != "obj" {
		// "1 0 obj<<" has no space before the delimiter: word() stops there.
		return 0, 0, 0, false
	}
	x, xi, ok1 := parseNumber(a)
	y, yi, ok2 := parseNumber(b)
	if !ok1 || !ok2 || !xi || !yi || x < 0 || y < 0 || x > 1<<31 || y > 65535 {
		return 0, 0, 0, false
	}
	return int(x), int(y), l.pos, true
}

// rawObj is one indirect object read from the file.
type rawObj struct {
	id, gen int
	val     pobj
	stream  []byte // raw (still encoded) stream data, nil if not a stream
	sStart  int    // offset of the stream data in the file
}

// readObjAt parses the object at off. resolveLen looks up an indirect
// /Length; it may be nil.
func readObjAt(buf []byte, off int, resolveLen func(ref pobj) int) (rawObj, bool) {
	id, gen, after, ok := objHeader(buf, off)
	if !ok {
		return rawObj{}, false
	}
	l := lexer{b: buf, pos: after, refs: true}
	v, ok := l.next()
	if !ok {
		return rawObj{}, false
	}
	ro := rawObj{id: id, gen: gen, val: v}
	if v.kind != kDict {
		return ro, true
	}
	l.skipWhite()
	if !bytes.HasPrefix(buf[l.pos:], []byte("stream")) {
		return ro, true
	}
	p := l.pos + len("stream")
	if p < len(buf) && buf[p] == '\r' {
		p++
	}
	if p < len(buf) && buf[p] == '\n' {
		p++
	}
	n := -1
	if lv := v.key("Length"); lv.kind == kNum {
		n = lv.int()
	} else if lv.kind == kRef && resolveLen != nil {
		n = resolveLen(lv)
	}
	ro.sStart = p
	ro.stream = buf[p:streamEnd(buf, p, n)]
	return ro, true
}

// streamEnd trusts /Length when "endstream" follows it, and otherwise looks
// for "endstream" itself, as readers of damaged files must.
func streamEnd(buf []byte, start, n int) int {
	if n >= 0 && start+n <= len(buf) {
		rest := buf[start+n:]
		k := 0
		for k < len(rest) && k < 4 && isWhite(rest[k]) {
			k++
		}
		if bytes.HasPrefix(rest[k:], []byte("endstream")) {
			return start + n
		}
	}
	i := bytes.Index(buf[start:], []byte("endstream"))
	if i < 0 {
		if n >= 0 && start+n <= len(buf) {
			return start + n
		}
		return len(buf)
	}
	end := start + i
	// Drop the end-of-line that belongs to the keyword.
	if end > start && buf[end-1] == '\n' {
		end--
	}
	if end > start && buf[end-1] == '\r' {
		end--
	}
	return end
}

// filterChain reads /Filter and /DecodeParms of a parsed stream dict.
func filterChain(d pobj) ([]string, []decodeParams) {
	var names []string
	var parms []pobj
	f := d.key("Filter")
	if f.kind == kNull {
		f = d.key("F")
	}
	switch f.kind {
	case kName:
		names = []string{f.str}
	case kArray:
		for _, x := range f.arr {
			names = append(names, x.str)
		}
	}
	p := d.key("DecodeParms")
	if p.kind == kNull {
		p = d.key("DP")
	}
	switch p.kind {
	case kDict:
		parms = []pobj{p}
	case kArray:
		parms = p.arr
	}
	out := make([]decodeParams, len(names))
	for i := range names {
		out[i] = defaultParams()
		if i < len(parms) && parms[i].kind == kDict {
			out[i] = paramsOf(func(k string) (int, bool) {
				v := parms[i].key(k)
				return v.int(), v.kind == kNum
			})
		}
	}
	return names, out
}

func paramsOf(get func(string) (int, bool)) decodeParams {
	p := defaultParams()
	if v, ok := get("Predictor"); ok {
		p.predictor = v
	}
	if v, ok := get("Colors"); ok {
		p.colors = v
	}
	if v, ok := get("BitsPerComponent"); ok {
		p.bpc = v
	}
	if v, ok := get("Columns"); ok {
		p.columns = v
	}
	if v, ok := get("EarlyChange"); ok {
		p.earlyChange = v
	}
	return p
}

// decodeAll runs data through a filter chain. Image filters (DCT, JPX,
// CCITT, JBIG2) end the chain: we never need their pixels.
func decodeAll(data []byte, names []string, parms []decodeParams, limit int) ([]byte, error) {
	for i, n := range names {
		switch n {
		case "DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode", "Crypt":
			return data, nil
		}
		out, err := decodeFilter(n, data, parms[i], limit)
		if err != nil {
			return out, err
		}
		data = out
	}
	return data, nil
}
