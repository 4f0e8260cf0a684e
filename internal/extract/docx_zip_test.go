package extract

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"
)

// Our zip reader must read every member archive/zip reads, byte for byte,
// and refuse damaged or crafted archives with a typed error. archive/zip
// stays here as the oracle.

// oracleMembers reads every member through archive/zip, keyed as
// docxReader keys them. A member it cannot read whole maps to nil.
func oracleMembers(tb testing.TB, data []byte) map[string][]byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatalf("archive/zip: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			out[strings.TrimPrefix(f.Name, "/")] = nil
			continue
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			b = nil
		}
		out[strings.TrimPrefix(f.Name, "/")] = b
	}
	return out
}

// sameAsOracle checks that our reader lists the same members as archive/zip
// and reads each one identically.
func sameAsOracle(t *testing.T, label string, data []byte) {
	t.Helper()
	want := oracleMembers(t, data)
	z, err := openZip(data, maxZipFiles)
	if err != nil {
		t.Fatalf("%s: %v", label, err)
	}
	if len(z.members) != len(want) {
		t.Errorf("%s: %d members, archive/zip %d", label, len(z.members), len(want))
	}
	for name, w := range want {
		if w == nil {
			t.Errorf("%s: archive/zip cannot read %q", label, name)
			continue
		}
		got, err := z.read(name, maxPartBytes, nil)
		if err != nil || !bytes.Equal(got, w) {
			t.Errorf("%s: %q: %d bytes, %v; archive/zip %d bytes", label, name, len(got), err, len(w))
		}
	}
}

// tzMember is a member for tzBuild, which writes archives byte by byte so
// that tests can put any value in any field.
type tzMember struct {
	name    string
	method  uint16
	flags   uint16
	crc     uint32
	csize   uint64
	usize   uint64
	payload []byte // as stored
	zip64   bool   // sizes and offset in a ZIP64 extra field, 0xffffffff in the directory
}

// tzFile makes a member of content, deflated if method is 8.
func tzFile(name string, content []byte, method uint16) tzMember {
	m := tzMember{name: name, method: method, crc: crc32.ChecksumIEEE(content), usize: uint64(len(content)), payload: content}
	if method == 8 {
		var b bytes.Buffer
		w, _ := flate.NewWriter(&b, flate.BestCompression)
		w.Write(content)
		w.Close()
		m.payload = b.Bytes()
	}
	m.csize = uint64(len(m.payload))
	return m
}

type tzArchive struct {
	prefix  []byte // before the first member; offsets count from the archive's start
	members []tzMember
	comment []byte
	zip64   bool // a ZIP64 end record and locator, the plain record's fields at their maximum
}

// tzLayout is where tzBuild put things, for tests that patch them.
type tzLayout struct {
	local, central []int
	end            int
}

