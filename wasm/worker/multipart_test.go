package main

import (
	"bytes"
	"io"
	"mime/multipart"
	"testing"
)

func TestParseMultipart(t *testing.T) {
	body := "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\nbackend\r\n" +
		"--XyZ\r\ncontent-disposition: form-data; name=\"file\"; filename=\"cv.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\nline\r\n--XyZ-- \r\nepilogue"
	parts, err := parseMultipart([]byte(body), "XyZ")
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 2 || parts[0].name != "role" || string(parts[0].body) != "backend" ||
		parts[1].name != "file" || parts[1].filename != "cv.pdf" || parts[1].contentType != "application/pdf" || string(parts[1].body) != "%PDF-1.4\r\nline" {
		t.Errorf("parts = %+v", parts)
	}
	for name, bad := range map[string]string{
		"no boundary in body":    "hello",
		"no closing":             "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx",
		"headers without end":    "--XyZ\r\nContent-Disposition: form-data; name=\"a\"",
		"not form-data":          "--XyZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--XyZ--",
		"no disposition":         "--XyZ\r\nContent-Type: text/plain\r\n\r\nx\r\n--XyZ--",
		"header without a colon": "--XyZ\r\nContent-Disposition form-data\r\n\r\nx\r\n--XyZ--",
		"junk after boundary":    "--XyZjunk\r\n\r\nx\r\n--XyZ--",
	} {
		if _, err := parseMultipart([]byte(bad), "XyZ"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := parseMultipart([]byte(body), ""); err == nil {
		t.Error("empty boundary: no error")
	}
	var many bytes.Buffer
	for range maxFormParts + 1 {
		many.WriteString("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n")
	}
	many.WriteString("--XyZ--")
	if _, err := parseMultipart(many.Bytes(), "XyZ"); err == nil {
		t.Error("too many parts: no error")
	}
}

// FuzzParseMultipart checks the reader against mime/multipart on bodies
// mime/multipart writes, and that no input makes it panic.
func FuzzParseMultipart(f *testing.F) {
	f.Add([]byte("Jane Doe\r\n--not the boundary"), "role", "backend")
	f.Add([]byte{}, "", "")
	f.Add([]byte("--"), "file", "\r\n--")
	f.Fuzz(func(t *testing.T, file []byte, field, value string) {
		for _, c := range field {
			if c < 0x21 || c > 0x7e || c == '"' || c == '\\' {
				return // mime/multipart's reader refuses such names from its own writer
			}
		}
		var b bytes.Buffer
		w := multipart.NewWriter(&b)
		if field != "" && field != "file" {
			if err := w.WriteField(field, value); err != nil {
				return
			}
		}
		fw, _ := w.CreateFormFile("file", "cv")
		fw.Write(file)
		w.Close()
		parts, err := parseMultipart(b.Bytes(), w.Boundary())
		if err != nil {
			t.Fatalf("a body mime/multipart wrote: %v", err)
		}
		r := multipart.NewReader(bytes.NewReader(b.Bytes()), w.Boundary())
		for i := 0; ; i++ {
			p, err := r.NextPart()
			if err == io.EOF {
				if i != len(parts) {
					t.Fatalf("%d parts, mime/multipart has %d", len(parts), i)
				}
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			want, _ := io.ReadAll(p)
			if i >= len(parts) || parts[i].name != p.FormName() || !bytes.Equal(parts[i].body, want) {
				t.Fatalf("part %d differs from mime/multipart's", i)
			}
		}
		parseMultipart(file, value) // any input: no panic
	})
}
