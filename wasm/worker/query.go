package main

import (
	"errors"
	"strings"
)

// parseQuery splits a raw query string (a=1&b=2) into its parameters, as
// url.ParseQuery does (percent-escapes and '+' decoded, a malformed escape
// or a ';' refused), keeping each name's values in order.
func parseQuery(q string) (map[string][]string, error) {
	out := map[string][]string{}
	for q != "" {
		var pair string
		pair, q, _ = strings.Cut(q, "&")
		if strings.Contains(pair, ";") {
			return nil, errors.New("invalid semicolon separator in query")
		}
		if pair == "" {
			continue
		}
		name, value, _ := strings.Cut(pair, "=")
		name, err1 := unescapeQuery(name)
		value, err2 := unescapeQuery(value)
		if err1 != nil || err2 != nil {
			return nil, errors.New("malformed escape in query")
		}
		out[name] = append(out[name], value)
	}
	return out, nil
}

func unescapeQuery(s string) (string, error) {
	if !strings.ContainsAny(s, "%+") {
		return s, nil
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '+':
			b = append(b, ' ')
		case '%':
			if i+2 >= len(s) || unhex(s[i+1]) < 0 || unhex(s[i+2]) < 0 {
				return "", errors.New("malformed escape")
			}
			b = append(b, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
		default:
			b = append(b, c)
		}
	}
	return string(b), nil
}

func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c - 'a' + 10)
	case c >= 'A' && c <= 'F':
		return int(c - 'A' + 10)
	}
	return -1
}