func tzBuild(a tzArchive) ([]byte, tzLayout) {
	le := binary.LittleEndian
	b := append([]byte(nil), a.prefix...)
	var lay tzLayout
	for _, m := range a.members {
		lay.local = append(lay.local, len(b))
		b = le.AppendUint32(b, zipLocalSig)
		b = le.AppendUint16(b, 20)
		b = le.AppendUint16(b, m.flags)
		b = le.AppendUint16(b, m.method)
		b = le.AppendUint32(b, 0) // time and date
		b = le.AppendUint32(b, m.crc)
		b = le.AppendUint32(b, uint32(m.csize))
		b = le.AppendUint32(b, uint32(m.usize))
		b = le.AppendUint16(b, uint16(len(m.name)))
		b = le.AppendUint16(b, 0)
		b = append(b, m.name...)
		b = append(b, m.payload...)
	}
	dirStart := len(b)
	for i, m := range a.members {
		lay.central = append(lay.central, len(b))
		off := uint64(lay.local[i] - len(a.prefix))
		csize, usize, off32 := uint32(m.csize), uint32(m.usize), uint32(off)
		var extra []byte
		if m.zip64 {
			csize, usize, off32 = zipMax32, zipMax32, zipMax32
			extra = le.AppendUint16(extra, 1)
			extra = le.AppendUint16(extra, 24)
			extra = le.AppendUint64(extra, m.usize)
			extra = le.AppendUint64(extra, m.csize)
			extra = le.AppendUint64(extra, off)
		}
		b = le.AppendUint32(b, zipCentralSig)
		b = le.AppendUint16(b, 45)
		b = le.AppendUint16(b, 20)
		b = le.AppendUint16(b, m.flags)
		b = le.AppendUint16(b, m.method)
		b = le.AppendUint32(b, 0)
		b = le.AppendUint32(b, m.crc)
		b = le.AppendUint32(b, csize)
		b = le.AppendUint32(b, usize)
		b = le.AppendUint16(b, uint16(len(m.name)))
		b = le.AppendUint16(b, uint16(len(extra)))
		b = le.AppendUint16(b, 0) // comment
		b = le.AppendUint16(b, 0) // disk
		b = le.AppendUint16(b, 0) // internal attributes
		b = le.AppendUint32(b, 0) // external attributes
		b = le.AppendUint32(b, off32)
		b = append(b, m.name...)
		b = append(b, extra...)
	}
	dirSize := uint64(len(b) - dirStart)
	dirOff := uint64(dirStart - len(a.prefix))
	n := uint64(len(a.members))
	if a.zip64 {
		rec := len(b)
		b = le.AppendUint32(b, zip64EndSig)
		b = le.AppendUint64(b, zip64EndLen-12)
		b = le.AppendUint16(b, 45)
		b = le.AppendUint16(b, 45)
		b = le.AppendUint32(b, 0)
		b = le.AppendUint32(b, 0)
		b = le.AppendUint64(b, n)
		b = le.AppendUint64(b, n)
		b = le.AppendUint64(b, dirSize)
		b = le.AppendUint64(b, dirOff)
		b = le.AppendUint32(b, zip64LocSig)
		b = le.AppendUint32(b, 0)
		b = le.AppendUint64(b, uint64(rec))
		b = le.AppendUint32(b, 1)
		n, dirSize, dirOff = 0xffff, zipMax32, zipMax32
	}
	lay.end = len(b)
	b = append(b, "PK\x05\x06"...)
	b = le.AppendUint32(b, 0) // disks
	b = le.AppendUint16(b, uint16(n))
	b = le.AppendUint16(b, uint16(n))
	b = le.AppendUint32(b, uint32(dirSize))
	b = le.AppendUint32(b, uint32(dirOff))
	b = le.AppendUint16(b, uint16(len(a.comment)))
	b = append(b, a.comment...)
	return b, lay
}

func put16(b []byte, at int, v uint16) []byte {
	b = bytes.Clone(b)
	binary.LittleEndian.PutUint16(b[at:], v)
	return b
}

func put32(b []byte, at int, v uint32) []byte {
	b = bytes.Clone(b)
	binary.LittleEndian.PutUint32(b[at:], v)
	return b
}

// zipParts are the members of a small DOCX, deflated.
func zipParts(doc string) []tzMember {
	return []tzMember{
		tzFile("[Content_Types].xml", []byte(`<Types/>`), 8),
		tzFile("word/document.xml", []byte(`<w:document `+wNS+`><w:body>`+doc+`</w:body></w:document>`), 8),
		tzFile("word/styles.xml", []byte(`<w:styles `+wNS+`/>`), 8),
	}
}

var zipDocBody = para(run("Jane Doe")) + para(run("Built the billing service"))

