package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The OpenAPI document (openapi.json) is checked against the handler: it is
// OpenAPI 3.1; every route and method the handler serves is described, and
// nothing else; every $ref resolves; every example fits its schema; and what
// the handler answers — each success, each error case of errorCases — fits
// the schema the document gives for that operation and status. The schemas
// are checked with the small JSON Schema validator below (the keywords the
// document uses; an unknown keyword fails the test, so the validator never
// silently ignores part of a schema).

func loadOpenAPI(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	dec := json.NewDecoder(bytes.NewReader(openAPI))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("openapi.json is not JSON: %v", err)
	}
	return doc
}

var httpMethods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

func TestOpenAPIDocument(t *testing.T) {
	doc := loadOpenAPI(t)
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.1.") {
		t.Fatalf("openapi = %q, want 3.1.x", v)
	}
	info, _ := doc["info"].(map[string]any)
	if info["title"] == nil || info["version"] == nil {
		t.Error("info needs title and version")
	}
	// Every $ref resolves.
	walk(doc, func(v map[string]any) {
		if ref, ok := v["$ref"].(string); ok {
			if _, err := resolve(doc, ref); err != nil {
				t.Errorf("$ref %s: %v", ref, err)
			}
		}
	})
	// The paths are the handler's routes, with its methods.
	a, _ := newTestAPI(t)
	paths, _ := doc["paths"].(map[string]any)
	for path, rt := range a.routes {
		item, ok := paths[path].(map[string]any)
		if !ok {
			t.Errorf("route %s is not documented", path)
			continue
		}
		var documented []string
		for _, m := range httpMethods {
			if item[m] != nil {
				documented = append(documented, strings.ToUpper(m))
			}
		}
		want := slices.Clone(rt.methods)
		sort.Strings(want)
		sort.Strings(documented)
		if !slices.Equal(documented, want) {
			t.Errorf("%s: documented methods %v, the handler serves %v", path, documented, want)
		}
	}
	for path := range paths {
		if a.routes[path] == nil {
			t.Errorf("documented path %s is not served", path)
		}
	}
	// Operation ids are unique; every operation has responses.
	ids := map[string]bool{}
	for path, item := range paths {
		for _, m := range httpMethods {
			op, ok := item.(map[string]any)[m].(map[string]any)
			if !ok {
				continue
			}
			id, _ := op["operationId"].(string)
			if id == "" || ids[id] {
				t.Errorf("%s %s: operationId %q missing or repeated", m, path, id)
			}
			ids[id] = true
			if rs, _ := op["responses"].(map[string]any); len(rs) == 0 {
				t.Errorf("%s %s: no responses", m, path)
			}
		}
	}
	// Every example fits its schema.
	v := &validator{doc: doc}
	walk(doc, func(obj map[string]any) {
		schema, ok := obj["schema"].(map[string]any)
		if !ok {
			return
		}
		if ex, ok := obj["example"]; ok {
			if err := v.check(schema, ex, "example"); err != nil {
				t.Errorf("an example does not fit its schema: %v", err)
			}
		}
		if exs, ok := obj["examples"].(map[string]any); ok {
			for name, e := range exs {
				ex := e.(map[string]any)["value"]
				if err := v.check(schema, ex, name); err != nil {
					t.Errorf("example %s does not fit its schema: %v", name, err)
				}
			}
		}
	})
}

