package report_test

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/report/internal/genjson/cases"
	"github.com/resumescore/resumescore/internal/score"
)

// stdJSON is what report.JSON must equal byte for byte.
func stdJSON(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Every fixture's report, encoded both ways, with and without a role and a
// job description.
func TestJSONMatchesEncodingJSON(t *testing.T) {
	var files []string
	for _, dir := range []string{"../testdata/resumes", "../engine/testdata"} {
		names, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			if !strings.HasSuffix(n, ".pdftotext.txt") {
				files = append(files, n)
			}
		}
	}
	if len(files) < 10 {
		t.Fatalf("only %d fixtures", len(files))
	}
	jd, err := os.ReadFile("../engine/testdata/good.txt")
	if err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, opt := range []engine.Options{{AsOf: asOf}, {AsOf: asOf, Role: "backend", JD: string(jd)}} {
			r, err := engine.Score(context.Background(), engine.Input{Data: data}, opt)
			if err != nil {
				continue // unreadable on purpose (a scan)
			}
			got, err := report.JSON(r)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if want := stdJSON(t, r); !bytes.Equal(got, want) {
				t.Errorf("%s: differs from encoding/json at byte %d\n got: %.300s\nwant: %.300s", f, firstDiff(got, want), tail(got, want), tail(want, got))
			}
			if got, err = report.ResumeJSON(r.Resume); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if want := stdJSON(t, r.Resume); !bytes.Equal(got, want) {
				t.Errorf("%s: résumé differs from encoding/json at byte %d\n got: %.300s\nwant: %.300s", f, firstDiff(got, want), tail(got, want), tail(want, got))
			}
			n++
		}
	}
	if n < 10 {
		t.Errorf("only %d reports compared", n)
	}
}

// A Report with every field filled with random values (strings with
// controls, HTML, bad UTF-8, line separators; interfaces holding what a JSON
// Resume's sections may hold), many times over: a field or type someone
// adds later is covered without touching this test. The generated encoder
// is behind report.JSON and report.ResumeJSON.
func TestJSONRandomReports(t *testing.T) {
	f := filler{rng: rand.New(rand.NewSource(1))}
	for i := 0; i < 300; i++ {
		var r report.Report
		f.fill(reflect.ValueOf(&r).Elem(), 0)
		got, err := report.JSON(&r)
		if err != nil {
			t.Fatal(err)
		}
		if want := stdJSON(t, &r); !bytes.Equal(got, want) {
			t.Fatalf("random report %d differs at byte %d\n got: %.300s\nwant: %.300s", i, firstDiff(got, want), tail(got, want), tail(want, got))
		}
		got, err = report.ResumeJSON(r.Resume)
		if err != nil {
			t.Fatal(err)
		}
		if want := stdJSON(t, r.Resume); !bytes.Equal(got, want) {
			t.Fatalf("random résumé %d differs at byte %d\n got: %.300s\nwant: %.300s", i, firstDiff(got, want), tail(got, want), tail(want, got))
		}
	}
}

var tricky = []string{"", "a", "<b>&amp;</b>", "\u2028\u2029", "\x00\x01\x1f\x7f", "\b\f\n\r\t", `"\/`, "\xff\xfe", "é日本🙂", "\xed\xa0\x80", "a\xc3", "\ufffd", "line\u0085",
	"–—•·", "\xe2\x80", "\xe2\x80\xa8x", "\xc2\x80\xdf\xbf", "\xc0\xaf", "\xc1\xbf", "\xf4\x90\x80\x80", "\U0010ffff", "Müller & Söhne"}

var floats = []float64{0, 1, -1, 0.1, 1.0 / 3, 1e21, 1e20, 1e-6, 1e-7, 123456789.125, -2.5e-9, math.Copysign(0, -1), 99.99, 3e300}

// filler fills values with random contents; wide lets interfaces hold
// the extra types package cases allows.
type filler struct {
	rng  *rand.Rand
	wide bool
}

// float is one of floats that a float of the bits given holds (3e300 is
// +Inf as a float32).
func (f filler) float(bits int) float64 {
	for {
		x := floats[f.rng.Intn(len(floats))]
		if bits == 64 || math.Abs(x) <= math.MaxFloat32 {
			return x
		}
	}
}

func (f filler) str() string {
	var b strings.Builder
	for k := f.rng.Intn(4); k > 0; k-- {
		b.WriteString(tricky[f.rng.Intn(len(tricky))])
	}
	return b.String()
}