// rezip writes the members of a DOCX again in several ways.
func rezip(tb testing.TB, data []byte) map[string][]byte {
	tb.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		tb.Fatal(err)
	}
	type part struct {
		name string
		data []byte
	}
	var parts []part
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			tb.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			tb.Fatal(err)
		}
		parts = append(parts, part{f.Name, b})
	}
	out := map[string][]byte{}
	for _, v := range []struct {
		label  string
		method uint16
		level  int
	}{{"go-stored", zip.Store, 0}, {"go-deflate-1", zip.Deflate, flate.BestSpeed}, {"go-deflate-9", zip.Deflate, flate.BestCompression}, {"go-huffman", zip.Deflate, flate.HuffmanOnly}} {
		var b bytes.Buffer
		w := zip.NewWriter(&b)
		w.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) { return flate.NewWriter(out, v.level) })
		for _, p := range parts {
			fw, err := w.CreateHeader(&zip.FileHeader{Name: p.name, Method: v.method})
			if err != nil {
				tb.Fatal(err)
			}
			fw.Write(p.data)
		}
		w.SetComment("written again")
		w.Close()
		out[v.label] = b.Bytes()
	}
	var members []tzMember
	for i, p := range parts {
		m := tzFile(p.name, p.data, uint16(8*(i%2)))
		m.zip64 = true
		members = append(members, m)
	}
	out["zip64"], _ = tzBuild(tzArchive{members: members, zip64: true})
	out["prefixed"], _ = tzBuild(tzArchive{prefix: []byte("PK\x03\x04 a self-extractor's stub"), members: members})
	return out
}

// TestZipFixturesLikeArchiveZip: every DOCX fixture, and each written again
// by other writers, reads as through archive/zip, and every version
// extracts to the same document.
func TestZipFixturesLikeArchiveZip(t *testing.T) {
	for _, f := range docxFixtures(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		sameAsOracle(t, name, data)
		want, err := Read(context.Background(), data, Limits{Timeout: time.Minute})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for label, v := range rezip(t, data) {
			sameAsOracle(t, name+" "+label, v)
			got, err := Read(context.Background(), v, Limits{Timeout: time.Minute})
			if err != nil || !reflect.DeepEqual(got, want) {
				t.Errorf("%s %s: extracts differently (%v)", name, label, err)
			}
		}
	}
}

// zipCase is a damaged or crafted archive and what must come of it.
type zipCase struct {
	name string
	data []byte
	err  error // the first from openZip, reading word/document.xml, then the other members in order
	kind Kind  // from Read; "" for a document read
}

