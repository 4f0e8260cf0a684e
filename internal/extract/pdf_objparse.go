package extract

import (
	"fmt"
	"strconv"
)

// The object parser behind value: it reads indirect objects from our copy
// of the file with the grammar, and the failures, of the reader this layer
// replaced (github.com/ledongthuc/pdf), so that a damaged object fails the
// same lookups it always failed. Our lexer (pdf_lex.go) is more forgiving;
// it stays the tool for content streams and for repairing the file.

type vkind uint8

const (
	vNull vkind = iota
	vBool
	vInteger
	vReal
	vString
	vName
	vDict
	vArray
	vStream
	vRef    // i: object number, gen
	vObjdef // "id gen obj ... endobj": kids[0] is the object
)

// node is one parsed object. Dicts and streams keep keys and values
// alternating in kids (a key is a vName node); arrays keep their elements.
type node struct {
	kind vkind
	gen  uint16
	i    int64   // Integer, Bool (0 or 1), Ref and Objdef number, Stream data offset
	f    float64 // Real
	s    string  // String bytes, Name
	kids []node
}

type tokKind uint8

const (
	tKeyword tokKind = iota
	tName
	tString
	tInt
	tReal
	tBool
)

type token struct {
	kind tokKind
	i    int64
	f    float64
	s    string
}

func (t token) is(kw string) bool { return t.kind == tKeyword && t.s == kw }

// goType and show name a token as the old reader's messages did.
func (t token) goType() string {
	return [...]string{"pdf.keyword", "pdf.name", "string", "int64", "float64", "bool"}[t.kind]
}

func (t token) show() string {
	switch t.kind {
	case tInt:
		return strconv.FormatInt(t.i, 10)
	case tReal:
		return fmt.Sprint(t.f)
	case tBool:
		return strconv.FormatBool(t.i != 0)
	}
	return t.s
}

const maxObjDepth = 1000

// objParser reads from buf at pos. Reading past the end is an error, as it
// was for the old reader (it gave no slack at the end of an object).
type objParser struct {
	buf    []byte
	pos    int
	unread []token
	depth  int
	tmp    []byte
	stack  []node // elements of open containers, copied out when they close
}

func (p *objParser) fail(format string, args ...any) {
	panic(fmt.Errorf(format, args...))
}

func (p *objParser) readByte() byte {
	if p.pos >= len(p.buf) {
		p.fail("malformed PDF: reading at offset %d: EOF", len(p.buf))
	}
	c := p.buf[p.pos]
	p.pos++
	return c
}

func (p *objParser) unreadByte() {
	if p.pos > 0 {
		p.pos--
	}
}

func (p *objParser) readToken() token {
	if n := len(p.unread); n > 0 {
		t := p.unread[n-1]
		p.unread = p.unread[:n-1]
		return t
	}
	c := p.readByte()
	for {
		if isWhite(c) {
			c = p.readByte()
		} else if c == '%' {
			for c != '\r' && c != '\n' {
				c = p.readByte()
			}
		} else {
			break
		}
	}
	switch c {
	case '<':
		if p.readByte() == '<' {
			return token{kind: tKeyword, s: "<<"}
		}
		p.unreadByte()
		return p.readHex()
	case '(':
		return p.readLiteral()
	case '[':
		return token{kind: tKeyword, s: "["}
	case ']':
		return token{kind: tKeyword, s: "]"}
	case '{':
		return token{kind: tKeyword, s: "{"}
	case '}':
		return token{kind: tKeyword, s: "}"}
	case '/':
		return p.readName()
	case '>':
		if p.readByte() == '>' {
			return token{kind: tKeyword, s: ">>"}
		}
		p.unreadByte()
	}
	if isDelimiter(c) {
		p.fail("unexpected delimiter %#q", rune(c))
	}
	p.unreadByte()
	return p.readKeyword()
}

func (p *objParser) readHex() token {
	out := p.tmp[:0]
	for {
		c := p.readByte()
		for isWhite(c) {
			c = p.readByte()
		}
		if c == '>' {
			break
		}
		c2 := p.readByte()
		for isWhite(c2) {
			c2 = p.readByte()
		}
		x := unhexByte(c)<<4 | unhexByte(c2)
		if x < 0 {
			// The old reader showed the rest of its 4 KiB read window.
			end := (p.pos + 4095) / 4096 * 4096
			p.fail("malformed hex string %c %c %s", c, c2, p.buf[p.pos:min(end, len(p.buf))])
		}
		out = append(out, byte(x))
	}
	p.tmp = out
	return token{kind: tString, s: string(out)}
}

func (p *objParser) readLiteral() token {
	out := p.tmp[:0]
	depth := 1
loop:
	for {
		c := p.readByte()
		switch c {
		default:
			out = append(out, c)
		case '(':
			depth++
			out = append(out, c)
		case ')':
			if depth--; depth == 0 {
				break loop
			}
			out = append(out, c)
		case '\\':
			switch c = p.readByte(); c {
			default:
				p.fail("invalid escape sequence \\%c", c)
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 'b':
				out = append(out, '\b')
			case 't':
				out = append(out, '\t')
			case 'f':
				out = append(out, '\f')
			case '(', ')', '\\':
				out = append(out, c)
			case '\r':
				if p.readByte() != '\n' {
					p.unreadByte()
				}
			case '\n':
			case '0', '1', '2', '3', '4', '5', '6', '7':
				x := int(c - '0')
				for range 2 {
					c = p.readByte()
					if c < '0' || c > '7' {
						p.unreadByte()
						break
					}
					x = x*8 + int(c-'0')
				}
				if x > 255 {
					p.fail("invalid octal escape \\%03o", x)
				}
				out = append(out, byte(x))
			}
		}
	}
	p.tmp = out
	return token{kind: tString, s: string(out)}
}

