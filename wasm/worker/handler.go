// Command worker is the edge face of resumescore: the engine behind an HTTP
// API, run as a Cloudflare Worker.
//
// This file holds the API itself as plain Go: Handle takes a Request (method,
// path, query, headers, the body bytes) and returns a Response (status,
// headers, body bytes). It imports neither net/http nor syscall/js, so it is
// tested natively, and the Worker build does not carry net/http:
//
//   - main.go (js/wasm) publishes Handle to JavaScript through syscall/js; our
//     shim (shim/worker.mjs) calls it with the request's bytes;
//   - http.go wraps it as a net/http Handler, for native tests, for
//     `go run ./wasm/worker` (main_native.go) and for the build with the
//     stock syumai/workers shim that `make bench` compares against
//     (main_syumai.go, build tag syumai).
//
// There is no scoring logic here: the bodies are the engine's bytes,
// unchanged (engine.ScoreJSON, engine.ParseJSON, engine.RegistryJSON,
// engine.ProfilesJSON). The handler keeps no per-request state outside the
// request: one Go instance serves many requests.
package main

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/engine"
	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/score"
)

// openAPI is the API's OpenAPI 3.1 description, served at /openapi.json
// (handler_test.go checks it against what the handler does).
//
//go:embed openapi.json
var openAPI []byte

// Error codes of the edge API besides the extract kinds (which are passed
// through as the codes of 413 and 422 responses).
const (
	codeNotFound         = "not_found"
	codeMethodNotAllowed = "method_not_allowed"
	codeBadParam         = "bad_param"
	codeInvalidAsOf      = "invalid_as_of"
	codeUnknownRole      = "unknown_role"
	codeBadJSON          = "bad_json"
	codeBadMultipart     = "bad_multipart"
	codeUnsupportedType  = "unsupported_media_type"
	codeInternal         = "internal"
)

// Response headers every answer carries.
const (
	headerVersion   = "Resumescore-Version"
	headerAlgorithm = "Resumescore-Algorithm"
)

// Media types the POST routes read.
const (
	typePDF       = "application/pdf"
	typeDOCX      = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	typeDOC       = "application/msword"
	typeText      = "text/plain"
	typeMarkdown  = "text/markdown"
	typeJSON      = "application/json"
	typeOctet     = "application/octet-stream"
	typeMultipart = "multipart/form-data"
)

// Field is one header line. Names are compared case-insensitively.
type Field struct{ Name, Value string }

// Header is an ordered list of header fields.
type Header []Field

// Get returns the first value of name, or "".
func (h Header) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Set replaces every value of name with value.
func (h *Header) Set(name, value string) {
	*h = slices.DeleteFunc(*h, func(f Field) bool { return strings.EqualFold(f.Name, name) })
	*h = append(*h, Field{name, value})
}

// Request is one HTTP request as a transport hands it over.
type Request struct {
	Method string
	Path   string // the URL's path, not unescaped
	Query  string // the raw query, without '?'
	Header Header
	Body   []byte
	// ContentLength is the declared body length, -1 when not declared.
	ContentLength int64
}

// Response is the whole answer: Handle always fills Status and Header.
type Response struct {
	Status int
	Header Header
	Body   []byte
	// An error response's code and message (for the log, and for tests).
	code, message string
}

// api is the edge HTTP API. The zero value is not usable; use newAPI.
type api struct {
	maxBytes int              // request body cap, in bytes
	now      func() time.Time // the clock, only for the default asOf
	logf     func(format string, args ...any)
	routes   map[string]*route

	// The static documents, encoded on first use (they never change).
	checksOnce, rolesOnce sync.Once
	checks, roles         []byte
}

// route is one path and the handler of each method it accepts. HEAD is
// answered for every GET, OPTIONS (CORS preflight) for every route.
type route struct {
	path    string
	methods []string // what Allow lists, in order
	get     func(*Request) *Response
	post    func(*Request) *Response
}