func hostileZips(t testing.TB) []zipCase {
	parts := zipParts(zipDocBody)
	good, lay := tzBuild(tzArchive{members: parts})
	const doc = 1 // index of word/document.xml in parts
	cen := lay.central[doc]
	with := func(f func(ms []tzMember)) []byte {
		ms := append([]tzMember(nil), parts...)
		f(ms)
		b, _ := tzBuild(tzArchive{members: ms})
		return b
	}
	// Over the part cap: the reader keeps a prefix, as it always did.
	big := tzFile("word/document.xml", []byte(`<w:document `+wNS+`><w:body>`+para(run("Start"))+strings.Repeat("<w:p/>", 3<<20)+`</w:body></w:document>`), 8)
	lying := big
	lying.usize = 1 << 20
	many := []tzMember{parts[1]}
	for i := range maxZipFiles {
		many = append(many, tzFile(fmt.Sprintf("x/%d", i), nil, 0))
	}
	dup := append(append([]tzMember(nil), parts...), parts[doc])
	slash := parts[doc]
	slash.name = "/word/document.xml"
	dupSlash := append(append([]tzMember(nil), parts...), slash)
	z64, z64lay := tzBuild(tzArchive{members: parts, zip64: true})
	z64one := with(func(ms []tzMember) { ms[doc].zip64 = true })
	// An overlapping bomb: a hundred headers whose entries all point at one
	// local header, and a document whose data runs into the next member.
	var shared []tzMember
	for i := range 100 {
		m := big
		m.name = fmt.Sprintf("word/header%d.xml", i)
		shared = append(shared, m)
	}
	sharedData, sharedLay := tzBuild(tzArchive{members: append([]tzMember{parts[doc]}, shared...)})
	for i := range shared {
		sharedData = put32(sharedData, sharedLay.central[i+1]+42, uint32(sharedLay.local[1]))
	}
	padded, padLay := tzBuild(tzArchive{members: append([]tzMember{tzFile("a", []byte("sixteen bytes..."), 0)}, parts...)})
	cut := padded[padLay.local[1]:]
	comment := func(b []byte, n int) []byte {
		return put16(b, bytes.LastIndex(b, []byte("PK\x05\x06"))+20, uint16(n))
	}
	withComment, _ := tzBuild(tzArchive{members: parts, comment: []byte("a comment")})

	return []zipCase{
		{"valid", good, nil, ""},
		{"end record missing", good[:lay.end], errZipFormat, KindDamaged},
		{"truncated in the directory", good[:lay.central[2]+10], errZipFormat, KindDamaged},
		{"truncated in the end record", good[:len(good)-3], errZipFormat, KindDamaged},
		{"wrong CRC", put32(good, cen+16, parts[doc].crc^1), errZipChecksum, KindDamaged},
		{"size smaller than the data", put32(good, cen+24, uint32(parts[doc].usize-1)), errZipFormat, KindDamaged},
		{"size larger than the data", put32(good, cen+24, uint32(parts[doc].usize+1)), errZipFormat, KindDamaged},
		{"huge declared size", put32(good, cen+24, 0xfffffffe), errZipFormat, KindDamaged},
		{"compressed size into the next member", put32(good, cen+20, uint32(parts[doc].csize+1)), errZipOverlap, KindDamaged},
		{"compressed size short", put32(good, cen+20, uint32(parts[doc].csize-3)), errZipFormat, KindDamaged},
		{"stored, sizes disagree", with(func(ms []tzMember) {
			ms[doc] = tzFile(ms[doc].name, []byte(`<w:document `+wNS+`><w:body>`+zipDocBody+`</w:body></w:document>`), 0)
			ms[doc].usize--
		}), errZipFormat, KindDamaged},
		{"deflate stream damaged", with(func(ms []tzMember) {
			ms[doc].payload = append([]byte{0xff}, ms[doc].payload[1:]...)
		}), errZipFormat, KindDamaged},
		{"bomb over the cap", with(func(ms []tzMember) { ms[doc] = big }), errTooBig, ""},
		{"bomb with a lying size", with(func(ms []tzMember) { ms[doc] = lying }), errZipFormat, KindDamaged},
		// The headers fail to read and are left out; the body reads.
		{"overlapping bomb", sharedData, errZipOverlap, ""},
		{"encrypted", put16(good, cen+8, 1), errZipEncrypted, KindEncrypted},
		{"strong encryption", put16(good, cen+8, 0x41), errZipEncrypted, KindEncrypted},
		{"method 12 (bzip2)", put16(good, cen+10, 12), errZipMethod, KindUnsupported},
		{"method 14 (LZMA)", put16(good, cen+10, 14), errZipMethod, KindUnsupported},
		{"duplicate name", func() []byte { b, _ := tzBuild(tzArchive{members: dup}); return b }(), errZipDuplicate, KindDamaged},
		{"duplicate name but for a slash", func() []byte { b, _ := tzBuild(tzArchive{members: dupSlash}); return b }(), errZipDuplicate, KindDamaged},
		{"directory offset past the end", put32(good, lay.end+16, uint32(len(good)+100)), errZipFormat, KindDamaged},
		{"directory offset into nothing", put32(good, lay.end+16, 7), errZipOverlap, KindDamaged},
		// The archive lost its first member, whose local entry was as long
		// as its directory entry: the directory's offset now lands on the
		// second entry, and every offset is off by the cut. The rest reads,
		// as it did through archive/zip; the member cut off fails.
		{"lost its first member", cut, errZipFormat, ""},
		// A member the document does not use may be damaged.
		{"unused member damaged", put32(good, lay.central[0]+42, uint32(len(good))), errZipOverlap, ""},
		{"directory size past the start", put32(good, lay.end+12, uint32(len(good))), errZipFormat, KindDamaged},
		{"local header past the end", put32(good, cen+42, uint32(len(good)+5)), errZipOverlap, KindDamaged},
		{"local header in the directory", put32(good, cen+42, uint32(lay.central[0])), errZipOverlap, KindDamaged},
		{"local header elsewhere", put32(good, cen+42, 3), errZipFormat, KindDamaged},
		{"local signature wrong", put32(good, lay.local[doc], 0x04034b51), errZipFormat, KindDamaged},
		{"local name length past the data", put16(good, lay.local[doc]+26, 0xffff), errZipOverlap, KindDamaged},
		{"name length past the directory", put16(good, lay.central[2]+28, 0xffff), errZipOverlap, KindDamaged},
		{"comment length past the end", comment(withComment, len("a comment")+1), errZipFormat, KindDamaged},
		{"comment length short: trailing bytes", comment(withComment, 2), nil, ""},
		{"comment length of 64 KiB", comment(good, 0xffff), errZipFormat, KindDamaged},
		{"count too high", put16(put16(good, lay.end+8, 4), lay.end+10, 4), errZipFormat, KindDamaged},
		{"count too low", put16(put16(good, lay.end+8, 2), lay.end+10, 2), errZipFormat, KindDamaged},
		{"too many files", func() []byte { b, _ := tzBuild(tzArchive{members: many}); return b }(), errZipFormat, KindDamaged},
		{"ZIP64", z64, nil, ""},
		{"ZIP64 fields in one entry", z64one, nil, ""},
		{"ZIP64 locator pointing nowhere", put32(z64, z64lay.end-12, 5), errZipFormat, KindDamaged},
		{"ZIP64 extra field missing", put16(z64one, lay.central[doc]+30, 0), errZipFormat, KindDamaged},
		{"ZIP64 count huge", put32(z64, z64lay.end-20-56+32, 1<<31), errZipFormat, KindDamaged},
		// Counts are compared modulo 65536, as a plain record's wrap.
		{"ZIP64 count off by 2^48", put16(z64, z64lay.end-20-56+32+6, 1), nil, ""},
		{"not a zip after the signature", []byte("PK\x03\x04garbage"), errZipFormat, KindDamaged},
	}
}

