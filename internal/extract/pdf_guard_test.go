package extract

import (
	"bytes"
	"compress/zlib"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestErrorsAreTypedAndSayWhatToDo(t *testing.T) {
	big := bytes.Repeat([]byte("a"), 2000)
	cases := []struct {
		name string
		data []byte
		lim  Limits
		want Kind
	}{
		{"empty", []byte("  \n"), Limits{}, KindEmpty},
		{"not a pdf", []byte("\x89PNG\r\n\x1a\n\x00\x00"), Limits{}, KindUnsupported},
		{"too large", big, Limits{MaxBytes: 1000}, KindTooLarge},
		{"truncated pdf", []byte("%PDF-1.4\n1 0 obj\n<< /Type"), Limits{}, KindDamaged},
		{"legacy doc", append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 600)...), Limits{}, KindUnsupported},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(context.Background(), c.data, c.lim)
			e, ok := err.(*Error)
			if !ok || e.Kind != c.want {
				t.Fatalf("got %#v, want kind %s", err, c.want)
			}
			if msg := e.Error(); len(msg) < 20 || strings.Contains(msg, "%!") {
				t.Errorf("message %q", msg)
			}
		})
	}
}

// TestXrefHazards runs cross-reference data that made the library allocate
// 137 GB, loop forever or recurse without end. A failure here aborts the
// test binary: that is the point.
func TestXrefHazards(t *testing.T) {
	good := onePage("BT /F1 12 Tf 72 700 Td (Survived) Tj ET")
	xref := bytes.LastIndex(good, []byte("xref\n"))
	trailer := bytes.LastIndex(good, []byte("trailer"))
	cases := map[string][]byte{
		// A subsection starting at 2^32: the library's ensureXrefLen allocates
		// the whole range.
		"huge subsection": bytes.Replace(good, []byte("xref\n0 "), []byte("xref\n4294967296 "), 1),
		// /Prev pointing at itself.
		"prev loop": bytes.Replace(good, []byte("/Root 1 0 R"), []byte(fmt.Sprintf("/Root 1 0 R /Prev %d", xref)), 1),
		// Wrong offsets everywhere: rebuild by scanning.
		"bad offsets": regexpReplaceOffsets(good),
		// No table at all.
		"no xref": append(append([]byte{}, good[:xref]...), good[trailer:]...),
		// Junk before the header, and PDF 2.0.
		"junk and 2.0": append([]byte("garbage line\n"), bytes.Replace(good, []byte("%PDF-1.7"), []byte("%PDF-2.0"), 1)...),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			doc, err := Read(context.Background(), data, Limits{})
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("untyped error %v", err)
				}
				return
			}
			if got := strings.Join(lines(doc), "|"); got != "Survived" {
				t.Errorf("got %q", got)
			}
		})
	}
}

func regexpReplaceOffsets(b []byte) []byte {
	out := append([]byte{}, b...)
	i := bytes.LastIndex(out, []byte("xref\n"))
	for _, line := range bytes.Split(out[i:], []byte("\n")) {
		if len(line) == 19 && line[17] == 'n' {
			copy(line[:10], "0000000003")
		}
	}
	return out
}

func TestCyclicPageTree(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	p.page("BT /F1 12 Tf 72 700 Td (Only page) Tj ET", fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f))
	data := p.bytes()
	// Make the page tree list itself as a kid.
	data = bytes.Replace(data, []byte("/Kids ["), []byte("/Kids [2 0 R "), 1)
	doc := mustRead(t, data)
	if got := strings.Join(lines(doc), "|"); got != "Only page" {
		t.Errorf("got %q", got)
	}
}

func TestObjectStreamHazards(t *testing.T) {
	// Objects 3 (font) and 5 (page) live in object stream 6, which claims
	// N = 2^31 and /Extends itself; the library would spin or recurse.
	p := newTestPDF()
	var w []string
	for c := 32; c < 127; c++ {
		w = append(w, fmt.Sprint(helveticaW[c-32]))
	}
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 126 /Widths [" + strings.Join(w, " ") + "] >>"
	if c := p.stream("BT /F1 12 Tf 72 700 Td (From an object stream) Tj ET", ""); c != 3 {
		t.Fatal("numbering")
	}
	page := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
	hdr := fmt.Sprintf("4 0 5 %d ", len(font)+1)
	body := hdr + font + " " + page
	var zb bytes.Buffer
	zw := zlib.NewWriter(&zb)
	zw.Write([]byte(body))
	zw.Close()
	p.add("null") // 4: placeholder, defined in the object stream
	p.add("null") // 5
	stm := p.add(fmt.Sprintf("<< /Type /ObjStm /N 2147483647 /First %d /Extends 6 0 R /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", len(hdr), zb.Len(), zb.String()))
	p.pages = []int{5}
	data := p.bytes()
	// Point objects 4 and 5 into the stream with an xref stream.
	var rows bytes.Buffer
	offs := map[int]int{}
	for id := 1; id <= stm; id++ {
		offs[id] = bytes.Index(data, []byte(fmt.Sprintf("\n%d 0 obj", id))) + 1
	}
	offs[1] = bytes.Index(data, []byte("1 0 obj"))
	rows.Write([]byte{0, 0, 0, 0, 0xff, 0xff})
	for id := 1; id <= stm+1; id++ {
		switch {
		case id == 4 || id == 5:
			rows.Write([]byte{2, 0, 0, 0, byte(stm), byte(id - 4)})
		case id == stm+1:
			rows.Write([]byte{1, 0, 0, 0, 0, 0})
		default:
			o := offs[id]
			rows.Write([]byte{1, byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o), 0})
		}
	}
	cut := bytes.Index(data, []byte("xref\n"))
	out := append([]byte{}, data[:cut]...)
	xs := len(out)
	out = fmt.Appendf(out, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 1] /Root 1 0 R /Length %d >>\nstream\n", stm+1, stm+2, rows.Len())
	out = append(out, rows.Bytes()...)
	out = fmt.Appendf(out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xs)
	doc := mustRead(t, out)
	if got := strings.Join(lines(doc), "|"); got != "From an object stream" {
		t.Errorf("got %q", got)
	}
}

