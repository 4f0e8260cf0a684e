package roles

import (
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A small JSON decoder for the embedded data files, so that the WebAssembly
// builds need not carry encoding/json (the package must stay standard
// library only, so it is here rather than in a package of its own). For
// valid JSON it fills a value as json.Unmarshal does: object keys matched to the json tags (exactly, else
// ignoring case), unknown keys skipped, null leaving a value alone (and
// clearing pointers, slices and maps), arrays into slices, objects into
// structs and string-keyed maps, numbers into ints, uints and floats.
// Interfaces, arrays, embedded structs and Unmarshaler methods are not
// supported (the types it is used for have none), and its error messages
// are its own. The tests decode every data file and many cases both ways
// and compare.

// unmarshalJSON decodes data, which must hold exactly one JSON value, into
// the value v points to.
func unmarshalJSON(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("json: decode into a non-pointer")
	}
	d := &jsonDecoder{data: data}
	d.space()
	if err := d.value(rv.Elem()); err != nil {
		return err
	}
	if d.space(); d.i < len(d.data) {
		return d.fail("data after the top-level value")
	}
	return nil
}

type jsonDecoder struct {
	data  []byte
	i     int
	depth int
}

func (d *jsonDecoder) fail(what string) error {
	return errors.New("json: " + what + " at offset " + strconv.Itoa(d.i))
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
	if !strings.HasPrefix(string(d.data[d.i:min(len(d.data), d.i+len(word))]), word) {
		return d.fail("invalid literal")
	}
	d.i += len(word)
	return nil
}

// value decodes the next value into v; an invalid v (a skipped key)
// discards it.
func (d *jsonDecoder) value(v reflect.Value) error {
	if d.depth++; d.depth > 10000 {
		return d.fail("nested too deep")
	}
	defer func() { d.depth-- }()
	if d.i >= len(d.data) {
		return d.fail("unexpected end of input")
	}
	switch c := d.data[d.i]; {
	case c == 'n':
		if err := d.literal("null"); err != nil {
			return err
		}
		if v.IsValid() {
			switch v.Kind() {
			case reflect.Pointer, reflect.Map, reflect.Slice:
				v.SetZero()
			}
		}
		return nil
	case c == 't' || c == 'f':
		word := "true"
		if c == 'f' {
			word = "false"
		}
		if err := d.literal(word); err != nil {
			return err
		}
		v = indirect(v)
		if !v.IsValid() {
			return nil
		}
		if v.Kind() != reflect.Bool {
			return d.mismatch("a boolean", v)
		}
		v.SetBool(c == 't')
		return nil
	case c == '"':
		s, err := d.str()
		if err != nil {
			return err
		}
		v = indirect(v)
		if !v.IsValid() {
			return nil
		}
		if v.Kind() != reflect.String {
			return d.mismatch("a string", v)
		}
		v.SetString(s)
		return nil
	case c == '[':
		return d.array(indirect(v))
	case c == '{':
		return d.object(indirect(v))
	case c == '-' || c >= '0' && c <= '9':
		lit, err := d.number()
		if err != nil {
			return err
		}
		v = indirect(v)
		if !v.IsValid() {
			return nil
		}
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(lit, 10, 64)
			if err != nil || v.OverflowInt(n) {
				return d.mismatch("the number "+lit, v)
			}
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n, err := strconv.ParseUint(lit, 10, 64)
			if err != nil || v.OverflowUint(n) {
				return d.mismatch("the number "+lit, v)
			}
			v.SetUint(n)
		case reflect.Float32, reflect.Float64:
			f, err := strconv.ParseFloat(lit, v.Type().Bits())
			if err != nil || v.OverflowFloat(f) {
				return d.mismatch("the number "+lit, v)
			}
			v.SetFloat(f)
		default:
			return d.mismatch("a number", v)
		}
		return nil
	}
	return d.fail("invalid character " + strconv.QuoteRune(rune(d.data[d.i])))
}

