package extract

import (
	"strconv"
	"strings"
)

// Our own PDF tokenizer. The library's Interpret needs a library Value and
// stops a whole page at the first bad token (inline image data is binary);
// we need to tokenize bytes we decoded ourselves (LZW, ASCIIHex, AES-256),
// skip inline images, and check a deadline between operators.

type objKind uint8

const (
	kNull objKind = iota
	kNum
	kBool
	kName
	kStr
	kOp // a bare keyword: content-stream operator, "obj", "R", ...
	kArray
	kDict
	kRef
)

// pobj is one parsed PDF object. Numbers keep whether they were written as
// integers; refs keep object and generation numbers in num and gen.
type pobj struct {
	kind  objKind
	isInt bool
	num   float64
	gen   int
	str   string // name (without slash), string bytes, or operator
	arr   []pobj
	dict  map[string]pobj
	start int // byte range of the object in its source
	end   int
}

func (o pobj) int() int {
	if o.kind != kNum {
		return 0
	}
	if o.num > 1<<40 || o.num < -(1<<40) {
		return 0
	}
	return int(o.num)
}

func (o pobj) key(k string) pobj {
	if o.kind != kDict {
		return pobj{}
	}
	return o.dict[k]
}

type lexer struct {
	b     []byte
	pos   int
	refs  bool // parse "n g R" as a reference (object syntax, not content)
	depth int
	tmp   []byte // scratch for string bodies
}

const maxNesting = 100

// byteClass marks white space and delimiters: one load per byte in the
// tokenizers' inner loops rather than a chain of comparisons.
var byteClass = func() (t [256]uint8) {
	for _, c := range []byte(" \n\r\t\f\x00") {
		t[c] |= classWhite
	}
	for _, c := range []byte("()<>[]{}/%") {
		t[c] |= classDelim
	}
	return t
}()

const (
	classWhite = 1 << iota
	classDelim
)

func isWhite(c byte) bool     { return byteClass[c]&classWhite != 0 }
func isDelimiter(c byte) bool { return byteClass[c]&classDelim != 0 }

// isRegular reports a byte that is part of a word: neither white space nor
// a delimiter.
func isRegular(c byte) bool { return byteClass[c] == 0 }

func (l *lexer) skipWhite() { l.pos = skipWhite(l.b, l.pos) }

// skipWhite returns the position of the first byte at or after pos that is
// neither white space nor in a comment.
func skipWhite(b []byte, pos int) int {
	for pos < len(b) {
		c := b[pos]
		if isWhite(c) {
			pos++
		} else if c == '%' {
			for pos < len(b) && b[pos] != '\n' && b[pos] != '\r' {
				pos++
			}
		} else {
			return pos
		}
	}
	return pos
}

// next reads one object. At the end of input it returns ok=false. Stray
// closing delimiters come back as kOp tokens "]" / ">>" / "}" so callers can
// close their containers.
func (l *lexer) next() (pobj, bool) {
	l.skipWhite()
	if l.pos >= len(l.b) {
		return pobj{}, false
	}
	start := l.pos
	c := l.b[l.pos]
	var o pobj
	switch {
	case c == '/':
		l.pos++
		o = pobj{kind: kName, str: l.name()}
	case c == '(':
		l.pos++
		o = pobj{kind: kStr, str: l.literal()}
	case c == '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			o = l.dictBody()
		} else {
			l.pos++
			o = pobj{kind: kStr, str: l.hex()}
		}
	case c == '>':
		l.pos++
		if l.pos < len(l.b) && l.b[l.pos] == '>' {
			l.pos++
		}
		o = pobj{kind: kOp, str: ">>"}
	case c == '[':
		l.pos++
		o = l.arrayBody()
	case c == ']' || c == '{' || c == '}' || c == ')':
		l.pos++
		o = pobj{kind: kOp, str: string(c)}
	default:
		w := l.wordBytes()
		if len(w) == 0 { // cannot happen: a delimiter we did not handle
			l.pos++
			return pobj{kind: kOp, str: string(c)}, true
		}
		o = wordObjBytes(w)
		if l.refs && o.kind == kNum && o.isInt && o.num >= 0 {
			o = l.maybeRef(o)
		}
	}
	o.start, o.end = start, l.pos
	return o, true
}