// anyValue is what an empty interface may hold: what roles.DecodeJSON
// makes of JSON (and the parser's strings), and with wide the types of
// cases.AnyTypes.
func (f filler) anyValue(depth int) any {
	n := 7
	if f.wide {
		n = 16
	}
	if depth > 6 {
		n = 4
	}
	switch f.rng.Intn(n) {
	case 0:
		return nil
	case 1:
		return f.str()
	case 2:
		return floats[f.rng.Intn(len(floats))]
	case 3:
		return f.rng.Intn(2) == 0
	case 4:
		if f.rng.Intn(5) == 0 {
			return []any(nil)
		}
		s := make([]any, f.rng.Intn(4))
		for i := range s {
			s[i] = f.anyValue(depth + 1)
		}
		return s
	case 5, 6:
		if f.rng.Intn(5) == 0 {
			return map[string]any(nil)
		}
		m := map[string]any{}
		for k := f.rng.Intn(4); k > 0; k-- {
			m[f.str()] = f.anyValue(depth + 1)
		}
		return m
	case 7:
		return f.rng.Intn(200) - 100
	case 8:
		return int8(f.rng.Intn(256) - 128)
	case 9:
		return uint16(f.rng.Intn(1 << 16))
	case 10:
		return float32(f.float(32))
	case 11, 12:
		var in cases.Inner
		f.fill(reflect.ValueOf(&in).Elem(), depth+1)
		if f.rng.Intn(2) == 0 {
			return in
		}
		return &in
	case 13:
		return (*cases.Inner)(nil)
	case 14:
		var s []string
		f.fill(reflect.ValueOf(&s).Elem(), depth+1)
		return s
	}
	var p cases.Plain
	f.fill(reflect.ValueOf(&p).Elem(), depth+1)
	return p
}

