package roles

import (
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A small JSON decoder, so that the WebAssembly builds need not carry
// encoding/json. It is here, in the package that reads the embedded data
// files, because the package must stay standard library only; the parser
// uses it for JSON Resume input (DecodeJSON).
//
// It fills a value as encoding/json does: object keys matched to the json
// tags (exactly, else ignoring case), unknown keys skipped, null leaving a
// value alone (and clearing pointers, interfaces, slices and maps), arrays
// decoded into a slice's existing elements, objects into structs and
// string-keyed maps, numbers into ints, uints and floats, any value into an
// empty interface (map[string]any, []any, float64, string, bool, nil). A
// value of the wrong type is skipped and the first such mismatch is the
// error, unless the JSON is malformed; the error messages are
// encoding/json's. Non-empty interfaces, arrays, embedded structs, []byte,
// the ",string" option and Unmarshaler methods are not supported (the types
// it is used for have none). The tests decode every data file and many cases
// both ways and compare.

// unmarshalJSON decodes data, which must hold exactly one JSON value, into
// the value v points to, as json.Unmarshal does.
func unmarshalJSON(data []byte, v any) error { return decodeJSON(data, v, true) }

// DecodeJSON decodes the first JSON value in data into the value v points
// to, as a json.Decoder's Decode does: the bytes after that value are not
// looked at, and empty input is io.EOF.
func DecodeJSON(data []byte, v any) error { return decodeJSON(data, v, false) }

// JSONObjectKeys lists the keys of the JSON object data starts with, in the
// order written, up to the first malformed part.
func JSONObjectKeys(data []byte) []string {
	d := &jsonDecoder{data: data}
	d.space()
	if d.i >= len(d.data) || d.data[d.i] != '{' {
		return nil
	}
	var keys []string
	d.members(func(key string) error {
		keys = append(keys, key)
		return d.value(reflect.Value{})
	})
	return keys
}

// MaxJSONDepth bounds nesting, so that a hostile document cannot exhaust
// the stack (encoding/json's bound too).
const MaxJSONDepth = 10000

// JSONMember is one member of a JSON object: its key, and its value when
// that is a string.
type JSONMember struct {
	Key      string
	IsString bool
	Str      string // the value, decoded, when IsString
}

// ErrJSONNotObject is JSONObjectMembers' answer for valid JSON that is not
// an object.
var ErrJSONNotObject = errors.New("json: the value is not an object")

// JSONObjectMembers checks that data is one JSON value, white space around
// it allowed, as json.Valid does, and returns the members of the object it
// is in the order written (a key given twice is listed twice).
func JSONObjectMembers(data []byte) ([]JSONMember, error) {
	d := &jsonDecoder{data: data, whole: true}
	d.space()
	isObject := d.i < len(d.data) && d.data[d.i] == '{'
	var out []JSONMember
	var err error
	if isObject {
		err = d.members(func(key string) error {
			m := JSONMember{Key: key}
			var err error
			if d.i < len(d.data) && d.data[d.i] == '"' {
				m.IsString = true
				m.Str, err = d.str()
			} else {
				err = d.value(reflect.Value{})
			}
			out = append(out, m)
			return err
		})
	} else {
		err = d.value(reflect.Value{})
	}
	if err != nil {
		return nil, err
	}
	if d.space(); d.i < len(d.data) {
		return nil, d.syntax("after top-level value")
	}
	if !isObject {
		return nil, ErrJSONNotObject
	}
	return out, nil
}

func decodeJSON(data []byte, v any, whole bool) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("json: decode into a non-pointer")
	}
	d := &jsonDecoder{data: data, whole: whole}
	d.space()
	if !whole && d.i >= len(d.data) {
		return io.EOF
	}
	if err := d.value(rv.Elem()); err != nil {
		return err
	}
	if d.space(); whole && d.i < len(d.data) {
		return d.syntax("after top-level value")
	}
	return d.saved
}

type jsonDecoder struct {
	data  []byte
	i     int
	depth int
	whole bool  // the input is one whole value (Unmarshal) rather than a stream (Decoder)
	saved error // the first type mismatch
	// Where the decoder is, for the mismatch message: the innermost struct
	// and the field names from the top.
	inStruct reflect.Type
	fields   []string
}

