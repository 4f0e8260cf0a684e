package extract

// The content-stream tokenizer. Content streams are almost all numbers,
// names, strings, operators and flat arrays: it reads those into tokens
// that hold no pointers (text in one byte arena, array elements in one
// list, both reused from operator to operator), so operands cost neither
// allocations nor write barriers. Anything else (dictionaries, nested
// arrays, stray delimiters) goes to the general lexer, and what comes back
// is converted: both read the same bytes the same way.

// ctok is one content-stream token.
type ctok struct {
	kind  objKind
	isInt bool
	num   float64
	// Names, strings and operators: the text is arena[off:off+n]. Arrays:
	// the elements are elems[off:off+n]. Dictionaries: objs[off].
	off, n uint32
}

type ctokenizer struct {
	b     []byte
	pos   int
	arena []byte
	elems []ctok
	objs  []pobj
}

// maxFastArray bounds the arrays read here; longer ones go to the lexer,
// which knows the hard caps.
const maxFastArray = 4096

// reset drops the operands of the last operator.
func (t *ctokenizer) reset() {
	t.arena, t.elems = t.arena[:0], t.elems[:0]
	if len(t.objs) > 0 {
		clear(t.objs)
		t.objs = t.objs[:0]
	}
}

// tokMark is where the tokenizer's buffers ended before a token.
type tokMark struct{ arena, elems, objs int }

func (t *ctokenizer) mark() tokMark { return tokMark{len(t.arena), len(t.elems), len(t.objs)} }

// release forgets the tokens read since m: operands dropped over a cap
// must not grow the buffers.
func (t *ctokenizer) release(m tokMark) {
	clear(t.objs[m.objs:])
	t.arena, t.elems, t.objs = t.arena[:m.arena], t.elems[:m.elems], t.objs[:m.objs]
}

// int is a number token as an int, as pobj.int.
func (k ctok) int() int {
	if k.kind != kNum || k.num > 1<<40 || k.num < -(1<<40) {
		return 0
	}
	return int(k.num)
}

// text is the bytes of a name, string or operator token; nil for others.
func (t *ctokenizer) text(k ctok) []byte {
	switch k.kind {
	case kName, kStr, kOp:
		return t.arena[k.off : k.off+k.n]
	}
	return nil
}

// array is the elements of an array token; nil for others.
func (t *ctokenizer) array(k ctok) []ctok {
	if k.kind != kArray {
		return nil
	}
	return t.elems[k.off : k.off+k.n]
}

// dict is the dictionary of a dictionary token.
func (t *ctokenizer) dict(k ctok) pobj {
	if k.kind != kDict {
		return pobj{}
	}
	return t.objs[k.off]
}

// next reads one token. For an operator it also returns the operator's
// name. At the end of input ok is false.
func (t *ctokenizer) next() (tok ctok, op string, ok bool) {
	t.pos = skipWhite(t.b, t.pos)
	if t.pos >= len(t.b) {
		return ctok{}, "", false
	}
	start := t.pos
	if tok, op, ok := t.simple(); ok {
		return tok, op, true
	}
	if t.b[start] == '[' {
		if tok, ok := t.flatArray(); ok {
			return tok, "", true
		}
	}
	t.pos = start
	l := lexer{b: t.b, pos: start}
	o, _ := l.next()
	t.pos = l.pos
	tok = t.convert(o, true)
	if o.kind == kOp {
		op = o.str
	}
	return tok, op, true
}