// newAPI returns the handler with the engine's default input cap and the
// real clock. logf may be nil (no logging); it never receives résumé content.
func newAPI(logf func(format string, args ...any)) *api {
	a := &api{
		maxBytes: extract.DefaultLimits.MaxBytes,
		now:      time.Now,
		logf:     logf,
	}
	if a.logf == nil {
		a.logf = func(string, ...any) {}
	}
	a.routes = map[string]*route{}
	for _, r := range []*route{
		{path: "/v1/score", post: a.score},
		{path: "/v1/parse", post: a.parse},
		{path: "/v1/roles", get: a.rolesDoc},
		{path: "/v1/checks", get: a.checksDoc},
		{path: "/healthz", get: a.healthz},
		{path: "/openapi.json", get: a.openapi},
	} {
		if r.get != nil {
			r.methods = append(r.methods, "GET", "HEAD")
		}
		if r.post != nil {
			r.methods = append(r.methods, "POST")
		}
		r.methods = append(r.methods, "OPTIONS")
		a.routes[r.path] = r
	}
	return a
}

// Handle answers one request. It never panics: a panic below (a bug) becomes
// a JSON 500 and the instance keeps serving.
func (a *api) Handle(req *Request) (res *Response) {
	start := time.Now()
	defer func() {
		if v := recover(); v != nil {
			// The panic value's type only: it may hold input bytes.
			a.logf("resumescore: panic serving %s %s: %T", safeMethod(req.Method), safePath(req.Path), v)
			res = errorResponse(500, codeInternal, "an internal error occurred; please try again or report it")
		}
		res.Header.Set("Access-Control-Allow-Origin", "*")
		res.Header.Set("Access-Control-Expose-Headers", headerVersion+", "+headerAlgorithm)
		res.Header.Set(headerVersion, engine.Version)
		res.Header.Set(headerAlgorithm, score.Algorithm)
		if res.Status >= 400 {
			// Method, path, status and code: never the body, the query or
			// the message (which may quote a parameter).
			a.logf("resumescore: %s %s -> %d %s (%v)", safeMethod(req.Method), safePath(req.Path), res.Status,
				res.code, time.Since(start).Round(time.Millisecond))
		}
	}()
	rt, ok := a.routes[req.Path]
	if !ok {
		return errorResponse(404, codeNotFound, fmt.Sprintf("no such endpoint: %s; see /openapi.json", safePath(req.Path)))
	}
	switch {
	case req.Method == "OPTIONS":
		return a.preflight(rt)
	case (req.Method == "GET" || req.Method == "HEAD") && rt.get != nil:
		res := rt.get(req)
		if req.Method == "HEAD" {
			res.Header.Set("Content-Length", strconv.Itoa(len(res.Body)))
			res.Body = nil
		}
		return res
	case req.Method == "POST" && rt.post != nil:
		return rt.post(req)
	}
	res = errorResponse(405, codeMethodNotAllowed,
		fmt.Sprintf("%s does not accept %s; use %s", rt.path, safeMethod(req.Method), strings.Join(rt.methods, " or ")))
	res.Header.Set("Allow", strings.Join(rt.methods, ", "))
	return res
}

// preflight answers a CORS preflight: any origin, the route's methods, the
// request headers a browser sends with a file, cached for a day.
func (a *api) preflight(rt *route) *Response {
	res := &Response{Status: 204}
	res.Header.Set("Allow", strings.Join(rt.methods, ", "))
	res.Header.Set("Access-Control-Allow-Methods", strings.Join(rt.methods, ", "))
	res.Header.Set("Access-Control-Allow-Headers", "Content-Type, Accept")
	res.Header.Set("Access-Control-Max-Age", "86400")
	res.Header.Set("Cache-Control", "public, max-age=86400")
	return res
}

// safeMethod and safePath keep what the log and messages echo short and
// printable.
func safeMethod(m string) string { return clip(m, 16) }
func safePath(p string) string   { return clip(p, 80) }

func clip(s string, n int) string {
	if len(s) > n {
		s = s[:n]
	}
	q := strconv.Quote(s)
	return q[1 : len(q)-1]
}

// healthz answers GET /healthz.
func (a *api) healthz(*Request) *Response {
	b := append([]byte(`{"ok":true,"version":`), engine.AppendJSONString(nil, engine.Version)...)
	b = append(append(b, `,"algorithm":`...), engine.AppendJSONString(nil, score.Algorithm)...)
	return bodyResponse(append(b, "}\n"...))
}

// openapi answers GET /openapi.json.
func (a *api) openapi(*Request) *Response {
	return staticJSON(openAPI)
}

// checksDoc answers GET /v1/checks: the registry as `resumescore checks
// --json` prints it.
func (a *api) checksDoc(*Request) *Response {
	a.checksOnce.Do(func() { a.checks = engine.RegistryJSON() })
	return staticJSON(a.checks)
}

