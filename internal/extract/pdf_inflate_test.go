package extract

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// Our DEFLATE decoder must give exactly what compress/flate gave, damaged
// input included. The library stays here as the oracle: inflateOracle is the
// compress/flate based inflate we had before.

func inflateOracle(in []byte, limit int) ([]byte, error) {
	body := in
	if len(in) >= 2 && (uint16(in[0])<<8|uint16(in[1]))%31 == 0 && in[0]&0x0f == 8 {
		body = in[2:]
	}
	var buf bytes.Buffer
	buf.Grow(min(4*len(body), limit+1))
	n, err := inflateIntoOracle(&buf, body, limit)
	if n > int64(limit) {
		return buf.Bytes(), errTooBig
	}
	if err != nil && buf.Len() == 0 && len(body) != len(in) {
		buf.Reset()
		inflateIntoOracle(&buf, in, limit)
	}
	return buf.Bytes(), nil
}

var oracleInflaters sync.Pool

func inflateIntoOracle(buf *bytes.Buffer, body []byte, limit int) (int64, error) {
	src := bytes.NewReader(body)
	zr, ok := oracleInflaters.Get().(io.ReadCloser)
	if ok {
		if err := zr.(flate.Resetter).Reset(src, nil); err != nil {
			ok = false
		}
	}
	if !ok {
		zr = flate.NewReader(src)
	}
	n, err := io.Copy(buf, io.LimitReader(zr, int64(limit)+1))
	zr.Close()
	oracleInflaters.Put(zr)
	return n, err
}

// rawOracle is the raw DEFLATE decode the way inflate did it, with its
// flOutcome: errTooBig, another error, or nil.
func rawOracle(body []byte, limit int) ([]byte, error) {
	var buf bytes.Buffer
	n, err := inflateIntoOracle(&buf, body, limit)
	if n > int64(limit) {
		return buf.Bytes(), errTooBig
	}
	return buf.Bytes(), err
}

func flOutcome(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, errTooBig):
		return "too big"
	}
	return "error"
}

// flSameRaw compares inflateSlice with compress/flate on a raw stream: the
// same bytes and the same flOutcome, also when appending to existing data.
func flSameRaw(t testing.TB, body []byte, limit int) {
	t.Helper()
	want, werr := rawOracle(body, limit)
	got, gerr := inflateSlice(nil, body, limit)
	if !bytes.Equal(got, want) || flOutcome(gerr) != flOutcome(werr) {
		t.Fatalf("raw limit %d on %d bytes %x:\n got %d bytes, %v (%s)\nwant %d bytes, %v (%s)\nfirst difference at %d",
			limit, len(body), flHead(body), len(got), gerr, flOutcome(gerr), len(want), werr, flOutcome(werr), flFirstDiff(got, want))
	}
	prefix := []byte("prefix")
	got, gerr = inflateSlice(prefix[:len(prefix):len(prefix)], body, limit)
	if !bytes.HasPrefix(got, prefix) || !bytes.Equal(got[len(prefix):], want) || flOutcome(gerr) != flOutcome(werr) {
		t.Fatalf("raw limit %d after a prefix on %x: got %d bytes, %v; want %d, %v", limit, flHead(body), len(got), gerr, len(want), werr)
	}
}

// flSameInflate compares inflate with the old one.
func flSameInflate(t testing.TB, in []byte, limit int) {
	t.Helper()
	want, werr := inflateOracle(in, limit)
	got, gerr := inflate(in, limit)
	if !bytes.Equal(got, want) || gerr != werr {
		t.Fatalf("inflate limit %d on %d bytes %x:\n got %d bytes, %v\nwant %d bytes, %v\nfirst difference at %d",
			limit, len(in), flHead(in), len(got), gerr, len(want), werr, flFirstDiff(got, want))
	}
}

func flHead(b []byte) []byte { return b[:min(len(b), 64)] }

func flFirstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// flStream is a stream's raw data from a PDF, found crudely between
// "stream" and "endstream", and the text of its dictionary.
type flStream struct {
	name string
	dict string
	data []byte
}

var flCorpusOnce = sync.OnceValue(func() []flStream {
	var files []string
	for _, root := range []string{"../../../shared/corpus", "../testdata"} {
		filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() && strings.HasSuffix(p, ".pdf") {
				files = append(files, p)
			}
			return nil
		})
	}
	sort.Strings(files)
	var out []flStream
	seen := map[string]bool{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for i, s := range flRawStreams(data) {
			if !seen[string(s.data)] {
				seen[string(s.data)] = true
				s.name = filepath.Base(f) + "#" + strconv.Itoa(i)
				out = append(out, s)
			}
		}
	}
	return out
})

