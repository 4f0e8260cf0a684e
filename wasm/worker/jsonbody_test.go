package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/roles"
)

// jsonCases are documents valid and not; readJSONObject must agree with
// encoding/json on which are JSON objects and on their string members.
var jsonCases = []string{
	`{}`, ` { } `, `{"a":"b"}`, `{"a":1,"b":-0.5e+10,"c":[true,false,null],"d":{"e":[]}}`,
	`{"t":"esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 \ud800 \udc00x \ud800\u0041"}`,
	`{"a":"raw é ✓ \u2028"}`, "{\"a\":\"bad \xff utf8\"}", `{"a":"b",}`, `{"a" "b"}`, `{"a":}`, `{a:1}`,
	`{"a":01}`, `{"a":1.}`, `{"a":.5}`, `{"a":-}`, `{"a":1e}`, `{"a":tru}`, `{"a":nul}`, `{"a":[1,]}`,
	`{"a":"x"}x`, `{"a":"x"}{}`, `[]`, `"s"`, `1`, `null`, ``, ` `, `{`, `}`, `{"a":"\x"}`, `{"a":"\u12"}`,
	"{\"a\":\"tab\there\"}", `{"a":[[[[{"b":{}}]]]]}`, `{"":""}`, `{"a":"1","a":"2"}`, "\ufeff{}",
}

func TestReadJSONObjectAgreesWithEncodingJSON(t *testing.T) {
	for _, c := range jsonCases {
		members, err := readJSONObject([]byte(c))
		var want map[string]any
		json.Unmarshal([]byte(c), &want)
		valid := json.Valid([]byte(c))
		object := valid && strings.HasPrefix(strings.TrimLeft(c, " \t\r\n"), "{")
		switch {
		case !valid && err != errNotJSON:
			t.Errorf("%q: err = %v, want errNotJSON", c, err)
		case valid && !object && err != errNotObject:
			t.Errorf("%q: err = %v, want errNotObject", c, err)
		case object && err != nil:
			t.Errorf("%q: err = %v, want none", c, err)
		case err == nil:
			last := map[string]jsonMember{}
			for _, m := range members {
				last[m.Key] = m
			}
			if len(last) != len(want) {
				t.Errorf("%q: %d members, want %d", c, len(last), len(want))
			}
			for k, v := range want {
				m, ok := last[k]
				s, isString := v.(string)
				if !ok || m.IsString != isString || (isString && m.Str != s) {
					t.Errorf("%q: member %q = %+v, want %#v", c, k, m, v)
				}
			}
		}
	}
	deep := strings.Repeat("[", roles.MaxJSONDepth+10) + strings.Repeat("]", roles.MaxJSONDepth+10)
	if _, err := readJSONObject([]byte(`{"a":` + deep + `}`)); err != errNotJSON {
		t.Errorf("nesting past roles.MaxJSONDepth: err = %v", err)
	}
}

func FuzzReadJSONObject(f *testing.F) {
	for _, c := range jsonCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		members, err := readJSONObject(data)
		if json.Valid(data) != (err != errNotJSON) {
			t.Fatalf("%q: err = %v, json.Valid = %v", data, err, json.Valid(data))
		}
		if err != nil {
			return
		}
		var want map[string]any
		if json.Unmarshal(data, &want) != nil {
			t.Fatalf("%q: read as an object, encoding/json disagrees", data)
		}
		for _, m := range members {
			if s, ok := want[m.Key].(string); ok && m.IsString && s != m.Str {
				// A repeated key: encoding/json keeps the last value.
				continue
			}
		}
	})
}
