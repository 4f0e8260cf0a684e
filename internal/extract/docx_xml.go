package extract

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A strict XML tokenizer for the parts of a DOCX archive, in place of
// encoding/xml (which, with the reflection its Unmarshal needs, costs the
// WebAssembly builds far more than this). It does what the DOCX reader
// asked of xml.Decoder — Token, and DecodeElement into a string — and
// follows that decoder step for step: the same tokens, name spaces
// translated the same way (an unknown prefix is kept as the space), the
// same entities and character references, \r\n folded to \n, and an error
// at the same places (bad names, unmatched or unclosed elements, unquoted
// attributes, unknown entities, "--" in comments, "]]>" in text, invalid
// UTF-8 or characters outside XML's range, a declared encoding other than
// UTF-8, a version other than 1.0). The reader stops at the first error, so
// only where an error happens matters, not its message. The tests compare
// token streams with encoding/xml's on every fixture and on fuzzed input.

// xmlName is a name with its space: the URL a prefix is bound to, or the
// prefix itself when it is bound to none.
type xmlName struct{ Space, Local string }

type xmlAttr struct {
	Name  xmlName
	Value string
}

// Tokens: xmlStartElement, xmlEndElement, xmlCharData, or xmlOther for a
// comment, processing instruction or directive.
type (
	xmlStartElement struct {
		Name xmlName
		Attr []xmlAttr
	}
	xmlEndElement struct{ Name xmlName }
	xmlCharData   []byte
	xmlOther      struct{}
)

var errXML = errors.New("xml: syntax error")

type xmlDecoder struct {
	data      []byte
	pos       int
	err       error
	ns        map[string]string
	open      []xmlOpen
	needClose bool
	toClose   xmlName
	buf       []byte
}

// xmlOpen is an open element, as written, and the bindings its xmlns
// attributes replaced.
type xmlOpen struct {
	name xmlName
	undo []xmlNsUndo
}

type xmlNsUndo struct {
	prefix, url string
	ok          bool
}

func newXMLDecoder(data []byte) *xmlDecoder {
	return &xmlDecoder{data: data, ns: map[string]string{}}
}

// depth is the number of open elements.
func (d *xmlDecoder) depth() int { return len(d.open) }

// Token returns the next token; at the end, or after any error, it returns
// an error.
func (d *xmlDecoder) Token() (any, error) {
	t, err := d.rawToken()
	if t == nil {
		if err == nil {
			err = errXML
		}
		return nil, err
	}
	switch t1 := t.(type) {
	case xmlStartElement:
		var undo []xmlNsUndo
		for _, a := range t1.Attr {
			prefix, bind := a.Name.Local, a.Name.Space == "xmlns"
			if a.Name.Space == "" && a.Name.Local == "xmlns" {
				prefix, bind = "", true
			}
			if bind {
				v, ok := d.ns[prefix]
				undo = append(undo, xmlNsUndo{prefix, v, ok})
				d.ns[prefix] = a.Value
			}
		}
		d.open = append(d.open, xmlOpen{name: t1.Name, undo: undo})
		d.translate(&t1.Name, true)
		for i := range t1.Attr {
			d.translate(&t1.Attr[i].Name, false)
		}
		return t1, nil
	case xmlEndElement:
		n := len(d.open)
		if n == 0 || d.open[n-1].name != t1.Name {
			d.err = errXML // unexpected, or closing another element
			return nil, d.err
		}
		d.translate(&t1.Name, true)
		undo := d.open[n-1].undo
		d.open = d.open[:n-1]
		for i := len(undo) - 1; i >= 0; i-- {
			if u := undo[i]; u.ok {
				d.ns[u.prefix] = u.url
			} else {
				delete(d.ns, u.prefix)
			}
		}
		return t1, nil
	}
	return t, nil
}

//go:noinline
func (d *xmlDecoder) translate(n *xmlName, element bool) {
	switch {
	case n.Space == "xmlns":
		return
	case n.Space == "" && !element:
		return
	case n.Space == "xml":
		n.Space = "http://www.w3.org/XML/1998/namespace"
	case n.Space == "" && n.Local == "xmlns":
		return
	}
	if v, ok := d.ns[n.Space]; ok {
		n.Space = v
	}
}