func (f filler) fill(v reflect.Value, depth int) {
	if !v.CanSet() {
		return
	}
	rng := f.rng
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(rng.Intn(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if rng.Intn(3) > 0 {
			v.SetInt(rng.Int63n(200) - 50)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if rng.Intn(3) > 0 {
			v.SetUint(uint64(rng.Int63n(200)))
		}
	case reflect.Float32:
		v.SetFloat(f.float(32))
	case reflect.Float64:
		v.SetFloat(f.float(64))
	case reflect.String:
		v.SetString(f.str())
	case reflect.Interface:
		if x := f.anyValue(depth); x != nil {
			v.Set(reflect.ValueOf(x))
		}
	case reflect.Pointer:
		if depth > 6 || rng.Intn(4) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		f.fill(p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		if depth > 6 {
			return
		}
		switch rng.Intn(4) {
		case 0:
			return // nil
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
			return
		}
		n := 1 + rng.Intn(3)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := 0; i < n; i++ {
			f.fill(s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			f.fill(v.Index(i), depth+1)
		}
	case reflect.Map:
		if depth > 6 || rng.Intn(3) == 0 {
			return
		}
		m := reflect.MakeMap(v.Type())
		for n := rng.Intn(4); n > 0; n-- {
			k := reflect.New(v.Type().Key()).Elem()
			f.fill(k, depth+1)
			e := reflect.New(v.Type().Elem()).Elem()
			f.fill(e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if rng.Intn(8) > 0 { // now and then a zero field, for omitzero
				f.fill(v.Field(i), depth+1)
			}
		}
	}
}

// encodeCases is what report.JSON is for a cases.Cases: the encoder
// generated for it.
func encodeCases(v *cases.Cases) ([]byte, error) { return report.EncodeCasesJSON(nil, v) }

// Every shape the generator handles, on the types of package cases.
func TestJSONEncoderCases(t *testing.T) {
	in := &cases.Inner{B: 3}
	in.SetD("x")
	v := cases.Cases{
		F32:    1.1,
		F64:    []float64{1e21, 1e-7, 5e-324, math.MaxFloat64, math.Copysign(0, -1), 100, 0.000001, 123456789e-15},
		StrMap: map[string][]int{"b": nil, "a": {}, "\u2028": {1}, "<": {2}},
		Empty:  map[string]bool{},
		Any:    map[string]any{"k": []any{1, "x", nil, true, 2.5, int8(-3), uint16(9), float32(0.1), []string(nil), cases.Plain{}}},
		Anys:   []any{nil, cases.Inner{}, &cases.Inner{B: 3}, []string(nil), (*cases.Inner)(nil), map[string]any(nil), []any(nil)},
		PtrPtr: &in,
		Dash:   "dash",
		Bad:    "bad tag",
		Punct:  "punct",
		Opts:   "opts",
		Nested: map[string]*cases.Inner{"nil": nil, "x": {A: "\u2029"}},
		Named:  "n",
		Mixed:  map[cases.NamedString]uint{"z": 1, "y": 2},
		Bools:  []bool{true, false},

		ZeroSlice: []int{},
		ZeroArr:   [2]float64{math.Copysign(0, -1), 0},
		ZeroPlain: cases.Plain{Xs: []string{}},
		Both:      "both",
		NegZero:   math.Copysign(0, -1),
		NamedF:    1e-9,
		NamedFs:   map[string]cases.NamedFloat{"a": 1e22, "b": -1e-7},
		Ints:      [3]int64{math.MinInt64, 0, math.MaxInt64},
		Uints:     []uintptr{0, 1 << 40},
		U64:       math.MaxUint64,
		Opt:       cases.Optional{D: 2},
		Mix:       []cases.Mixed{{}, {A: true}, {N: 1, T: "t"}},
		AnyMap:    map[string]any{"z": "<z>", "a": map[string]any{"n": 1.5}},
		AnyMaps:   []map[string]any{nil, {}, {"k": nil}},
	}
	v.Anon.P = 7
	vs := []*cases.Cases{&v, {}, {ZeroS: cases.Inner{A: "a"}, OptPtr: &cases.Optional{}, AnonZero: struct {
		P int `json:"p"`
	}{P: 1}, ZeroPtr: &cases.Inner{}, ZeroArr: [2]float64{0, 1}, ZeroPlain: cases.Plain{F: math.Copysign(0, -1)}}}
	for i, x := range vs {
		got, err := encodeCases(x)
		if err != nil {
			t.Fatalf("%d: %v", i, err)
		}
		if want := stdJSON(t, x); !bytes.Equal(got, want) {
			t.Errorf("%d:\n got: %s\nwant: %s", i, got, want)
		}
	}
	if got, err := encodeCases(nil); err != nil || string(got) != "null\n" {
		t.Errorf("nil: %q, %v", got, err)
	}
	// The buffer given is appended to.
	if got, _ := report.EncodeCasesJSON([]byte("x"), nil); string(got) != "xnull\n" {
		t.Errorf("appended: %q", got)
	}

	// Random contents, the interfaces holding every type cases.AnyTypes
	// lists.
	f := filler{rng: rand.New(rand.NewSource(2)), wide: true}
	for i := 0; i < 300; i++ {
		var c cases.Cases
		f.fill(reflect.ValueOf(&c).Elem(), 0)
		got, err := encodeCases(&c)
		if err != nil {
			t.Fatal(err)
		}
		if want := stdJSON(t, &c); !bytes.Equal(got, want) {
			t.Fatalf("random cases %d differ at byte %d\n got: %.300s\nwant: %.300s", i, firstDiff(got, want), tail(got, want), tail(want, got))
		}
	}
}

// NaN and infinities are encoding/json's errors, whichever field or
// interface holds them.
func TestJSONEncoderFloatErrors(t *testing.T) {
	for _, c := range []*cases.Cases{
		{F32: float32(math.Inf(-1))},
		{F64: []float64{1, math.NaN()}},
		{NamedFs: map[string]cases.NamedFloat{"a": cases.NamedFloat(math.Inf(1))}},
		{Any: []any{math.NaN()}},
		{AnyMap: map[string]any{"x": float32(math.Inf(1))}},
		{Opt: cases.Optional{D: float32(math.NaN())}},
	} {
		_, err := encodeCases(c)
		_, werr := json.Marshal(c)
		if err == nil || werr == nil || err.Error() != werr.Error() {
			t.Errorf("%+v: error %v, want %v", c, err, werr)
		}
	}
	for _, r := range []*report.Report{
		{Role: report.Role{Confidence: math.NaN()}},
		{Findings: []report.Finding{{Points: score.Points{Possible: math.Inf(1)}}}},
		{Resume: &parse.Resume{Meta: parse.Meta{ResumeScore: parse.Extras{Layout: &parse.Layout{BodySize: math.Inf(-1)}}}}},
	} {
		_, err := report.JSON(r)
		_, werr := json.Marshal(r)
		if err == nil || werr == nil || err.Error() != werr.Error() {
			t.Errorf("%+v: error %v, want %v", r, err, werr)
		}
	}
}

// An interface holding a type the generator was not told of is an error,
// never a guess.
func TestJSONEncoderUnlistedType(t *testing.T) {
	for _, x := range []any{int32(1), []int{1}, map[string]string{}, struct{}{}, &cases.Plain{}} {
		if _, err := encodeCases(&cases.Cases{Anys: []any{x}}); err == nil {
			t.Errorf("%T: no error", x)
		}
		if _, err := report.ResumeJSON(&parse.Resume{Awards: []map[string]any{{"k": x}}}); err == nil {
			t.Errorf("résumé holding %T: no error", x)
		}
	}
	if _, err := report.ResumeJSON(&parse.Resume{Awards: []map[string]any{{"k": 1}}}); err == nil {
		t.Error("résumé holding an int: no error")
	}
}

// nestedSlices is k empty-interface slices, one in the other.
func nestedSlices(k int) any {
	var v any = []any{}
	for i := 1; i < k; i++ {
		v = []any{v}
	}
	return v
}

// Values in interfaces nested deeper than the reflection encoder that came
// before allowed are refused where it refused them (it counted a depth
// from the root: the thresholds below are the ones it had).
func TestJSONDepthAsBefore(t *testing.T) {
	resume := func(k int) *parse.Resume { return &parse.Resume{Awards: []map[string]any{{"k": nestedSlices(k)}}} }
	for _, c := range []struct {
		what   string
		ok, no int // deepest nesting encoded, and the first refused
		enc    func(k int) (any, []byte, error)
	}{
		{"cases", 499, 500, func(k int) (any, []byte, error) {
			c := &cases.Cases{Any: nestedSlices(k)}
			b, err := encodeCases(c)
			return c, b, err
		}},
		{"résumé", 498, 499, func(k int) (any, []byte, error) {
			r := resume(k)
			b, err := report.ResumeJSON(r)
			return r, b, err
		}},
		{"report", 497, 498, func(k int) (any, []byte, error) {
			r := &report.Report{Resume: resume(k)}
			b, err := report.JSON(r)
			return r, b, err
		}},
	} {
		v, got, err := c.enc(c.ok)
		if err != nil {
			t.Errorf("%s nested %d deep: %v", c.what, c.ok, err)
		} else if want := stdJSON(t, v); !bytes.Equal(got, want) {
			t.Errorf("%s nested %d deep differs from encoding/json", c.what, c.ok)
		}
		if _, _, err := c.enc(c.no); err == nil || !strings.Contains(err.Error(), "nested too deep") {
			t.Errorf("%s nested %d deep: error %v, want nested too deep", c.what, c.no, err)
		}
	}
}

// The quoting alone, on strings of every kind of byte, against
// encoding/json's.
func TestAppendJSONString(t *testing.T) {
	ss := append([]string{}, tricky...)
	for c := 0; c < 256; c++ {
		ss = append(ss, string(rune(c)), string([]byte{byte(c)}), "a"+string([]byte{byte(c)})+"b", string([]byte{0xe2, 0x80, byte(c)}), string([]byte{byte(c), 0x80}))
	}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 2000; i++ {
		b := make([]byte, rng.Intn(12))
		for j := range b {
			b[j] = byte(rng.Intn(256))
		}
		ss = append(ss, string(b))
	}
	for _, s := range ss {
		got := report.AppendJSONString([]byte("x"), s)
		want := append([]byte("x"), bytes.TrimSuffix(stdJSON(t, s), []byte("\n"))...)
		if !bytes.Equal(got, want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	}
}

// AppendJSONFloat writes what encoding/json writes, and 0 where it refuses.
func TestAppendJSONFloat(t *testing.T) {
	fs := []float64{0, math.Copysign(0, -1), 1, -1.5, 0.1, 1e-6, 9.99e-7, 1e-7, 1e20, 1e21, 123456789.125, math.MaxFloat64, math.SmallestNonzeroFloat64, -2.5e-9}
	rng := rand.New(rand.NewSource(5))
	for i := 0; i < 2000; i++ {
		fs = append(fs, math.Float64frombits(rng.Uint64()))
	}
	for _, f := range fs {
		got := string(report.AppendJSONFloat([]byte("x"), f))
		if math.IsNaN(f) || math.IsInf(f, 0) {
			if got != "x0" {
				t.Errorf("%v: got %s, want x0", f, got)
			}
			continue
		}
		if want := "x" + strings.TrimSuffix(string(stdJSON(t, f)), "\n"); got != want {
			t.Errorf("%v: got %s, want %s", f, got, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got := string(report.AppendJSONFloat(nil, f)); got != "0" {
			t.Errorf("%v: got %s, want 0", f, got)
		}
	}
}

func firstDiff(a, b []byte) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func tail(a, b []byte) []byte {
	i := max(firstDiff(a, b)-40, 0)
	return a[i:]
}
