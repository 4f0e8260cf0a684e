// Command wasmsize shows where the bytes of a Go WebAssembly binary go. It
// reads a .wasm built WITHOUT -ldflags=-s (Go then keeps a "name" custom
// section with every function's name), walks the code section and prints
// code bytes per Go package, the biggest functions and the data segments:
//
//	GOOS=js GOARCH=wasm go build -trimpath -o /tmp/e.wasm ./wasm/browser
//	go run ./scripts/wasmsize /tmp/e.wasm
//	go run ./scripts/wasmsize -gz -top 60 /tmp/e.wasm
//	go run ./scripts/wasmsize -pkg encoding/json /tmp/e.wasm   # its functions
//	go run ./scripts/wasmsize /tmp/before.wasm /tmp/after.wasm # what changed
//	go run ./scripts/wasmsize -pack web/engine.wasm             # rewrite it smaller
//
// -pack rewrites a .wasm in place with its data segments merged. Go's
// linker cuts the data into a segment at every run of 8 or more zero bytes
// (67,700 segments for the browser engine), which saves raw bytes, but each
// segment costs a header of varying offset that gzip and brotli compress
// badly: writing the short zero runs back (segments closer than -gap bytes
// are joined) makes the file ~8 % larger raw and ~6 % smaller gzipped. The
// memory the module starts with is the same byte for byte (memory starts
// zeroed), so the program cannot tell.
//
// With -gz each package's code is also deflated on its own (level 9): the
// sum over packages is larger than the whole file's gzip, since the
// compressor cannot share matches across packages, but it ranks packages by
// what they cost on the wire better than raw bytes do.
//
// The data section (strings, type descriptors, pclntab, static tables) has
// no symbol names in a wasm file, so only its segments are listed. To see
// which package holds the data, give a native binary of the same code
// instead (go tool nm works on it): data symbols are then summed per package
// too, e.g.
//
//	go build -trimpath -o /tmp/rs ./cmd/resumescore && go run ./scripts/wasmsize /tmp/rs
package main

import (
	"bufio"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
)

func main() {
	top := flag.Int("top", 40, "how many of the biggest functions (or data symbols) to list")
	pkgs := flag.Int("pkgs", 0, "how many packages to list (0: all)")
	gz := flag.Bool("gz", false, "also deflate each package's code on its own and show that size")
	only := flag.String("pkg", "", "list the functions of this package only")
	pack := flag.Bool("pack", false, "rewrite FILE.wasm in place with its data segments merged")
	gap := flag.Int("gap", 256, "with -pack: join data segments fewer than this many zero bytes apart")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] [-pkgs N] [-gz] [-pkg PATH] FILE.wasm [AFTER.wasm]\n       wasmsize -pack [-gap N] FILE.wasm...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *pack {
		for _, path := range flag.Args() {
			if err := packFile(path, *gap); err != nil {
				fmt.Fprintln(os.Stderr, "wasmsize:", err)
				os.Exit(1)
			}
		}
		return
	}
	if flag.NArg() < 1 || flag.NArg() > 2 {
		flag.Usage()
		os.Exit(1)
	}
	a, err := load(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
	if flag.NArg() == 2 {
		b, err := load(flag.Arg(1))
		if err != nil {
			fmt.Fprintln(os.Stderr, "wasmsize:", err)
			os.Exit(1)
		}
		diff(os.Stdout, a, b, *top, *pkgs)
		return
	}
	if *only != "" {
		listPackage(os.Stdout, a, *only)
		return
	}
	report(os.Stdout, a, *top, *pkgs, *gz)
}

// binary is what we learn from one file.
type module struct {
	name     string
	size     int
	native   bool      // a native executable read through go tool nm
	sections []section // in file order
	funcs    []fn      // code (wasm) or text symbols (native)
	data     []segment // wasm data segments
	dsyms    []fn      // native data symbols
}

type section struct {
	id   byte
	name string
	size int // content bytes, without the id and size prefix
}

