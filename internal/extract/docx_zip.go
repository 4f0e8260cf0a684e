package extract

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"slices"
	"strings"
)

// A zip reader for DOCX files, in place of archive/zip. That package reads
// through io.ReaderAt, bufio and compress/flate, which with path/filepath
// and the rest it needs cost the WebAssembly builds code and time; the file
// is in memory already, so this one works on the slice and inflates with
// our own decoder (pdf_inflate.go).
//
// It reads what a DOCX needs and refuses what no word processor writes but
// a crafted file may: encrypted members, methods other than stored and
// deflate, a name given twice (readers would disagree on which one is the
// document), members that share or overlap bytes (the zip-bomb trick) or
// reach into the central directory, sizes or checksums that do not match
// the data. ZIP64 records are read, not refused: some OOXML writers (.NET's
// System.IO.Packaging in streaming mode) emit them even for small files.

var (
	errZipFormat    = errors.New("zip: damaged archive")
	errZipChecksum  = errors.New("zip: checksum mismatch")
	errZipEncrypted = errors.New("zip: encrypted member")
	errZipMethod    = errors.New("zip: unsupported compression method")
	errZipDuplicate = errors.New("zip: a name appears twice")
	errZipOverlap   = errors.New("zip: members overlap")
)

const (
	zipLocalSig   = 0x04034b50
	zipCentralSig = 0x02014b50
	zip64EndSig   = 0x06064b50
	zip64LocSig   = 0x07064b50

	zipLocalLen   = 30
	zipCentralLen = 46
	zipEndLen     = 22
	zip64LocLen   = 20
	zip64EndLen   = 56
	zipMaxComment = 0xffff

	zipMax32 = 0xffffffff
	// zipMaxOff bounds offsets so that int arithmetic on them cannot
	// overflow on any platform; no DOCX comes near 2 GiB.
	zipMaxOff = 1<<31 - 1

	// A deflate match of 258 bytes takes 2 bits at the least (one-bit
	// length and distance codes): no stream inflates more than 1032-fold.
	zipMaxRatio = 1032
)

type zipMember struct {
	flags  uint16
	method uint16
	crc    uint32
	csize  uint64
	usize  uint64
	off    int   // of the local header
	err    error // why the member cannot be read, found with the directory
}

type zipArchive struct {
	data    []byte
	members map[string]zipMember // by name, without a leading "/"
	// bounds are the local header offsets in order, then the directory's:
	// a member's data must end by the next one.
	bounds []int
}

func le16(b []byte) uint16 { return binary.LittleEndian.Uint16(b) }
func le32(b []byte) uint32 { return binary.LittleEndian.Uint32(b) }
func le64(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

func zipDamaged(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errZipFormat}, args...)...)
}

