package main

import (
	"errors"
	"strings"
)

// parseMediaType reads a Content-Type or Content-Disposition value (RFC 9110
// 8.3.1, RFC 6266): a lower-cased type ("text/plain", "form-data") and its
// parameters, names lower-cased, values unquoted. It stands in for
// mime.ParseMediaType, which the Worker build does without; it does not
// decode RFC 2231 extended parameters (name*=…), which it keeps as given.
func parseMediaType(v string) (string, map[string]string, error) {
	typ, rest, _ := strings.Cut(v, ";")
	typ = strings.ToLower(strings.TrimSpace(typ))
	if typ == "" || !isToken(strings.Replace(typ, "/", "", 1)) || strings.Count(typ, "/") > 1 ||
		strings.HasPrefix(typ, "/") || strings.HasSuffix(typ, "/") {
		return "", nil, errors.New("malformed media type")
	}
	params := map[string]string{}
	for {
		rest = strings.TrimLeft(rest, " \t")
		if rest == "" {
			return typ, params, nil
		}
		if rest[0] == ';' { // an empty parameter
			rest = rest[1:]
			continue
		}
		name, after, ok := strings.Cut(rest, "=")
		name = strings.ToLower(strings.TrimSpace(name))
		if !ok || !isToken(name) {
			return "", nil, errors.New("malformed parameter")
		}
		after = strings.TrimLeft(after, " \t")
		var value string
		if strings.HasPrefix(after, `"`) {
			var b strings.Builder
			i := 1
			for ; i < len(after) && after[i] != '"'; i++ {
				if after[i] == '\\' && i+1 < len(after) {
					i++
				}
				b.WriteByte(after[i])
			}
			if i >= len(after) {
				return "", nil, errors.New("unterminated quoted string")
			}
			value, rest = b.String(), after[i+1:]
		} else {
			end := strings.IndexAny(after, "; \t")
			if end < 0 {
				end = len(after)
			}
			value, rest = after[:end], after[end:]
			if !isToken(value) {
				return "", nil, errors.New("malformed parameter value")
			}
		}
		if _, dup := params[name]; dup {
			return "", nil, errors.New("duplicate parameter")
		}
		params[name] = value
		rest = strings.TrimLeft(rest, " \t")
		if rest != "" {
			if rest[0] != ';' {
				return "", nil, errors.New("malformed parameters")
			}
			rest = rest[1:]
		}
	}
}

// isToken reports whether s is a non-empty RFC 9110 token.
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`()<>@,;:\"/[]?={}`, c) >= 0 {
			return false
		}
	}
	return true
}