type fn struct {
	name string
	pkg  string
	size int
	body []byte // wasm only: the function body, for -gz
}

type segment struct {
	addr int64
	size int
	data []byte
}

func load(path string) (*module, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(raw, []byte("\x00asm")) {
		b, err := parseWasm(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		b.name = path
		return b, nil
	}
	b, err := parseNative(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b.name, b.size = path, len(raw)
	return b, nil
}

// reader walks a wasm byte string.
type reader struct {
	b   []byte
	off int
	err error
}

var errShort = errors.New("unexpected end of data")

func (r *reader) byte() byte {
	if r.err != nil || r.off >= len(r.b) {
		r.err = errShort
		return 0
	}
	c := r.b[r.off]
	r.off++
	return c
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
	r.err = errors.New("LEB128 too long")
	return 0
}

func (r *reader) sleb() int64 {
	var v int64
	var shift uint
	for {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
		if shift >= 64 {
			r.err = errors.New("LEB128 too long")
			return 0
		}
	}
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n < 0 || r.off+n > len(r.b) {
		r.err = errShort
		return nil
	}
	s := r.b[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) name() string { return string(r.bytes(int(r.uleb()))) }

// limits skips a table or memory's limits.
func (r *reader) limits() {
	if flags := r.byte(); flags&1 != 0 {
		r.uleb()
		r.uleb()
	} else {
		r.uleb()
	}
}

var sectionNames = map[byte]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
	7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount",
}

func parseWasm(raw []byte) (*module, error) {
	b := &module{size: len(raw)}
	r := &reader{b: raw, off: 8}
	var (
		imported int
		bodies   [][]byte
		names    = map[int]string{}
	)
	for r.off < len(raw) && r.err == nil {
		id := r.byte()
		n := int(r.uleb())
		content := r.bytes(n)
		if r.err != nil {
			break
		}
		s := section{id: id, name: sectionNames[id], size: n}
		sr := &reader{b: content}
		switch id {
		case 0:
			s.name = "custom " + strconv.Quote(sr.name())
			if s.name == `custom "name"` {
				readNames(sr, names)
			}
		case 2:
			for i, count := 0, int(sr.uleb()); i < count && sr.err == nil; i++ {
				sr.name()
				sr.name()
				switch sr.byte() {
				case 0:
					sr.uleb()
					imported++
				case 1:
					sr.byte()
					sr.limits()
				case 2:
					sr.limits()
				case 3:
					sr.byte()
					sr.byte()
				}
			}
		case 10:
			for i, count := 0, int(sr.uleb()); i < count && sr.err == nil; i++ {
				start := sr.off
				size := int(sr.uleb())
				sr.bytes(size)
				bodies = append(bodies, content[start:sr.off])
			}
		case 11:
			for i, count := 0, int(sr.uleb()); i < count && sr.err == nil; i++ {
				var addr int64 = -1
				switch flags := sr.uleb(); flags {
				case 0, 2:
					if flags == 2 {
						sr.uleb()
					}
					if sr.byte() == 0x41 { // i32.const
						addr = sr.sleb()
					}
					for sr.err == nil && sr.byte() != 0x0b { // end
					}
				case 1:
				default:
					sr.err = fmt.Errorf("data segment flags %d", flags)
				}
				size := int(sr.uleb())
				sr.bytes(size)
				b.data = append(b.data, segment{addr: addr, size: size, data: sr.b[sr.off-size : sr.off]})
			}
		}
		if sr.err != nil {
			return nil, fmt.Errorf("section %s: %w", s.name, sr.err)
		}
		b.sections = append(b.sections, s)
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(names) == 0 {
		return nil, errors.New(`no "name" section: build without -ldflags=-s`)
	}
	for i, body := range bodies {
		name, ok := names[imported+i]
		if !ok {
			name = fmt.Sprintf("func[%d]", imported+i)
		}
		b.funcs = append(b.funcs, fn{name: name, pkg: wasmPkgOf(name), size: len(body), body: body})
	}
	return b, nil
}

// readNames reads the function-name subsection of a "name" section.
func readNames(r *reader, names map[int]string) {
	for r.off < len(r.b) && r.err == nil {
		id := r.byte()
		n := int(r.uleb())
		sub := &reader{b: r.bytes(n)}
		if id != 1 {
			continue
		}
		for i, count := 0, int(sub.uleb()); i < count && sub.err == nil; i++ {
			idx := int(sub.uleb())
			names[idx] = sub.name()
		}
	}
}

// pkgOf returns the import path of a Go symbol name:
// "encoding/json.(*encodeState).marshal" → "encoding/json",
// "slices.SortFunc[go.shape.string]" → "slices", "type:.eq.[2]string" → "type:".
func pkgOf(sym string) string {
	if strings.HasPrefix(sym, "type:") || strings.HasPrefix(sym, "go:") {
		if i := strings.IndexByte(sym, '.'); i > 0 {
			return sym[:i]
		}
		return sym
	}
	end := len(sym)
	if i := strings.IndexAny(sym, "[("); i >= 0 {
		end = i
	}
	slash := strings.LastIndexByte(sym[:end], '/')
	if i := strings.IndexByte(sym[slash+1:end], '.'); i >= 0 {
		return sym[:slash+1+i]
	}
	return sym[:end]
}

// wasmPkgOf returns the import path in a wasm function name. Go's linker
// writes names with every character but letters, digits, '_' and '.'
// replaced by '_' ("encoding/json.(*decodeState).object" is
// "encoding_json.__decodeState_.object"), so the path is read up to the
// first '.' that does not end a host name ("github.com_…") and its '_'
// are shown as '/' (no package path of ours or the standard library's has
// a '_').
func wasmPkgOf(sym string) string {
	if strings.HasPrefix(sym, "type_.") || strings.HasPrefix(sym, "go_.") {
		return sym[:strings.IndexByte(sym, '_')] + ":"
	}
	i := strings.IndexByte(sym, '.')
	if i < 0 {
		return sym
	}
	if !strings.Contains(sym[:i], "_") {
		rest := sym[i+1:]
		if j := strings.IndexByte(rest, '_'); j > 0 && hostSuffix[rest[:j]] {
			if k := strings.IndexByte(rest[j:], '.'); k >= 0 {
				i += 1 + j + k
			} else {
				i = len(sym)
			}
		}
	}
	return strings.ReplaceAll(sym[:i], "_", "/")
}

var hostSuffix = map[string]bool{"com": true, "org": true, "net": true, "io": true, "in": true, "dev": true, "co": true, "me": true}

// parseNative reads a native executable's symbols with go tool nm.
func parseNative(path string) (*module, error) {
	out, err := exec.Command("go", "tool", "nm", "-size", path).Output()
	if err != nil {
		return nil, fmt.Errorf("go tool nm: %w", err)
	}
	b := &module{native: true}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 {
			continue
		}
		size, err := strconv.Atoi(f[1])
		if err != nil || size == 0 {
			continue
		}
		name := strings.Join(f[3:], " ")
		s := fn{name: name, pkg: pkgOf(name), size: size}
		switch f[2] {
		case "T", "t":
			b.funcs = append(b.funcs, s)
		case "R", "r", "D", "d", "B", "b":
			if f[2] == "B" || f[2] == "b" {
				continue // bss costs nothing in the file
			}
			b.dsyms = append(b.dsyms, s)
		}
	}
	return b, sc.Err()
}

type total struct {
	pkg   string
	size  int
	count int
	gz    int
}

func byPackage(fs []fn, gz bool) []total {
	m := map[string]*total{}
	bodies := map[string][]byte{}
	for _, f := range fs {
		t := m[f.pkg]
		if t == nil {
			t = &total{pkg: f.pkg}
			m[f.pkg] = t
		}
		t.size += f.size
		t.count++
		if gz {
			bodies[f.pkg] = append(bodies[f.pkg], f.body...)
		}
	}
	out := make([]total, 0, len(m))
	for _, t := range m {
		if gz {
			t.gz = deflated(bodies[t.pkg])
		}
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].size != out[j].size {
			return out[i].size > out[j].size
		}
		return out[i].pkg < out[j].pkg
	})
	return out
}

