package extract

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"slices"
	"sync"
)

// A DEFLATE decoder (RFC 1951) of our own. It reads the input slice directly
// and copies back-references out of the output it appends to, where
// compress/flate reads every byte through an io.ByteReader and copies through
// a 32 KB window: that cost about a tenth of PDF extraction in WebAssembly,
// and we keep the whole output in memory anyway.
//
// Damaged input must come out exactly as compress/flate, which we used
// before, gave it: extraction results on broken PDFs must not change. So the
// output is every byte decoded before the damage was found, and what counts
// as damage follows that package (see buildTable and eobBits below).

var (
	errFlateCorrupt = errors.New("flate: corrupt input")
	errFlateEOF     = errors.New("flate: unexpected end of input")
)

const (
	litRootBits  = 9
	distRootBits = 8
	clenRootBits = 7 // code-length codes have at most 7 bits: no sub-tables

	// A root table plus room for the sub-tables of the longer codes. Under a
	// root prefix with a k-bit sub-table lies a complete code up to k bits
	// deep, so with at least k+1 symbols: 286 symbols fill at most 40
	// sub-tables of 64 entries and one of 32 (k <= 6); 30 symbols at most
	// 3 of 128 and one of 32 (k <= 7).
	litTableSize  = 1<<litRootBits + 40*64 + 32
	distTableSize = 1<<distRootBits + 3*128 + 32

	maxMatch = 258
)

// A table entry holds all that decoding a symbol needs:
//
//	bits 0-3   code length
//	bits 4-7   extra bits after the code; for a link, its sub-table's bits
//	bits 8-15  kind
//	bits 16-31 literal byte or code-length symbol, base length or distance,
//	           or for a link the sub-table's offset
//
// A zero entry is a bit pattern that starts no code.
const (
	eLit  = 1 << 8
	eBase = 2 << 8 // a length or distance: base plus extra bits
	eEOB  = 4 << 8
	eLink = 8 << 8
)

// Per-symbol entries without the code length, which buildTable adds.
var litEntries, distEntries, clenEntries = symbolEntries()

