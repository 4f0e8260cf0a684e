package roles

import (
	"encoding/json"
	"path"
	"reflect"
	"strings"
	"testing"
)

// roleFiles are the embedded data files.
func roleFiles(t *testing.T) map[string][]byte {
	t.Helper()
	entries, err := dataFS.ReadDir("data")
	if err != nil || len(entries) < 5 {
		t.Fatalf("data: %v, %d files", err, len(entries))
	}
	out := map[string][]byte{}
	for _, e := range entries {
		b, err := dataFS.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = b
	}
	return out
}

// Every embedded data file decodes to what json.Unmarshal makes of it.
func TestDecodeDataLikeEncodingJSON(t *testing.T) {
	for name, b := range roleFiles(t) {
		var got, want any = &Profile{}, &Profile{}
		if name == "aliases.json" {
			got, want = &aliasFile{}, &aliasFile{}
		}
		if err := unmarshalJSON(b, got); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := json.Unmarshal(b, want); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decoded differently from encoding/json\n got: %+v\nwant: %+v", name, got, want)
		}
	}
}

type decodeCase struct {
	S    string            `json:"s"`
	N    int               `json:"n,omitempty"`
	U    uint8             `json:"u"`
	F    float64           `json:"f"`
	B    bool              `json:"b"`
	P    *string           `json:"p"`
	L    []string          `json:"l"`
	M    map[string][]int  `json:"m"`
	PP   **int             `json:"pp"`
	Sub  *decodeCase       `json:"sub"`
	Name string            // no tag: matched by the Go name, any case
	Skip string            `json:"-"`
	Tags map[string]string `json:"tags"`
}

func TestDecodeCasesLikeEncodingJSON(t *testing.T) {
	for _, in := range []string{
		`{}`, ` {"s":"x"} `, `{"S":"upper"}`, `{"name":"fold","Skip":"no"}`,
		`{"s":"\u00e9\ud83d\ude00\n\t\"\\\/\b\f\r","n":-12,"u":255,"f":-1.5e-3,"b":true,"p":"p"}`,
		`{"s":"\ud800x","l":["a","b",""],"m":{"k":[1,2],"e":[]},"pp":3}`,
		`{"l":null,"m":null,"p":null,"pp":null,"sub":{"s":"inner","sub":null}}`,
		`{"l":[],"unknown":{"deep":[1,{"a":null}]},"tags":{"a":"b","a":"c"}}`,
		`{"s":"dup","s":"last","l":["x","y","z"],"l":["w"]}`,
		"{\"s\":\"bad \xff utf8\"}", `null`, `{"f":1E+2,"u":0,"n":-0}`,
	} {
		for _, mk := range []func() any{func() any { return &decodeCase{} }, func() any { x := []string{"old"}; return &x }} {
			got, want := mk(), mk()
			err := unmarshalJSON([]byte(in), got)
			werr := json.Unmarshal([]byte(in), want)
			if (err == nil) != (werr == nil) {
				t.Errorf("%s into %T: error %v, encoding/json %v", in, got, err, werr)
				continue
			}
			if err == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("%s into %T:\n got: %#v\nwant: %#v", in, got, reflect.ValueOf(got).Elem(), reflect.ValueOf(want).Elem())
			}
		}
	}
	for _, in := range []string{``, `{`, `{"s":}`, `{"s":"x",}`, `{"s" "x"}`, `[1,]`, `{"n":1.5}`, `{"u":256}`, `{"s":1}`, `{"l":{}}`,
		`{"s":"x"} x`, `tru`, `01`, `1.`, `-`, `{"s":"\x"}`, "\"a\x01\"", `{"s":"\u12"}`, `nul`, `[1,2]`, `"str"`, `true`} {
		var v decodeCase
		if err := unmarshalJSON([]byte(in), &v); err == nil {
			t.Errorf("%q: no error", in)
		} else if werr := json.Unmarshal([]byte(in), &decodeCase{}); werr == nil {
			t.Errorf("%q: encoding/json accepts it, we do not: %v", in, err)
		} else if err.Error() != werr.Error() {
			t.Errorf("%q: error %q, encoding/json %q", in, err, werr)
		}
	}
}