// wordObjBytes is wordObj without allocating for numbers and the usual
// operators: content streams are mostly those.
func wordObjBytes(w []byte) pobj {
	c := w[0]
	if c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9') {
		if v, isInt, ok := fastNumber(w); ok {
			return pobj{kind: kNum, num: v, isInt: isInt}
		}
	}
	if op, ok := operators[string(w)]; ok {
		return pobj{kind: kOp, str: op}
	}
	return wordObj(string(w))
}

// fastNumber parses plain decimal numbers; anything odd goes the slow way.
func fastNumber(w []byte) (float64, bool, bool) {
	neg := false
	i := 0
	if w[0] == '-' || w[0] == '+' {
		neg = w[0] == '-'
		i = 1
	}
	if i == len(w) || len(w) > 15 {
		return 0, false, false
	}
	var ip int64
	for ; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
		ip = ip*10 + int64(w[i]-'0')
	}
	v := float64(ip)
	isInt := true
	if i < len(w) && w[i] == '.' {
		isInt = false
		i++
		scale := 0.1
		for ; i < len(w) && w[i] >= '0' && w[i] <= '9'; i++ {
			v += float64(w[i]-'0') * scale
			scale /= 10
		}
	}
	if i != len(w) {
		return 0, false, false
	}
	if neg {
		v = -v
	}
	return v, isInt, true
}

// operators interns the known operators. A variable, not init: the
// tokenizer's init builds its table from it.
var operators = makeOperators()

func makeOperators() map[string]string {
	ops := map[string]string{}
	for _, op := range strings.Fields(`b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf TJ Tj TL Tm Tr Ts Tw Tz v w W W* y ' " obj endobj stream endstream R
		begincodespacerange endcodespacerange beginbfchar endbfchar beginbfrange endbfrange begincidchar endcidchar begincidrange endcidrange def dict begin end findresource defineresource pop usecmap begincmap endcmap CMapName currentdict`) {
		ops[op] = op
	}
	return ops
}

func wordObj(w string) pobj {
	switch w {
	case "true":
		return pobj{kind: kBool, num: 1}
	case "false":
		return pobj{kind: kBool}
	case "null":
		return pobj{kind: kNull}
	}
	c := w[0]
	if c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9') {
		if n, isInt, ok := parseNumber(w); ok {
			return pobj{kind: kNum, num: n, isInt: isInt}
		}
	}
	return pobj{kind: kOp, str: w}
}

// parseNumber accepts PDF numbers, including the sloppy forms producers
// write ("--5", "5.", "1.2.3" is not one).
func parseNumber(w string) (float64, bool, bool) {
	neg := false
	i := 0
	for i < len(w) && (w[i] == '+' || w[i] == '-') {
		neg = neg || w[i] == '-' // "--5" is -5, as pdf.js reads it
		i++
	}
	s := w[i:]
	if s == "" {
		return 0, false, false
	}
	dots := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '.' {
			dots++
		} else if s[j] < '0' || s[j] > '9' {
			return 0, false, false
		}
	}
	if dots > 1 || s == "." {
		return 0, false, false
	}
	var v float64
	if dots == 0 && len(s) < 18 {
		n, _ := strconv.ParseInt(s, 10, 64)
		v = float64(n)
	} else {
		v, _ = strconv.ParseFloat(s, 64)
	}
	if neg {
		v = -v
	}
	return v, dots == 0, true
}

func (l *lexer) maybeRef(o pobj) pobj {
	save := l.pos
	l.skipWhite()
	g := l.word()
	if g != "" {
		if gn, isInt, ok := parseNumber(g); ok && isInt && gn >= 0 && gn < 65536 {
			l.skipWhite()
			if l.pos < len(l.b) && l.b[l.pos] == 'R' && (l.pos+1 == len(l.b) || isWhite(l.b[l.pos+1]) || isDelimiter(l.b[l.pos+1])) {
				l.pos++
				return pobj{kind: kRef, num: o.num, gen: int(gn)}
			}
		}
	}
	l.pos = save
	return o
}

func (l *lexer) word() string { return string(l.wordBytes()) }

func (l *lexer) wordBytes() []byte {
	s := l.pos
	for l.pos < len(l.b) && isRegular(l.b[l.pos]) {
		l.pos++
	}
	return l.b[s:l.pos]
}

