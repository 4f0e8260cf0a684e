package main

import (
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A strict reader for the JSON bodies of POST requests: it checks the whole
// document is JSON (RFC 8259, as encoding/json's Valid does) and returns the
// members of the object it must be, with string values decoded. It stands in
// for encoding/json, which the Worker build does not carry (see main.go).

// jsonMember is one member of the top-level object.
type jsonMember struct {
	key      string
	isString bool
	str      string // the value when isString
}

var (
	errNotJSON   = errors.New("the body is not valid JSON")
	errNotObject = errors.New("the JSON body must be an object")
)

// maxJSONDepth bounds nesting, so that a hostile body cannot exhaust the stack.
const maxJSONDepth = 10000

// readJSONObject validates data as one JSON value and returns the members of
// the object it is; errNotObject when it is valid JSON of another kind.
func readJSONObject(data []byte) ([]jsonMember, error) {
	s := &jsonScanner{b: data}
	s.space()
	if s.i < len(s.b) && s.b[s.i] != '{' {
		if s.value() != nil {
			return nil, errNotJSON
		}
		if s.space(); s.i != len(s.b) {
			return nil, errNotJSON
		}
		return nil, errNotObject
	}
	var members []jsonMember
	if !s.eat('{') {
		return nil, errNotJSON
	}
	s.space()
	if !s.eat('}') {
		for {
			s.space()
			key, err := s.str()
			if err != nil {
				return nil, errNotJSON
			}
			s.space()
			if !s.eat(':') {
				return nil, errNotJSON
			}
			s.space()
			m := jsonMember{key: key}
			if s.i < len(s.b) && s.b[s.i] == '"' {
				m.isString = true
				if m.str, err = s.str(); err != nil {
					return nil, errNotJSON
				}
			} else if s.value() != nil {
				return nil, errNotJSON
			}
			members = append(members, m)
			s.space()
			if s.eat('}') {
				break
			}
			if !s.eat(',') {
				return nil, errNotJSON
			}
		}
	}
	s.space()
	if s.i != len(s.b) {
		return nil, errNotJSON
	}
	return members, nil
}

type jsonScanner struct {
	b     []byte
	i     int
	depth int
}

func (s *jsonScanner) space() {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\t' || s.b[s.i] == '\n' || s.b[s.i] == '\r') {
		s.i++
	}
}

func (s *jsonScanner) eat(c byte) bool {
	if s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

// value skips one JSON value, checking it.
func (s *jsonScanner) value() error {
	if s.i >= len(s.b) {
		return errNotJSON
	}
	switch c := s.b[s.i]; {
	case c == '"':
		_, err := s.str()
		return err
	case c == '{' || c == '[':
		return s.container(c)
	case c == '-' || (c >= '0' && c <= '9'):
		return s.number()
	case c == 't':
		return s.word("true")
	case c == 'f':
		return s.word("false")
	case c == 'n':
		return s.word("null")
	}
	return errNotJSON
}

func (s *jsonScanner) container(open byte) error {
	s.depth++
	defer func() { s.depth-- }()
	if s.depth > maxJSONDepth {
		return errNotJSON
	}
	close := byte(']')
	if open == '{' {
		close = '}'
	}
	s.i++
	s.space()
	if s.eat(close) {
		return nil
	}
	for {
		s.space()
		if open == '{' {
			if _, err := s.str(); err != nil {
				return err
			}
			s.space()
			if !s.eat(':') {
				return errNotJSON
			}
			s.space()
		}
		if err := s.value(); err != nil {
			return err
		}
		s.space()
		if s.eat(close) {
			return nil
		}
		if !s.eat(',') {
			return errNotJSON
		}
	}
}

func (s *jsonScanner) word(w string) error {
	if !strings.HasPrefix(string(s.b[s.i:min(len(s.b), s.i+len(w))]), w) {
		return errNotJSON
	}
	s.i += len(w)
	return nil
}

func (s *jsonScanner) digits() int {
	start := s.i
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' {
		s.i++
	}
	return s.i - start
}

func (s *jsonScanner) number() error {
	s.eat('-')
	switch {
	case s.eat('0'):
	case s.i < len(s.b) && s.b[s.i] >= '1' && s.b[s.i] <= '9':
		s.digits()
	default:
		return errNotJSON
	}
	if s.eat('.') && s.digits() == 0 {
		return errNotJSON
	}
	if s.eat('e') || s.eat('E') {
		if !s.eat('+') {
			s.eat('-')
		}
		if s.digits() == 0 {
			return errNotJSON
		}
	}
	return nil
}

// str reads a string at s.i and returns it decoded, as encoding/json
// decodes it (a lone surrogate or bad UTF-8 becomes U+FFFD).
func (s *jsonScanner) str() (string, error) {
	if !s.eat('"') {
		return "", errNotJSON
	}
	var out []byte
	escaped := false
	start := s.i
	for {
		if s.i >= len(s.b) {
			return "", errNotJSON
		}
		c := s.b[s.i]
		switch {
		case c == '"':
			if !escaped {
				out = s.b[start:s.i]
			}
			s.i++
			return strings.ToValidUTF8(string(out), "\uFFFD"), nil
		case c < 0x20:
			return "", errNotJSON
		case c == '\\':
			if !escaped {
				out = append([]byte(nil), s.b[start:s.i]...)
				escaped = true
			}
			s.i++
			if s.i >= len(s.b) {
				return "", errNotJSON
			}
			e := s.b[s.i]
			s.i++
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := s.hex4()
				if !ok {
					return "", errNotJSON
				}
				if utf16.IsSurrogate(r) {
					r2 := rune(-1)
					if s.i+1 < len(s.b) && s.b[s.i] == '\\' && s.b[s.i+1] == 'u' {
						save := s.i
						s.i += 2
						var ok2 bool
						if r2, ok2 = s.hex4(); !ok2 {
							return "", errNotJSON
						}
						if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
							r = d
						} else {
							s.i, r = save, utf8.RuneError
						}
					} else {
						r = utf8.RuneError
					}
				}
				out = utf8.AppendRune(out, r)
			default:
				return "", errNotJSON
			}
		default:
			if escaped {
				out = append(out, c)
			}
			s.i++
		}
	}
}

func (s *jsonScanner) hex4() (rune, bool) {
	if s.i+4 > len(s.b) {
		return 0, false
	}
	var r rune
	for _, c := range s.b[s.i : s.i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	s.i += 4
	return r, true
}
