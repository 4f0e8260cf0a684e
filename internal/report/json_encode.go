package report

import (
	"errors"
	"math"
	"strconv"
	"unicode/utf8"
)

// The helpers of the generated JSON encoder (json_gen.go, written by
// internal/genjson): the report's JSON is what json.NewEncoder(w).Encode
// writes, compact, HTML-escaped, with a newline at the end, produced without
// reflection so that the WebAssembly builds need not carry encoding/json.
// The engine's hand-written JSON uses AppendJSONString too.

// maxJSONDepth bounds the nesting of the values held in interfaces, which
// alone may be arbitrarily deep (or cyclic); depths are counted as the
// reflection encoder that came before counted them, so that the same
// values are refused.
const maxJSONDepth = 1000

func errJSONDepth(typ string) error {
	return errors.New("report: cannot encode " + typ + " as JSON: nested too deep (a cycle?)")
}

func errJSONInterface(types string) error {
	return errors.New("report: cannot encode an interface value as JSON: it holds none of nil, " + types)
}

// The appendKey functions append key, the constant bytes the generated
// code writes before a value (a comma, a quoted field name and a colon, or
// less), and then the value: one call per field keeps the WebAssembly code
// small, and so they are not inlined.

//go:noinline
func appendKeyBool(b []byte, key string, v bool) []byte {
	if v {
		return append(append(b, key...), "true"...)
	}
	return append(append(b, key...), "false"...)
}

//go:noinline
func appendKeyInt(b []byte, key string, n int64) []byte {
	return strconv.AppendInt(append(b, key...), n, 10)
}

//go:noinline
func appendKeyUint(b []byte, key string, n uint64) []byte {
	return strconv.AppendUint(append(b, key...), n, 10)
}

// AppendJSONFloat appends a float64 as encoding/json writes it; NaN and the
// infinities, which it refuses, are written as 0. The engine's hand-written
// JSON uses it.
func AppendJSONFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		f = 0
	}
	b, _ = appendKeyFloat(b, "", f, 64)
	return b
}

// appendKeyFloat appends f, a float of the given bits, as encoding/json
// does: ES6 number formatting, which is %f but for very small and very
// large magnitudes, and an error for NaN and infinities.
func appendKeyFloat(b []byte, key string, f float64, bits int) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, errors.New("json: unsupported value: " + strconv.FormatFloat(f, 'g', -1, bits))
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(append(b, key...), f, format, -1, bits)
	if format == 'e' {
		// e-09 → e-9, as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// jsonSafe says which bytes a JSON string carries as they are: printable
// ASCII but for ", \ and the HTML-special <, > and &. Bytes from 0x80 up
// start a UTF-8 sequence, which needs a look.
var jsonSafe = [256]bool{}

func init() {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		jsonSafe[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
}

// AppendJSONString appends s quoted as encoding/json does with HTML
// escaping on (the Encoder's default): ", \, control characters, <, >, &,
// U+2028 and U+2029 escaped, bad UTF-8 as U+FFFD.
func AppendJSONString(dst []byte, s string) []byte { return appendKeyString(dst, "", s) }

func appendKeyString(dst []byte, key, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(append(dst, key...), '"')
	start := 0 // s[start:i] is still to copy
	for i := 0; i < len(s); {
		// Runs of safe bytes are copied in one append. Looking at four at a
		// time makes the WebAssembly build's loop a fifth faster.
		if i+4 <= len(s) {
			if w := s[i : i+4]; jsonSafe[w[0]] && jsonSafe[w[1]] && jsonSafe[w[2]] && jsonSafe[w[3]] {
				i += 4
				continue
			}
		}
		if jsonSafe[s[i]] {
			i++
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch c {
			case '\\', '"':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		// Two-byte sequences (accented Latin, Greek, Cyrillic) are valid
		// when the first byte is C2–DF and the second a continuation.
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
