package extract

import (
	"bytes"
	"errors"
	"sync"
)

// Stream filters, our own so that every filter a résumé may use is there
// (the library lacks ASCIIHex, LZW, RunLength and most predictors) and so
// that no filter writes more than the caller allows.

var errTooBig = errors.New("decompressed data over the limit")

type decodeParams struct {
	predictor   int
	colors      int
	bpc         int
	columns     int
	earlyChange int
}

func defaultParams() decodeParams {
	return decodeParams{predictor: 1, colors: 1, bpc: 8, columns: 1, earlyChange: 1}
}

// decodeFilter applies one filter. Damaged data yields what could be decoded
// before the damage, as poppler does. limit caps the output.
func decodeFilter(name string, in []byte, p decodeParams, limit int) ([]byte, error) {
	var out []byte
	var err error
	switch name {
	case "FlateDecode", "Fl":
		out, err = inflate(in, limit)
	case "LZWDecode", "LZW":
		out, err = unLZW(in, p.earlyChange, limit)
	case "ASCIIHexDecode", "AHx":
		out = unASCIIHex(in)
	case "ASCII85Decode", "A85":
		out = unASCII85(in)
	case "RunLengthDecode", "RL":
		out, err = unRunLength(in, limit)
	default:
		return nil, errors.New("unsupported filter " + name)
	}
	if len(out) > limit {
		return out[:limit], errTooBig
	}
	if name == "FlateDecode" || name == "Fl" || name == "LZWDecode" || name == "LZW" {
		out = unpredict(out, p)
	}
	return out, err
}

// inflate reads a zlib stream, tolerating a bad header or checksum and
// keeping whatever came out before an error. Over the limit, it returns
// limit+1 bytes and errTooBig.
func inflate(in []byte, limit int) ([]byte, error) {
	body := in
	if len(in) >= 2 && (uint16(in[0])<<8|uint16(in[1]))%31 == 0 && in[0]&0x0f == 8 {
		body = in[2:]
	}
	scratch := getInflateBuf()
	out, err := inflateSlice(scratch, body, limit)
	if err != nil && err != errTooBig && len(out) == 0 && len(body) != len(in) {
		// Maybe the two bytes were not a header after all.
		out, _ = inflateSlice(out, in, limit)
		err = nil
	}
	res := out
	if cap(out) <= maxInflateBuf {
		res = bytes.Clone(out)
		inflateBufs.Put(&out)
	}
	if err == errTooBig {
		return res, errTooBig
	}
	return res, nil
}

// inflateBufs keeps a buffer to inflate into from one stream to the next:
// growing each stream's output as it came cost more than decoding it. The
// result is copied out at its exact size, unless the buffer grew too big to
// keep: then it is the result.
var inflateBufs sync.Pool

const maxInflateBuf = 4 << 20

func getInflateBuf() []byte {
	if p, ok := inflateBufs.Get().(*[]byte); ok {
		return (*p)[:0]
	}
	return make([]byte, 0, 64<<10)
}