type streamDoc struct {
	Name  string           `json:"name,omitempty"`
	Loc   *streamLoc       `json:"location,omitempty"`
	Items []map[string]any `json:"items,omitempty"`
	Work  []streamLoc      `json:"work,omitempty"`
	Any   any              `json:"any"`
	Refs  map[string]streamLoc
}

type streamLoc struct {
	City string   `json:"city,omitempty"`
	N    int      `json:"n"`
	Tags []string `json:"tags,omitempty"`
}

// DecodeJSON reads the first value as a json.Decoder does: the same values,
// the same errors (syntax before type mismatches, with the field path),
// and what follows the value unread.
func TestDecodeJSONLikeDecoder(t *testing.T) {
	for _, in := range []string{
		``, `   `, `{}`, `{"name":"a"} trailing {`, `{"name":"a"}{"name":"b"}`,
		`{"items":[{"a":"x","b":1.5,"c":true,"d":null,"e":[1,"two",{"three":[]}],"f":{}}],"any":[null,false]}`,
		`{"any":{"k":"v","k":"w"}}`, `{"any":1e400}`, `{"any":"s","any":null}`,
		`{"location":{"city":"X","n":2},"Location":{"tags":["a"]}}`, `{"location":null}`,
		`{"work":[{"city":"A","n":1},{"city":"B"}],"work":[{"n":3}]}`,
		`{"work":[{"city":"A","tags":["x","y"]}],"work":[{"tags":["z"]}],"work":[]}`,
		`{"refs":{"a":{"n":1},"b":{"city":"c"}}}`,
		`{"name":1}`, `{"location":"x"}`, `{"work":[{"n":"x"}]}`, `{"work":[{"n":1.5}]}`, `{"work":{}}`,
		`{"refs":{"a":{"n":true}}}`, `{"work":[{"tags":[1]}]}`, `{"name":1,"location":{"n":"x"}}`,
		`{"name":1,"oops"}`, `{"name":"a",}`, `{"name":"a"`, `{"name":"a`, `{"name":"\u12`, `{"n":tru}`, `{"n":nul`,
		`{"any":-}`, `{"any":1.}`, `{"any":1e}`, `{"any":01}`, `{"items":[{]}`, `{"items":[1 2]}`, `{'a':1}`,
		`[1]`, `"x"`, `null`, "{\"name\":\"\xff\x01\"}", `{"name":"\ud83d\ude00 \ud83d x"}`,
		strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
		`{"any":` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}`,
	} {
		var got, want streamDoc
		err := DecodeJSON([]byte(in), &got)
		werr := json.NewDecoder(strings.NewReader(in)).Decode(&want)
		if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
			t.Errorf("%.60q: error %v, encoding/json %v", in, err, werr)
			continue
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("%.60q:\n got: %#v\nwant: %#v", in, got, want)
		}
	}
}

func TestJSONObjectKeys(t *testing.T) {
	for in, want := range map[string]string{
		` {"b":1,"a":{"x":[1,{"y":2}]},"c":"}","b":null} tail`: "b a c b",
		`{}`: "", `[]`: "", `{"a":1,"b"`: "a", ``: "",
	} {
		if got := strings.Join(JSONObjectKeys([]byte(in)), " "); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// JSONObjectMembers lists an object's members in order, repeats included,
// with string values decoded; other JSON is ErrJSONNotObject, and what is
// not JSON a syntax error.
func TestJSONObjectMembers(t *testing.T) {
	got, err := JSONObjectMembers([]byte(` {"text":"a\u00e9","n":1,"text":"b","o":{"x":"y"}} `))
	want := []JSONMember{{"text", true, "aé"}, {"n", false, ""}, {"text", true, "b"}, {"o", false, ""}}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v, %v; want %+v", got, err, want)
	}
	for _, s := range []string{`[]`, `"s"`, `1`, `null`} {
		if _, err := JSONObjectMembers([]byte(s)); err != ErrJSONNotObject {
			t.Errorf("%s: err = %v, want ErrJSONNotObject", s, err)
		}
	}
	for _, s := range []string{``, `{`, `{"a":1}x`, `{"a":01}`, `[1,]`} {
		if _, err := JSONObjectMembers([]byte(s)); err == nil || err == ErrJSONNotObject {
			t.Errorf("%q: err = %v, want a syntax error", s, err)
		}
	}
}