// elementText reads up to the end of the element whose start tag was just
// read and returns its character data, nested elements skipped, as
// DecodeElement does into a string. On an error the text is lost.
func (d *xmlDecoder) elementText() (string, error) {
	var data []byte
	depth := 0
	for {
		t, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := t.(type) {
		case xmlStartElement:
			depth++
		case xmlEndElement:
			if depth == 0 {
				return string(data), nil
			}
			depth--
		case xmlCharData:
			if depth == 0 {
				data = append(data, t...)
			}
		}
	}
}

// getc, fail, space and translate are not inlined: their many call sites
// would each grow the WebAssembly code.
//
//go:noinline
func (d *xmlDecoder) getc() (byte, bool) {
	if d.err != nil {
		return 0, false
	}
	if d.pos >= len(d.data) {
		d.err = errXML // the end: sticky, as io.EOF is in encoding/xml
		return 0, false
	}
	d.pos++
	return d.data[d.pos-1], true
}

func (d *xmlDecoder) ungetc() { d.pos-- }

//go:noinline
func (d *xmlDecoder) fail() (any, error) {
	d.err = errXML
	return nil, d.err
}

func (d *xmlDecoder) rawToken() (any, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.needClose {
		d.needClose = false
		return xmlEndElement{d.toClose}, nil
	}
	b, ok := d.getc()
	if !ok {
		return nil, d.err
	}
	if b != '<' {
		d.ungetc()
		data := d.text(-1, false)
		if data == nil {
			return nil, d.err
		}
		return xmlCharData(data), nil
	}
	if b, ok = d.getc(); !ok {
		return nil, d.err
	}
	switch b {
	case '/':
		name, ok := d.nsname()
		if !ok {
			return d.fail()
		}
		d.space()
		if b, ok = d.getc(); !ok || b != '>' {
			return d.fail()
		}
		return xmlEndElement{name}, nil

	case '?':
		target, ok := d.name()
		if !ok {
			return d.fail()
		}
		d.space()
		start := d.pos
		var b0 byte
		for {
			if b, ok = d.getc(); !ok {
				return nil, d.err
			}
			if b0 == '?' && b == '>' {
				break
			}
			b0 = b
		}
		if target == "xml" {
			content := string(d.data[start : d.pos-2])
			if ver := procInstParam("version", content); ver != "" && ver != "1.0" {
				return d.fail()
			}
			if enc := procInstParam("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
				return d.fail() // encoding/xml needs a CharsetReader for it
			}
		}
		return xmlOther{}, nil

	case '!':
		if b, ok = d.getc(); !ok {
			return nil, d.err
		}
		switch b {
		case '-': // a comment
			if b, ok = d.getc(); !ok || b != '-' {
				return d.fail()
			}
			var b0, b1 byte
			for {
				if b, ok = d.getc(); !ok {
					return nil, d.err
				}
				if b0 == '-' && b1 == '-' {
					if b != '>' {
						return d.fail() // "--" in a comment
					}
					break
				}
				b0, b1 = b1, b
			}
			return xmlOther{}, nil
		case '[': // CDATA
			for i := 0; i < 6; i++ {
				if b, ok = d.getc(); !ok || b != "CDATA["[i] {
					return d.fail()
				}
			}
			data := d.text(-1, true)
			if data == nil {
				return nil, d.err
			}
			return xmlCharData(data), nil
		}
		// A directive (<!DOCTYPE …>): skipped, counting nested angle
		// brackets outside quotes and skipping comments.
		inquote := byte(0)
		depth := 0
		for {
			if b, ok = d.getc(); !ok {
				return nil, d.err
			}
			if inquote == 0 && b == '>' && depth == 0 {
				break
			}
		handle:
			switch {
			case b == inquote:
				inquote = 0
			case inquote != 0:
			case b == '\'' || b == '"':
				inquote = b
			case b == '>':
				depth--
			case b == '<':
				for i := 0; i < 3; i++ {
					if b, ok = d.getc(); !ok {
						return nil, d.err
					}
					if b != "!--"[i] {
						depth++
						goto handle
					}
				}
				var b0, b1 byte
				for {
					if b, ok = d.getc(); !ok {
						return nil, d.err
					}
					if b0 == '-' && b1 == '-' && b == '>' {
						break
					}
					b0, b1 = b1, b
				}
			}
		}
		return xmlOther{}, nil
	}

	// A start tag.
	d.ungetc()
	name, ok := d.nsname()
	if !ok {
		return d.fail()
	}
	empty := false
	attr := []xmlAttr{}
	for {
		d.space()
		if b, ok = d.getc(); !ok {
			return nil, d.err
		}
		if b == '/' {
			if b, ok = d.getc(); !ok || b != '>' {
				return d.fail()
			}
			empty = true
			break
		}
		if b == '>' {
			break
		}
		d.ungetc()
		var a xmlAttr
		if a.Name, ok = d.nsname(); !ok {
			return d.fail()
		}
		d.space()
		if b, ok = d.getc(); !ok || b != '=' {
			return d.fail()
		}
		d.space()
		if b, ok = d.getc(); !ok || b != '"' && b != '\'' {
			return d.fail() // unquoted or missing value
		}
		data := d.text(int(b), false)
		if data == nil {
			return nil, d.err
		}
		a.Value = string(data)
		attr = append(attr, a)
	}
	if empty {
		d.needClose, d.toClose = true, name
	}
	return xmlStartElement{name, attr}, nil
}