// simple reads a name, string, number or word at t.pos; ok is false for
// anything else, with t.pos unmoved.
func (t *ctokenizer) simple() (tok ctok, op string, ok bool) {
	c := t.b[t.pos]
	mark := len(t.arena)
	switch {
	case c == '/':
		t.arena, t.pos = appendName(t.arena, t.b, t.pos+1)
		return t.textTok(kName, mark), "", true
	case c == '(':
		t.arena, t.pos = appendLiteral(t.arena, t.b, t.pos+1)
		return t.textTok(kStr, mark), "", true
	case c == '<':
		if t.pos+1 < len(t.b) && t.b[t.pos+1] == '<' {
			return ctok{}, "", false
		}
		t.arena, t.pos = appendHex(t.arena, t.b, t.pos+1)
		return t.textTok(kStr, mark), "", true
	case isDelimiter(c):
		return ctok{}, "", false
	}
	s := t.pos
	for t.pos < len(t.b) && isRegular(t.b[t.pos]) {
		t.pos++
	}
	w := t.b[s:t.pos]
	if c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9') {
		if v, isInt, ok := fastNumber(w); ok {
			return ctok{kind: kNum, num: v, isInt: isInt}, "", true
		}
	}
	if op := lookupOperator(w); op != "" {
		t.arena = append(t.arena, op...)
		return t.textTok(kOp, mark), op, true
	}
	o := wordObj(string(w))
	return t.convert(o, true), o.str, true
}

func (t *ctokenizer) textTok(k objKind, mark int) ctok {
	return ctok{kind: k, off: uint32(mark), n: uint32(len(t.arena) - mark)}
}

// flatArray reads an array of names, strings and words at t.pos. ok is
// false, with nothing kept, when it holds anything else.
func (t *ctokenizer) flatArray() (ctok, bool) {
	start, first, mark := t.pos, len(t.elems), len(t.arena)
	t.pos++
	for {
		t.pos = skipWhite(t.b, t.pos)
		if t.pos >= len(t.b) {
			break // the lexer too ends an array at the end of input
		}
		if t.b[t.pos] == ']' {
			t.pos++
			break
		}
		e, _, ok := t.simple()
		if !ok || len(t.elems)-first >= maxFastArray {
			t.pos, t.elems, t.arena = start, t.elems[:first], t.arena[:mark]
			return ctok{}, false
		}
		t.elems = append(t.elems, e)
	}
	return ctok{kind: kArray, off: uint32(first), n: uint32(len(t.elems) - first)}, true
}

// convert turns a lexer object into a token. Arrays keep their own
// elements only (nested ones come back empty): no operator looks deeper.
func (t *ctokenizer) convert(o pobj, deep bool) ctok {
	k := ctok{kind: o.kind, isInt: o.isInt, num: o.num}
	switch o.kind {
	case kName, kStr, kOp:
		mark := len(t.arena)
		t.arena = append(t.arena, o.str...)
		k.off, k.n = uint32(mark), uint32(len(o.str))
	case kArray:
		if !deep {
			return ctok{kind: kArray}
		}
		// Nested arrays come back empty, so this array's elements stay
		// next to each other in elems.
		first := len(t.elems)
		for _, x := range o.arr {
			t.elems = append(t.elems, t.convert(x, false))
		}
		k.off, k.n = uint32(first), uint32(len(t.elems)-first)
	case kDict:
		t.objs = append(t.objs, o)
		k.off = uint32(len(t.objs) - 1)
	}
	return k
}

// Operators of up to three bytes (all a content stream uses) are found in
// a small open-addressed table keyed by their packed bytes: a string map
// hashes every operator, and hashing is slow in WebAssembly.
var shortOps [256]struct {
	key uint32
	op  string
}

func packOp(w []byte) uint32 {
	k := uint32(len(w)) << 24
	for i, c := range w {
		k |= uint32(c) << (16 - 8*i)
	}
	return k
}

func opSlot(k uint32) uint32 { return (k * 0x9e3779b1) >> 24 }

func init() {
	for op := range operators {
		if len(op) > 3 {
			continue
		}
		k := packOp([]byte(op))
		i := opSlot(k)
		for shortOps[i].key != 0 {
			i = (i + 1) & 255
		}
		shortOps[i].key, shortOps[i].op = k, op
	}
}

// lookupOperator returns the interned name of a known operator, or "".
func lookupOperator(w []byte) string {
	if len(w) > 3 {
		return operators[string(w)]
	}
	k := packOp(w)
	for i := opSlot(k); shortOps[i].key != 0; i = (i + 1) & 255 {
		if shortOps[i].key == k {
			return shortOps[i].op
		}
	}
	return ""
}