func deflated(b []byte) int {
	var c counter
	w, _ := flate.NewWriter(&c, flate.BestCompression)
	w.Write(b)
	w.Close()
	return int(c)
}

type counter int

func (c *counter) Write(p []byte) (int, error) { *c += counter(len(p)); return len(p), nil }

func sum(fs []fn) (n int) {
	for _, f := range fs {
		n += f.size
	}
	return n
}

func report(w io.Writer, b *module, top, pkgs int, gz bool) {
	fmt.Fprintf(w, "%s: %s\n", b.name, kb(b.size))
	if !b.native {
		fmt.Fprintln(w, "\nsections:")
		for _, s := range b.sections {
			fmt.Fprintf(w, "  %-28s %10s\n", s.name, kb(s.size))
		}
	}
	code := sum(b.funcs)
	label := "code"
	if b.native {
		label = "text symbols"
	}
	fmt.Fprintf(w, "\n%s per package (%d functions, %s):\n", label, len(b.funcs), kb(code))
	printTotals(w, byPackage(b.funcs, gz && !b.native), code, pkgs, gz && !b.native)

	fmt.Fprintf(w, "\ntop %d functions:\n", top)
	printTop(w, b.funcs, code, top)

	if b.native {
		d := sum(b.dsyms)
		fmt.Fprintf(w, "\ndata symbols per package (%d symbols, %s):\n", len(b.dsyms), kb(d))
		printTotals(w, byPackage(b.dsyms, false), d, pkgs, false)
		fmt.Fprintf(w, "\ntop %d data symbols:\n", top)
		printTop(w, b.dsyms, d, top)
		return
	}
	segs := append([]segment(nil), b.data...)
	sort.Slice(segs, func(i, j int) bool { return segs[i].size > segs[j].size })
	d := 0
	for _, s := range segs {
		d += s.size
	}
	fmt.Fprintf(w, "\ndata by region (bytes stored in the file; from runtime.firstmoduledata):\n")
	if regions, err := dataRegions(b.data); err != nil {
		fmt.Fprintf(w, "  (%v)\n", err)
	} else {
		for _, r := range regions {
			fmt.Fprintf(w, "  %10s %5.1f%%  gz %9s  %s\n", kb(r.stored), pct(r.stored, d), kb(r.gz), r.name)
		}
	}
	fmt.Fprintf(w, "\ndata segments (%d, %s; the linker splits them at long runs of zeros):\n", len(segs), kb(d))
	for i, s := range segs {
		if i == top {
			fmt.Fprintf(w, "  … %d more\n", len(segs)-top)
			break
		}
		fmt.Fprintf(w, "  @%#08x %10s %5.1f%%\n", s.addr, kb(s.size), pct(s.size, d))
	}
}