func flRawStreams(pdf []byte) []flStream {
	var out []flStream
	for off := 0; ; {
		k := bytes.Index(pdf[off:], []byte("stream"))
		if k < 0 {
			return out
		}
		k += off
		off = k + 6
		if k >= 3 && string(pdf[k-3:k]) == "end" {
			continue
		}
		p := k + 6
		if p < len(pdf) && pdf[p] == '\r' {
			p++
		}
		if p < len(pdf) && pdf[p] == '\n' {
			p++
		} else if p == k+6 {
			continue
		}
		e := bytes.Index(pdf[p:], []byte("endstream"))
		if e < 0 {
			return out
		}
		data := pdf[p : p+e]
		data = bytes.TrimSuffix(data, []byte("\n"))
		data = bytes.TrimSuffix(data, []byte("\r"))
		dict := pdf[max(0, k-600):k]
		if o := bytes.LastIndex(dict, []byte(" obj")); o >= 0 {
			dict = dict[o:]
		}
		out = append(out, flStream{dict: string(dict), data: data})
		off = p + e
	}
}

func flateCorpus(tb testing.TB) []flStream {
	s := flCorpusOnce()
	if len(s) == 0 {
		tb.Skip("no PDFs found")
	}
	return s
}

// flCutPoints are where to truncate an n-byte stream: every point near the
// start, where the block headers are, and some spread over the rest.
func flCutPoints(n int, rng *rand.Rand) []int {
	var cuts []int
	for i := 0; i < n && i < 40; i++ {
		cuts = append(cuts, i)
	}
	for i := 0; i < 24 && n > 40; i++ {
		cuts = append(cuts, 40+rng.IntN(n-40))
	}
	for i := max(n-8, 40); i < n; i++ {
		cuts = append(cuts, i)
	}
	return cuts
}

func TestInflateCorpus(t *testing.T) {
	t.Parallel()
	streams := flateCorpus(t)
	rng := rand.New(rand.NewPCG(1, 2))
	flated := 0
	for _, s := range streams {
		in := s.data
		full, _ := inflateOracle(in, 1<<30)
		if len(full) > 0 {
			flated++
		}
		for _, limit := range []int{1 << 30, 0, 1, 100, len(full) - 1, len(full), len(full) + 1} {
			if limit >= 0 {
				flSameInflate(t, in, limit)
			}
		}
		if len(full) == 0 && len(in) > 200 {
			continue // not DEFLATE data at all: a few cuts are enough
		}
		body := in
		if len(in) > 2 {
			body = in[2:]
		}
		flSameRaw(t, body, 1<<30)
		for _, c := range flCutPoints(len(in), rng) {
			flSameInflate(t, in[:c], 1<<30)
			flSameRaw(t, body[:max(c-2, 0)], 1<<30)
		}
		flip := bytes.Clone(in)
		for range 12 {
			if len(flip) == 0 {
				break
			}
			i, bit := rng.IntN(len(flip)), byte(1)<<rng.IntN(8)
			flip[i] ^= bit
			flSameInflate(t, flip, 1<<30)
			flSameInflate(t, flip, len(full)/2)
			flip[i] ^= bit
		}
	}
	t.Logf("%d streams, %d of them inflate", len(streams), flated)
	if flated < 100 && len(streams) > 1000 {
		t.Errorf("only %d streams inflate: the stream finder is broken", flated)
	}
}

// flWriterSamples are inputs for compress/flate's writer: text, random,
// repetitive and tiny data.
func flWriterSamples() [][]byte {
	rng := rand.New(rand.NewPCG(3, 4))
	random := make([]byte, 70000)
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	text := bytes.Repeat([]byte("BT /F1 12 Tf 72 700 Td [(Hello)-333(world)] TJ ET\nq 1 0 0 1 10 10 cm Q\n"), 900)
	for i := range text {
		if rng.IntN(40) == 0 {
			text[i] = byte('a' + rng.IntN(26))
		}
	}
	skewed := make([]byte, 50000)
	for i := range skewed {
		skewed[i] = "aaaaaaaabbbbccd\x00"[rng.IntN(16)] // short and long codes
	}
	return [][]byte{
		nil, {0}, {'a', 'b'}, []byte("hello, hello, hello"),
		bytes.Repeat([]byte{0}, 100000), bytes.Repeat([]byte("ab"), 40000),
		random[:1000], random, text[:5000], text, skewed,
	}
}

