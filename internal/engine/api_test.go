package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/roles"
)

// cliJSON is what the CLI prints for v: json.Encoder with two-space indent.
func cliJSON(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestParseJSONIsTheCLIEncoding(t *testing.T) {
	files, _ := filepath.Glob("../testdata/resumes/*.pdf")
	docx, _ := filepath.Glob("../testdata/resumes/*.docx")
	files = append(append(files, docx...), "testdata/good.txt")
	if len(files) < 10 {
		t.Fatalf("only %d fixtures found", len(files))
	}
	inputs := map[string][]byte{
		"json resume": []byte(`{"basics":{"name":"Ana <Silva> & Co","email":"ana@example.com","location":{"city":"São Paulo"}},
			"work":[{"name":"Acme","position":"Engineer","startDate":"2020-01","highlights":["Cut costs by 20%\u2028now"]}],"skills":[]}`),
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[filepath.Base(f)] = b
	}
	for name, data := range inputs {
		opt := Options{AsOf: asOf}
		res, err := Parse(context.Background(), Input{Data: data}, opt)
		if err != nil {
			continue // unreadable fixtures are the engine tests' business
		}
		got, err := ParseJSON(context.Background(), Input{Data: data}, opt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := cliJSON(t, res); !bytes.Equal(got, want) {
			t.Errorf("%s: ParseJSON differs from encoding/json's indented output (%d vs %d bytes)", name, len(got), len(want))
		}
	}
	if _, err := ParseJSON(context.Background(), Input{Data: []byte("\x00\x01")}, Options{AsOf: asOf}); err == nil {
		t.Error("ParseJSON of garbage: no error")
	}
}

func TestRegistryAndProfilesJSONAreTheCLIEncoding(t *testing.T) {
	if got, want := RegistryJSON(), cliJSON(t, check.All()); !bytes.Equal(got, want) {
		t.Errorf("RegistryJSON differs from `checks --json` (%d vs %d bytes)", len(got), len(want))
	}
	if got, want := ProfilesJSON(), cliJSON(t, roles.All()); !bytes.Equal(got, want) {
		t.Errorf("ProfilesJSON differs from `roles --json` (%d vs %d bytes)", len(got), len(want))
	}
}

func TestIndentJSONMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{
		`{}`, `[]`, `{"a":[]}`, `{"a":{},"b":[1,2,{"c":"x,y:{}[]\"\\"}],"d":null}`, `"s"`, `1`,
		`[[],[[]],{"k":[{}]}]`, `{"\u003c":"\u2028"}`,
	} {
		var want bytes.Buffer
		if err := json.Indent(&want, []byte(s), "", "  "); err != nil {
			t.Fatal(err)
		}
		want.WriteByte('\n')
		if got := IndentJSON([]byte(s)); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("IndentJSON(%s) =\n%s\nwant\n%s", s, got, want.Bytes())
		}
	}
}

func TestKnownRoleAndIsJSONResume(t *testing.T) {
	if !KnownRole(roles.IDs()[0]) || KnownRole("no-such-role") {
		t.Error("KnownRole")
	}
	if !IsJSONResume([]byte(`{"basics":{}}`)) || IsJSONResume([]byte("Jane Doe")) {
		t.Error("IsJSONResume")
	}
}