func (p *objParser) readName() token {
	out := p.tmp[:0]
	for {
		c := p.readByte()
		if isDelimiter(c) || isWhite(c) {
			p.unreadByte()
			break
		}
		if c == '#' {
			x := unhexByte(p.readByte()) << 4
			x |= unhexByte(p.readByte())
			if x < 0 {
				p.fail("malformed name")
			}
			out = append(out, byte(x))
			continue
		}
		out = append(out, c)
	}
	p.tmp = out
	return token{kind: tName, s: string(out)}
}

func (p *objParser) readKeyword() token {
	start := p.pos
	for {
		c := p.readByte()
		if isDelimiter(c) || isWhite(c) {
			p.unreadByte()
			break
		}
	}
	w := p.buf[start:p.pos]
	switch {
	case string(w) == "true":
		return token{kind: tBool, i: 1}
	case string(w) == "false":
		return token{kind: tBool}
	case isDecimal(w, false):
		x, err := strconv.ParseInt(string(w), 10, 64)
		if err != nil {
			p.fail("invalid integer %s", w)
		}
		return token{kind: tInt, i: x}
	case isDecimal(w, true):
		x, err := strconv.ParseFloat(string(w), 64)
		if err != nil {
			p.fail("invalid real %s", w)
		}
		return token{kind: tReal, f: x}
	}
	if op, ok := operators[string(w)]; ok {
		return token{kind: tKeyword, s: op}
	}
	return token{kind: tKeyword, s: string(w)}
}

// isDecimal: an optional sign, then digits, with exactly one dot when real.
func isDecimal(w []byte, real bool) bool {
	if len(w) > 0 && (w[0] == '+' || w[0] == '-') {
		w = w[1:]
	}
	if len(w) == 0 {
		return false
	}
	dots := 0
	for _, c := range w {
		if c == '.' {
			dots++
		} else if c < '0' || c > '9' {
			return false
		}
	}
	if real {
		return dots == 1
	}
	return dots == 0
}

func (p *objParser) readObject() node {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxObjDepth {
		p.fail("object nesting exceeds maximum depth %d", maxObjDepth)
	}
	t := p.readToken()
	switch t.kind {
	case tKeyword:
		switch t.s {
		case "null", ">>", "]":
			return node{}
		case "<<":
			return p.readDict()
		case "[":
			return p.readArray()
		}
		p.fail("unexpected keyword %q parsing object", t.s)
	case tName:
		return node{kind: vName, s: t.s}
	case tString:
		return node{kind: vString, s: t.s}
	case tReal:
		return node{kind: vReal, f: t.f}
	case tBool:
		return node{kind: vBool, i: t.i}
	}
	// An integer, or the start of "id gen R" / "id gen obj".
	if t.i < 0 || t.i > 1<<32-1 {
		return node{kind: vInteger, i: t.i}
	}
	t2 := p.readToken()
	if t2.kind == tInt && t2.i >= 0 && t2.i <= 1<<16-1 {
		t3 := p.readToken()
		switch {
		case t3.is("R"):
			return node{kind: vRef, i: t.i, gen: uint16(t2.i)}
		case t3.is("obj"):
			obj := p.readObject()
			if obj.kind != vStream {
				if t4 := p.readToken(); !t4.is("endobj") {
					p.fail("missing endobj after indirect object definition")
				}
			}
			return node{kind: vObjdef, i: t.i, gen: uint16(t2.i), kids: []node{obj}}
		}
		p.unread = append(p.unread, t3)
	}
	p.unread = append(p.unread, t2)
	return node{kind: vInteger, i: t.i}
}

func (p *objParser) readArray() node {
	base := len(p.stack)
	for {
		t := p.readToken()
		if t.is("]") {
			break
		}
		p.unread = append(p.unread, t)
		o := p.readObject()
		p.stack = append(p.stack, o)
	}
	return node{kind: vArray, kids: p.closeContainer(base)}
}

func (p *objParser) readDict() node {
	base := len(p.stack)
	for {
		t := p.readToken()
		if t.is(">>") {
			break
		}
		if t.kind != tName {
			p.fail("unexpected non-name key %s(%s) parsing dictionary", t.goType(), t.show())
		}
		o := p.readObject()
		p.stack = append(p.stack, node{kind: vName, s: t.s}, o)
	}
	d := node{kind: vDict, kids: p.closeContainer(base)}
	t := p.readToken()
	if !t.is("stream") {
		p.unread = append(p.unread, t)
		return d
	}
	switch p.readByte() {
	case '\r':
		if p.readByte() != '\n' {
			p.unreadByte()
		}
	case '\n':
	default:
		p.fail("stream keyword not followed by newline")
	}
	d.kind, d.i = vStream, int64(p.pos)
	return d
}

// closeContainer moves the elements above base off the stack into a slice
// of their own: one allocation per container.
func (p *objParser) closeContainer(base int) []node {
	if len(p.stack) == base {
		return nil
	}
	out := make([]node, len(p.stack)-base)
	copy(out, p.stack[base:])
	clear(p.stack[base:])
	p.stack = p.stack[:base]
	return out
}