func TestZipHostile(t *testing.T) {
	for _, c := range hostileZips(t) {
		start := time.Now()
		var err error
		z, err := openZip(c.data, maxZipFiles)
		if err == nil {
			_, err = z.read("word/document.xml", maxPartBytes, nil)
			for _, name := range slices.Sorted(maps.Keys(z.members)) {
				if err == nil {
					_, err = z.read(name, maxPartBytes, nil)
				}
			}
		}
		if c.err == nil && err != nil || c.err != nil && !errors.Is(err, c.err) {
			t.Errorf("%s: %v, want %v", c.name, err, c.err)
		} else if testing.Verbose() {
			t.Logf("%-40s %v", c.name, err)
		}
		doc, rerr := Read(context.Background(), c.data, Limits{})
		switch e, ok := rerr.(*Error); {
		case rerr != nil && !ok:
			t.Errorf("%s: untyped error %v", c.name, rerr)
		case c.kind == "" && rerr != nil && !(c.err == errTooBig && e.Kind == KindTimeout):
			t.Errorf("%s: %v (%s)", c.name, rerr, e.Detail)
		case c.kind == "" && rerr == nil && !strings.HasPrefix(doc.Text(), "Jane Doe") && !strings.HasPrefix(doc.Text(), "Start"):
			t.Errorf("%s: text %.40q", c.name, doc.Text())
		case c.kind != "" && (rerr == nil || e.Kind != c.kind):
			t.Errorf("%s: %v, want %s", c.name, rerr, c.kind)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: took %v", c.name, d)
		}
	}
}

// Every cut of an archive ends in a typed error or a document, never a panic.
func TestZipTruncated(t *testing.T) {
	for _, f := range docxFixtures(t)[:2] {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for n := range len(data) {
			if z, err := openZip(data[:n], maxZipFiles); err == nil {
				for name := range z.members {
					z.read(name, maxPartBytes, nil)
				}
			}
			if _, err := Read(context.Background(), data[:n], Limits{}); err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("%s[:%d]: untyped error %v", f, n, err)
				}
			}
		}
	}
}