// openZip reads the central directory of the archive data. It refuses more
// than maxMembers members.
func openZip(data []byte, maxMembers int) (*zipArchive, error) {
	// The end record closes the file but for a comment of up to 64 KiB.
	// The last signature wins, as in other readers.
	lo := max(len(data)-zipEndLen-zipMaxComment, 0)
	hi := len(data) - zipEndLen + 4
	i := -1
	if hi > lo {
		i = bytes.LastIndex(data[lo:hi], []byte("PK\x05\x06"))
	}
	if i < 0 {
		return nil, zipDamaged("no end of central directory record (truncated?)")
	}
	i += lo
	e := data[i:]
	records := uint64(le16(e[10:]))
	dirSize := uint64(le32(e[12:]))
	dirOff := uint64(le32(e[16:]))
	if n := int(le16(e[20:])); i+zipEndLen+n > len(data) {
		return nil, zipDamaged("comment of %d bytes runs past the end of the file", n)
	}
	dirEnd := i // where the directory must end

	// Fields at their maximum point to a ZIP64 end record, when its locator
	// is there; without one they are taken as they are.
	if records == 0xffff || dirSize == zipMax32 || dirOff == zipMax32 {
		if l := i - zip64LocLen; l >= 0 && le32(data[l:]) == zip64LocSig && le32(data[l+4:]) == 0 && le32(data[l+16:]) == 1 {
			p := le64(data[l+8:])
			if p > uint64(l) || uint64(l)-p < zip64EndLen || le32(data[p:]) != zip64EndSig {
				return nil, zipDamaged("no ZIP64 end record where its locator points")
			}
			r := data[p:]
			records, dirSize, dirOff = le64(r[32:]), le64(r[40:]), le64(r[48:])
			dirEnd = int(p)
		}
	}
	if dirSize > uint64(dirEnd) || dirOff > zipMaxOff {
		return nil, zipDamaged("central directory outside the file")
	}

	// The directory ends where the end record starts. Where the offsets say
	// it starts may differ by base, which then shifts every offset: there is
	// a prefix before the archive, or the file lost its first bytes. But
	// with a directory right at dirOff, it is its size that is wrong.
	base := dirEnd - int(dirSize) - int(dirOff)
	if base > 0 && zipSigAt(data, int(dirOff), zipCentralSig, dirEnd) {
		base = 0
	}
	start := int(dirOff) + base // within [0, dirEnd]: dirSize <= dirEnd
	shifted := ""
	if base != 0 {
		shifted = fmt.Sprintf(" (no directory at offset %d: offsets taken %d off)", dirOff, base)
	}
	hint := min(records, uint64(maxMembers))
	z := &zipArchive{data: data, members: make(map[string]zipMember, hint)}
	z.bounds = make([]int, 0, hint+1)
	// Entries are read up to the first that is not one: the count has 16
	// bits in a plain end record and wraps past 65535 entries, so, as other
	// readers do, it is checked only modulo that.
	var stop error // why the directory ends where it does
	n, pos := uint64(0), start
	for ; ; n++ {
		if !zipSigAt(data, pos, zipCentralSig, dirEnd) {
			stop = zipDamaged("no central directory entry at offset %d", pos)
			break
		}
		h := data[pos:dirEnd]
		if len(h) < zipCentralLen {
			stop = zipDamaged("central directory entry at offset %d cut short", pos)
			break
		}
		m := zipMember{flags: le16(h[8:]), method: le16(h[10:]), crc: le32(h[16:]),
			csize: uint64(le32(h[20:])), usize: uint64(le32(h[24:]))}
		nameLen, extraLen, commentLen := int(le16(h[28:])), int(le16(h[30:])), int(le16(h[32:]))
		off := uint64(le32(h[42:]))
		size := zipCentralLen + nameLen + extraLen + commentLen
		if size > len(h) {
			stop = fmt.Errorf("%w: central directory entry at offset %d runs into the end record", errZipOverlap, pos)
			break
		}
		name := string(h[zipCentralLen : zipCentralLen+nameLen])
		if m.usize == zipMax32 || m.csize == zipMax32 || off == zipMax32 {
			if !zip64Fields(h[zipCentralLen+nameLen:zipCentralLen+nameLen+extraLen], &m, &off) {
				stop = zipDamaged("%q: ZIP64 sizes missing", name)
				break
			}
		}
		if n == uint64(maxMembers) {
			return nil, zipDamaged("over %d files in the archive", maxMembers)
		}
		// Members lie before the directory, each with at least its header.
		// One that does not, like one named twice, fails when read: a
		// damaged member the document does not use does not matter.
		switch at := int64(off) + int64(base); {
		case off > zipMaxOff || at < 0:
			m.err = zipDamaged("%q: local header at offset %d outside the file%s", name, off, shifted)
		case at+zipLocalLen > int64(start):
			m.err = fmt.Errorf("%w: %q: local header at offset %d in the directory or after it%s", errZipOverlap, name, off, shifted)
		default:
			m.off = int(at)
			z.bounds = append(z.bounds, m.off)
		}
		// DOCX part names are absolute in the package; some writers keep the
		// leading slash.
		key := strings.TrimPrefix(name, "/")
		if _, dup := z.members[key]; dup {
			m.err = fmt.Errorf("%w: %q", errZipDuplicate, key)
		}
		z.members[key] = m
		pos += size
	}
	if uint16(n) != uint16(records) {
		if n < records {
			return nil, stop
		}
		return nil, zipDamaged("%d central directory entries, the end record counts %d", n, records)
	}
	slices.Sort(z.bounds)
	z.bounds = append(z.bounds, start)
	return z, nil
}

func zipSigAt(data []byte, pos int, sig uint32, end int) bool {
	return pos >= 0 && pos+4 <= end && le32(data[pos:]) == sig
}