// syntax returns the error for the byte at d.i, found where what says.
func (d *jsonDecoder) syntax(what string) error {
	if d.i >= len(d.data) {
		if d.whole {
			return errors.New("unexpected end of JSON input")
		}
		return io.ErrUnexpectedEOF
	}
	var q string
	switch c := d.data[d.i]; c {
	case '\'':
		q = `'\''`
	case '"':
		q = `'"'`
	default:
		s := strconv.Quote(string(rune(c)))
		q = "'" + s[1:len(s)-1] + "'"
	}
	return errors.New("invalid character " + q + " " + what)
}

// inToken is syntax for a byte inside a literal, number or escape, where
// json.Unmarshal reports the end of the input as a space.
func (d *jsonDecoder) inToken(what string) error {
	if d.i >= len(d.data) && d.whole {
		return errors.New("invalid character ' ' " + what)
	}
	return d.syntax(what)
}

// mismatch notes that a JSON value of the kind what cannot go into v.
func (d *jsonDecoder) mismatch(what string, v reflect.Value) {
	if d.saved != nil {
		return
	}
	msg := "json: cannot unmarshal " + what + " into Go "
	if d.inStruct != nil {
		msg += "struct field " + d.inStruct.Name() + "." + strings.Join(d.fields, ".")
	} else {
		msg += "value"
	}
	d.saved = errors.New(msg + " of type " + v.Type().String())
}

func (d *jsonDecoder) space() {
	for d.i < len(d.data) {
		switch d.data[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// literal consumes word (true, false, null) or fails.
func (d *jsonDecoder) literal(word string) error {
	for j := 0; j < len(word); j++ {
		if d.i >= len(d.data) || d.data[d.i] != word[j] {
			return d.inToken("in literal " + word + " (expecting " + strconv.QuoteRune(rune(word[j])) + ")")
		}
		d.i++
	}
	return nil
}

// value decodes the next value into v; an invalid v (a skipped key or a
// mismatch) discards it.
func (d *jsonDecoder) value(v reflect.Value) error {
	if d.i >= len(d.data) {
		return d.syntax("")
	}
	c := d.data[d.i]
	if c == 'n' {
		if err := d.literal("null"); err != nil {
			return err
		}
		if v.IsValid() {
			switch v.Kind() {
			case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
				v.SetZero()
			}
		}
		return nil
	}
	v = indirect(v)
	if v.IsValid() && v.Kind() == reflect.Interface {
		if v.NumMethod() > 0 {
			d.mismatch(kindOf(c), v)
			v = reflect.Value{}
		} else {
			x, err := d.any()
			if err == nil {
				v.Set(reflect.ValueOf(&x).Elem())
			}
			return err
		}
	}
	switch {
	case c == 't' || c == 'f':
		word := "true"
		if c == 'f' {
			word = "false"
		}
		if err := d.literal(word); err != nil {
			return err
		}
		if v.IsValid() {
			if v.Kind() != reflect.Bool {
				d.mismatch("bool", v)
			} else {
				v.SetBool(c == 't')
			}
		}
		return nil
	case c == '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		if v.IsValid() {
			if v.Kind() != reflect.String {
				d.mismatch("string", v)
			} else {
				v.SetString(s)
			}
		}
		return nil
	case c == '[':
		if v.IsValid() && v.Kind() != reflect.Slice {
			d.mismatch("array", v)
			v = reflect.Value{}
		}
		return d.array(v)
	case c == '{':
		return d.object(v)
	case c == '-' || c >= '0' && c <= '9':
		lit, err := d.number()
		if err != nil || !v.IsValid() {
			return err
		}
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(lit, 10, 64)
			if err != nil || v.OverflowInt(n) {
				d.mismatch("number "+lit, v)
				break
			}
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n, err := strconv.ParseUint(lit, 10, 64)
			if err != nil || v.OverflowUint(n) {
				d.mismatch("number "+lit, v)
				break
			}
			v.SetUint(n)
		case reflect.Float32, reflect.Float64:
			f, err := strconv.ParseFloat(lit, v.Type().Bits())
			if err != nil || v.OverflowFloat(f) {
				d.mismatch("number "+lit, v)
				break
			}
			v.SetFloat(f)
		default:
			d.mismatch("number", v)
		}
		return nil
	}
	return d.syntax("looking for beginning of value")
}

// kindOf names the JSON value starting with c as a mismatch message does.
func kindOf(c byte) string {
	switch c {
	case 't', 'f':
		return "bool"
	case '"':
		return "string"
	case '[':
		return "array"
	case '{':
		return "object"
	}
	return "number"
}

// any decodes the next value as a Go value of an empty interface.
func (d *jsonDecoder) any() (any, error) {
	if d.i >= len(d.data) {
		return nil, d.syntax("")
	}
	switch c := d.data[d.i]; {
	case c == '[':
		out := []any{}
		err := d.elements(func() error {
			x, err := d.any()
			out = append(out, x)
			return err
		})
		return out, err
	case c == '{':
		out := map[string]any{}
		err := d.members(func(key string) error {
			x, err := d.any()
			out[key] = x
			return err
		})
		return out, err
	case c == '-' || c >= '0' && c <= '9':
		lit, err := d.number()
		if err != nil {
			return nil, err
		}
		f, err := strconv.ParseFloat(lit, 64)
		if err != nil {
			d.mismatch("number "+lit, reflect.ValueOf(f))
			return nil, nil
		}
		return f, nil
	case c == '"':
		return d.str()
	case c == 't':
		return true, d.literal("true")
	case c == 'f':
		return false, d.literal("false")
	case c == 'n':
		return nil, d.literal("null")
	}
	return nil, d.syntax("looking for beginning of value")
}

// indirect allocates nil pointers on the way to the value they point at.
func indirect(v reflect.Value) reflect.Value {
	for v.IsValid() && v.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		v = v.Elem()
	}
	return v
}