func unASCIIHex(in []byte) []byte {
	out := make([]byte, 0, len(in)/2)
	hi := -1
	for _, c := range in {
		if c == '>' {
			break
		}
		v := unhexByte(c)
		if v < 0 {
			continue
		}
		if hi < 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return out
}

func unASCII85(in []byte) []byte {
	if i := bytes.Index(in, []byte("<~")); i >= 0 && i < 4 {
		in = in[i+2:]
	}
	out := make([]byte, 0, len(in)*4/5+4)
	var grp [5]byte
	n := 0
	for i := 0; i < len(in); i++ {
		c := in[i]
		if c == '~' {
			break
		}
		if c == 'z' && n == 0 {
			out = append(out, 0, 0, 0, 0)
			continue
		}
		if c < '!' || c > 'u' {
			continue
		}
		grp[n] = c - '!'
		n++
		if n == 5 {
			v := uint32(0)
			for _, d := range grp {
				v = v*85 + uint32(d)
			}
			out = append(out, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
			n = 0
		}
	}
	if n > 1 {
		for k := n; k < 5; k++ {
			grp[k] = 84
		}
		v := uint32(0)
		for _, d := range grp {
			v = v*85 + uint32(d)
		}
		b := []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}
		out = append(out, b[:n-1]...)
	}
	return out
}

func unRunLength(in []byte, limit int) ([]byte, error) {
	out := make([]byte, 0, len(in)*2)
	for i := 0; i < len(in); {
		n := int(in[i])
		i++
		switch {
		case n == 128:
			return out, nil
		case n < 128:
			end := min(i+n+1, len(in))
			out = append(out, in[i:end]...)
			i = end
		default:
			if i >= len(in) {
				return out, nil
			}
			for k := 0; k < 257-n; k++ {
				out = append(out, in[i])
			}
			i++
		}
		if len(out) > limit {
			return out, errTooBig
		}
	}
	return out, nil
}

// unLZW decodes PDF's LZW (MSB-first codes, 9 to 12 bits, with the
// "early change" the PDF default asks for).
func unLZW(in []byte, early int, limit int) ([]byte, error) {
	type entry struct {
		prev int32
		c    byte
		n    int32
	}
	table := make([]entry, 4096)
	for i := 0; i < 256; i++ {
		table[i] = entry{prev: -1, c: byte(i), n: 1}
	}
	out := make([]byte, 0, len(in)*3)
	next := 258
	width := 9
	var bitbuf uint32
	nbits := 0
	pos := 0
	prev := -1
	emit := func(code int) byte {
		n := int(table[code].n)
		start := len(out)
		for k := 0; k < n; k++ {
			out = append(out, 0)
		}
		c := code
		for k := n - 1; k >= 0; k-- {
			out[start+k] = table[c].c
			c = int(table[c].prev)
		}
		return out[start]
	}
	for {
		for nbits < width && pos < len(in) {
			bitbuf = bitbuf<<8 | uint32(in[pos])
			pos++
			nbits += 8
		}
		if nbits < width {
			return out, nil
		}
		code := int(bitbuf>>(nbits-width)) & (1<<width - 1)
		nbits -= width
		switch {
		case code == 256:
			next, width, prev = 258, 9, -1
			continue
		case code == 257:
			return out, nil
		case code < next && (code < 256 || table[code].n > 0):
			first := emit(code)
			if prev >= 0 && next < 4096 {
				table[next] = entry{prev: int32(prev), c: first, n: table[prev].n + 1}
				next++
			}
		case code == next && prev >= 0:
			// The KwKwK case: the new entry is prev + first char of prev.
			first := emit(prev)
			out = append(out, first)
			if next < 4096 {
				table[next] = entry{prev: int32(prev), c: first, n: table[prev].n + 1}
				next++
			}
		default:
			return out, errors.New("bad LZW code")
		}
		prev = code
		if len(out) > limit {
			return out, errTooBig
		}
		if next+early >= 1<<width && width < 12 {
			width++
		}
	}
}

// unpredict undoes PNG (10-15) and TIFF (2) predictors.
func unpredict(in []byte, p decodeParams) []byte {
	if p.predictor < 2 {
		return in
	}
	colors, bpc, columns := max(p.colors, 1), max(p.bpc, 1), max(p.columns, 1)
	bpp := max((colors*bpc+7)/8, 1)
	rowLen := (colors*bpc*columns + 7) / 8
	if rowLen <= 0 || rowLen > 1<<24 {
		return in
	}
	if p.predictor == 2 {
		if bpc != 8 {
			return in
		}
		out := append([]byte(nil), in...)
		for r := 0; r+rowLen <= len(out); r += rowLen {
			for i := bpp; i < rowLen; i++ {
				out[r+i] += out[r+i-bpp]
			}
		}
		return out
	}
	out := make([]byte, 0, len(in))
	prev := make([]byte, rowLen)
	cur := make([]byte, rowLen)
	for r := 0; r < len(in); r += rowLen + 1 {
		ft := in[r]
		end := min(r+1+rowLen, len(in))
		n := copy(cur, in[r+1:end])
		for i := n; i < rowLen; i++ {
			cur[i] = 0
		}
		for i := 0; i < rowLen; i++ {
			var a, c byte
			if i >= bpp {
				a = cur[i-bpp]
				c = prev[i-bpp]
			}
			b := prev[i]
			switch ft {
			case 1:
				cur[i] += a
			case 2:
				cur[i] += b
			case 3:
				cur[i] += byte((int(a) + int(b)) / 2)
			case 4:
				cur[i] += paeth(a, b, c)
			}
		}
		out = append(out, cur[:n]...)
		prev, cur = cur, prev
	}
	return out
}

func paeth(a, b, c byte) byte {
	p := int(a) + int(b) - int(c)
	pa, pb, pc := abs(p-int(a)), abs(p-int(b)), abs(p-int(c))
	if pa <= pb && pa <= pc {
		return a
	}
	if pb <= pc {
		return b
	}
	return c
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