//go:noinline
func (d *xmlDecoder) space() {
	for d.err == nil && d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\r', '\n', '\t':
			d.pos++
		default:
			return
		}
	}
}

// text reads character data up to a '<' (quote < 0), the closing quote of
// an attribute value, or "]]>" in a CDATA section. It returns nil on an
// error.
func (d *xmlDecoder) text(quote int, cdata bool) []byte {
	var b0, b1 byte
	trunc := 0
	buf := d.buf[:0]
	defer func() { d.buf = buf[:0] }()
	for {
		if d.pos >= len(d.data) { // the end: sticky, as in getc
			d.err = errXML
			if cdata {
				return nil
			}
			break
		}
		b := d.data[d.pos]
		d.pos++
		if quote < 0 && b0 == ']' && b1 == ']' && b == '>' {
			if cdata {
				trunc = 2
				break
			}
			d.err = errXML // "]]>" outside CDATA
			return nil
		}
		if b == '<' && !cdata {
			if quote >= 0 {
				d.err = errXML // '<' in an attribute value
				return nil
			}
			d.ungetc()
			break
		}
		if quote >= 0 && b == byte(quote) {
			break
		}
		if b == '&' && !cdata {
			text, ok := d.entity()
			if !ok {
				d.err = errXML
				return nil
			}
			buf = append(buf, text...)
			b0, b1 = 0, 0
			continue
		}
		if b == '\r' {
			buf = append(buf, '\n')
		} else if b1 == '\r' && b == '\n' {
			// \r\n: the \n is written already
		} else {
			buf = append(buf, b)
		}
		b0, b1 = b1, b
	}
	data := buf[:len(buf)-trunc]
	for s := data; len(s) > 0; {
		r, size := utf8.DecodeRune(s)
		if r == utf8.RuneError && size == 1 || !xmlChar(r) {
			d.err = errXML
			return nil
		}
		s = s[size:]
	}
	return append([]byte{}, data...)
}

// entity reads a reference after '&': one of the five predefined
// entities or a character reference.
func (d *xmlDecoder) entity() (string, bool) {
	b, ok := d.getc()
	if !ok {
		return "", false
	}
	if b == '#' {
		if b, ok = d.getc(); !ok {
			return "", false
		}
		base := 10
		if b == 'x' {
			base = 16
			if b, ok = d.getc(); !ok {
				return "", false
			}
		}
		start := d.pos - 1
		for '0' <= b && b <= '9' || base == 16 && ('a' <= b && b <= 'f' || 'A' <= b && b <= 'F') {
			if b, ok = d.getc(); !ok {
				return "", false
			}
		}
		if b != ';' {
			return "", false
		}
		n, err := strconv.ParseUint(string(d.data[start:d.pos-1]), base, 64)
		if err != nil || n > utf8.MaxRune {
			return "", false
		}
		return string(rune(n)), true
	}
	d.ungetc()
	start := d.pos
	if !d.readName() && d.err != nil {
		return "", false
	}
	name := string(d.data[start:d.pos])
	if b, ok = d.getc(); !ok || b != ';' {
		return "", false
	}
	switch name {
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "amp":
		return "&", true
	case "apos":
		return "'", true
	case "quot":
		return `"`, true
	}
	return "", false
}

// nsname reads a name and splits it at its one colon, if any.
func (d *xmlDecoder) nsname() (xmlName, bool) {
	s, ok := d.name()
	if !ok || strings.Count(s, ":") > 1 {
		return xmlName{}, false
	}
	if space, local, ok := strings.Cut(s, ":"); ok && space != "" && local != "" {
		return xmlName{space, local}, true
	}
	return xmlName{Local: s}, true
}