// nest counts one more level of arrays and objects, as deep as
// encoding/json allows.
func (d *jsonDecoder) nest() error {
	if d.depth++; d.depth > MaxJSONDepth {
		return d.syntax("exceeded max depth")
	}
	return nil
}

// elements consumes an array, calling each for every element at its start.
func (d *jsonDecoder) elements(each func() error) error {
	if err := d.nest(); err != nil {
		return err
	}
	d.i++ // [
	d.space()
	if d.i < len(d.data) && d.data[d.i] == ']' {
		d.i++
		d.depth--
		return nil
	}
	for {
		d.space()
		if err := each(); err != nil {
			return err
		}
		d.space()
		if d.i < len(d.data) && d.data[d.i] == ',' {
			d.i++
			continue
		}
		if d.i >= len(d.data) || d.data[d.i] != ']' {
			return d.syntax("after array element")
		}
		d.i++
		d.depth--
		return nil
	}
}

// members consumes an object, calling each for every member with its key,
// at the start of its value.
func (d *jsonDecoder) members(each func(key string) error) error {
	if err := d.nest(); err != nil {
		return err
	}
	d.i++ // {
	d.space()
	if d.i < len(d.data) && d.data[d.i] == '}' {
		d.i++
		d.depth--
		return nil
	}
	for {
		d.space()
		if d.i >= len(d.data) || d.data[d.i] != '"' {
			return d.syntax("looking for beginning of object key string")
		}
		key, err := d.str()
		if err != nil {
			return err
		}
		d.space()
		if d.i >= len(d.data) || d.data[d.i] != ':' {
			return d.syntax("after object key")
		}
		d.i++
		d.space()
		if err := each(key); err != nil {
			return err
		}
		d.space()
		if d.i < len(d.data) && d.data[d.i] == ',' {
			d.i++
			continue
		}
		if d.i >= len(d.data) || d.data[d.i] != '}' {
			return d.syntax("after object key:value pair")
		}
		d.i++
		d.depth--
		return nil
	}
}