// region is a span of linear memory between two addresses the runtime's
// module data records.
type region struct {
	name       string
	start, end int64
	stored     int // bytes of data segments inside it
	gz         int
}

// dataRegions rebuilds linear memory from the data segments, finds the
// PC-line table header (magic 0xfffffff1) and runtime.firstmoduledata that
// points at it, and splits the data into rodata, type descriptors, go:func.*
// (stack maps and other funcdata), the parts of pclntab, noptrdata and data.
func dataRegions(segs []segment) ([]region, error) {
	var end int64
	for _, s := range segs {
		if s.addr < 0 {
			return nil, errors.New("a passive data segment")
		}
		end = max(end, s.addr+int64(s.size))
	}
	mem := make([]byte, end+8)
	for _, s := range segs {
		copy(mem[s.addr:], s.data)
	}
	u64 := func(a int64) int64 {
		if a < 0 || a+8 > int64(len(mem)) {
			return -1
		}
		return int64(binary.LittleEndian.Uint64(mem[a:]))
	}
	var hdr int64 = -1
	for a := int64(0); a+8 <= int64(len(mem)); a += 8 {
		if binary.LittleEndian.Uint32(mem[a:]) == 0xfffffff1 && mem[a+4] == 0 && mem[a+5] == 0 && mem[a+7] == 8 {
			hdr = a
			break
		}
	}
	if hdr < 0 {
		return nil, errors.New("no PC-line table header")
	}
	var md int64 = -1
	for a := int64(0); a+400 <= int64(len(mem)); a += 8 {
		if u64(a) == hdr && u64(a+8) == hdr+u64(hdr+32) {
			md = a
			break
		}
	}
	if md < 0 {
		return nil, errors.New("no runtime.firstmoduledata")
	}
	bounds := []struct {
		name string
		addr int64
	}{
		{"rodata: strings, static tables, other read-only data", u64(md + 312)},
		{"rodata: type descriptors (types..etypes)", u64(md + 296)},
		{"rodata: after etypes", u64(md + 304)},
		{"rodata: go:func.* (stack maps, funcdata)", u64(md + 320)},
		{"pclntab: header", hdr},
		{"pclntab: function names", u64(md + 8)},
		{"pclntab: cutab", u64(md + 32)},
		{"pclntab: file names", u64(md + 56)},
		{"pclntab: pc tables (pcsp, pcfile, pcline, pcdata)", u64(md + 80)},
		{"pclntab: functab and _func records", u64(md + 104)},
		{"between epclntab and noptrdata (typelinks, itablinks…)", u64(md + 328)},
		{"noptrdata", u64(md + 192)},
		{"between enoptrdata and data", u64(md + 200)},
		{"data", u64(md + 208)},
		{"after edata (bss is never stored)", u64(md + 216)},
	}
	sort.SliceStable(bounds, func(i, j int) bool { return bounds[i].addr < bounds[j].addr })
	var rs []region
	if first := bounds[0].addr; first > 0 {
		rs = append(rs, region{name: "before rodata", start: 0, end: first})
	}
	for i, b := range bounds {
		e := int64(len(mem))
		if i+1 < len(bounds) {
			e = bounds[i+1].addr
		}
		if e > b.addr {
			rs = append(rs, region{name: b.name, start: b.addr, end: e})
		}
	}
	for i := range rs {
		r := &rs[i]
		var buf []byte
		for _, s := range segs {
			lo, hi := max(s.addr, r.start), min(s.addr+int64(s.size), r.end)
			if hi > lo {
				r.stored += int(hi - lo)
				buf = append(buf, s.data[lo-s.addr:hi-s.addr]...)
			}
		}
		r.gz = deflated(buf)
		r.name = fmt.Sprintf("%s [%#x, %#x)", r.name, r.start, r.end)
	}
	return rs, nil
}