// zip64Fields takes the sizes and offset that overflowed 32 bits from the
// ZIP64 extra field, where they come in that order and only when needed.
func zip64Fields(extra []byte, m *zipMember, off *uint64) bool {
	needU, needC, needO := m.usize == zipMax32, m.csize == zipMax32, *off == zipMax32
	for len(extra) >= 4 {
		tag, n := le16(extra), int(le16(extra[2:]))
		extra = extra[4:]
		if n > len(extra) {
			break
		}
		f := extra[:n]
		extra = extra[n:]
		if tag != 1 {
			continue
		}
		if needU && len(f) >= 8 {
			m.usize, f, needU = le64(f), f[8:], false
		}
		if needC && len(f) >= 8 {
			m.csize, f, needC = le64(f), f[8:], false
		}
		if needO && len(f) >= 8 {
			*off, needO = le64(f), false
		}
	}
	// An uncompressed size of exactly 2^32-1 is possible in a plain zip;
	// a compressed size or offset of that much is not, in a file this size.
	return !needC && !needO
}

// read decodes the named member into dst, which it may grow. Past limit
// bytes it stops with the first limit and errTooBig; the caller decides
// whether a prefix will do. A member read whole must match its size and
// checksum.
func (z *zipArchive) read(name string, limit int, dst []byte) ([]byte, error) {
	m, ok := z.members[name]
	if !ok {
		return dst[:0], nil
	}
	if m.err != nil {
		return dst[:0], m.err
	}
	if m.flags&0x41 != 0 { // bit 0: encrypted; bit 6: strong encryption
		return dst[:0], fmt.Errorf("%w: %q", errZipEncrypted, name)
	}
	if m.method != 0 && m.method != 8 {
		return dst[:0], fmt.Errorf("%w %d: %q", errZipMethod, m.method, name)
	}
	// openZip checked the local header lies before the directory.
	h := z.data[m.off:]
	if le32(h) != zipLocalSig {
		return dst[:0], zipDamaged("%q: no local header at offset %d", name, m.off)
	}
	from := m.off + zipLocalLen + int(le16(h[26:])) + int(le16(h[28:]))
	// The data must end by the next member's header or the directory, and
	// no other entry may point at this one's.
	k, _ := slices.BinarySearch(z.bounds, m.off)
	bound := z.bounds[k+1]
	if bound == m.off {
		return dst[:0], fmt.Errorf("%w: %q shares its local header at offset %d", errZipOverlap, name, m.off)
	}
	if from > bound || m.csize > uint64(bound-from) {
		return dst[:0], fmt.Errorf("%w: %q runs into the next member or the directory", errZipOverlap, name)
	}
	src := z.data[from : from+int(m.csize)]

	if m.usize == 0 && m.csize == 0 && m.crc == 0 {
		return dst[:0], nil // an empty member, even "deflated" to nothing
	}

	// Ask the decoder for no more than the declared size, so that a lie
	// about it shows; a prefix when even that is over the limit.
	limit = max(limit, 0)
	capped := m.usize > uint64(limit)
	n := limit
	if !capped {
		n = int(m.usize)
	}
	var out []byte
	if m.method == 0 {
		if m.csize != m.usize {
			return dst[:0], zipDamaged("%q: stored with %d bytes, declared %d", name, m.csize, m.usize)
		}
		out = append(dst[:0], src[:n]...)
		if capped {
			return out, errTooBig
		}
	} else {
		// Room for the whole output at once, but no more than the input
		// could inflate to, whatever size is declared.
		hint := n
		if len(src) < n/zipMaxRatio {
			hint = len(src) * zipMaxRatio
		}
		var err error
		out, err = inflateSlice(slices.Grow(dst[:0], hint+slack), src, n)
		switch {
		case err == errTooBig && capped:
			return out[:n], errTooBig
		case err == errTooBig:
			return out[:n], zipDamaged("%q: inflates to more than its declared %d bytes", name, m.usize)
		case err != nil:
			return out, zipDamaged("%q: %v", name, err)
		}
	}
	if uint64(len(out)) != m.usize {
		return out, zipDamaged("%q: inflates to %d bytes, declared %d", name, len(out), m.usize)
	}
	if crc32.ChecksumIEEE(out) != m.crc {
		return out, fmt.Errorf("%w: %q", errZipChecksum, name)
	}
	return out, nil
}

// zipKind is the kind of error a zip failure is for the user.
func zipKind(err error) Kind {
	switch {
	case errors.Is(err, errZipEncrypted):
		return KindEncrypted
	case errors.Is(err, errZipMethod):
		return KindUnsupported
	}
	return KindDamaged
}