// A bomb over the cap costs the cap, not what the bomb declares.
func TestZipBombMemory(t *testing.T) {
	bomb := tzFile("word/document.xml", bytes.Repeat([]byte("<w:p/>"), 4<<20), 8)
	data, _ := tzBuild(tzArchive{members: []tzMember{bomb}})
	if len(data) > 1<<20 {
		t.Fatalf("bomb of %d bytes", len(data))
	}
	z, err := openZip(data, maxZipFiles)
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out, err := z.read("word/document.xml", 1<<20, nil)
	runtime.ReadMemStats(&after)
	if err != errTooBig || !bytes.Equal(out, bytes.Repeat([]byte("<w:p/>"), 1<<20)[:1<<20]) {
		t.Fatalf("%d bytes, %v", len(out), err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > 3<<20 {
		t.Errorf("allocated %d bytes for a 1 MiB limit", n)
	}
}

// The reader reuses one buffer: reading parts one after another allocates
// little once it has grown.
func TestZipReadAllocs(t *testing.T) {
	data, err := os.ReadFile(docxFixtures(t)[0])
	if err != nil {
		t.Fatal(err)
	}
	z, err := openZip(data, maxZipFiles)
	if err != nil {
		t.Fatal(err)
	}
	buf, _ := z.read("word/document.xml", maxPartBytes, nil)
	n := testing.AllocsPerRun(20, func() {
		buf, err = z.read("word/document.xml", maxPartBytes, buf)
		if err != nil {
			t.Fatal(err)
		}
	})
	if n > 0 {
		t.Errorf("%v allocations per read", n)
	}
}

// zipFuzzLimit is the part cap under fuzzing: small, so that a bomb found
// by the fuzzer costs little.
const zipFuzzLimit = 64 << 10

// FuzzDOCXZip: any input, no panic; wherever archive/zip reads a member
// whole, we read the same bytes, or refuse for a rule of ours archive/zip
// does not have.
func FuzzDOCXZip(f *testing.F) {
	for _, p := range docxFixtures(f) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	for _, c := range hostileZips(f) {
		if len(c.data) < 64<<10 {
			f.Add(c.data)
		}
	}
	f.Fuzz(fuzzZip)
}

func fuzzZip(t *testing.T, data []byte) {
	{
		z, err := openZip(data, maxZipFiles)
		got := map[string][]byte{}
		errs := map[string]error{}
		if err == nil {
			for name := range z.members {
				got[name], errs[name] = z.read(name, zipFuzzLimit, nil)
				if len(got[name]) > zipFuzzLimit {
					t.Fatalf("%q: %d bytes over the limit", name, len(got[name]))
				}
			}
		}
		zr, zerr := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if zerr != nil {
			return
		}
		seen := map[string]bool{}
		for _, f := range zr.File {
			key := strings.TrimPrefix(f.Name, "/")
			if seen[key] && err == nil && !errors.Is(errs[key], errZipDuplicate) {
				t.Fatalf("%q twice: %v", key, errs[key])
			}
			seen[key] = true
		}
		for _, f := range zr.File {
			key := strings.TrimPrefix(f.Name, "/")
			rc, ferr := f.Open()
			if ferr != nil {
				continue
			}
			want, ferr := io.ReadAll(io.LimitReader(rc, zipFuzzLimit+1))
			rc.Close()
			over := len(want) > zipFuzzLimit
			if ferr != nil || over && f.UncompressedSize64 <= zipFuzzLimit {
				continue // archive/zip fails, or will
			}
			ourErr := err
			if err == nil {
				ourErr = errs[key]
			}
			switch {
			case errors.Is(ourErr, errZipDuplicate), errors.Is(ourErr, errZipOverlap), errors.Is(ourErr, errZipEncrypted),
				len(zr.File) > maxZipFiles:
				// Our refusals.
			case errors.Is(ourErr, errZipChecksum) && f.CRC32 == 0 && f.Flags&8 == 0:
				// archive/zip takes a zero checksum for none.
			case over:
				if ourErr != errTooBig || !bytes.Equal(got[key], want[:zipFuzzLimit]) {
					t.Fatalf("%q: over the limit: %d bytes, %v", key, len(got[key]), ourErr)
				}
			case ourErr != nil || !bytes.Equal(got[key], want):
				t.Fatalf("%q: %d bytes, %v; archive/zip %d bytes", key, len(got[key]), ourErr, len(want))
			}
		}
	}
}