func symbolEntries() (lit [288]uint32, dist [32]uint32, clen [19]uint32) {
	lenBase := [29]uint32{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
		35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lenExtra := [29]uint32{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
		3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	distBase := [30]uint32{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
		257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	for i := range 256 {
		lit[i] = uint32(i)<<16 | eLit
	}
	lit[256] = eEOB
	for i := range lenBase {
		lit[257+i] = lenBase[i]<<16 | lenExtra[i]<<4 | eBase
	}
	// 286 and 287 (fixed code only) and distances 30 and 31 stay zero: damage.
	for i := range distBase {
		extra := max(i/2-1, 0)
		dist[i] = distBase[i]<<16 | uint32(extra)<<4 | eBase
	}
	for i := range clen {
		clen[i] = uint32(i)<<16 | eLit
	}
	return
}

// clenOrder is the order in which code-length code lengths are sent.
var clenOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

type fixedCodes struct {
	lit  [litTableSize]uint32
	dist [distTableSize]uint32
}

// fixedTables are the codes of RFC 1951 section 3.2.6, built on first use.
var fixedTables = sync.OnceValue(func() *fixedCodes {
	f := new(fixedCodes)
	lit, dist := fixedLengths()
	buildTable(f.lit[:], litRootBits, lit[:], litEntries[:])
	buildTable(f.dist[:], distRootBits, dist[:], distEntries[:])
	return f
})

// fixedLengths are the code lengths of the fixed codes.
func fixedLengths() (lit [288]uint8, dist [32]uint8) {
	for i := range lit {
		switch {
		case i < 144:
			lit[i] = 8
		case i < 256:
			lit[i] = 9
		case i < 280:
			lit[i] = 7
		default:
			lit[i] = 8
		}
	}
	for i := range dist {
		dist[i] = 5
	}
	return lit, dist
}

// buildTable fills t with a root table of 1<<root entries, then sub-tables,
// for the canonical code with the given lengths (at most 15, 0 for unused).
// It reports false for the code sets compress/flate rejects: any incomplete
// or over-subscribed one, except no code at all (a block fails only when it
// uses it) and a single one-bit code (zlib accepts it). Their unused bit
// patterns get zero entries, so decoding them is damage.
func buildTable(t []uint32, root uint, lengths []uint8, entries []uint32) bool {
	var count [16]int
	for _, l := range lengths {
		count[l&15]++
	}
	count[0] = 0
	kraft := 0 // sum of 2^(15-length): 1<<15 for a complete code
	for l := 1; l < 16; l++ {
		kraft += count[l] << (15 - l)
	}
	if kraft != 1<<15 {
		if kraft != 0 && !(kraft == 1<<14 && count[1] == 1) {
			return false
		}
		clear(t[:1<<root])
		if kraft == 0 {
			return true
		}
	}

	// Sort the symbols by code length (then by value): the canonical order.
	var offs [16]int
	for l := 1; l < 15; l++ {
		offs[l+1] = offs[l] + count[l]
	}
	var sorted [288]uint16
	nsym := 0
	for sym, l := range lengths {
		if l != 0 {
			sorted[offs[l]] = uint16(sym)
			offs[l]++
			nsym++
		}
	}

	// The root table, by doubling: once the codes up to length l are in
	// t[:1<<l], copying that half up repeats them for length l+1, as a
	// code of length l is every 1<<l entries. Codes are sent first bit
	// first, so tables are indexed bit-reversed.
	code, i := 0, 0
	for l := uint(1); l <= root; l++ {
		copy(t[1<<(l-1):1<<l], t[:1<<(l-1)])
		for ; i < nsym && uint(lengths[sorted[i]]) == l; i++ {
			sym := sorted[i]
			t[bits.Reverse16(uint16(code))>>(16-l)] = entries[sym] | uint32(l)
			code++
		}
		code <<= 1
	}

	// Longer codes go to sub-tables, one per root prefix.
	left := count // codes of each length not yet placed
	next := 1 << root
	prefix, sub, subBits := -1, 0, uint(0)
	prevLen := root + 1
	for _, sym := range sorted[i:nsym] {
		l := uint(lengths[sym])
		code <<= l - prevLen
		prevLen = l
		rev := int(bits.Reverse16(uint16(code)) >> (16 - l))
		if p := rev & (1<<root - 1); p != prefix {
			// A new prefix: its sub-table needs as many bits as the longest
			// code under it. The codes still to place come in order of
			// length, so that is found by filling the prefix.
			k := l - root
			for space := 1 << k; ; space <<= 1 {
				space -= left[root+k]
				if space <= 0 || root+k >= 15 {
					break
				}
				k++
			}
			if next+1<<k > len(t) {
				return false // cannot happen for a complete code
			}
			t[p] = uint32(next)<<16 | uint32(k)<<4 | eLink
			prefix, sub, subBits = p, next, k
			next += 1 << k
		}
		e := entries[sym] | uint32(l)
		for i := rev >> root; i < 1<<subBits; i += 1 << (l - root) {
			t[sub+i] = e
		}
		left[l]--
		code++
	}
	return true
}

// inflater is the decoder's state; its tables are large, so it is pooled.
type inflater struct {
	src   []byte
	pos   int    // next byte of src to load into bits
	bits  uint64 // loaded bits, next one lowest; above nbits: src's next bits or zeros
	nbits uint

	out   []byte
	start int // len(out) when we began: back-references must not reach before
	end   int // len(out) that means the limit is passed: start+limit+1

	lens [286 + 30]uint8
	lit  [litTableSize]uint32
	dist [distTableSize]uint32
	clen [1 << clenRootBits]uint32
}

var inflaterPool = sync.Pool{New: func() any { return new(inflater) }}

// inflateSlice appends the decoded DEFLATE data src to dst. Once more than
// limit bytes have come out it stops, with limit+1 of them, and returns
// errTooBig. On damaged or truncated input it returns what was decoded
// before the damage, with an error. Data after the final block is ignored.
func inflateSlice(dst, src []byte, limit int) ([]byte, error) {
	if limit < 0 {
		return dst, errTooBig
	}
	d := inflaterPool.Get().(*inflater)
	d.src, d.pos, d.bits, d.nbits = src, 0, 0, 0
	d.out, d.start = dst, len(dst)
	// No output gets near half the address space: keep end+slack in range.
	d.end = d.start + min(limit, int(^uint(0)>>2)) + 1
	err := d.run()
	out := d.out
	d.src, d.out = nil, nil
	inflaterPool.Put(d)
	return out, err
}

func (d *inflater) run() error {
	for {
		if !d.need(3) {
			return errFlateEOF
		}
		final := d.bits&1 != 0
		kind := d.bits >> 1 & 3
		d.drop(3)
		var err error
		switch kind {
		case 0:
			err = d.stored()
		case 1:
			f := fixedTables()
			err = d.codes(&f.lit, &f.dist, 0)
		case 2:
			if err = d.readTables(); err == nil {
				err = d.codes(&d.lit, &d.dist, uint(d.lens[256]))
			}
		default:
			err = errFlateCorrupt
		}
		if err != nil || final {
			return err
		}
	}
}

// refill loads input bits until there are at least 56 or the input is used up.
func (d *inflater) refill() {
	if d.pos+8 <= len(d.src) {
		// Whole bytes fit above nbits; the part of a byte that does not
		// is loaded again next time, to the same place.
		d.bits |= binary.LittleEndian.Uint64(d.src[d.pos:]) << d.nbits
		d.pos += int(63-d.nbits) >> 3
		d.nbits |= 56
		return
	}
	for d.nbits <= 56 && d.pos < len(d.src) {
		d.bits |= uint64(d.src[d.pos]) << d.nbits
		d.pos++
		d.nbits += 8
	}
}

// need reports whether n bits are there, loading more if not.
func (d *inflater) need(n uint) bool {
	if d.nbits < n {
		d.refill()
	}
	return d.nbits >= n
}

func (d *inflater) drop(n uint) {
	d.bits >>= n
	d.nbits -= n
}

// stored copies a stored block, or as much of it as the input holds.
func (d *inflater) stored() error {
	// Skip to the byte boundary, then give back the whole bytes loaded.
	d.drop(d.nbits & 7)
	d.pos -= int(d.nbits >> 3)
	d.bits, d.nbits = 0, 0
	p := d.src[d.pos:]
	if len(p) < 4 {
		d.pos = len(d.src)
		return errFlateEOF
	}
	size := int(p[0]) | int(p[1])<<8
	if p[2] != ^p[0] || p[3] != ^p[1] {
		return errFlateCorrupt
	}
	p = p[4:]
	n := min(size, len(p))
	if room := d.end - len(d.out); n >= room {
		d.out = append(d.out, p[:room]...)
		return errTooBig
	}
	d.out = append(d.out, p[:n]...)
	d.pos += 4 + n
	if n < size {
		return errFlateEOF
	}
	return nil
}

// readTables reads a dynamic block's code lengths and builds d.lit, d.dist.
func (d *inflater) readTables() error {
	if !d.need(14) {
		return errFlateEOF
	}
	nlit := int(d.bits&31) + 257
	ndist := int(d.bits>>5&31) + 1
	nclen := int(d.bits>>10&15) + 4
	d.drop(14)
	if nlit > 286 || ndist > 30 {
		return errFlateCorrupt
	}
	var cl [19]uint8
	for _, sym := range clenOrder[:nclen] {
		if !d.need(3) {
			return errFlateEOF
		}
		cl[sym] = uint8(d.bits & 7)
		d.drop(3)
	}
	if !buildTable(d.clen[:], clenRootBits, cl[:], clenEntries[:]) {
		return errFlateCorrupt
	}
	n := nlit + ndist
	for i := 0; i < n; {
		d.need(clenRootBits)
		e := d.clen[d.bits&(1<<clenRootBits-1)]
		l := uint(e & 15)
		if e&eLit == 0 {
			return errFlateCorrupt
		}
		if l > d.nbits {
			return errFlateEOF
		}
		d.drop(l)
		sym := e >> 16
		if sym < 16 {
			d.lens[i] = uint8(sym)
			i++
			continue
		}
		var rep int
		var v uint8
		switch sym {
		case 16: // repeat the previous length 3-6 times
			if i == 0 {
				return errFlateCorrupt
			}
			if !d.need(2) {
				return errFlateEOF
			}
			rep, v = 3+int(d.bits&3), d.lens[i-1]
			d.drop(2)
		case 17: // 3-10 zeros
			if !d.need(3) {
				return errFlateEOF
			}
			rep = 3 + int(d.bits&7)
			d.drop(3)
		default: // 11-138 zeros
			if !d.need(7) {
				return errFlateEOF
			}
			rep = 11 + int(d.bits&127)
			d.drop(7)
		}
		if i+rep > n {
			return errFlateCorrupt
		}
		for range rep {
			d.lens[i] = v
			i++
		}
	}
	if !buildTable(d.lit[:], litRootBits, d.lens[:nlit], litEntries[:]) ||
		!buildTable(d.dist[:], distRootBits, d.lens[nlit:n], distEntries[:]) {
		return errFlateCorrupt
	}
	return nil
}

// slack is the room codes keeps after the output: a match and the word
// that its last 8-byte copy may spill.
const slack = maxMatch + 8

// grow makes room for slack bytes after out[:n], doubling the space but
// not going much beyond the limit.
func grow(buf []byte, n, end int) []byte {
	size := min(max(2*len(buf), n+slack, 1024), max(end, n)+slack)
	return slices.Grow(buf[:n], size-n)[:size]
}

// codes decodes a Huffman-coded block up to its end-of-block code.
//
// The inner loop runs while neither the end of the input nor the limit nor
// the end of buf is near, so it checks none of them per symbol; the outer
// one decodes a symbol at a time with every check.
//
// eobBits mimics compress/flate at the end of damaged input: in a dynamic
// block it decodes no symbol unless as many bits as the end-of-block code
// has are left, so a short literal in the last bits before a cut is lost.
func (d *inflater) codes(lit *[litTableSize]uint32, dist *[distTableSize]uint32, eobBits uint) error {
	src := d.src
	pos, bitbuf, nbits := d.pos, d.bits, d.nbits
	n := len(d.out)
	buf := d.out[:cap(d.out)]
	start, end := d.start, d.end
	// Below fast, a match can neither reach the limit nor leave buf.
	fast := min(len(buf)-slack, end-maxMatch-1)
	var err error
loop:
	for {
		for pos+8 <= len(src) && n < fast {
			// Refill to 56 bits or more, without a branch. One symbol with
			// its distance takes at most 15+5+15+13 = 48 bits.
			bitbuf |= binary.LittleEndian.Uint64(src[pos:]) << nbits
			pos += int(63-nbits) >> 3
			nbits |= 56
			e := lit[bitbuf&(1<<litRootBits-1)]
			if e&eLink != 0 {
				e = lit[e>>16+uint32(bitbuf>>litRootBits)&(1<<(e>>4&15)-1)]
			}
			bitbuf >>= e & 15
			nbits -= uint(e & 15)
			if e&eLit != 0 {
				buf[n] = byte(e >> 16)
				n++
				// Literals come in runs, and the bits for one more are there.
				if e = lit[bitbuf&(1<<litRootBits-1)]; e&eLit != 0 {
					bitbuf >>= e & 15
					nbits -= uint(e & 15)
					buf[n] = byte(e >> 16)
					n++
				}
				continue
			}
			if e&eBase == 0 {
				if e&eEOB == 0 {
					err = errFlateCorrupt
				}
				break loop
			}
			x := e >> 4 & 15
			length := int(e>>16) + int(bitbuf&(1<<x-1))
			bitbuf >>= x
			nbits -= uint(x)

			e = dist[bitbuf&(1<<distRootBits-1)]
			if e&eLink != 0 {
				e = dist[e>>16+uint32(bitbuf>>distRootBits)&(1<<(e>>4&15)-1)]
			}
			if e&eBase == 0 {
				err = errFlateCorrupt
				break loop
			}
			bitbuf >>= e & 15
			nbits -= uint(e & 15)
			x = e >> 4 & 15
			distance := int(e>>16) + int(bitbuf&(1<<x-1))
			bitbuf >>= x
			nbits -= uint(x)
			if distance > n-start {
				err = errFlateCorrupt
				break loop
			}

			from := n - distance
			switch {
			case distance >= 8 && length <= 16:
				// Most matches are short: two words, each byte written
				// before it is read; the second may spill into the slack.
				w, r := buf[n:n+16], buf[from:from+16]
				binary.LittleEndian.PutUint64(w, binary.LittleEndian.Uint64(r))
				binary.LittleEndian.PutUint64(w[8:], binary.LittleEndian.Uint64(r[8:]))
			case distance >= length:
				copy(buf[n:n+length], buf[from:])
			default:
				// The copied run repeats: double it each round.
				for i := n; i < n+length; {
					i += copy(buf[i:n+length], buf[from:i])
				}
			}
			n += length
		}

		// One symbol with every check.
		if len(buf)-n < slack {
			buf = grow(buf, n, end)
			fast = min(len(buf)-slack, end-maxMatch-1)
			continue
		}
		if nbits < 48 {
			for nbits <= 56 && pos < len(src) {
				bitbuf |= uint64(src[pos]) << nbits
				pos++
				nbits += 8
			}
		}
		// From here on, too few bits means the input is used up.
		if nbits < eobBits {
			err = errFlateEOF
			break
		}
		e := lit[bitbuf&(1<<litRootBits-1)]
		if e&eLink != 0 {
			e = lit[e>>16+uint32(bitbuf>>litRootBits)&(1<<(e>>4&15)-1)]
		}
		l := uint(e & 15)
		if l > nbits {
			err = errFlateEOF
			break
		}
		bitbuf >>= l
		nbits -= l
		if e&eLit != 0 {
			buf[n] = byte(e >> 16)
			n++
			if n >= end {
				err = errTooBig
				break
			}
			continue
		}
		if e&eBase == 0 {
			if e&eEOB == 0 {
				err = errFlateCorrupt
			}
			break
		}
		x := uint(e >> 4 & 15)
		if x > nbits {
			err = errFlateEOF
			break
		}
		length := int(e>>16) + int(bitbuf&(1<<x-1))
		bitbuf >>= x
		nbits -= x

		e = dist[bitbuf&(1<<distRootBits-1)]
		if e&eLink != 0 {
			e = dist[e>>16+uint32(bitbuf>>distRootBits)&(1<<(e>>4&15)-1)]
		}
		l = uint(e & 15)
		if e&eBase == 0 {
			err = errFlateCorrupt
			break
		}
		if l > nbits {
			err = errFlateEOF
			break
		}
		bitbuf >>= l
		nbits -= l
		x = uint(e >> 4 & 15)
		if x > nbits {
			err = errFlateEOF
			break
		}
		distance := int(e>>16) + int(bitbuf&(1<<x-1))
		bitbuf >>= x
		nbits -= x
		if distance > n-start {
			err = errFlateCorrupt
			break
		}
		length = min(length, end-n)
		from := n - distance
		for i := n; i < n+length; { // a short period repeats: double it each round
			i += copy(buf[i:n+length], buf[from:i])
		}
		n += length
		if n >= end {
			err = errTooBig
			break
		}
	}
	d.pos, d.bits, d.nbits = pos, bitbuf, nbits
	d.out = buf[:n]
	return err
}
