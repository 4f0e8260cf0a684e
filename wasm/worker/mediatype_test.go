package main

import (
	"maps"
	"mime"
	"testing"
)

func TestParseMediaTypeAgreesWithMime(t *testing.T) {
	for _, v := range []string{
		"text/plain", "Text/Plain; Charset=UTF-8", "multipart/form-data; boundary=----x123", `multipart/form-data; boundary="a b;c"`,
		`form-data; name="file"; filename="cv.pdf"`, `form-data; name="a\"b"`, "application/json;charset=utf-8", "text/plain;",
		"application/pdf ; a=1 ; b=2", "", "text", "text/", "/plain", "text/plain/x", "text/plain; charset", "text/plain; =x",
		`text/plain; a="unterminated`, "text/plain; a=1; a=2", "text/plain; a=b c", "te xt/plain", "text/plain; a=é",
	} {
		gotType, gotParams, gotErr := parseMediaType(v)
		wantType, wantParams, wantErr := mime.ParseMediaType(v)
		if (gotErr != nil) != (wantErr != nil) {
			t.Errorf("%q: error %v, mime says %v", v, gotErr, wantErr)
			continue
		}
		if gotErr == nil && (gotType != wantType || !maps.Equal(gotParams, wantParams)) {
			t.Errorf("%q: %q %v, mime says %q %v", v, gotType, gotParams, wantType, wantParams)
		}
	}
}