func flDeflate(tb testing.TB, data []byte, level int) []byte {
	var b bytes.Buffer
	w, err := flate.NewWriter(&b, level)
	if err != nil {
		tb.Fatal(err)
	}
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func TestInflateWriterStreams(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for _, data := range flWriterSamples() {
		for level := flate.HuffmanOnly; level <= flate.BestCompression; level++ {
			z := flDeflate(t, data, level)
			got, err := inflateSlice(nil, z, 1<<30)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("level %d, %d bytes: got %d bytes, %v", level, len(data), len(got), err)
			}
			for _, limit := range []int{0, 1, 100, len(data) - 1, len(data), 1 << 30} {
				if limit >= 0 {
					flSameRaw(t, z, limit)
				}
			}
			for _, c := range flCutPoints(len(z), rng) {
				flSameRaw(t, z[:c], 1<<30)
			}
			// With data after the end and with a zlib header.
			flSameRaw(t, append(bytes.Clone(z), 0xff, 0x00, 0x13), 1<<30)
			flSameInflate(t, append([]byte{0x78, 0x9c}, z...), 1<<30)
		}
	}
}

// flBitWriter writes DEFLATE bit strings: values first bit lowest, Huffman
// codes first bit highest.
type flBitWriter struct {
	out   []byte
	nbits uint
}

func (w *flBitWriter) bits(v uint32, n uint) {
	for i := uint(0); i < n; i++ {
		if w.nbits%8 == 0 {
			w.out = append(w.out, 0)
		}
		w.out[len(w.out)-1] |= byte(v>>i&1) << (w.nbits % 8)
		w.nbits++
	}
}

func (w *flBitWriter) code(c uint32, n uint) {
	for i := int(n) - 1; i >= 0; i-- {
		w.bits(c>>uint(i)&1, 1)
	}
}

// flCanonical returns the flCanonical codes for lengths (codes of lengths
// that do not form a valid code are whatever comes out).
func flCanonical(lengths []uint8) []uint32 {
	codes := make([]uint32, len(lengths))
	code := uint32(0)
	for l := uint8(1); l < 16; l++ {
		for s, sl := range lengths {
			if sl == l {
				codes[s] = code
				code++
			}
		}
		code <<= 1
	}
	return codes
}

// dynamicHeader writes a dynamic block's header for the given lengths,
// sending each length with a 4-bit code-length code.
func (w *flBitWriter) dynamicHeader(final bool, lit, dist []uint8) {
	f := uint32(0)
	if final {
		f = 1
	}
	w.bits(f|2<<1, 3)
	w.bits(uint32(len(lit)-257), 5)
	w.bits(uint32(len(dist)-1), 5)
	w.bits(19-4, 4)
	for _, s := range clenOrder {
		if s < 16 {
			w.bits(4, 3)
		} else {
			w.bits(0, 3)
		}
	}
	for _, l := range append(append([]uint8{}, lit...), dist...) {
		w.code(uint32(l), 4)
	}
}

