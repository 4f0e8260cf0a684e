package report

import (
	"errors"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A small JSON encoder that writes exactly what json.NewEncoder(w).Encode(v)
// writes (compact, HTML-escaped, a newline at the end) for the values a
// Report holds, so that the WebAssembly builds need not carry encoding/json.
// It follows encoding/json's rules: field names, omitempty and omitzero from
// the json tags, string map keys sorted, nil slices and maps as null, floats
// as ES6 numbers, strings with <, >, &, U+2028 and U+2029 escaped and bad
// UTF-8 as U+FFFD. What a Report never holds is refused with an error rather
// than guessed: MarshalJSON and MarshalText methods, embedded structs, the
// ",string" option, non-string map keys, byte slices, channels, functions
// and complex numbers. The tests encode every fixture's report, and reports
// filled with random values, both ways and compare the bytes.

// encodeJSON returns v as json.Encoder.Encode writes it.
func encodeJSON(v any) ([]byte, error) {
	// A report is some tens of KB: start big enough that the buffer seldom
	// grows.
	e := &jsonEncoder{buf: make([]byte, 0, 64<<10)}
	if err := e.value(reflect.ValueOf(v)); err != nil {
		return nil, err
	}
	return append(e.buf, '\n'), nil
}

type jsonEncoder struct {
	buf   []byte
	depth int
}

// What the encoder learns about a type is kept for every later call (a
// type never changes), as encoding/json does: looking up methods and
// reading struct tags cost more than writing the values.
var (
	typeFieldsCache sync.Map // reflect.Type → []jsonField
	plainTypes      sync.Map // reflect.Type → true: no marshaling methods
)

// jsonField is a struct field as encoding/json sees it.
type jsonField struct {
	key       string // `"name":`, HTML-escaped
	index     int
	omitEmpty bool
	omitZero  bool
}

type jsonMarshaler interface{ MarshalJSON() ([]byte, error) }
type textMarshaler interface{ MarshalText() ([]byte, error) }

var (
	jsonMarshalerType = reflect.TypeFor[jsonMarshaler]()
	textMarshalerType = reflect.TypeFor[textMarshaler]()
)

// maxJSONDepth stops a pointer cycle long before the stack would.
const maxJSONDepth = 1000

func unsupported(t reflect.Type, why string) error {
	return errors.New("report: cannot encode " + t.String() + " as JSON: " + why)
}

func (e *jsonEncoder) value(v reflect.Value) error {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	t := v.Type()
	if _, ok := plainTypes.Load(t); !ok {
		if t.Implements(jsonMarshalerType) || t.Implements(textMarshalerType) ||
			t.Kind() != reflect.Pointer && (reflect.PointerTo(t).Implements(jsonMarshalerType) || reflect.PointerTo(t).Implements(textMarshalerType)) {
			return unsupported(t, "it has a MarshalJSON or MarshalText method")
		}
		plainTypes.Store(t, true)
	}
	switch v.Kind() {
	case reflect.Bool:
		e.buf = strconv.AppendBool(e.buf, v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
	case reflect.Float32:
		return e.float(v.Float(), 32)
	case reflect.Float64:
		return e.float(v.Float(), 64)
	case reflect.String:
		e.buf = AppendJSONString(e.buf, v.String())
	case reflect.Interface:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		return e.nested(v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		return e.nested(v.Elem())
	case reflect.Struct:
		return e.structValue(v)
	case reflect.Map:
		return e.mapValue(v)
	case reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if t.Elem().Kind() == reflect.Uint8 {
			return unsupported(t, "byte slices are not supported")
		}
		return e.array(v)
	case reflect.Array:
		return e.array(v)
	default:
		return unsupported(t, "unsupported kind")
	}
	return nil
}

func (e *jsonEncoder) nested(v reflect.Value) error {
	if e.depth++; e.depth > maxJSONDepth {
		return unsupported(v.Type(), "nested too deep (a cycle?)")
	}
	err := e.value(v)
	e.depth--
	return err
}

func (e *jsonEncoder) float(f float64, bits int) error {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return errors.New("json: unsupported value: " + strconv.FormatFloat(f, 'g', -1, bits))
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b := strconv.AppendFloat(e.buf, f, format, -1, bits)
	if format == 'e' {
		// e-09 → e-9, as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	e.buf = b
	return nil
}

func (e *jsonEncoder) array(v reflect.Value) error {
	e.buf = append(e.buf, '[')
	for i, n := 0, v.Len(); i < n; i++ {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		if err := e.nested(v.Index(i)); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, ']')
	return nil
}

func (e *jsonEncoder) mapValue(v reflect.Value) error {
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return nil
	}
	type entry struct {
		key string
		val reflect.Value
	}
	if v.Type().Key().Kind() != reflect.String {
		return unsupported(v.Type(), "only string map keys are supported")
	}
	entries := make([]entry, 0, v.Len())
	for it := v.MapRange(); it.Next(); {
		entries = append(entries, entry{it.Key().String(), it.Value()})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	e.buf = append(e.buf, '{')
	for i, en := range entries {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = AppendJSONString(e.buf, en.key)
		e.buf = append(e.buf, ':')
		if err := e.nested(en.val); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '}')
	return nil
}

func (e *jsonEncoder) structValue(v reflect.Value) error {
	fields, err := e.typeFields(v.Type())
	if err != nil {
		return err
	}
	e.buf = append(e.buf, '{')
	first := true
	for i := range fields {
		f := &fields[i]
		fv := v.Field(f.index)
		if f.omitEmpty && isEmptyJSON(fv) || f.omitZero && fv.IsZero() {
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		e.buf = append(e.buf, f.key...)
		if err := e.nested(fv); err != nil {
			return err
		}
	}
	e.buf = append(e.buf, '}')
	return nil
}

func isEmptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// typeFields lists the fields encoding/json would write for a struct type,
// in order. Embedded structs (whose promoted fields encoding/json resolves
// by depth and tags) are refused: no Report type has one.
func (e *jsonEncoder) typeFields(t reflect.Type) ([]jsonField, error) {
	if fs, ok := typeFieldsCache.Load(t); ok {
		return fs.([]jsonField), nil
	}
	var out []jsonField
	for i := 0; i < t.NumField(); i++ {
		sf := t.Field(i)
		if sf.Anonymous {
			return nil, unsupported(t, "embedded fields are not supported")
		}
		tag := sf.Tag.Get("json")
		if !sf.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if !validJSONTag(name) {
			name = sf.Name
		}
		f := jsonField{key: string(AppendJSONString(nil, name)) + ":", index: i,
			omitEmpty: hasOption(opts, "omitempty"), omitZero: hasOption(opts, "omitzero")}
		if hasOption(opts, "string") || f.omitZero && (sf.Type.Implements(isZeroerType) || reflect.PointerTo(sf.Type).Implements(isZeroerType)) {
			return nil, unsupported(t, "the ,string option and IsZero methods are not supported")
		}
		out = append(out, f)
	}
	typeFieldsCache.Store(t, out)
	return out, nil
}

type isZeroer interface{ IsZero() bool }

var isZeroerType = reflect.TypeFor[isZeroer]()

func hasOption(opts, name string) bool {
	for opts != "" {
		var o string
		o, opts, _ = strings.Cut(opts, ",")
		if o == name {
			return true
		}
	}
	return false
}

func validJSONTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// AppendJSONString appends s quoted as encoding/json does with HTML
// escaping on (the Encoder's default); the engine's hand-written JSON uses
// it too.
func AppendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
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
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