// TestOpenAPIDescribesTheAnswers sends requests of every kind and checks
// each answer against the document: its status is listed for the
// operation (404 and 405 under components.responses), its headers and its
// body fit.
func TestOpenAPIDescribesTheAnswers(t *testing.T) {
	doc := loadOpenAPI(t)
	v := &validator{doc: doc}
	a, _ := newTestAPI(t)
	txt, pdf := fixture(t, "resume.txt"), fixture(t, pdf2Path)
	formBody, formType := form(t, pdf, "application/pdf", "role", "backend", "jd", "Go, SQL", "asOf", testAsOf)
	cases := []errorCase{
		{method: "GET", target: "/healthz", status: 200},
		{method: "HEAD", target: "/healthz", status: 200},
		{method: "GET", target: "/v1/checks", status: 200},
		{method: "GET", target: "/v1/roles", status: 200},
		{method: "HEAD", target: "/v1/roles", status: 200},
		{method: "GET", target: "/openapi.json", status: 200},
		{method: "OPTIONS", target: "/v1/score", status: 204},
		{method: "OPTIONS", target: "/healthz", status: 204},
		{method: "POST", target: "/v1/score?asOf=" + testAsOf, contentType: "application/pdf", body: pdf, status: 200},
		{method: "POST", target: "/v1/score", contentType: formType, body: formBody, status: 200},
		{method: "POST", target: "/v1/score?role=backend", contentType: "application/json", body: []byte(jsonResume), status: 200},
		{method: "POST", target: "/v1/score", contentType: "application/json", body: mustJSON(t, map[string]string{"text": string(txt), "jobDescription": "Go"}), status: 200},
		{method: "POST", target: "/v1/parse", contentType: "text/plain", body: txt, status: 200},
		{method: "POST", target: "/v1/parse", contentType: "application/json", body: []byte(jsonResume), status: 200},
	}
	cases = append(cases, errorCases(t)...)
	components := doc["components"].(map[string]any)["responses"].(map[string]any)
	codes := map[string]bool{}
	for _, tc := range cases {
		name := tc.method + " " + tc.target
		res := a.Handle(req(tc.method, tc.target, tc.contentType, tc.body, tc.headers...))
		if res.Status != tc.status {
			t.Errorf("%s: status %d, want %d", name, res.Status, tc.status)
			continue
		}
		var spec any
		path, _, _ := strings.Cut(tc.target, "?")
		switch res.Status {
		case 404:
			spec = components["NotFound"]
		case 405:
			spec = components["MethodNotAllowed"]
		default:
			op, err := resolve(doc, "#/paths/"+pointerEscape(path)+"/"+strings.ToLower(tc.method))
			if err != nil {
				t.Errorf("%s: the operation is not documented: %v", name, err)
				continue
			}
			spec = op.(map[string]any)["responses"].(map[string]any)[strconv.Itoa(res.Status)]
			if spec == nil {
				t.Errorf("%s: status %d is not documented for the operation", name, res.Status)
				continue
			}
		}
		resp, err := v.deref(spec)
		if err != nil {
			t.Fatal(err)
		}
		r := resp.(map[string]any)
		// Documented headers are sent, and fit.
		hs, _ := r["headers"].(map[string]any)
		for hname, h := range hs {
			got := res.Header.Get(hname)
			if got == "" {
				t.Errorf("%s: documented header %s is missing", name, hname)
				continue
			}
			hd, _ := v.deref(h)
			if err := v.check(hd.(map[string]any)["schema"].(map[string]any), got, hname); err != nil {
				t.Errorf("%s: header %s: %v", name, hname, err)
			}
		}
		for _, must := range []string{headerVersion, headerAlgorithm, "Access-Control-Allow-Origin"} {
			if hs[must] == nil {
				t.Errorf("%s: header %s is sent but not documented for status %d", name, must, res.Status)
			}
		}
		content, _ := r["content"].(map[string]any)
		if len(res.Body) == 0 {
			if tc.method != "HEAD" && content != nil {
				t.Errorf("%s: documented with content, answered without", name)
			}
			continue
		}
		media, ok := content[res.Header.Get("Content-Type")].(map[string]any)
		if !ok {
			t.Errorf("%s: Content-Type %q not documented", name, res.Header.Get("Content-Type"))
			continue
		}
		var body any
		dec := json.NewDecoder(bytes.NewReader(res.Body))
		dec.UseNumber()
		if err := dec.Decode(&body); err != nil {
			t.Errorf("%s: body is not JSON: %v", name, err)
			continue
		}
		if err := v.check(media["schema"].(map[string]any), body, "body"); err != nil {
			t.Errorf("%s: the body does not fit the documented schema: %v", name, err)
		}
		if res.Status >= 400 {
			codes[res.code] = true
		}
	}
	// Every error code of the document's enum is produced by some case above
	// (or is one the tests reach another way), and vice versa (checked above
	// by the schema's enum).
	enum, _ := resolve(doc, "#/components/schemas/Error/properties/error/properties/code/enum")
	for _, c := range enum.([]any) {
		code := c.(string)
		switch code {
		case "bad_body", "internal", "encrypted", "no_text", "timeout", "too_long":
			continue // the shim's, a bug's, and engine kinds other tests reach
		}
		if !codes[code] {
			t.Errorf("documented error code %s is never answered by the cases", code)
		}
	}
	// Every parameter a POST takes is documented on it.
	for path, names := range map[string][]string{"/v1/score": {"role", "asOf", "jd"}, "/v1/parse": {"asOf"}} {
		op, _ := resolve(doc, "#/paths/"+pointerEscape(path)+"/post")
		var documented []string
		for _, p := range op.(map[string]any)["parameters"].([]any) {
			pd, _ := v.deref(p)
			documented = append(documented, pd.(map[string]any)["name"].(string))
		}
		if !slices.Equal(documented, names) {
			t.Errorf("%s: documented parameters %v, want %v", path, documented, names)
		}
		for _, ct := range []string{typePDF, typeDOCX, typeDOC, typeText, typeMarkdown, typeJSON, typeOctet, typeMultipart} {
			if _, err := resolve(doc, "#/paths/"+pointerEscape(path)+"/post/requestBody/content/"+pointerEscape(ct)); err != nil {
				t.Errorf("%s: request type %s is not documented", path, ct)
			}
		}
	}
}