// array decodes an array into the slice v as encoding/json does: into the
// elements the slice already has, then new ones, and cut to length.
func (d *jsonDecoder) array(v reflect.Value) error {
	n := 0
	err := d.elements(func() error {
		var elem reflect.Value
		if v.IsValid() {
			if n >= v.Cap() {
				v.Grow(1)
			}
			if n >= v.Len() {
				v.SetLen(n + 1)
			}
			elem = v.Index(n)
		}
		n++
		return d.value(elem)
	})
	if err != nil || !v.IsValid() {
		return err
	}
	if n < v.Len() {
		v.SetLen(n)
	}
	if n == 0 {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

func (d *jsonDecoder) object(v reflect.Value) error {
	if v.IsValid() {
		switch {
		case v.Kind() == reflect.Struct:
		case v.Kind() == reflect.Map && v.Type().Key().Kind() == reflect.String:
			if v.IsNil() {
				v.Set(reflect.MakeMap(v.Type()))
			}
		default:
			d.mismatch("object", v)
			v = reflect.Value{}
		}
	}
	return d.members(func(key string) error {
		switch {
		case !v.IsValid():
			return d.value(reflect.Value{})
		case v.Kind() == reflect.Map:
			elem := reflect.New(v.Type().Elem()).Elem()
			err := d.value(elem)
			k := reflect.New(v.Type().Key()).Elem()
			k.SetString(key)
			v.SetMapIndex(k, elem)
			return err
		}
		field, name := structField(v, key)
		if !field.IsValid() {
			return d.value(field)
		}
		inStruct, depth := d.inStruct, len(d.fields)
		d.inStruct, d.fields = v.Type(), append(d.fields, name)
		err := d.value(field)
		d.inStruct, d.fields = inStruct, d.fields[:depth]
		return err
	})
}

// structField finds the exported field a key names, by its json tag or
// Go name, exactly or else ignoring case, and returns it with that name.
// Embedded structs are not searched: the types decoded have none.
func structField(v reflect.Value, key string) (reflect.Value, string) {
	t := v.Type()
	folded, foldedName := -1, ""
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() || f.Anonymous {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		if name == key {
			return v.Field(i), name
		}
		if folded < 0 && strings.EqualFold(name, key) {
			folded, foldedName = i, name
		}
	}
	if folded >= 0 {
		return v.Field(folded), foldedName
	}
	return reflect.Value{}, ""
}

// number consumes a JSON number and returns its text.
func (d *jsonDecoder) number() (string, error) {
	start := d.i
	digits := func() int {
		n := 0
		for d.i < len(d.data) && d.data[d.i] >= '0' && d.data[d.i] <= '9' {
			d.i++
			n++
		}
		return n
	}
	if d.data[d.i] == '-' {
		d.i++
	}
	if d.i < len(d.data) && d.data[d.i] == '0' {
		d.i++
	} else if digits() == 0 {
		return "", d.inToken("in numeric literal")
	}
	if d.i < len(d.data) && d.data[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return "", d.inToken("after decimal point in numeric literal")
		}
	}
	if d.i < len(d.data) && (d.data[d.i] == 'e' || d.data[d.i] == 'E') {
		d.i++
		if d.i < len(d.data) && (d.data[d.i] == '+' || d.data[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return "", d.inToken("in exponent of numeric literal")
		}
	}
	return string(d.data[start:d.i]), nil
}

// str consumes a JSON string and returns its value; invalid UTF-8 and lone
// surrogates become U+FFFD, as encoding/json makes them.
func (d *jsonDecoder) str() (string, error) {
	d.i++ // "
	var b []byte
	start := d.i
	for {
		if d.i >= len(d.data) {
			return "", d.syntax("")
		}
		c := d.data[d.i]
		switch {
		case c == '"':
			s := string(append(b, d.data[start:d.i]...))
			d.i++
			return s, nil
		case c < 0x20:
			return "", d.syntax("in string literal")
		case c == '\\':
			b = append(b, d.data[start:d.i]...)
			d.i++
			if d.i >= len(d.data) {
				return "", d.inToken("in string escape code")
			}
			e := d.data[d.i]
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				d.i++
				r, err := d.hex4()
				if err != nil {
					return "", err
				}
				if utf16.IsSurrogate(r) {
					r2 := utf8.RuneError
					if d.i+1 < len(d.data) && d.data[d.i] == '\\' && d.data[d.i+1] == 'u' {
						save := d.i
						d.i += 2
						x, err := d.hex4()
						if err != nil {
							return "", err
						}
						if dec := utf16.DecodeRune(r, x); dec != utf8.RuneError {
							r2 = dec
						} else {
							d.i = save
						}
					}
					r = r2
				}
				b = utf8.AppendRune(b, r)
				start = d.i
				continue
			default:
				return "", d.syntax("in string escape code")
			}
			d.i++
			start = d.i
		case c < utf8.RuneSelf:
			d.i++
		default:
			r, size := utf8.DecodeRune(d.data[d.i:])
			if r == utf8.RuneError && size == 1 {
				b = append(append(b, d.data[start:d.i]...), "\ufffd"...)
				d.i++
				start = d.i
				continue
			}
			d.i += size
		}
	}
}

// hex4 consumes the four hex digits of a \u escape.
func (d *jsonDecoder) hex4() (rune, error) {
	var r rune
	for j := 0; j < 4; j++ {
		if d.i >= len(d.data) {
			return 0, d.inToken("in \\u hexadecimal character escape")
		}
		c := d.data[d.i]
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, d.inToken("in \\u hexadecimal character escape")
		}
		r = r<<4 | rune(c)
		d.i++
	}
	return r, nil
}