// flCraftedStreams are hand-made streams for the edge cases of the format and
// of compress/flate's rules, each also cut at every byte by the test.
func flCraftedStreams() [][]byte {
	var out [][]byte
	add := func(w *flBitWriter) { out = append(out, w.out) }
	lits := func(n int, l uint8) []uint8 {
		s := make([]uint8, n)
		for i := range s {
			s[i] = l
		}
		return s
	}

	// Only an end-of-block code, one bit long; then a second block.
	{
		lit := make([]uint8, 257)
		lit[256] = 1
		w := &flBitWriter{}
		w.dynamicHeader(false, lit, []uint8{0})
		w.code(0, 1)
		w.bits(1|1<<1, 3) // final fixed block, empty
		w.code(0, 7)
		add(w)
		w = &flBitWriter{}
		w.dynamicHeader(true, lit, []uint8{0})
		w.code(1, 1) // the unused one-bit pattern
		add(w)
	}
	// A single one-bit literal code and no end of block: literals to the end.
	{
		lit := make([]uint8, 257)
		lit['x'] = 1
		w := &flBitWriter{}
		w.dynamicHeader(true, lit, []uint8{0})
		for range 13 {
			w.code(0, 1)
		}
		add(w)
		w.code(1, 1)
		w.bits(0, 5)
		add(w)
	}
	// A long end-of-block code and short literals: the end-of-input rule.
	for _, eob := range []uint8{2, 5, 9, 15} {
		lit := make([]uint8, 257)
		// 'a' 1 bit, 'b' 2 bits, ... and EOB and one more at the end.
		for i := uint8(1); i < eob; i++ {
			lit['a'+i-1] = i
		}
		lit[256] = eob
		lit['z'] = eob
		codes := flCanonical(lit)
		w := &flBitWriter{}
		w.dynamicHeader(true, lit, []uint8{1})
		for i := range 20 {
			s := 'a' + i%int(eob-1)
			w.code(codes[s], uint(lit[s]))
		}
		w.code(codes[256], uint(eob))
		add(w)
	}
	// Long codes: sub-tables in both tables, lengths 1 to 15.
	{
		lit := make([]uint8, 258)
		for i := range 13 {
			lit[i] = uint8(i + 1)
		}
		lit[257], lit[14], lit[256] = 14, 15, 15
		dist := make([]uint8, 30)
		for i := range 14 {
			dist[i] = uint8(i + 1)
		}
		dist[14], dist[29] = 15, 15
		codes, dcodes := flCanonical(lit), flCanonical(dist)
		w := &flBitWriter{}
		w.dynamicHeader(true, lit, dist)
		for _, s := range []int{0, 12, 14, 3, 12} {
			w.code(codes[s], uint(lit[s]))
		}
		w.code(codes[257], 14)
		w.code(dcodes[2], 3) // distance 3
		for range 40 {
			w.code(codes[1], 2)
		}
		w.code(codes[257], 14)
		w.code(dcodes[10], 11) // distance 33 and 4 extra bits
		w.bits(5, 4)
		add(w)
		w.code(codes[256], 15)
		add(w)
	}
	// Every length and distance code, at its longest.
	{
		lit := make([]uint8, 286)
		lit['A'], lit['B'] = 5, 5
		for i := 256; i < 286; i++ {
			lit[i] = 5
		}
		dist := lits(30, 5)
		dist[0], dist[1] = 4, 4
		codes, dcodes := flCanonical(lit), flCanonical(dist)
		lenExtra := []uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
		w := &flBitWriter{}
		w.dynamicHeader(true, lit, dist)
		w.code(codes['A'], 5)
		w.code(codes['B'], 5)
		for range 130 {
			w.code(codes[285], 5)
			w.code(dcodes[1], 4) // distance 2
		}
		for c := range 30 {
			w.code(codes[257+c%29], 5)
			w.bits(1<<lenExtra[c%29]-1, lenExtra[c%29])
			w.code(dcodes[c], uint(dist[c]))
			extra := uint(max(c/2-1, 0))
			w.bits(1<<extra-1, extra)
		}
		w.code(codes[256], 5)
		add(w)
	}
	// Distance codes: a one-bit distance code, one of two bits, none.
	for _, dist := range [][]uint8{{1}, {2}, {0}, {1, 1}, {0, 1}, {2, 2, 1}} {
		lit := lits(258, 0)
		lit['q'], lit[256], lit[257] = 2, 2, 1
		codes := flCanonical(lit)
		dcodes := flCanonical(dist)
		w := &flBitWriter{}
		w.dynamicHeader(true, lit, dist)
		w.code(codes['q'], 2)
		w.code(codes[257], 1) // length 3
		for s, l := range dist {
			if l > 0 {
				w.code(dcodes[s], uint(l))
				break
			}
		}
		w.code(codes[257], 1)
		w.code(1, 1) // the other bit pattern
		w.code(codes[256], 2)
		add(w)
	}
	// Fixed blocks: literal 286/287, distance codes 30/31, too far back.
	for _, tail := range [][2]uint32{{0xc6, 8}, {0xc7, 8}} {
		w := &flBitWriter{}
		w.bits(1|1<<1, 3)
		w.code(0x30+'A', 8)
		w.code(tail[0], uint(tail[1]))
		add(w)
	}
	for _, d := range []uint32{0, 1, 29, 30, 31} {
		w := &flBitWriter{}
		w.bits(1|1<<1, 3)
		w.code(0x30+'A', 8)
		w.code(1, 7) // length 3
		w.code(d, 5)
		w.bits(0, 13)
		w.code(0, 7)
		add(w)
	}
	// Stored blocks: good, bad complement, truncated, after a fixed block,
	// and reserved block type 3.
	{
		w := &flBitWriter{}
		w.bits(1<<1, 3) // fixed, not final
		w.code(0x30+'A', 8)
		w.code(0, 7)
		w.bits(0, 3) // stored, not final
		w.bits(0, (8-w.nbits%8)%8)
		w.out = append(w.out, 5, 0, 0xfa, 0xff, 'h', 'e', 'l', 'l', 'o')
		w.nbits = uint(8 * len(w.out))
		w.bits(1, 3) // stored, final
		w.bits(0, (8-w.nbits%8)%8)
		w.out = append(w.out, 0, 0, 0xff, 0xff)
		add(w)
		bad := bytes.Clone(w.out)
		bad[len(bad)-1] = 0xfe
		out = append(out, bad)
		out = append(out, []byte{1, 3, 0, 0xfc, 0xff, 'a', 'b', 'c'}, []byte{7}, []byte{6, 0})
	}
	// Dynamic header damage: too many codes, repeat first, repeat overflow.
	for _, h := range [][3]uint32{{30, 0, 15}, {31, 0, 15}, {0, 30, 15}, {0, 31, 15}} {
		w := &flBitWriter{}
		w.bits(1|2<<1, 3)
		w.bits(h[0], 5)
		w.bits(h[1], 5)
		w.bits(h[2], 4)
		w.bits(0xffffffff, 32)
		add(w)
	}
	return out
}