// TestValidatorCatchesMismatches makes sure the validator is not a no-op.
func TestValidatorCatchesMismatches(t *testing.T) {
	v := &validator{doc: loadOpenAPI(t)}
	for _, c := range []struct {
		schema string
		value  any
	}{
		{`{"$ref":"#/components/schemas/Error"}`, map[string]any{"error": map[string]any{"code": "nope", "message": "x"}}},
		{`{"$ref":"#/components/schemas/Error"}`, map[string]any{"error": map[string]any{"code": "internal"}}},
		{`{"$ref":"#/components/schemas/Health"}`, map[string]any{"ok": true, "version": "1", "algorithm": "a", "extra": 1}},
		{`{"type":"integer"}`, json.Number("1.5")},
		{`{"type":["array","null"]}`, "x"},
		{`{"oneOf":[{"type":"string"},{"type":"string"}]}`, "x"},
		{`{"anyOf":[{"required":["a"]},{"required":["b"]}]}`, map[string]any{"c": 1}},
		{`{"const":"*"}`, "x"},
		{`{"type":"integer","minimum":0,"maximum":100}`, json.Number("101")},
	} {
		var s map[string]any
		dec := json.NewDecoder(strings.NewReader(c.schema))
		dec.UseNumber()
		if err := dec.Decode(&s); err != nil {
			t.Fatal(err)
		}
		if err := v.check(s, c.value, "value"); err == nil {
			t.Errorf("%s accepted %v", c.schema, c.value)
		}
	}
}

func walk(v any, f func(map[string]any)) {
	switch x := v.(type) {
	case map[string]any:
		f(x)
		for _, e := range x {
			walk(e, f)
		}
	case []any:
		for _, e := range x {
			walk(e, f)
		}
	}
}

func pointerEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// resolve follows a local JSON pointer (#/a/b) in doc.
func resolve(doc map[string]any, ref string) (any, error) {
	rest, ok := strings.CutPrefix(ref, "#/")
	if !ok {
		return nil, fmt.Errorf("not a local reference")
	}
	var cur any = doc
	for _, tok := range strings.Split(rest, "/") {
		tok, _ = url.PathUnescape(tok)
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch c := cur.(type) {
		case map[string]any:
			next, ok := c[tok]
			if !ok {
				return nil, fmt.Errorf("no %q", tok)
			}
			cur = next
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(c) {
				return nil, fmt.Errorf("no index %q", tok)
			}
			cur = c[i]
		default:
			return nil, fmt.Errorf("cannot descend into %T at %q", cur, tok)
		}
	}
	return cur, nil
}

// validator checks values against the JSON Schema (2020-12) subset the
// document uses.
type validator struct{ doc map[string]any }

func (v *validator) deref(x any) (any, error) {
	for range 32 {
		m, ok := x.(map[string]any)
		if !ok {
			return x, nil
		}
		ref, ok := m["$ref"].(string)
		if !ok {
			return x, nil
		}
		var err error
		if x, err = resolve(v.doc, ref); err != nil {
			return nil, err
		}
	}
	return nil, fmt.Errorf("$ref chain too long")
}