func (l *lexer) name() string {
	s := l.pos
	esc := false
	for l.pos < len(l.b) && isRegular(l.b[l.pos]) {
		if l.b[l.pos] == '#' {
			esc = true
		}
		l.pos++
	}
	raw := l.b[s:l.pos]
	if !esc {
		return string(raw)
	}
	return string(appendUnescapedName(make([]byte, 0, len(raw)), raw))
}

// appendName reads a name's body at b[pos:] (after the slash) onto dst.
func appendName(dst, b []byte, pos int) ([]byte, int) {
	s := pos
	for pos < len(b) && isRegular(b[pos]) {
		pos++
	}
	return appendUnescapedName(dst, b[s:pos]), pos
}

// appendUnescapedName appends a raw name with its #xx escapes decoded.
func appendUnescapedName(out, raw []byte) []byte {
	for i := 0; i < len(raw); i++ {
		if raw[i] == '#' && i+2 < len(raw) {
			h, lo := unhexByte(raw[i+1]), unhexByte(raw[i+2])
			if h >= 0 && lo >= 0 {
				out = append(out, byte(h<<4|lo))
				i += 2
				continue
			}
		}
		out = append(out, raw[i])
	}
	return out
}

func unhexByte(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *lexer) hex() string {
	out, pos := appendHex(l.tmp[:0], l.b, l.pos)
	l.pos, l.tmp = pos, out[:0]
	return string(out)
}

func (l *lexer) literal() string {
	out, pos := appendLiteral(l.tmp[:0], l.b, l.pos)
	l.pos, l.tmp = pos, out[:0]
	return string(out)
}

// appendHex reads a hex string's body at b[pos:] (after the "<") onto dst
// and returns where it ended.
func appendHex(out, b []byte, pos int) ([]byte, int) {
	hi := -1
	for pos < len(b) {
		c := b[pos]
		pos++
		if c == '>' {
			break
		}
		v := unhexByte(c)
		if v < 0 {
			continue // whitespace or junk
		}
		if hi < 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 {
		out = append(out, byte(hi<<4))
	}
	return out, pos
}

// appendLiteral reads a literal string's body at b[pos:] (after the "(")
// onto dst and returns where it ended.
func appendLiteral(out, b []byte, pos int) ([]byte, int) {
	depth := 1
	for pos < len(b) {
		c := b[pos]
		pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return out, pos
			}
		case '\\':
			if pos >= len(b) {
				return out, pos
			}
			e := b[pos]
			pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if pos < len(b) && b[pos] == '\n' {
					pos++
				}
				continue
			case '\n':
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				v := int(e - '0')
				for k := 0; k < 2 && pos < len(b) && b[pos] >= '0' && b[pos] <= '7'; k++ {
					v = v*8 + int(b[pos]-'0')
					pos++
				}
				c = byte(v)
			default:
				c = e // \( \) \\ and unknown escapes keep the character
			}
		}
		out = append(out, c)
	}
	return out, pos
}

func (l *lexer) arrayBody() pobj {
	o := pobj{kind: kArray}
	l.depth++
	defer func() { l.depth-- }()
	for {
		if l.depth > maxNesting {
			l.pos = len(l.b)
			return o
		}
		v, ok := l.next()
		if !ok {
			return o
		}
		if v.kind == kOp {
			switch v.str {
			case "]":
				return o
			case ">>", "}", ")":
				continue
			}
		}
		o.arr = append(o.arr, v)
		if len(o.arr) > 1<<20 {
			l.pos = len(l.b)
			return o
		}
	}
}

func (l *lexer) dictBody() pobj {
	o := pobj{kind: kDict, dict: map[string]pobj{}}
	l.depth++
	defer func() { l.depth-- }()
	for {
		if l.depth > maxNesting {
			l.pos = len(l.b)
			return o
		}
		k, ok := l.next()
		if !ok {
			return o
		}
		if k.kind == kOp && k.str == ">>" {
			return o
		}
		if k.kind != kName {
			// A content operator inside a dict means it was never closed
			// (truncated data): give the token back and end the dict.
			if k.kind == kOp && k.str != "]" && k.str != "}" && k.str != ")" {
				l.pos = k.start
				return o
			}
			continue
		}
		v, ok := l.next()
		if !ok {
			return o
		}
		if v.kind == kOp && v.str == ">>" {
			o.dict[k.str] = pobj{}
			return o
		}
		o.dict[k.str] = v
	}
}