func TestInflateCrafted(t *testing.T) {
	for _, s := range flCraftedStreams() {
		for c := 0; c <= len(s); c++ {
			for _, limit := range []int{0, 1, 2, 5, 1 << 20} {
				flSameRaw(t, s[:c], limit)
			}
		}
	}
}

func TestInflateLimit(t *testing.T) {
	// A bomb: the output stops at limit+1 bytes, however much is asked.
	z := flDeflate(t, make([]byte, 10<<20), flate.BestCompression)
	for _, limit := range []int{-1, 0, 1, 257, 258, 259, 1 << 20} {
		got, err := inflateSlice(nil, z, limit)
		if err != errTooBig || len(got) != limit+1 {
			t.Errorf("limit %d: %d bytes, %v", limit, len(got), err)
		}
		if limit >= 0 {
			flSameInflate(t, z, limit)
		}
	}
}

// TestInflateResultsKept checks that inflate's results share no memory
// with its pooled buffer, nor with each other.
func TestInflateResultsKept(t *testing.T) {
	samples := flWriterSamples()
	var outs [][]byte
	for _, data := range samples {
		out, err := inflate(flDeflate(t, data, flate.BestSpeed), 1<<30)
		if err != nil || !bytes.Equal(out, data) {
			t.Fatalf("%d bytes: got %d, %v", len(data), len(out), err)
		}
		outs = append(outs, out)
	}
	for i, out := range outs {
		if !bytes.Equal(out, samples[i]) {
			t.Fatalf("result %d changed by later calls", i)
		}
	}
}

func TestInflateAllocs(t *testing.T) {
	z := flDeflate(t, flWriterSamples()[9], flate.DefaultCompression)
	dst := make([]byte, 0, 1<<20)
	inflateSlice(dst, z, 1<<30)
	if n := testing.AllocsPerRun(20, func() { inflateSlice(dst, z, 1<<30) }); n > 0 {
		t.Errorf("%v allocations with room in dst", n)
	}
}