func TestDecompressionBombCapped(t *testing.T) {
	var zb bytes.Buffer
	zw := zlib.NewWriter(&zb)
	zw.Write([]byte("BT /F1 12 Tf 72 700 Td (Bomb) Tj ET\n"))
	zeros := make([]byte, 1<<20)
	for i := 0; i < 64; i++ {
		zw.Write(zeros)
	}
	zw.Close()
	p := newTestPDF()
	f := p.helvetica()
	c := p.add(fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", zb.Len(), zb.String()))
	p.pages = append(p.pages, p.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", c, f)))
	doc, err := Read(context.Background(), p.bytes(), Limits{MaxDecompressed: 4 << 20})
	if err != nil {
		t.Fatalf("%v", err)
	}
	if got := strings.Join(lines(doc), "|"); got != "Bomb" {
		t.Errorf("got %q", got)
	}
}

func TestDeepNestingAndTimeBudget(t *testing.T) {
	deep := strings.Repeat("[", 200000) + " BT /F1 12 Tf 72 700 Td (Deep) Tj ET"
	if k := readKind(onePage(deep)); k != "" && k != KindNoText {
		t.Errorf("deep nesting: %s", k)
	}
	// Half a million operators against a 5 ms budget: a typed timeout.
	ops := strings.Repeat("1 0 0 1 0 0 cm ", 500_000)
	start := time.Now()
	_, err := Read(context.Background(), onePage(ops), Limits{Timeout: 5 * time.Millisecond})
	if e, ok := err.(*Error); !ok || e.Kind != KindTimeout {
		t.Fatalf("got %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("timeout honoured late: %v", d)
	}
}

// encryptedPDF builds a one-page file protected by an empty user password.
func encryptedPDF(t testing.TB, kind string) []byte {
	t.Helper()
	content := "BT /F1 12 Tf 72 700 Td (Secret text) Tj ET"
	id0 := "0123456789abcdef"
	var encrypt func(id int, data []byte) []byte
	var dict string
	switch kind {
	case "rc4", "userpw":
		o := bytes.Repeat([]byte{7}, 32)
		p := int32(-4)
		h := md5.New()
		h.Write(passwordPad)
		h.Write(o)
		h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
		h.Write([]byte(id0))
		key := h.Sum(nil)[:5]
		u := make([]byte, 32)
		c, _ := rc4.NewCipher(key)
		c.XORKeyStream(u, passwordPad)
		if kind == "userpw" {
			u[0] ^= 1
		}
		encrypt = func(id int, data []byte) []byte {
			hh := md5.New()
			hh.Write(key)
			hh.Write([]byte{byte(id), byte(id >> 8), byte(id >> 16), 0, 0})
			c, _ := rc4.NewCipher(hh.Sum(nil)[:10])
			out := make([]byte, len(data))
			c.XORKeyStream(out, data)
			return out
		}
		dict = fmt.Sprintf("<< /Filter /Standard /V 1 /R 2 /O <%x> /U <%x> /P -4 >>", o, u)
	case "aes256":
		fileKey := bytes.Repeat([]byte{0x42}, 32)
		vsalt, ksalt := []byte("vsalt123"), []byte("ksalt456")
		u := append(append(hashR6(nil, vsalt), vsalt...), ksalt...)
		blk, _ := aes.NewCipher(hashR6(nil, ksalt))
		ue := make([]byte, 32)
		cipher.NewCBCEncrypter(blk, make([]byte, 16)).CryptBlocks(ue, fileKey)
		encrypt = func(id int, data []byte) []byte {
			pad := 16 - len(data)%16
			plain := append(append([]byte{}, data...), bytes.Repeat([]byte{byte(pad)}, pad)...)
			iv := bytes.Repeat([]byte{9}, 16)
			b, _ := aes.NewCipher(fileKey)
			out := make([]byte, len(plain))
			cipher.NewCBCEncrypter(b, iv).CryptBlocks(out, plain)
			return append(iv, out...)
		}
		dict = fmt.Sprintf("<< /Filter /Standard /V 5 /R 6 /Length 256 /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF /O <%x> /U <%x> /OE <%x> /UE <%x> /P -4 /Perms <%x> >>",
			bytes.Repeat([]byte{1}, 48), u, bytes.Repeat([]byte{2}, 32), ue, bytes.Repeat([]byte{3}, 16))
	}
	p := newTestPDF()
	f := p.helvetica()
	id := len(p.objs) + 1
	enc := encrypt(id, []byte(content))
	c := p.add(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(enc), enc))
	p.pages = append(p.pages, p.add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> >> >>", c, f)))
	e := p.add(dict)
	p.trailer = fmt.Sprintf("/Encrypt %d 0 R /ID [<%x> <%x>]", e, id0, id0)
	return p.bytes()
}

func TestEncryptedWithEmptyUserPassword(t *testing.T) {
	for _, kind := range []string{"rc4", "aes256"} {
		t.Run(kind, func(t *testing.T) {
			doc := mustRead(t, encryptedPDF(t, kind))
			if got := strings.Join(lines(doc), "|"); got != "Secret text" {
				t.Errorf("got %q", got)
			}
		})
	}
	t.Run("user password", func(t *testing.T) {
		if k := readKind(encryptedPDF(t, "userpw")); k != KindEncrypted {
			t.Errorf("kind %q", k)
		}
	})
}