func printTotals(w io.Writer, ts []total, all, limit int, gz bool) {
	for i, t := range ts {
		if limit > 0 && i == limit {
			rest := 0
			for _, r := range ts[i:] {
				rest += r.size
			}
			fmt.Fprintf(w, "  %10s %5.1f%%  (%d more packages)\n", kb(rest), pct(rest, all), len(ts)-i)
			break
		}
		if gz {
			fmt.Fprintf(w, "  %10s %5.1f%%  gz %9s  %5d  %s\n", kb(t.size), pct(t.size, all), kb(t.gz), t.count, t.pkg)
		} else {
			fmt.Fprintf(w, "  %10s %5.1f%%  %5d  %s\n", kb(t.size), pct(t.size, all), t.count, t.pkg)
		}
	}
}

func printTop(w io.Writer, fs []fn, all, top int) {
	s := append([]fn(nil), fs...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].size != s[j].size {
			return s[i].size > s[j].size
		}
		return s[i].name < s[j].name
	})
	for i, f := range s {
		if i == top {
			break
		}
		fmt.Fprintf(w, "  %10s %5.1f%%  %s\n", kb(f.size), pct(f.size, all), f.name)
	}
}

func listPackage(w io.Writer, b *module, pkg string) {
	var fs []fn
	for _, f := range append(append([]fn(nil), b.funcs...), b.dsyms...) {
		if f.pkg == pkg {
			fs = append(fs, f)
		}
	}
	n := sum(fs)
	fmt.Fprintf(w, "%s: %d symbols, %s\n", pkg, len(fs), kb(n))
	printTop(w, fs, n, len(fs))
}

