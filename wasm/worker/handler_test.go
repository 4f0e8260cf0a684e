package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/textproto"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/score"
)

const testAsOf = "2026-01-15"

// Fixtures: the worker's own, and two from the engine's test data (a
// two-page PDF and a DOCX).
const (
	pdf2Path = "../../internal/testdata/resumes/lo-headerfooter-accountant.pdf"
	docxPath = "../../internal/testdata/resumes/docx-table-sales.docx"
)

// jsonResume is a small JSON Resume document.
const jsonResume = `{"basics":{"name":"Ana Silva","label":"Backend Engineer","email":"ana@example.com","phone":"+55 11 91234-5678"},
 "work":[{"name":"Acme","position":"Backend Engineer","startDate":"2020-01","highlights":["Cut p99 latency by 40% for 3 services in Go."]}],
 "skills":[{"name":"Backend","keywords":["Go","PostgreSQL","Kubernetes"]}]}`

// logRecorder collects what the handler logs, to check it holds no content.
type logRecorder struct {
	mu    sync.Mutex
	lines []string
}

func (l *logRecorder) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l *logRecorder) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n")
}

func newTestAPI(t *testing.T) (*api, *logRecorder) {
	t.Helper()
	rec := &logRecorder{}
	return newAPI(rec.logf), rec
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	path := name
	if !strings.Contains(name, "/") {
		path = "testdata/" + name
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func date(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// req builds a Request; headers alternate name, value.
func req(method, target, contentType string, body []byte, headers ...string) *Request {
	path, query, _ := strings.Cut(target, "?")
	r := &Request{Method: method, Path: path, Query: query, Body: body, ContentLength: int64(len(body))}
	if body == nil {
		r.ContentLength = -1
	}
	if contentType != "" {
		r.Header = append(r.Header, Field{"content-type", contentType})
	}
	for i := 0; i+1 < len(headers); i += 2 {
		r.Header = append(r.Header, Field{headers[i], headers[i+1]})
		if strings.EqualFold(headers[i], "content-length") {
			// What the transports pass on as the declared length.
			r.ContentLength, _ = strconv.ParseInt(headers[i+1], 10, 64)
		}
	}
	return r
}

// apiError is the body of every error response.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// checkError asserts a JSON error response with the status and code.
func checkError(t *testing.T, res *Response, status int, code string) apiError {
	t.Helper()
	if res.Status != status {
		t.Fatalf("status = %d, want %d; body %s", res.Status, status, res.Body)
	}
	if ct := res.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q, want application/json", ct)
	}
	var e apiError
	dec := json.NewDecoder(bytes.NewReader(res.Body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("error body is not the error JSON: %v: %s", err, res.Body)
	}
	if e.Error.Code != code {
		t.Errorf("error code = %q, want %q (message %q)", e.Error.Code, code, e.Error.Message)
	}
	if e.Error.Message == "" || strings.Contains(e.Error.Message, "\n") {
		t.Errorf("error message = %q, want one non-empty line", e.Error.Message)
	}
	checkCommonHeaders(t, res)
	return e
}

// checkCommonHeaders asserts the headers every response carries.
func checkCommonHeaders(t *testing.T, res *Response) {
	t.Helper()
	for name, want := range map[string]string{
		"Access-Control-Allow-Origin": "*",
		headerVersion:                 engine.Version,
		headerAlgorithm:               score.Algorithm,
	} {
		if got := res.Header.Get(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func scoreJSON(t *testing.T, data []byte, opt engine.Options) []byte {
	t.Helper()
	if opt.AsOf.IsZero() {
		opt.AsOf = date(t, testAsOf)
	}
	b, err := engine.ScoreJSON(context.Background(), engine.Input{Data: data}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// form builds a multipart/form-data body: fields alternate name, value; the
// file part (when file is not nil) has fileType as its Content-Type.
func form(t *testing.T, file []byte, fileType string, fields ...string) (body []byte, contentType string) {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for i := 0; i+1 < len(fields); i += 2 {
		if err := w.WriteField(fields[i], fields[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	if file != nil {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="file"; filename="resume"`)
		if fileType != "" {
			h.Set("Content-Type", fileType)
		}
		p, err := w.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		p.Write(file)
	}
	w.Close()
	return b.Bytes(), w.FormDataContentType()
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestHealthz(t *testing.T) {
	a, _ := newTestAPI(t)
	res := a.Handle(req("GET", "/healthz", "", nil))
	if res.Status != 200 {
		t.Fatalf("status = %d: %s", res.Status, res.Body)
	}
	want := fmt.Sprintf(`{"ok":true,"version":%q,"algorithm":%q}`+"\n", engine.Version, score.Algorithm)
	if string(res.Body) != want {
		t.Errorf("healthz = %s, want %s", res.Body, want)
	}
	checkCommonHeaders(t, res)
	if cc := res.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control = %q", cc)
	}
}

// TestScoreBodies sends the résumé in every form the API reads; each report
// must be engine.ScoreJSON's bytes for the same input and options.
func TestScoreBodies(t *testing.T) {
	pdf, pdf2, txt, docx := fixture(t, "resume.pdf"), fixture(t, pdf2Path), fixture(t, "resume.txt"), fixture(t, docxPath)
	jd := "Senior Backend Engineer\nMust have: Go, Kubernetes, 5+ years\nNice to have: Kafka\n"
	asOf := date(t, testAsOf)
	role := "backend"
	if !engine.KnownRole(role) {
		t.Fatalf("role %q is not a profile", role)
	}
	formPDF, formPDFType := form(t, pdf2, "application/pdf", "role", role, "jd", jd, "asOf", testAsOf)
	formTxt, formTxtType := form(t, txt, "", "asOf", testAsOf)
	formJSON, formJSONType := form(t, []byte(jsonResume), "application/json", "asOf", testAsOf)
	tests := []struct {
		name, target, contentType string
		body                      []byte
		data                      []byte // what the engine reads
		opt                       engine.Options
	}{
		{"pdf", "/v1/score?asOf=" + testAsOf, "application/pdf", pdf, pdf, engine.Options{}},
		{"two-page pdf", "/v1/score?asOf=" + testAsOf, "application/pdf", pdf2, pdf2, engine.Options{}},
		{"docx", "/v1/score?asOf=" + testAsOf, typeDOCX, docx, docx, engine.Options{}},
		{"text", "/v1/score?asOf=" + testAsOf, "text/plain; charset=utf-8", txt, txt, engine.Options{}},
		{"markdown", "/v1/score?asOf=" + testAsOf, "text/markdown", txt, txt, engine.Options{}},
		{"no type", "/v1/score?asOf=" + testAsOf, "", pdf, pdf, engine.Options{}},
		{"octet-stream", "/v1/score?asOf=" + testAsOf, "application/octet-stream", docx, docx, engine.Options{}},
		{"query role and jd", "/v1/score?asOf=" + testAsOf + "&role=" + role + "&jd=" + strings.ReplaceAll(jd, "\n", "%0A"), "text/plain", txt, txt, engine.Options{Role: role, JD: jd}},
		{"json resume", "/v1/score?asOf=" + testAsOf + "&role=" + role, "application/json", []byte(jsonResume), []byte(jsonResume), engine.Options{Role: role}},
		{"json text", "/v1/score", "application/json; charset=utf-8",
			mustJSON(t, map[string]string{"text": string(txt), "role": role, "jobDescription": jd, "asOf": testAsOf}), txt, engine.Options{Role: role, JD: jd}},
		{"json text, asOf in query", "/v1/score?asOf=" + testAsOf, "application/json", mustJSON(t, map[string]string{"text": string(txt)}), txt, engine.Options{}},
		{"form pdf", "/v1/score", formPDFType, formPDF, pdf2, engine.Options{Role: role, JD: jd}},
		{"form text without a type", "/v1/score", formTxtType, formTxt, txt, engine.Options{}},
		{"form json resume", "/v1/score", formJSONType, formJSON, []byte(jsonResume), engine.Options{}},
	}
	a, _ := newTestAPI(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			opt.AsOf = asOf
			want := scoreJSON(t, tt.data, opt)
			res := a.Handle(req("POST", tt.target, tt.contentType, tt.body))
			if res.Status != 200 {
				t.Fatalf("status = %d: %s", res.Status, res.Body)
			}
			if ct := res.Header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q", ct)
			}
			checkCommonHeaders(t, res)
			if !bytes.Equal(res.Body, want) {
				t.Errorf("body differs from engine.ScoreJSON:\n got %.300s\nwant %.300s", res.Body, want)
			}
		})
	}
}

func TestScoreDefaultAsOfIsTodayUTC(t *testing.T) {
	data := fixture(t, "resume.txt")
	a, _ := newTestAPI(t)
	// 23:30 on 14 Jan in New York is already 15 Jan in UTC.
	a.now = func() time.Time { return time.Date(2026, 1, 14, 23, 30, 0, 0, time.FixedZone("EST", -5*3600)) }
	want := scoreJSON(t, data, engine.Options{AsOf: date(t, "2026-01-15")})
	res := a.Handle(req("POST", "/v1/score", "text/plain", data))
	if res.Status != 200 || !bytes.Equal(res.Body, want) {
		t.Errorf("status %d; body is not the report as of 2026-01-15", res.Status)
	}
}

func TestParse(t *testing.T) {
	pdf2, txt := fixture(t, pdf2Path), fixture(t, "resume.txt")
	formBody, formType := form(t, pdf2, "application/pdf", "asOf", testAsOf)
	a, _ := newTestAPI(t)
	for _, tt := range []struct {
		name, target, contentType string
		body, data                []byte
	}{
		{"pdf", "/v1/parse?asOf=" + testAsOf, "application/pdf", pdf2, pdf2},
		{"text", "/v1/parse?asOf=" + testAsOf, "text/plain", txt, txt},
		{"json resume", "/v1/parse?asOf=" + testAsOf, "application/json", []byte(jsonResume), []byte(jsonResume)},
		{"json text", "/v1/parse", "application/json", mustJSON(t, map[string]string{"text": string(txt), "asOf": testAsOf}), txt},
		{"form", "/v1/parse", formType, formBody, pdf2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := engine.ParseJSON(context.Background(), engine.Input{Data: tt.data}, engine.Options{AsOf: date(t, testAsOf)})
			if err != nil {
				t.Fatal(err)
			}
			res := a.Handle(req("POST", tt.target, tt.contentType, tt.body))
			if res.Status != 200 || !bytes.Equal(res.Body, want) {
				t.Fatalf("status %d; body equal to engine.ParseJSON: %v\n%.300s", res.Status, bytes.Equal(res.Body, want), res.Body)
			}
			checkCommonHeaders(t, res)
		})
	}
}

func TestDocuments(t *testing.T) {
	a, _ := newTestAPI(t)
	for path, want := range map[string][]byte{
		"/v1/checks":    engine.RegistryJSON(),
		"/v1/roles":     engine.ProfilesJSON(),
		"/openapi.json": openAPI,
	} {
		for range 2 { // the second answer comes from the cache
			res := a.Handle(req("GET", path, "", nil))
			if res.Status != 200 || !bytes.Equal(res.Body, want) {
				t.Fatalf("GET %s: status %d, body as expected: %v", path, res.Status, bytes.Equal(res.Body, want))
			}
			if !json.Valid(res.Body) {
				t.Errorf("GET %s: not JSON", path)
			}
			checkCommonHeaders(t, res)
		}
	}
}

func TestHeadAndOptions(t *testing.T) {
	a, _ := newTestAPI(t)
	for path, rt := range a.routes {
		if rt.get != nil {
			get := a.Handle(req("GET", path, "", nil))
			head := a.Handle(req("HEAD", path, "", nil))
			if head.Status != 200 || len(head.Body) != 0 || head.Header.Get("Content-Length") != strconv.Itoa(len(get.Body)) {
				t.Errorf("HEAD %s: status %d, %d body bytes, Content-Length %q (GET has %d bytes)",
					path, head.Status, len(head.Body), head.Header.Get("Content-Length"), len(get.Body))
			}
		}
		res := a.Handle(req("OPTIONS", path, "", nil, "Origin", "https://example.com",
			"Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type"))
		if res.Status != 204 || len(res.Body) != 0 {
			t.Errorf("OPTIONS %s: status %d, %d body bytes", path, res.Status, len(res.Body))
		}
		want := strings.Join(rt.methods, ", ")
		for name, v := range map[string]string{
			"Access-Control-Allow-Methods": want,
			"Allow":                        want,
			"Access-Control-Allow-Headers": "Content-Type, Accept",
			"Access-Control-Max-Age":       "86400",
		} {
			if got := res.Header.Get(name); got != v {
				t.Errorf("OPTIONS %s: %s = %q, want %q", path, name, got, v)
			}
		}
		checkCommonHeaders(t, res)
	}
	if got := a.routes["/v1/score"].methods; !slices.Equal(got, []string{"POST", "OPTIONS"}) {
		t.Errorf("/v1/score methods = %v", got)
	}
}

// errorCase is one request that must fail with status and code.
type errorCase struct {
	name, method, target, contentType string
	body                              []byte
	status                            int
	code, allow                       string
	headers                           []string
}

// errorCases covers every error the API answers (the OpenAPI test checks
// each is documented, too).
func errorCases(t *testing.T) []errorCase {
	txt := fixture(t, "resume.txt")
	pdf := fixture(t, "resume.pdf")
	jsonText := func(v any) []byte { return mustJSON(t, v) }
	twoFiles := []byte("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nx\r\n--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ny\r\n--b--\r\n")
	noFile, noFileType := form(t, nil, "", "role", "backend")
	unknownField, unknownFieldType := form(t, txt, "", "colour", "blue")
	formWrongType, formWrongTypeType := form(t, txt, "image/png")
	formRoleOnParse, formRoleOnParseType := form(t, txt, "", "role", "backend")
	formBadRole, formBadRoleType := form(t, txt, "", "role", "astronaut")
	formTwice, formTwiceType := form(t, txt, "", "asOf", testAsOf)
	return []errorCase{
		{name: "unknown path", method: "GET", target: "/nope", status: 404, code: codeNotFound},
		{name: "root", method: "GET", target: "/", status: 404, code: codeNotFound},
		{name: "trailing slash", method: "POST", target: "/v1/score/", status: 404, code: codeNotFound},
		{name: "case", method: "POST", target: "/v1/SCORE", status: 404, code: codeNotFound},
		{name: "options on unknown path", method: "OPTIONS", target: "/v2/score", status: 404, code: codeNotFound},
		{name: "GET score", method: "GET", target: "/v1/score", status: 405, code: codeMethodNotAllowed, allow: "POST, OPTIONS"},
		{name: "PUT parse", method: "PUT", target: "/v1/parse", status: 405, code: codeMethodNotAllowed, allow: "POST, OPTIONS"},
		{name: "POST healthz", method: "POST", target: "/healthz", status: 405, code: codeMethodNotAllowed, allow: "GET, HEAD, OPTIONS"},
		{name: "DELETE checks", method: "DELETE", target: "/v1/checks", status: 405, code: codeMethodNotAllowed, allow: "GET, HEAD, OPTIONS"},
		{name: "bad asOf", method: "POST", target: "/v1/score?asOf=2026-02-30", contentType: "text/plain", body: txt, status: 400, code: codeInvalidAsOf},
		{name: "asOf with time", method: "POST", target: "/v1/parse?asOf=2026-01-15T00:00:00Z", contentType: "text/plain", body: txt, status: 400, code: codeInvalidAsOf},
		{name: "empty asOf", method: "POST", target: "/v1/score?asOf=", contentType: "text/plain", body: txt, status: 400, code: codeInvalidAsOf},
		{name: "unknown role", method: "POST", target: "/v1/score?role=astronaut", contentType: "text/plain", body: txt, status: 400, code: codeUnknownRole},
		{name: "unknown role in a form", method: "POST", target: "/v1/score", contentType: formBadRoleType, body: formBadRole, status: 400, code: codeUnknownRole},
		{name: "unknown parameter", method: "POST", target: "/v1/score?roel=backend", contentType: "text/plain", body: txt, status: 400, code: codeBadParam},
		{name: "parameter twice", method: "POST", target: "/v1/score?role=backend&role=frontend", contentType: "text/plain", body: txt, status: 400, code: codeBadParam},
		{name: "bad query", method: "POST", target: "/v1/score?asOf=%zz", contentType: "text/plain", body: txt, status: 400, code: codeBadParam},
		{name: "role on parse", method: "POST", target: "/v1/parse?role=backend", contentType: "text/plain", body: txt, status: 400, code: codeBadParam},
		{name: "jd on parse", method: "POST", target: "/v1/parse?jd=Go", contentType: "text/plain", body: txt, status: 400, code: codeBadParam},
		{name: "jd not UTF-8", method: "POST", target: "/v1/score?jd=%ff%fe", contentType: "text/plain", body: txt, status: 400, code: codeBadParam},
		{name: "asOf in query and body", method: "POST", target: "/v1/score?asOf=" + testAsOf, contentType: "application/json",
			body: jsonText(map[string]string{"text": "Jane", "asOf": testAsOf}), status: 400, code: codeBadParam},
		{name: "asOf in query and form", method: "POST", target: "/v1/score?asOf=" + testAsOf, contentType: formTwiceType, body: formTwice, status: 400, code: codeBadParam},
		{name: "jobDescription on parse", method: "POST", target: "/v1/parse", contentType: "application/json",
			body: jsonText(map[string]string{"text": "Jane", "jobDescription": "Go"}), status: 400, code: codeBadParam},
		{name: "form role on parse", method: "POST", target: "/v1/parse", contentType: formRoleOnParseType, body: formRoleOnParse, status: 400, code: codeBadParam},
		{name: "form unknown field", method: "POST", target: "/v1/score", contentType: unknownFieldType, body: unknownField, status: 400, code: codeBadParam},
		{name: "bad JSON", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"text": "Jane`), status: 400, code: codeBadJSON},
		{name: "JSON trailing garbage", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"text": "Jane"} x`), status: 400, code: codeBadJSON},
		{name: "broken JSON Resume", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"basics": [}`), status: 400, code: codeBadJSON},
		{name: "empty JSON", method: "POST", target: "/v1/score", contentType: "application/json", body: nil, status: 400, code: codeBadJSON},
		{name: "JSON array", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`["Jane"]`), status: 400, code: codeBadJSON},
		{name: "JSON neither", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"name":"Jane"}`), status: 400, code: codeBadJSON},
		{name: "JSON text not a string", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"text": 42}`), status: 400, code: codeBadJSON},
		{name: "JSON role not a string", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"text": "Jane", "role": null}`), status: 400, code: codeBadJSON},
		{name: "JSON unknown member", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"text": "Jane", "basics": {}}`), status: 400, code: codeBadJSON},
		{name: "JSON text twice", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"text": "Jane", "text": "Joe"}`), status: 400, code: codeBadJSON},
		{name: "form without boundary", method: "POST", target: "/v1/score", contentType: "multipart/form-data", body: txt, status: 400, code: codeBadMultipart},
		{name: "form truncated", method: "POST", target: "/v1/score", contentType: noFileType, body: noFile[:len(noFile)-10], status: 400, code: codeBadMultipart},
		{name: "form without file", method: "POST", target: "/v1/score", contentType: noFileType, body: noFile, status: 400, code: codeBadMultipart},
		{name: "form with two files", method: "POST", target: "/v1/score", contentType: "multipart/form-data; boundary=b", body: twoFiles, status: 400, code: codeBadMultipart},
		{name: "xml", method: "POST", target: "/v1/score", contentType: "application/xml", body: txt, status: 415, code: codeUnsupportedType},
		{name: "form-urlencoded", method: "POST", target: "/v1/parse", contentType: "application/x-www-form-urlencoded", body: []byte("text=Jane"), status: 415, code: codeUnsupportedType},
		{name: "image", method: "POST", target: "/v1/score", contentType: "image/png", body: pdf, status: 415, code: codeUnsupportedType},
		{name: "latin-1 text", method: "POST", target: "/v1/score", contentType: "text/plain; charset=iso-8859-1", body: txt, status: 415, code: codeUnsupportedType},
		{name: "malformed type", method: "POST", target: "/v1/score", contentType: "text/plain; charset", body: txt, status: 415, code: codeUnsupportedType},
		{name: "gzip", method: "POST", target: "/v1/score", contentType: "application/pdf", body: pdf, status: 415, code: codeUnsupportedType, headers: []string{"Content-Encoding", "gzip"}},
		{name: "form file of another type", method: "POST", target: "/v1/score", contentType: formWrongTypeType, body: formWrongType, status: 415, code: codeUnsupportedType},
		{name: "declared too large", method: "POST", target: "/v1/score", contentType: "application/pdf", body: []byte("%PDF-1.7"), status: 413, code: string(extract.KindTooLarge),
			headers: []string{"content-length", strconv.Itoa(extract.DefaultLimits.MaxBytes + 1)}},
		{name: "too large", method: "POST", target: "/v1/score", contentType: "text/plain", body: bytes.Repeat([]byte("a"), extract.DefaultLimits.MaxBytes+1), status: 413, code: string(extract.KindTooLarge)},
		{name: "garbage", method: "POST", target: "/v1/score", body: []byte("\x00\x01\x02 not a résumé \xff\xfe"), status: 422, code: string(extract.KindUnsupported)},
		{name: "empty", method: "POST", target: "/v1/score", status: 422, code: string(extract.KindEmpty)},
		{name: "blank text", method: "POST", target: "/v1/parse", contentType: "text/plain", body: []byte(" \n\t\n"), status: 422, code: string(extract.KindEmpty)},
		{name: "empty JSON text", method: "POST", target: "/v1/score", contentType: "application/json", body: []byte(`{"text": ""}`), status: 422, code: string(extract.KindEmpty)},
		{name: "legacy doc", method: "POST", target: "/v1/score", contentType: typeDOC, body: []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest of an OLE file"), status: 422, code: string(extract.KindUnsupported)},
		{name: "text sent as PDF", method: "POST", target: "/v1/score", contentType: "application/pdf", body: txt, status: 422, code: string(extract.KindUnsupported)},
		{name: "PDF sent as DOCX", method: "POST", target: "/v1/score", contentType: typeDOCX, body: pdf, status: 422, code: string(extract.KindUnsupported)},
		{name: "PDF sent as text", method: "POST", target: "/v1/parse", contentType: "text/plain", body: pdf, status: 422, code: string(extract.KindUnsupported)},
		{name: "damaged PDF", method: "POST", target: "/v1/score", contentType: "application/pdf", body: []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer\n%%EOF\n"), status: 422, code: string(extract.KindDamaged)},
	}
}

func TestErrors(t *testing.T) {
	a, _ := newTestAPI(t)
	for _, tc := range errorCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			res := a.Handle(req(tc.method, tc.target, tc.contentType, tc.body, tc.headers...))
			checkError(t, res, tc.status, tc.code)
			if got := res.Header.Get("Allow"); got != tc.allow {
				t.Errorf("Allow = %q, want %q", got, tc.allow)
			}
			if tc.status == 413 || tc.code == string(extract.KindEmpty) {
				e := checkError(t, res, tc.status, tc.code)
				if want := (&extract.Error{Kind: extract.Kind(tc.code), Detail: "10 MB"}).Error(); e.Error.Message != want {
					t.Errorf("message = %q, want the engine's %q", e.Error.Message, want)
				}
			}
		})
	}
}

func TestPanicBecomesJSON500(t *testing.T) {
	a, rec := newTestAPI(t)
	a.routes["/boom"] = &route{path: "/boom", methods: []string{"GET"}, get: func(*Request) *Response { panic("SECRETCONTENT") }}
	checkError(t, a.Handle(req("GET", "/boom", "", nil)), 500, codeInternal)
	if strings.Contains(rec.String(), "SECRET") {
		t.Errorf("the log quotes the panic value:\n%s", rec)
	}
	if !strings.Contains(rec.String(), "panic") {
		t.Errorf("the panic is not logged:\n%s", rec)
	}
}

// TestLogsHoldNoContent sends a résumé holding a unique marker through every
// route and error path, and checks no log line holds the marker.
func TestLogsHoldNoContent(t *testing.T) {
	const marker = "Zqxmarker7731"
	a, rec := newTestAPI(t)
	txt := append([]byte("Jane "+marker+" Doe\n"+marker+"@example.com\n\n"), fixture(t, "resume.txt")...)
	jr := strings.Replace(jsonResume, "Ana Silva", "Ana "+marker, 1)
	formBody, formType := form(t, txt, "", "jd", marker)
	badForm, badFormType := form(t, txt, "", marker, marker)
	reqs := []*Request{
		req("POST", "/v1/score", "text/plain", txt),
		req("POST", "/v1/parse", "text/plain", txt),
		req("POST", "/v1/score", "application/json", []byte(jr)),
		req("POST", "/v1/score", "application/json", mustJSON(t, map[string]string{"text": string(txt), "jobDescription": marker})),
		req("POST", "/v1/score", formType, formBody),
		req("POST", "/v1/score", badFormType, badForm),
		req("POST", "/v1/score?role="+marker, "text/plain", txt),
		req("POST", "/v1/score?asOf="+marker, "text/plain", txt),
		req("POST", "/v1/score?"+marker+"=1", "text/plain", txt),
		req("POST", "/v1/score", "application/pdf", txt),
		req("POST", "/v1/score", "application/"+marker, txt),
		req("POST", "/v1/score", "application/json", []byte(`{"text":"`+marker)),
		req("POST", "/v1/score", "application/json", []byte(`{"`+marker+`":"x","text":"y"}`)),
		req("POST", "/v1/score", "", append([]byte("\x00\x01"), txt...)),
		req("POST", "/v1/score", "text/plain", append(txt, bytes.Repeat([]byte("a"), extract.DefaultLimits.MaxBytes)...)),
		req("GET", "/v1/score?"+marker, "", nil),
	}
	for _, r := range reqs {
		a.Handle(r)
	}
	if len(rec.lines) < 10 {
		t.Errorf("only %d log lines: the error paths are expected to log", len(rec.lines))
	}
	if strings.Contains(rec.String(), marker) {
		t.Errorf("the log holds request content:\n%s", rec)
	}
}

// TestNeverServerErrorForBadInput sends broken and hostile bodies under every
// content type: each must get a 200 or a 4xx, never a 5xx.
func TestNeverServerErrorForBadInput(t *testing.T) {
	pdf := fixture(t, "resume.pdf")
	docx := fixture(t, docxPath)
	bodies := map[string][]byte{
		"nothing":          nil,
		"pdf header only":  []byte("%PDF-1.7\n"),
		"truncated pdf":    pdf[:len(pdf)/2],
		"pdf tail only":    pdf[len(pdf)/2:],
		"zeros":            bytes.Repeat([]byte{0}, 64),
		"zip header":       []byte("PK\x03\x04rest"),
		"truncated docx":   docx[:len(docx)/2],
		"invalid utf-8":    []byte("Jane \xc3\x28 Doe"),
		"one byte":         []byte("x"),
		"json resume":      []byte(jsonResume),
		"deep json":        []byte(strings.Repeat(`{"basics":`, 5000) + strings.Repeat("}", 5000)),
		"deep array":       []byte(`{"text":"x","role":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + "}"),
		"json text":        []byte(`{"text":"Jane \ud800 Doe\u0000"}`),
		"json resume junk": []byte(`{"basics":{"name":1},"work":"x","skills":[null,{"keywords":{}}]}`),
		"boundary only":    []byte("--b--"),
		"form parts":       []byte("--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n%PDF-1.4 x\r\n--b--"),
		"form lf":          []byte("--b\nContent-Disposition: form-data; name=\"file\"\n\nJane Doe\n--b--\n"),
		"form no headers":  []byte("--b\r\n\r\nx\r\n--b--"),
	}
	corrupt := bytes.Clone(pdf)
	for i := len(corrupt) / 3; i < len(corrupt); i += 97 {
		corrupt[i] ^= 0x5a
	}
	bodies["corrupted pdf"] = corrupt
	types := []string{"", "application/pdf", typeDOCX, typeDOC, "text/plain", "text/markdown", "application/json",
		"application/octet-stream", "multipart/form-data; boundary=b", "multipart/form-data; boundary=\"\"", "text/html", "*/*", ";;;"}
	a, _ := newTestAPI(t)
	for name, body := range bodies {
		for _, ct := range types {
			for _, path := range []string{"/v1/score", "/v1/parse"} {
				res := a.Handle(req("POST", path, ct, body))
				if res.Status >= 500 {
					t.Errorf("%s as %q to %s: status %d: %s", name, ct, path, res.Status, res.Body)
				}
				if res.Status != 200 && !json.Valid(res.Body) {
					t.Errorf("%s as %q: error body is not JSON: %s", name, ct, res.Body)
				}
			}
		}
	}
}

// TestConcurrentRequests checks one handler serves overlapping requests with
// identical results (run with -race): the edge reuses one instance.
func TestConcurrentRequests(t *testing.T) {
	a, _ := newTestAPI(t)
	inputs := [][]byte{fixture(t, "resume.txt"), fixture(t, "resume.pdf")}
	var want [][]byte
	for _, in := range inputs {
		want = append(want, a.Handle(req("POST", "/v1/score?asOf="+testAsOf, "", in)).Body)
	}
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Go(func() {
			k := i % len(inputs)
			res := a.Handle(req("POST", "/v1/score?asOf="+testAsOf, "", inputs[k]))
			if res.Status != 200 || !bytes.Equal(res.Body, want[k]) {
				t.Errorf("request %d: status %d, body differs from the sequential one", i, res.Status)
			}
			if res := a.Handle(req("GET", "/v1/checks", "", nil)); res.Status != 200 {
				t.Errorf("checks: %d", res.Status)
			}
		})
	}
	wg.Wait()
}

// TestShimBodyBoundCoversCap checks the shim reads more of a body than the
// handler accepts, so an oversize body reaches the handler still oversize
// (and gets its 413) rather than cut to a size that would be scored.
func TestShimBodyBoundCoversCap(t *testing.T) {
	src, err := os.ReadFile("shim/worker.mjs")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^const BODY_BOUND = (\d+) << 20;`).FindSubmatch(src)
	if m == nil {
		t.Fatal("shim/worker.mjs: no `const BODY_BOUND = N << 20;` line")
	}
	mib, _ := strconv.Atoi(string(m[1]))
	if bound, limit := mib<<20, newAPI(nil).maxBytes; bound <= limit {
		t.Errorf("the shim's BODY_BOUND (%d bytes) must be above the handler's cap (%d bytes)", bound, limit)
	}
}

// TestWarmInputs checks what a new instance runs before its first request
// succeeds (so it exercises the paths requests take).
func TestWarmInputs(t *testing.T) {
	a, _ := newTestAPI(t)
	if got := extract.Sniff([]byte(warmPDF)); got != "pdf" {
		t.Fatalf("warmPDF sniffs as %q", got)
	}
	for i, res := range warm(a) {
		if res.Status != 200 {
			t.Errorf("warm request %d: status %d: %s", i, res.Status, res.Body)
		}
	}
	doc, err := engine.Read(context.Background(), engine.Input{Data: []byte(warmPDF)}, engine.Options{})
	if err != nil || !strings.Contains(doc.Text(), "Cut build time by 40%") {
		t.Errorf("warmPDF reads as %v, %v", doc, err)
	}
}