func FuzzInflate(f *testing.F) {
	for _, data := range flWriterSamples() {
		if len(data) <= 5000 {
			for _, level := range []int{flate.HuffmanOnly, flate.NoCompression, flate.BestSpeed, flate.BestCompression} {
				f.Add(flDeflate(f, data, level), uint32(1<<20))
			}
		}
	}
	for _, s := range flCraftedStreams() {
		f.Add(s, uint32(1<<20))
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 60 {
		f.Add(flRandomStream(rng), uint32(rng.IntN(200)))
	}
	n := 0
	for _, s := range flCorpusOnce() {
		if len(s.data) < 2000 && n < 40 {
			f.Add(s.data, uint32(1<<20))
			n++
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, limit uint32) {
		lim := int(limit & (1<<18 - 1))
		flSameRaw(t, data, lim)
		flSameInflate(t, data, lim)
	})
}

// BenchmarkInflate times our decoder and compress/flate on the corpus's
// streams: "content" are those whose dictionary looks like a page's content
// (no /Type, /Subtype, font lengths or image keys), "all" every one that
// inflates. MB/s count the inflated bytes.
func BenchmarkInflate(b *testing.B) {
	var content, all [][]byte
	var contentSize, allSize int64
	for _, s := range flateCorpus(b) {
		out, err := rawOracle(s.data[min(2, len(s.data)):], 1<<30)
		if err != nil || len(out) == 0 {
			continue
		}
		all = append(all, s.data)
		allSize += int64(len(out))
		isContent := true
		for _, k := range []string{"/Type", "/Subtype", "/Length1", "/Length2", "/Length3", "/Width", "/N ", "/FunctionType"} {
			if strings.Contains(s.dict, k) {
				isContent = false
			}
		}
		if isContent {
			content = append(content, s.data)
			contentSize += int64(len(out))
		}
	}
	for _, set := range []struct {
		name    string
		streams [][]byte
		size    int64
	}{{"content", content, contentSize}, {"all", all, allSize}} {
		for _, dec := range []struct {
			name string
			fn   func([]byte, int) ([]byte, error)
		}{{"new", inflate}, {"oracle", inflateOracle}} {
			b.Run(set.name+"/"+dec.name, func(b *testing.B) {
				b.SetBytes(set.size)
				b.ReportAllocs()
				for b.Loop() {
					for _, s := range set.streams {
						dec.fn(s, 1<<30)
					}
				}
			})
		}
	}
}

// TestBuildTableCompleteCodes builds random complete codes, deep ones
// included, and checks that every symbol's code decodes to it: the tables
// must hold the longest codes in the sub-tables they have room for.
func TestBuildTableCompleteCodes(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	var table [litTableSize]uint32
	for round := range 3000 {
		nsym, root, size := 286, uint(litRootBits), litTableSize
		if round%2 == 1 {
			nsym, root, size = 30, distRootBits, distTableSize
		}
		// Split leaves of a code tree until there are n of them: the
		// deepest leaf (a chain down to 15 bits), or a random one.
		n := 2 + rng.IntN(nsym-1)
		leaves := []uint8{1, 1}
		for len(leaves) < n {
			i := rng.IntN(len(leaves))
			if round%3 == 0 {
				i = 0
				for j, l := range leaves {
					if l < 15 && (leaves[i] == 15 || l > leaves[i]) {
						i = j
					}
				}
			}
			if leaves[i] == 15 {
				continue
			}
			leaves[i]++
			leaves = append(leaves, leaves[i])
		}
		lengths := make([]uint8, nsym)
		for i, s := range rng.Perm(nsym)[:n] {
			lengths[s] = leaves[i]
		}
		entries := make([]uint32, nsym)
		for i := range entries {
			entries[i] = uint32(i)<<16 | eLit
		}
		if !buildTable(table[:size], root, lengths, entries) {
			t.Fatalf("round %d: complete code %v rejected", round, lengths)
		}
		for s, c := range flCanonical(lengths) {
			l := uint(lengths[s])
			if l == 0 {
				continue
			}
			// The code, first bit lowest, with random bits after it.
			v := uint64(rng.Uint32()) << l
			for i := uint(0); i < l; i++ {
				v |= uint64(c>>(l-1-i)&1) << i
			}
			e := table[v&(1<<root-1)]
			if e&eLink != 0 {
				e = table[e>>16+uint32(v>>root)&(1<<(e>>4&15)-1)]
			}
			if e>>16 != uint32(s) || uint(e&15) != l || e&eLit == 0 {
				t.Fatalf("round %d: symbol %d (length %d) decodes as %#x", round, s, l, e)
			}
		}
	}
}

// flRandomLengths returns code lengths for n symbols: a random complete code
// over a random subset of them, or now and then one compress/flate treats
// specially (none, a single one-bit code) or rejects (incomplete).
func flRandomLengths(rng *rand.Rand, n int, must []int) []uint8 {
	lengths := make([]uint8, n)
	switch rng.IntN(20) {
	case 0:
		return lengths
	case 1:
		lengths[rng.IntN(n)] = 1
		return lengths
	case 2:
		lengths[rng.IntN(n)] = uint8(2 + rng.IntN(3)) // incomplete
		return lengths
	}
	k := min(2+rng.IntN(min(n, 40)), n)
	leaves := []uint8{1, 1}
	for len(leaves) < k {
		i := rng.IntN(len(leaves))
		if leaves[i] < 15 {
			leaves[i]++
			leaves = append(leaves, leaves[i])
		}
	}
	syms := rng.Perm(n)[:k]
	for _, m := range must {
		if m < n && !slices.Contains(syms, m) && rng.IntN(10) != 0 {
			syms[rng.IntN(k)] = m
		}
	}
	for i, s := range syms {
		lengths[s] = leaves[i]
	}
	if rng.IntN(15) == 0 { // over-subscribed or incomplete
		lengths[syms[0]] = uint8(1 + rng.IntN(15))
	}
	return lengths
}

// flRandomStream writes a few blocks of random kinds with random symbols:
// mostly valid, with the damage compress/flate must find where it finds it.
func flRandomStream(rng *rand.Rand) []byte {
	w := &flBitWriter{}
	lenExtra := []uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	nblocks := 1 + rng.IntN(3)
	out := 0
	for b := range nblocks {
		final := b == nblocks-1 && rng.IntN(8) != 0
		f := uint32(0)
		if final {
			f = 1
		}
		kind := rng.IntN(10)
		switch {
		case kind == 0: // stored
			w.bits(f, 3)
			w.bits(0, (8-w.nbits%8)%8)
			size := rng.IntN(40)
			nlen := ^size
			if rng.IntN(10) == 0 {
				nlen ^= 1 << rng.IntN(16)
			}
			w.bits(uint32(size), 16)
			w.bits(uint32(nlen), 16)
			for range size {
				w.bits(uint32(rng.IntN(256)), 8)
			}
			out += size
			continue
		case kind == 1 && rng.IntN(4) == 0:
			w.bits(f|3<<1, 3) // reserved
			continue
		}
		var lit, dist []uint8
		if kind < 4 { // fixed
			w.bits(f|1<<1, 3)
			l, d := fixedLengths()
			lit, dist = l[:], d[:]
		} else {
			nlit, ndist := 257+rng.IntN(30), 1+rng.IntN(30)
			lit = flRandomLengths(rng, nlit, []int{256, 257 + rng.IntN(nlit-257+1)})
			dist = flRandomLengths(rng, ndist, []int{rng.IntN(ndist)})
			w.dynamicHeader(final, lit, dist)
		}
		codes, dcodes := flCanonical(lit), flCanonical(dist)
		var litSyms, distSyms []int
		for s, l := range lit {
			if l > 0 && s != 256 {
				litSyms = append(litSyms, s)
			}
		}
		for s, l := range dist {
			if l > 0 {
				distSyms = append(distSyms, s)
			}
		}
		if len(litSyms) > 0 {
			for range rng.IntN(30) {
				s := litSyms[rng.IntN(len(litSyms))]
				w.code(codes[s], uint(lit[s]))
				if s < 256 {
					out++
					continue
				}
				if s-257 < len(lenExtra) {
					w.bits(rng.Uint32(), lenExtra[s-257])
				}
				if len(distSyms) == 0 {
					break
				}
				d := distSyms[rng.IntN(len(distSyms))]
				if rng.IntN(3) != 0 {
					// Prefer distances that reach back no further than the output.
					for _, c := range distSyms {
						if c < d && (c < 4 || 1<<(c/2) <= out) {
							d = c
						}
					}
				}
				w.code(dcodes[d], uint(dist[d]))
				w.bits(rng.Uint32(), uint(max(d/2-1, 0)))
				out += 3
			}
		}
		if lit[256] > 0 && rng.IntN(12) != 0 {
			w.code(codes[256], uint(lit[256]))
		}
	}
	if rng.IntN(4) == 0 {
		w.bits(rng.Uint32(), uint(rng.IntN(20))) // trailing data
	}
	return w.out
}

// TestInflateRandomBlocks compares with compress/flate on many random
// streams, every cut of each, and small limits.
func TestInflateRandomBlocks(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(9, 10))
	rounds := 2500
	if testing.Short() {
		rounds = 300
	}
	outcomes := map[string]int{}
	for range rounds {
		s := flRandomStream(rng)
		_, err := rawOracle(s, 1<<20)
		outcomes[flOutcome(err)]++
		for c := 0; c <= len(s); c++ {
			flSameRaw(t, s[:c], 1<<20)
		}
		flSameRaw(t, s, rng.IntN(50))
	}
	t.Log(outcomes)
}