func diff(w io.Writer, a, b *module, top, pkgs int) {
	fmt.Fprintf(w, "file: %s → %s (%+d B)\n", kb(a.size), kb(b.size), b.size-a.size)
	if !a.native && !b.native {
		as, bs := map[string]int{}, map[string]int{}
		var order []string
		for _, s := range a.sections {
			as[s.name] += s.size
			order = append(order, s.name)
		}
		for _, s := range b.sections {
			if _, ok := as[s.name]; !ok {
				order = append(order, s.name)
			}
			bs[s.name] += s.size
		}
		seen := map[string]bool{}
		for _, n := range order {
			if seen[n] {
				continue
			}
			seen[n] = true
			if as[n] != bs[n] {
				fmt.Fprintf(w, "  %-28s %10s → %10s (%+d)\n", n, kb(as[n]), kb(bs[n]), bs[n]-as[n])
			}
		}
	}
	fmt.Fprintln(w, "\ncode per package (after − before):")
	diffTotals(w, byPackage(a.funcs, false), byPackage(b.funcs, false), pkgs)
	if a.native && b.native {
		fmt.Fprintln(w, "\ndata per package (after − before):")
		diffTotals(w, byPackage(a.dsyms, false), byPackage(b.dsyms, false), pkgs)
	}
	fmt.Fprintf(w, "\nfunctions that changed most (top %d):\n", top)
	am, bm := map[string]int{}, map[string]int{}
	for _, f := range a.funcs {
		am[f.name] += f.size
	}
	for _, f := range b.funcs {
		bm[f.name] += f.size
	}
	type d struct {
		name   string
		before int
		after  int
	}
	var ds []d
	for n, s := range am {
		if bm[n] != s {
			ds = append(ds, d{n, s, bm[n]})
		}
	}
	for n, s := range bm {
		if _, ok := am[n]; !ok {
			ds = append(ds, d{n, 0, s})
		}
	}
	sort.Slice(ds, func(i, j int) bool {
		x, y := abs(ds[i].after-ds[i].before), abs(ds[j].after-ds[j].before)
		if x != y {
			return x > y
		}
		return ds[i].name < ds[j].name
	})
	for i, e := range ds {
		if i == top {
			break
		}
		fmt.Fprintf(w, "  %+9d  %9s → %9s  %s\n", e.after-e.before, kb(e.before), kb(e.after), e.name)
	}
}

func diffTotals(w io.Writer, a, b []total, limit int) {
	am, bm := map[string]int{}, map[string]int{}
	for _, t := range a {
		am[t.pkg] = t.size
	}
	for _, t := range b {
		bm[t.pkg] = t.size
	}
	type d struct {
		pkg           string
		before, after int
	}
	var ds []d
	var ta, tb int
	for p, s := range am {
		ta += s
		if bm[p] != s {
			ds = append(ds, d{p, s, bm[p]})
		}
	}
	for p, s := range bm {
		tb += s
		if _, ok := am[p]; !ok {
			ds = append(ds, d{p, 0, s})
		}
	}
	sort.Slice(ds, func(i, j int) bool {
		x, y := ds[i].after-ds[i].before, ds[j].after-ds[j].before
		if x != y {
			return x < y
		}
		return ds[i].pkg < ds[j].pkg
	})
	for i, e := range ds {
		if limit > 0 && i == limit {
			fmt.Fprintf(w, "  … %d more\n", len(ds)-i)
			break
		}
		fmt.Fprintf(w, "  %+9d  %9s → %9s  %s\n", e.after-e.before, kb(e.before), kb(e.after), e.pkg)
	}
	fmt.Fprintf(w, "  %+9d  %9s → %9s  total\n", tb-ta, kb(ta), kb(tb))
}