// rolesDoc answers GET /v1/roles: the profiles as `resumescore roles --json`
// prints them.
func (a *api) rolesDoc(*Request) *Response {
	a.rolesOnce.Do(func() { a.roles = engine.ProfilesJSON() })
	return staticJSON(a.roles)
}

// score answers POST /v1/score with the report engine.ScoreJSON writes.
func (a *api) score(req *Request) *Response {
	in, opt, res := a.input(req, true)
	if res != nil {
		return res
	}
	out, err := engine.ScoreJSON(context.Background(), in, opt)
	if err != nil {
		return a.fail(err)
	}
	return bodyResponse(out)
}

// parse answers POST /v1/parse with the résumé as `resumescore parse` prints
// it.
func (a *api) parse(req *Request) *Response {
	in, opt, res := a.input(req, false)
	if res != nil {
		return res
	}
	out, err := engine.ParseJSON(context.Background(), in, opt)
	if err != nil {
		return a.fail(err)
	}
	return bodyResponse(out)
}

// options are the settings a POST may carry, from the query, a JSON body or
// form fields. set records which were given, to refuse one given twice.
type options struct {
	role, asOf, jd string
	set            map[string]bool
}

// put records one setting; scoring says whether role and jd apply.
func (o *options) put(name, value string, scoring bool) *Response {
	if o.set == nil {
		o.set = map[string]bool{}
	}
	switch name {
	case "role", "jd":
		if !scoring {
			return errorResponse(400, codeBadParam, fmt.Sprintf("%s applies to /v1/score only; /v1/parse takes asOf", name))
		}
	case "asOf":
	default:
		return errorResponse(400, codeBadParam, fmt.Sprintf("unknown parameter %q; this endpoint takes %s", clip(name, 40), paramList(scoring)))
	}
	if o.set[name] {
		return errorResponse(400, codeBadParam, fmt.Sprintf("%s is given twice (query, body or form); give it once", name))
	}
	o.set[name] = true
	switch name {
	case "role":
		o.role = value
	case "asOf":
		o.asOf = value
	case "jd":
		if !utf8.ValidString(value) {
			return errorResponse(400, codeBadParam, "the job description must be UTF-8 text")
		}
		o.jd = value
	}
	return nil
}

func paramList(scoring bool) string {
	if scoring {
		return "role, asOf and jd"
	}
	return "asOf"
}