func (d *jsonDecoder) mismatch(what string, v reflect.Value) error {
	return d.fail("cannot put " + what + " into a Go value of type " + v.Type().String())
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

func (d *jsonDecoder) array(v reflect.Value) error {
	if v.IsValid() && v.Kind() != reflect.Slice {
		return d.mismatch("an array", v)
	}
	d.i++ // [
	n := 0
	for {
		d.space()
		if d.i < len(d.data) && d.data[d.i] == ']' && n == 0 {
			d.i++
			break
		}
		var elem reflect.Value
		if v.IsValid() {
			if n >= v.Cap() {
				grown := reflect.MakeSlice(v.Type(), v.Len(), max(4, 2*v.Cap()))
				reflect.Copy(grown, v)
				v.Set(grown)
			}
			v.SetLen(n + 1)
			elem = v.Index(n)
			elem.SetZero()
		}
		if err := d.value(elem); err != nil {
			return err
		}
		n++
		d.space()
		if d.i >= len(d.data) {
			return d.fail("unexpected end of input in an array")
		}
		if d.data[d.i] == ',' {
			d.i++
			continue
		}
		if d.data[d.i] != ']' {
			return d.fail("expected , or ] in an array")
		}
		d.i++
		break
	}
	if v.IsValid() && n == 0 {
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
			return d.mismatch("an object", v)
		}
	}
	d.i++ // {
	first := true
	for {
		d.space()
		if d.i < len(d.data) && d.data[d.i] == '}' && first {
			d.i++
			return nil
		}
		first = false
		if d.i >= len(d.data) || d.data[d.i] != '"' {
			return d.fail("expected a string key in an object")
		}
		key, err := d.str()
		if err != nil {
			return err
		}
		d.space()
		if d.i >= len(d.data) || d.data[d.i] != ':' {
			return d.fail("expected : after an object key")
		}
		d.i++
		d.space()
		var target reflect.Value
		switch {
		case !v.IsValid():
		case v.Kind() == reflect.Struct:
			target = structField(v, key)
		default:
			target = reflect.New(v.Type().Elem()).Elem()
		}
		if err := d.value(target); err != nil {
			return err
		}
		if v.IsValid() && v.Kind() == reflect.Map {
			k := reflect.New(v.Type().Key()).Elem()
			k.SetString(key)
			v.SetMapIndex(k, target)
		}
		d.space()
		if d.i >= len(d.data) {
			return d.fail("unexpected end of input in an object")
		}
		if d.data[d.i] == ',' {
			d.i++
			continue
		}
		if d.data[d.i] != '}' {
			return d.fail("expected , or } in an object")
		}
		d.i++
		return nil
	}
}

// structField finds the exported field a key names, by its json tag or
// Go name, exactly or else ignoring case. Embedded structs are not
// searched: the data types have none.
func structField(v reflect.Value, key string) reflect.Value {
	t := v.Type()
	folded := -1
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
			return v.Field(i)
		}
		if folded < 0 && strings.EqualFold(name, key) {
			folded = i
		}
	}
	if folded >= 0 {
		return v.Field(folded)
	}
	return reflect.Value{}
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
		return "", d.fail("invalid number")
	}
	if d.i < len(d.data) && d.data[d.i] == '.' {
		d.i++
		if digits() == 0 {
			return "", d.fail("invalid number")
		}
	}
	if d.i < len(d.data) && (d.data[d.i] == 'e' || d.data[d.i] == 'E') {
		d.i++
		if d.i < len(d.data) && (d.data[d.i] == '+' || d.data[d.i] == '-') {
			d.i++
		}
		if digits() == 0 {
			return "", d.fail("invalid number")
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
			return "", d.fail("unexpected end of input in a string")
		}
		c := d.data[d.i]
		switch {
		case c == '"':
			s := string(append(b, d.data[start:d.i]...))
			d.i++
			return s, nil
		case c < 0x20:
			return "", d.fail("control character in a string")
		case c == '\\':
			b = append(b, d.data[start:d.i]...)
			d.i++
			if d.i >= len(d.data) {
				return "", d.fail("unexpected end of input in a string")
			}
			e := d.data[d.i]
			d.i++
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
				r, ok := d.hex4()
				if !ok {
					return "", d.fail("invalid \\u escape")
				}
				if utf16.IsSurrogate(r) {
					r2 := utf8.RuneError
					if d.i+1 < len(d.data) && d.data[d.i] == '\\' && d.data[d.i+1] == 'u' {
						save := d.i
						d.i += 2
						if x, ok := d.hex4(); ok {
							if dec := utf16.DecodeRune(r, x); dec != utf8.RuneError {
								r2 = dec
							} else {
								d.i = save
							}
						} else {
							return "", d.fail("invalid \\u escape")
						}
					}
					r = r2
				}
				b = utf8.AppendRune(b, r)
			default:
				return "", d.fail("invalid escape in a string")
			}
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

func (d *jsonDecoder) hex4() (rune, bool) {
	if d.i+4 > len(d.data) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.data[d.i:d.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	d.i += 4
	return rune(n), true
}