func kb(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.2f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

func pct(n, all int) float64 {
	if all == 0 {
		return 0
	}
	return 100 * float64(n) / float64(all)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// packFile rewrites a wasm file with the data segments of its data section
// merged wherever fewer than gap zero bytes separate them.
func packFile(path string, gap int) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	out, before, after, err := packData(raw, gap)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		return err
	}
	fmt.Printf("%s: %d data segments → %d, %s → %s\n", path, before, after, kb(len(raw)), kb(len(out)))
	return nil
}

func packData(raw []byte, gap int) (out []byte, before, after int, err error) {
	if !bytes.HasPrefix(raw, []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, 0, 0, errors.New("not a WebAssembly 1 module")
	}
	out = append(out, raw[:8]...)
	r := &reader{b: raw, off: 8}
	for r.off < len(raw) {
		start := r.off
		id := r.byte()
		n := int(r.uleb())
		content := r.bytes(n)
		if r.err != nil {
			return nil, 0, 0, r.err
		}
		if id != 11 {
			out = append(out, raw[start:r.off]...)
			continue
		}
		segs, err := readSegments(content)
		if err != nil {
			return nil, 0, 0, err
		}
		before = len(segs)
		sort.SliceStable(segs, func(i, j int) bool { return segs[i].addr < segs[j].addr })
		var merged []segment
		for _, s := range segs {
			if k := len(merged) - 1; k >= 0 {
				last := &merged[k]
				end := last.addr + int64(len(last.data))
				if s.addr < end {
					return nil, 0, 0, errors.New("overlapping data segments")
				}
				if s.addr-end < int64(gap) {
					last.data = append(append(last.data, make([]byte, s.addr-end)...), s.data...)
					continue
				}
			}
			merged = append(merged, segment{addr: s.addr, data: append([]byte(nil), s.data...)})
		}
		after = len(merged)
		var sec []byte
		sec = appendULEB(sec, uint64(len(merged)))
		for _, s := range merged {
			sec = append(sec, 0, 0x41) // active, memory 0; i32.const
			sec = appendSLEB(sec, s.addr)
			sec = append(sec, 0x0b) // end
			sec = appendULEB(sec, uint64(len(s.data)))
			sec = append(sec, s.data...)
		}
		out = append(out, 11)
		out = appendULEB(out, uint64(len(sec)))
		out = append(out, sec...)
	}
	return out, before, after, nil
}

// readSegments reads a data section's segments; only active segments of
// memory 0 at a constant address (what Go writes) are accepted.
func readSegments(content []byte) ([]segment, error) {
	r := &reader{b: content}
	var segs []segment
	for i, count := 0, int(r.uleb()); i < count && r.err == nil; i++ {
		if flags := r.uleb(); flags != 0 {
			return nil, fmt.Errorf("data segment with flags %d", flags)
		}
		if r.byte() != 0x41 {
			return nil, errors.New("data segment offset is not an i32.const")
		}
		addr := r.sleb()
		if r.byte() != 0x0b {
			return nil, errors.New("data segment offset is not a constant")
		}
		size := int(r.uleb())
		data := r.bytes(size)
		segs = append(segs, segment{addr: addr, size: size, data: data})
	}
	if r.err == nil && r.off != len(content) {
		r.err = errors.New("data section has trailing bytes")
	}
	return segs, r.err
}

func appendULEB(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 && c&0x40 == 0 || v == -1 && c&0x40 != 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