// input reads what a POST asks for: the résumé bytes and the engine options.
// A non-nil Response is the error to answer instead.
func (a *api) input(req *Request, scoring bool) (engine.Input, engine.Options, *Response) {
	var o options
	q, err := parseQuery(req.Query)
	if err != nil {
		return engine.Input{}, engine.Options{}, errorResponse(400, codeBadParam, "the query string is malformed")
	}
	names := make([]string, 0, len(q))
	for name := range q {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if len(q[name]) > 1 {
			return engine.Input{}, engine.Options{}, errorResponse(400, codeBadParam, fmt.Sprintf("%s is given twice in the query; give it once", clip(name, 40)))
		}
		if res := o.put(name, q[name][0], scoring); res != nil {
			return engine.Input{}, engine.Options{}, res
		}
	}
	if ce := strings.TrimSpace(req.Header.Get("Content-Encoding")); ce != "" && !strings.EqualFold(ce, "identity") {
		return engine.Input{}, engine.Options{}, errorResponse(415, codeUnsupportedType,
			fmt.Sprintf("Content-Encoding %s is not accepted; send the file uncompressed", clip(ce, 40)))
	}
	mediaType, params, res := mediaTypeOf(req.Header.Get("Content-Type"))
	if res != nil {
		return engine.Input{}, engine.Options{}, res
	}
	if req.ContentLength > int64(a.maxBytes) || len(req.Body) > a.maxBytes {
		return engine.Input{}, engine.Options{}, a.tooLarge()
	}
	var data []byte
	if mediaType == typeMultipart {
		data, res = a.form(req.Body, params, &o, scoring)
	} else {
		data, res = a.body(req.Body, mediaType, params, &o, scoring, true)
	}
	if res != nil {
		return engine.Input{}, engine.Options{}, res
	}
	opt := engine.Options{Role: o.role, JD: o.jd, Limits: extract.Limits{MaxBytes: a.maxBytes}}
	if o.set["asOf"] {
		t, err := engine.ParseDate(o.asOf)
		if err != nil {
			return engine.Input{}, engine.Options{}, errorResponse(400, codeInvalidAsOf,
				fmt.Sprintf("asOf wants a date as YYYY-MM-DD, not %q", clip(o.asOf, 40)))
		}
		opt.AsOf = t
	} else {
		y, m, d := a.now().UTC().Date()
		opt.AsOf = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	if o.role != "" && !engine.KnownRole(o.role) {
		return engine.Input{}, engine.Options{}, errorResponse(400, codeUnknownRole,
			fmt.Sprintf("unknown role %q; GET /v1/roles lists them", clip(o.role, 40)))
	}
	return engine.Input{Data: data}, opt, nil
}

// mediaTypeOf reads a Content-Type header; no header means "find out from
// the bytes", as application/octet-stream does.
func mediaTypeOf(header string) (string, map[string]string, *Response) {
	if strings.TrimSpace(header) == "" {
		return typeOctet, nil, nil
	}
	mt, params, err := parseMediaType(header)
	if err != nil {
		return "", nil, errorResponse(415, codeUnsupportedType, "the Content-Type header cannot be read; "+acceptedTypes)
	}
	switch mt {
	case typePDF, typeDOCX, typeDOC, typeText, typeMarkdown, typeJSON, typeOctet, typeMultipart:
	default:
		return "", nil, errorResponse(415, codeUnsupportedType, fmt.Sprintf("%s is not accepted; %s", clip(mt, 60), acceptedTypes))
	}
	if cs, ok := params["charset"]; ok && mt != typeMultipart {
		if cs = strings.ToLower(cs); cs != "utf-8" && cs != "utf8" && cs != "us-ascii" {
			return "", nil, errorResponse(415, codeUnsupportedType, fmt.Sprintf("charset %s is not accepted; send UTF-8", clip(cs, 40)))
		}
	}
	return mt, params, nil
}

const acceptedTypes = "send application/pdf, the DOCX type, text/plain, application/json (a JSON Resume or {\"text\": …}) or multipart/form-data with a file field"

// body checks a résumé body against its declared type and returns the bytes
// the engine reads. wrapper allows the JSON form {text, role, jobDescription,
// asOf} (a request body; not a form's file).
func (a *api) body(data []byte, mediaType string, params map[string]string, o *options, scoring, wrapper bool) ([]byte, *Response) {
	switch mediaType {
	case typeJSON:
		return a.jsonBody(data, o, scoring, wrapper)
	case typeOctet, typeDOC:
		return data, nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return data, nil // the engine says it is empty
	}
	want, name := "", ""
	switch mediaType {
	case typePDF:
		want, name = "pdf", "a PDF"
	case typeDOCX:
		want, name = "zip", "a DOCX file"
	case typeText, typeMarkdown:
		want, name = "text", "UTF-8 text"
	}
	if got := extract.Sniff(data); got != want && !(want == "zip" && got == "ole") {
		return nil, errorResponse(422, string(extract.KindUnsupported),
			fmt.Sprintf("the body is not %s, though Content-Type says %s; send the file with its own type (or application/octet-stream)", name, mediaType))
	}
	return data, nil
}

// jsonBody reads application/json: {text, role, jobDescription, asOf} (a
// request body with a text member, when wrapper), or a JSON Resume document,
// which the engine reads as it is.
func (a *api) jsonBody(data []byte, o *options, scoring, wrapper bool) ([]byte, *Response) {
	trimmed := bytes.TrimPrefix(data, []byte("\ufeff"))
	members, err := readJSONObject(trimmed)
	switch {
	case len(bytes.TrimSpace(trimmed)) == 0:
		return nil, errorResponse(400, codeBadJSON, "the JSON body is empty")
	case err == errNotObject:
		return nil, errorResponse(400, codeBadJSON, "the JSON body must be an object: a JSON Resume or {\"text\": …}")
	case err != nil:
		return nil, errorResponse(400, codeBadJSON, "the body is not valid JSON")
	}
	hasText := slices.ContainsFunc(members, func(m jsonMember) bool { return m.Key == "text" })
	if !hasText || !wrapper {
		if !engine.IsJSONResume(data) {
			return nil, errorResponse(400, codeBadJSON, "the JSON is neither a JSON Resume (an object with basics, work, education or skills) nor {\"text\": …}")
		}
		return data, nil
	}
	var text string
	for _, m := range members {
		name := m.Key
		switch m.Key {
		case "text", "role", "asOf":
		case "jobDescription":
			name = "jd"
		default:
			return nil, errorResponse(400, codeBadJSON, fmt.Sprintf("unknown member %q; a JSON body with text takes text, role, jobDescription and asOf", clip(m.Key, 40)))
		}
		if !m.IsString {
			return nil, errorResponse(400, codeBadJSON, fmt.Sprintf("%s must be a string", m.Key))
		}
		if m.Key == "text" {
			if text != "" {
				return nil, errorResponse(400, codeBadJSON, "text is given twice")
			}
			text = m.Str
			continue
		}
		if res := o.put(name, m.Str, scoring); res != nil {
			if name == "jd" {
				res = errorResponse(400, res.code, strings.ReplaceAll(res.message, "jd", "jobDescription"))
			}
			return nil, res
		}
	}
	return []byte(text), nil
}

// form reads multipart/form-data: the file field is the résumé, role, jd
// and asOf fields are settings.
func (a *api) form(data []byte, params map[string]string, o *options, scoring bool) ([]byte, *Response) {
	parts, err := parseMultipart(data, params["boundary"])
	if err != nil {
		return nil, errorResponse(400, codeBadMultipart, "the multipart/form-data body cannot be read: "+err.Error())
	}
	var file *formPart
	for i := range parts {
		p := &parts[i]
		if p.name == "file" {
			if file != nil {
				return nil, errorResponse(400, codeBadMultipart, "the form has two file fields; send one résumé per request")
			}
			file = p
			continue
		}
		if p.name == "" {
			return nil, errorResponse(400, codeBadMultipart, "a form part has no name")
		}
		if res := o.put(p.name, string(p.body), scoring); res != nil {
			return nil, res
		}
	}
	if file == nil {
		return nil, errorResponse(400, codeBadMultipart, "the form has no file field")
	}
	mt, params, res := mediaTypeOf(file.contentType)
	if res != nil {
		return nil, res
	}
	if mt == typeMultipart {
		return nil, errorResponse(415, codeUnsupportedType, "the file field cannot itself be multipart")
	}
	return a.body(file.body, mt, params, o, scoring, false)
}

// fail answers an engine error: an *extract.Error is the input's fault (413
// when too large, 422 otherwise, its Kind as the code); anything else is ours.
func (a *api) fail(err error) *Response {
	var xe *extract.Error
	if errors.As(err, &xe) {
		status := 422
		if xe.Kind == extract.KindTooLarge {
			status = 413
		}
		return errorResponse(status, string(xe.Kind), xe.Error())
	}
	var re *engine.RoleError
	if errors.As(err, &re) { // checked before; kept for safety
		return errorResponse(400, codeUnknownRole, "unknown role; GET /v1/roles lists them")
	}
	return a.internal("engine", err)
}

func (a *api) internal(where string, err error) *Response {
	a.logf("resumescore: %s: internal error: %T", where, err)
	return errorResponse(500, codeInternal, "an internal error occurred; please try again or report it")
}

func (a *api) tooLarge() *Response {
	e := &extract.Error{Kind: extract.KindTooLarge, Detail: humanBytes(a.maxBytes)}
	return errorResponse(413, string(e.Kind), e.Error())
}

func humanBytes(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return strconv.Itoa(n>>20) + " MB"
	}
	if n >= 1<<10 {
		return strconv.Itoa(n>>10) + " KB"
	}
	return strconv.Itoa(n) + " bytes"
}

// errorResponse is the JSON error every failure answers:
// {"error":{"code":…,"message":…}}.
func errorResponse(status int, code, message string) *Response {
	b := append([]byte(`{"error":{"code":`), engine.AppendJSONString(nil, code)...)
	b = append(append(b, `,"message":`...), engine.AppendJSONString(nil, message)...)
	res := bodyResponse(append(b, "}}\n"...))
	res.Status, res.code, res.message = status, code, message
	return res
}

// bodyResponse is a 200 with a JSON body that must not be cached.
func bodyResponse(b []byte) *Response {
	return &Response{Status: 200, Body: b, Header: Header{
		{"Content-Type", "application/json"},
		{"Cache-Control", "no-store"},
		{"X-Content-Type-Options", "nosniff"},
	}}
}

// staticJSON is a 200 with a JSON document that changes only with a release.
func staticJSON(b []byte) *Response {
	return &Response{Status: 200, Body: b, Header: Header{
		{"Content-Type", "application/json"},
		{"Cache-Control", "public, max-age=3600"},
		{"X-Content-Type-Options", "nosniff"},
	}}
}
