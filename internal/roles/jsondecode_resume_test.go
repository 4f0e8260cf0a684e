package roles_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
)

// JSON Resume input decodes to the parse.Resume a json.Decoder makes of it,
// with the same error for every prefix and for values of the wrong type.
func TestDecodeJSONResumeLikeDecoder(t *testing.T) {
	files, _ := filepath.Glob("../testdata/resumes/*.json")
	truths, _ := filepath.Glob("../testdata/truth/*.json")
	if len(files) == 0 || len(truths) == 0 {
		t.Fatal("no JSON fixtures")
	}
	same := func(name string, b []byte) {
		t.Helper()
		var got, want parse.Resume
		err := roles.DecodeJSON(b, &got)
		werr := json.NewDecoder(strings.NewReader(string(b))).Decode(&want)
		if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
			t.Errorf("%s: error %v, encoding/json %v", name, err, werr)
		} else if err == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("%s: decoded differently from encoding/json\n got: %+v\nwant: %+v", name, got, want)
		}
	}
	for _, f := range append(files, truths...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		same(f, b)
		// Its own rendering, meta and all, back in.
		var r parse.Resume
		if json.Unmarshal(b, &r) == nil {
			out, _ := json.Marshal(r)
			same(f+" re-encoded", out)
		}
	}
	b, _ := os.ReadFile(files[0])
	for i := 0; i < len(b); i += 7 {
		same(files[0]+" cut", b[:i])
	}
	s := string(b)
	for _, swap := range [][2]string{
		{`"basics": {`, `"basics": [`}, {`"work": [`, `"work": {"a":1}, "x": [`}, {`"name": "`, `"name": 1, "n": "`},
		{`"highlights": [`, `"highlights": [1, `}, {`"location": {`, `"location": "x", "l": {`},
		{`"awards": [`, `"awards": [1, `}, {`"keywords": [`, `"keywords": [null, true, `},
	} {
		if strings.Contains(s, swap[0]) {
			same(files[0]+" with "+swap[1], []byte(strings.Replace(s, swap[0], swap[1], 1)))
		}
	}
}