// annotations are keywords that do not constrain a value.
var annotations = map[string]bool{"description": true, "title": true, "example": true, "examples": true,
	"format": true, "contentMediaType": true, "default": true, "deprecated": true}

func (v *validator) check(schema map[string]any, x any, at string) error {
	if ref, ok := schema["$ref"].(string); ok {
		s, err := resolve(v.doc, ref)
		if err != nil {
			return fmt.Errorf("%s: %v", at, err)
		}
		if err := v.check(s.(map[string]any), x, at); err != nil {
			return err
		}
	}
	for key, val := range schema {
		var err error
		switch key {
		case "$ref":
		case "type":
			err = checkType(val, x)
		case "enum":
			if !slices.ContainsFunc(val.([]any), func(e any) bool { return jsonEqual(e, x) }) {
				err = fmt.Errorf("%v is not one of %v", x, val)
			}
		case "const":
			if !jsonEqual(val, x) {
				err = fmt.Errorf("%v is not %v", x, val)
			}
		case "properties":
			if obj, ok := x.(map[string]any); ok {
				for name, ps := range val.(map[string]any) {
					if pv, ok := obj[name]; ok {
						if err = v.check(ps.(map[string]any), pv, at+"."+name); err != nil {
							return err
						}
					}
				}
			}
		case "required":
			if obj, ok := x.(map[string]any); ok {
				for _, name := range val.([]any) {
					if _, ok := obj[name.(string)]; !ok {
						err = fmt.Errorf("%s is missing", name)
					}
				}
			}
		case "additionalProperties":
			obj, ok := x.(map[string]any)
			if !ok {
				break
			}
			props, _ := schema["properties"].(map[string]any)
			for name, pv := range obj {
				if _, known := props[name]; known {
					continue
				}
				switch ap := val.(type) {
				case bool:
					if !ap {
						err = fmt.Errorf("%s is not allowed", name)
					}
				case map[string]any:
					if e := v.check(ap, pv, at+"."+name); e != nil {
						return e
					}
				}
			}
		case "items":
			if arr, ok := x.([]any); ok {
				for i, e := range arr {
					if err = v.check(val.(map[string]any), e, fmt.Sprintf("%s[%d]", at, i)); err != nil {
						return err
					}
				}
			}
		case "anyOf", "oneOf":
			n := 0
			for _, s := range val.([]any) {
				if v.check(s.(map[string]any), x, at) == nil {
					n++
				}
			}
			if n == 0 || (key == "oneOf" && n > 1) {
				err = fmt.Errorf("%d of the %s schemas match", n, key)
			}
		case "minimum", "maximum", "minLength":
			limit, _ := val.(json.Number).Float64()
			switch key {
			case "minLength":
				if s, ok := x.(string); ok && float64(len([]rune(s))) < limit {
					err = fmt.Errorf("shorter than %v", limit)
				}
			default:
				if n, ok := x.(json.Number); ok {
					f, _ := n.Float64()
					if (key == "minimum" && f < limit) || (key == "maximum" && f > limit) {
						err = fmt.Errorf("%v is out of range (%s %v)", f, key, limit)
					}
				}
			}
		default:
			if !annotations[key] {
				return fmt.Errorf("%s: the validator does not know the keyword %q", at, key)
			}
		}
		if err != nil {
			return fmt.Errorf("%s: %v", at, err)
		}
	}
	return nil
}

func checkType(want any, x any) error {
	var types []string
	switch w := want.(type) {
	case string:
		types = []string{w}
	case []any:
		for _, t := range w {
			types = append(types, t.(string))
		}
	}
	for _, t := range types {
		ok := false
		switch t {
		case "object":
			_, ok = x.(map[string]any)
		case "array":
			_, ok = x.([]any)
		case "string":
			_, ok = x.(string)
		case "boolean":
			_, ok = x.(bool)
		case "null":
			ok = x == nil
		case "number":
			_, ok = x.(json.Number)
		case "integer":
			if n, isNum := x.(json.Number); isNum {
				f, err := n.Float64()
				ok = err == nil && f == math.Trunc(f)
			}
		}
		if ok {
			return nil
		}
	}
	return fmt.Errorf("%T is not of type %v", x, types)
}

func jsonEqual(a, b any) bool {
	ab, _ := json.Marshal(a)
	bb, _ := json.Marshal(b)
	return bytes.Equal(ab, bb)
}
