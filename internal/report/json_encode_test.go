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
	"github.com/resumescore/resumescore/internal/report"
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
			n++
		}
	}
	if n < 10 {
		t.Errorf("only %d reports compared", n)
	}
}

// A Report with every field filled with random values (strings with
// controls, HTML, bad UTF-8, line separators), many times over: a field or
// type someone adds later is covered without touching this test.
func TestJSONRandomReports(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		var r report.Report
		fill(rng, reflect.ValueOf(&r).Elem(), 0)
		got, err := report.JSON(&r)
		if err != nil {
			t.Fatal(err)
		}
		if want := stdJSON(t, &r); !bytes.Equal(got, want) {
			t.Fatalf("random report %d differs at byte %d\n got: %.300s\nwant: %.300s", i, firstDiff(got, want), tail(got, want), tail(want, got))
		}
	}
}

var tricky = []string{"", "a", "<b>&amp;</b>", "\u2028\u2029", "\x00\x01\x1f\x7f", "\b\f\n\r\t", `"\/`, "\xff\xfe", "é日本🙂", "\xed\xa0\x80", "a\xc3", "\ufffd", "line\u0085"}

func fill(rng *rand.Rand, v reflect.Value, depth int) {
	if !v.CanSet() {
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(rng.Intn(2) == 0)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if rng.Intn(3) > 0 {
			v.SetInt(rng.Int63n(200) - 50)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if rng.Intn(3) > 0 {
			v.SetUint(uint64(rng.Int63n(200)))
		}
	case reflect.Float32, reflect.Float64:
		fs := []float64{0, 1, -1, 0.1, 1.0 / 3, 1e21, 1e20, 1e-6, 1e-7, 123456789.125, -2.5e-9, math.Copysign(0, -1), 99.99, 3e300}
		v.SetFloat(fs[rng.Intn(len(fs))])
	case reflect.String:
		var b strings.Builder
		for k := rng.Intn(4); k > 0; k-- {
			b.WriteString(tricky[rng.Intn(len(tricky))])
		}
		v.SetString(b.String())
	case reflect.Pointer:
		if depth > 6 || rng.Intn(4) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(rng, p.Elem(), depth+1)
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
			fill(rng, s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			fill(rng, v.Index(i), depth+1)
		}
	case reflect.Map:
		if depth > 6 || rng.Intn(3) == 0 {
			return
		}
		m := reflect.MakeMap(v.Type())
		for n := rng.Intn(4); n > 0; n-- {
			k := reflect.New(v.Type().Key()).Elem()
			fill(rng, k, depth+1)
			e := reflect.New(v.Type().Elem()).Elem()
			fill(rng, e, depth+1)
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fill(rng, v.Field(i), depth+1)
		}
	}
}

type Inner struct {
	A string `json:"a"`
	B int    `json:"b,omitempty"`
	C string
	d string
}

type encodeCases struct {
	X       int                  `json:"x,omitempty"`
	F32     float32              `json:"f32"`
	F64     []float64            `json:"f64"`
	StrMap  map[string][]int     `json:"strMap"`
	Empty   map[string]bool      `json:"emptyMap,omitempty"`
	Any     any                  `json:"any"`
	Anys    []any                `json:"anys"`
	Ptr     *Inner               `json:"ptr"`
	PtrPtr  **Inner              `json:"pp,omitempty"`
	Skip    string               `json:"-"`
	Dash    string               `json:"-,"`
	Bad     string               `json:"a\\b"`
	Punct   string               `json:"<&>#!"`
	Opts    string               `json:",omitempty"`
	Arr     [2]int8              `json:"arr"`
	Zero    time.Duration        `json:"zero,omitzero"`
	ZeroS   Inner                `json:"zeroS,omitzero"`
	Struct  struct{}             `json:"struct"`
	Nested  map[string]*Inner    `json:"nested"`
	Named   namedString          `json:"named"`
	Mixed   map[namedString]uint `json:"mixed"`
	Bools   []bool               `json:"bools"`
	private string
}

type namedString string

type embeds struct {
	Inner
	N int
}

func TestJSONEncoderCases(t *testing.T) {
	in := &Inner{B: 3, d: "x"}
	v := encodeCases{
		F32:    1.1,
		F64:    []float64{1e21, 1e-7, 5e-324, math.MaxFloat64, math.Copysign(0, -1), 100, 0.000001, 123456789e-15},
		StrMap: map[string][]int{"b": nil, "a": {}, "\u2028": {1}, "<": {2}},
		Empty:  map[string]bool{},
		Any:    map[string]any{"k": []any{1, "x", nil, true, 2.5, int8(-3), uint16(9)}},
		Anys:   []any{nil, Inner{}, &Inner{B: 3}, []string(nil)},
		PtrPtr: &in,
		Dash:   "dash",
		Bad:    "bad tag",
		Punct:  "punct",
		Opts:   "opts",
		Nested: map[string]*Inner{"nil": nil, "x": {A: "\u2029"}},
		Named:  "n",
		Mixed:  map[namedString]uint{"z": 1, "y": 2},
		Bools:  []bool{true, false},
	}
	for _, x := range []any{v, &v, encodeCases{}, nil, []int(nil), map[string]int(nil), 3.0, float32(1e-7), float32(1e21), "s", []string{}, [0]int{}} {
		got, err := report.EncodeJSON(x)
		if err != nil {
			t.Fatalf("%T: %v", x, err)
		}
		if want := stdJSON(t, x); !bytes.Equal(got, want) {
			t.Errorf("%T:\n got: %s\nwant: %s", x, got, want)
		}
	}
	for _, x := range []any{math.NaN(), math.Inf(1), float32(math.Inf(-1))} {
		_, err := report.EncodeJSON(x)
		_, werr := json.Marshal(x)
		if err == nil || err.Error() != werr.Error() {
			t.Errorf("%v: error %v, want %v", x, err, werr)
		}
	}
	// What a Report never holds is refused, never guessed.
	for _, x := range []any{[]byte("x"), time.Time{}, json.RawMessage("1"), make(chan int), map[int]string{1: "x"}, embeds{}, complex(1, 2), struct {
		N int `json:"n,string"`
	}{}} {
		if _, err := report.EncodeJSON(x); err == nil {
			t.Errorf("%T: no error for an unsupported type", x)
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