func (d *xmlDecoder) name() (string, bool) {
	start := d.pos
	if !d.readName() {
		return "", false
	}
	s := string(d.data[start:d.pos])
	if !xmlNameOK(s) {
		d.err = errXML
		return "", false
	}
	return s, true
}

// readName reads the bytes of a name: up to an ASCII byte that cannot be
// in one. Other bytes are checked by xmlNameOK.
func (d *xmlDecoder) readName() bool {
	b, ok := d.getc()
	if !ok {
		return false
	}
	if b < utf8.RuneSelf && !xmlNameByte(b) {
		d.ungetc()
		return false
	}
	for {
		if b, ok = d.getc(); !ok {
			return false
		}
		if b < utf8.RuneSelf && !xmlNameByte(b) {
			d.ungetc()
			return true
		}
	}
}

func xmlNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

// xmlNameOK reports whether s is a name by XML 1.0's Appendix B, as
// encoding/xml checks it.
func xmlNameOK(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\ufffd") {
			return false
		}
		if !inRanges(xmlNameFirst[:], r) && (i == 0 || !inRanges(xmlNameSecond[:], r)) {
			return false
		}
	}
	return true
}

// inRanges reports whether r is in one of the sorted [lo, hi] pairs.
func inRanges(pairs []uint16, r rune) bool {
	if r > 0xffff {
		return false
	}
	lo, hi := 0, len(pairs)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < rune(pairs[2*m]):
			hi = m
		case r > rune(pairs[2*m+1]):
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// xmlChar reports whether r is in XML's Char production.
func xmlChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// procInstParam returns the value of param="…" in a processing
// instruction, found as encoding/xml finds it.
func procInstParam(param, s string) string {
	param += "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// The name tables of XML 1.0's Appendix B as encoding/xml has them
// (Letter | '_' | ':' to start a name, NameChar after), as [lo, hi] pairs.
var xmlNameFirst = [...]uint16{
	0x003a, 0x003a, 0x0041, 0x005a, 0x005f, 0x005f, 0x0061, 0x007a, 0x00c0, 0x00d6, 0x00d8, 0x00f6,
	0x00f8, 0x0131, 0x0134, 0x013e, 0x0141, 0x0148, 0x014a, 0x017e, 0x0180, 0x01c3, 0x01cd, 0x01f0,
	0x01f4, 0x01f5, 0x01fa, 0x0217, 0x0250, 0x02a8, 0x02bb, 0x02c1, 0x0386, 0x0386, 0x0388, 0x038a,
	0x038c, 0x038c, 0x038e, 0x03a1, 0x03a3, 0x03ce, 0x03d0, 0x03d6, 0x03da, 0x03da, 0x03dc, 0x03dc,
	0x03de, 0x03de, 0x03e0, 0x03e0, 0x03e2, 0x03f3, 0x0401, 0x040c, 0x040e, 0x044f, 0x0451, 0x045c,
	0x045e, 0x0481, 0x0490, 0x04c4, 0x04c7, 0x04c8, 0x04cb, 0x04cc, 0x04d0, 0x04eb, 0x04ee, 0x04f5,
	0x04f8, 0x04f9, 0x0531, 0x0556, 0x0559, 0x0559, 0x0561, 0x0586, 0x05d0, 0x05ea, 0x05f0, 0x05f2,
	0x0621, 0x063a, 0x0641, 0x064a, 0x0671, 0x06b7, 0x06ba, 0x06be, 0x06c0, 0x06ce, 0x06d0, 0x06d3,
	0x06d5, 0x06d5, 0x06e5, 0x06e6, 0x0905, 0x0939, 0x093d, 0x093d, 0x0958, 0x0961, 0x0985, 0x098c,
	0x098f, 0x0990, 0x0993, 0x09a8, 0x09aa, 0x09b0, 0x09b2, 0x09b2, 0x09b6, 0x09b9, 0x09dc, 0x09dd,
	0x09df, 0x09e1, 0x09f0, 0x09f1, 0x0a05, 0x0a0a, 0x0a0f, 0x0a10, 0x0a13, 0x0a28, 0x0a2a, 0x0a30,
	0x0a32, 0x0a33, 0x0a35, 0x0a36, 0x0a38, 0x0a39, 0x0a59, 0x0a5c, 0x0a5e, 0x0a5e, 0x0a72, 0x0a74,
	0x0a85, 0x0a8b, 0x0a8d, 0x0a8d, 0x0a8f, 0x0a91, 0x0a93, 0x0aa8, 0x0aaa, 0x0ab0, 0x0ab2, 0x0ab3,
	0x0ab5, 0x0ab9, 0x0abd, 0x0abd, 0x0ae0, 0x0ae0, 0x0b05, 0x0b0c, 0x0b0f, 0x0b10, 0x0b13, 0x0b28,
	0x0b2a, 0x0b30, 0x0b32, 0x0b33, 0x0b36, 0x0b39, 0x0b3d, 0x0b3d, 0x0b5c, 0x0b5d, 0x0b5f, 0x0b61,
	0x0b85, 0x0b8a, 0x0b8e, 0x0b90, 0x0b92, 0x0b95, 0x0b99, 0x0b9a, 0x0b9c, 0x0b9c, 0x0b9e, 0x0b9f,
	0x0ba3, 0x0ba4, 0x0ba8, 0x0baa, 0x0bae, 0x0bb5, 0x0bb7, 0x0bb9, 0x0c05, 0x0c0c, 0x0c0e, 0x0c10,
	0x0c12, 0x0c28, 0x0c2a, 0x0c33, 0x0c35, 0x0c39, 0x0c60, 0x0c61, 0x0c85, 0x0c8c, 0x0c8e, 0x0c90,
	0x0c92, 0x0ca8, 0x0caa, 0x0cb3, 0x0cb5, 0x0cb9, 0x0cde, 0x0cde, 0x0ce0, 0x0ce1, 0x0d05, 0x0d0c,
	0x0d0e, 0x0d10, 0x0d12, 0x0d28, 0x0d2a, 0x0d39, 0x0d60, 0x0d61, 0x0e01, 0x0e2e, 0x0e30, 0x0e30,
	0x0e32, 0x0e33, 0x0e40, 0x0e45, 0x0e81, 0x0e82, 0x0e84, 0x0e84, 0x0e87, 0x0e88, 0x0e8a, 0x0e8a,
	0x0e8d, 0x0e8d, 0x0e94, 0x0e97, 0x0e99, 0x0e9f, 0x0ea1, 0x0ea3, 0x0ea5, 0x0ea5, 0x0ea7, 0x0ea7,
	0x0eaa, 0x0eab, 0x0ead, 0x0eae, 0x0eb0, 0x0eb0, 0x0eb2, 0x0eb3, 0x0ebd, 0x0ebd, 0x0ec0, 0x0ec4,
	0x0f40, 0x0f47, 0x0f49, 0x0f69, 0x10a0, 0x10c5, 0x10d0, 0x10f6, 0x1100, 0x1100, 0x1102, 0x1103,
	0x1105, 0x1107, 0x1109, 0x1109, 0x110b, 0x110c, 0x110e, 0x1112, 0x113c, 0x113c, 0x113e, 0x113e,
	0x1140, 0x1140, 0x114c, 0x114c, 0x114e, 0x114e, 0x1150, 0x1150, 0x1154, 0x1155, 0x1159, 0x1159,
	0x115f, 0x1161, 0x1163, 0x1163, 0x1165, 0x1165, 0x1167, 0x1167, 0x1169, 0x1169, 0x116d, 0x116e,
	0x1172, 0x1173, 0x1175, 0x1175, 0x119e, 0x119e, 0x11a8, 0x11a8, 0x11ab, 0x11ab, 0x11ae, 0x11af,
	0x11b7, 0x11b8, 0x11ba, 0x11ba, 0x11bc, 0x11c2, 0x11eb, 0x11eb, 0x11f0, 0x11f0, 0x11f9, 0x11f9,
	0x1e00, 0x1e9b, 0x1ea0, 0x1ef9, 0x1f00, 0x1f15, 0x1f18, 0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d,
	0x1f50, 0x1f57, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f, 0x1f7d, 0x1f80, 0x1fb4,
	0x1fb6, 0x1fbc, 0x1fbe, 0x1fbe, 0x1fc2, 0x1fc4, 0x1fc6, 0x1fcc, 0x1fd0, 0x1fd3, 0x1fd6, 0x1fdb,
	0x1fe0, 0x1fec, 0x1ff2, 0x1ff4, 0x1ff6, 0x1ffc, 0x2126, 0x2126, 0x212a, 0x212b, 0x212e, 0x212e,
	0x2180, 0x2182, 0x3007, 0x3007, 0x3021, 0x3029, 0x3041, 0x3094, 0x30a1, 0x30fa, 0x3105, 0x312c,
	0x4e00, 0x9fa5, 0xac00, 0xd7a3,
}

var xmlNameSecond = [...]uint16{
	0x002d, 0x002e, 0x0030, 0x0039, 0x00b7, 0x00b7, 0x02d0, 0x02d1, 0x0300, 0x0345, 0x0360, 0x0361,
	0x0387, 0x0387, 0x0483, 0x0486, 0x0591, 0x05a1, 0x05a3, 0x05b9, 0x05bb, 0x05bd, 0x05bf, 0x05bf,
	0x05c1, 0x05c2, 0x05c4, 0x05c4, 0x0640, 0x0640, 0x064b, 0x0652, 0x0660, 0x0669, 0x0670, 0x0670,
	0x06d6, 0x06e4, 0x06e7, 0x06e8, 0x06ea, 0x06ed, 0x06f0, 0x06f9, 0x0901, 0x0903, 0x093c, 0x093c,
	0x093e, 0x094d, 0x0951, 0x0954, 0x0962, 0x0963, 0x0966, 0x096f, 0x0981, 0x0983, 0x09bc, 0x09bc,
	0x09be, 0x09c4, 0x09c7, 0x09c8, 0x09cb, 0x09cd, 0x09d7, 0x09d7, 0x09e2, 0x09e3, 0x09e6, 0x09ef,
	0x0a02, 0x0a02, 0x0a3c, 0x0a3c, 0x0a3e, 0x0a42, 0x0a47, 0x0a48, 0x0a4b, 0x0a4d, 0x0a66, 0x0a71,
	0x0a81, 0x0a83, 0x0abc, 0x0abc, 0x0abe, 0x0ac5, 0x0ac7, 0x0ac9, 0x0acb, 0x0acd, 0x0ae6, 0x0aef,
	0x0b01, 0x0b03, 0x0b3c, 0x0b3c, 0x0b3e, 0x0b43, 0x0b47, 0x0b48, 0x0b4b, 0x0b4d, 0x0b56, 0x0b57,
	0x0b66, 0x0b6f, 0x0b82, 0x0b83, 0x0bbe, 0x0bc2, 0x0bc6, 0x0bc8, 0x0bca, 0x0bcd, 0x0bd7, 0x0bd7,
	0x0be7, 0x0bef, 0x0c01, 0x0c03, 0x0c3e, 0x0c44, 0x0c46, 0x0c48, 0x0c4a, 0x0c4d, 0x0c55, 0x0c56,
	0x0c66, 0x0c6f, 0x0c82, 0x0c83, 0x0cbe, 0x0cc4, 0x0cc6, 0x0cc8, 0x0cca, 0x0ccd, 0x0cd5, 0x0cd6,
	0x0ce6, 0x0cef, 0x0d02, 0x0d03, 0x0d3e, 0x0d43, 0x0d46, 0x0d48, 0x0d4a, 0x0d4d, 0x0d57, 0x0d57,
	0x0d66, 0x0d6f, 0x0e31, 0x0e31, 0x0e34, 0x0e3a, 0x0e46, 0x0e4e, 0x0e50, 0x0e59, 0x0eb1, 0x0eb1,
	0x0eb4, 0x0eb9, 0x0ebb, 0x0ebc, 0x0ec6, 0x0ec6, 0x0ec8, 0x0ecd, 0x0ed0, 0x0ed9, 0x0f18, 0x0f19,
	0x0f20, 0x0f29, 0x0f35, 0x0f35, 0x0f37, 0x0f37, 0x0f39, 0x0f39, 0x0f3e, 0x0f3f, 0x0f71, 0x0f84,
	0x0f86, 0x0f8b, 0x0f90, 0x0f95, 0x0f97, 0x0f97, 0x0f99, 0x0fad, 0x0fb1, 0x0fb7, 0x0fb9, 0x0fb9,
	0x20d0, 0x20dc, 0x20e1, 0x20e1, 0x3005, 0x3005, 0x302a, 0x302f, 0x3031, 0x3035, 0x3099, 0x309a,
	0x309d, 0x309e, 0x30fc, 0x30fe,
}
