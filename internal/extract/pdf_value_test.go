package extract

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// storeOf lays out objects "1 0 obj" … in a buffer and opens them.
func storeOf(objs ...string) *objStore {
	var b strings.Builder
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	b.WriteString("trailer\n")
	st := newObjStore([]byte(b.String()), len(objs)+1)
	for i, off := range offs {
		st.add(i+1, off, 0)
	}
	return st
}

func (s *objStore) resolveRef(id int) value { return s.resolve(&node{kind: vRef, i: int64(id)}) }

func TestValueResolves(t *testing.T) {
	st := storeOf(
		`<< /Type /Page /Kids [2 0 R 3 0 R 9 0 R] /Name (a\(b\)\101) /Hex <4142 43> /N -12 /R 1.5 /Dup 1 /Dup 2 /Esc /A#42 >>`,
		`[1 true null /X]`,
		`<< /Length 3 >>
stream
abc
endstream`,
	)
	v := st.resolveRef(1)
	if v.Kind() != vDict || v.Key("Type").Name() != "Page" {
		t.Fatalf("kind %v type %q", v.Kind(), v.Key("Type").Name())
	}
	if got := v.Key("Name").RawString(); got != "a(b)A" {
		t.Errorf("literal %q", got)
	}
	if got := v.Key("Hex").RawString(); got != "ABC" {
		t.Errorf("hex %q", got)
	}
	if v.Key("N").Int64() != -12 || v.Key("R").Float64() != 1.5 || v.Key("R").Int64() != 0 {
		t.Errorf("numbers %v %v", v.Key("N").Int64(), v.Key("R").Float64())
	}
	if v.Key("Dup").Int64() != 2 {
		t.Errorf("a key given twice: the last counts, got %d", v.Key("Dup").Int64())
	}
	if v.Key("Esc").Name() != "AB" {
		t.Errorf("name escape %q", v.Key("Esc").Name())
	}
	kids := v.Key("Kids")
	if kids.Len() != 3 || kids.Index(0).Len() != 4 || kids.Index(0).Index(1).Kind() != vBool {
		t.Fatalf("kids %d", kids.Len())
	}
	if ids := kids.refIDs(); fmt.Sprint(ids) != "[2 3 9]" {
		t.Errorf("refIDs %v", ids)
	}
	if kids.Index(2).Kind() != vNull {
		t.Error("a reference to a missing object is null")
	}
	s := kids.Index(1)
	if s.Kind() != vStream || s.Key("Length").Int64() != 3 || string(st.buf[s.streamOffset():s.streamOffset()+3]) != "abc" {
		t.Errorf("stream at %d", s.streamOffset())
	}
	// Parsed once: the same node comes back.
	if st.resolveRef(1).n != v.n {
		t.Error("object parsed again")
	}
}

// A broken object fails every resolve, with the old reader's message.
func TestValueBrokenObject(t *testing.T) {
	for _, tc := range []struct{ obj, msg string }{
		{`<< /A (bad \q escape) >>`, `invalid escape sequence \q`},
		{`<< /A 1 2 >>`, "unexpected non-name key int64(2) parsing dictionary"},
		{`<< /A <414> >>`, "malformed hex string"},
		{`[1 R]`, `unexpected keyword "R" parsing object`},
		{`<< /A 1 >> junk`, "missing endobj"},
	} {
		st := storeOf(tc.obj)
		for range 2 {
			err := guard(func() { st.resolveRef(1) })
			if err == nil || !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("%s: got %v, want %q", tc.obj, err, tc.msg)
			}
		}
	}
}

func TestValueWrongGeneration(t *testing.T) {
	st := storeOf(`42`)
	if v := st.resolve(&node{kind: vRef, i: 1, gen: 1}); v.Kind() != vNull {
		t.Errorf("wrong generation resolved to %v", v.Kind())
	}
	if st.resolveRef(1).Int64() != 42 {
		t.Error("right generation")
	}
}

func TestFingerprint(t *testing.T) {
	st := storeOf(`<< /B [1 2.5 (x)] /A 3 0 R /A /N >>`, `<< /A /N /B [1 2.5 (x)] >>`, `<< /A /M /B [1 2.5 (x)] >>`)
	a, b, c := st.resolveRef(1).fingerprint(), st.resolveRef(2).fingerprint(), st.resolveRef(3).fingerprint()
	if a != b {
		t.Errorf("same dictionary, different fingerprints: %s / %s", a, b)
	}
	if a == c {
		t.Errorf("different dictionaries, one fingerprint: %s", a)
	}
	// The text itself, as it was written with fmt (font caches key on it).
	if want := `<< /A /N /B [1 2.5 "x"]>>`; a != want {
		t.Errorf("fingerprint %s, want %s", a, want)
	}
	d := storeOf(`<< /R 7 2 R /T true /U null /K0 1 /K1 1 /K2 1 /K3 1 /K4 1 /K5 1 /K6 1 /K7 1 /K8 1 /K9 1 /Ka 1 /Kb 1 /Kc 1 /Kd 1 /Ke 1 /K0 2 >>`)
	if got, want := d.resolveRef(1).fingerprint(), `<< /K0 2 /K1 1 /K2 1 /K3 1 /K4 1 /K5 1 /K6 1 /K7 1 /K8 1 /K9 1 /Ka 1 /Kb 1 /Kc 1 /Kd 1 /Ke 1 /R 7 2 R /T true /U <nil>>>`; got != want {
		t.Errorf("fingerprint %s, want %s", got, want)
	}
}

func TestGlyphStore(t *testing.T) {
	s := newGlyphStore()
	if s.addText("") != 0 || s.text(0) != "" || s.clean(0) != "" {
		t.Error("0 is the empty text")
	}
	id := s.addText("\ufb01x\u00a0")
	if s.text(id) != "\ufb01x\u00a0" || s.clean(id) != cleanGlyph("\ufb01x\u00a0") || s.clean(id) != "fix " {
		t.Errorf("clean %q", s.clean(id))
	}
	f := &font{}
	s.addFont(f)
	if s.font(f.id) != f || s.font(0) != nil {
		t.Error("font numbers")
	}
}

// A file that numbers an object near maxObjects makes the object table that
// long: its entries stay small, so reading it costs megabytes, not tens.
func TestHugeObjectNumberStaysCheap(t *testing.T) {
	p := newTestPDF()
	f := p.helvetica()
	p.page("BT /F1 12 Tf 72 700 Td (Hello there) Tj ET", fmt.Sprintf("<< /Font << /F1 %d 0 R >> >>", f))
	p.noXref = true // the reader rebuilds the table from the objects it finds
	data := append(p.bytes(), fmt.Sprintf("\n%d 0 obj\nnull\nendobj\n", maxObjects-10)...)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d, err := readPDFForTest(data)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(lines(d), "\n"); !strings.Contains(got, "Hello there") {
		t.Fatalf("text %q", got)
	}
	if mb := float64(after.TotalAlloc-before.TotalAlloc) / (1 << 20); mb > 20 {
		t.Errorf("reading allocated %.1f MB for one page", mb)
	}
}
