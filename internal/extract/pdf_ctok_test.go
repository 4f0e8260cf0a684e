package extract

import (
	"fmt"
	"reflect"
	"testing"
)

// sameTokens checks that the content tokenizer reads src as the lexer does:
// the same tokens, ending at the same places.
func sameTokens(t *testing.T, src []byte) {
	t.Helper()
	l := lexer{b: src}
	ct := ctokenizer{b: src}
	for i := 0; ; i++ {
		o, ok1 := l.next()
		k, op, ok2 := ct.next()
		if ok1 != ok2 {
			t.Fatalf("%q token %d: lexer ok=%v, tokenizer ok=%v", src, i, ok1, ok2)
		}
		if !ok1 {
			return
		}
		if want, got := describeObj(o, true), describeTok(&ct, k, true); want != got {
			t.Fatalf("%q token %d:\nlexer     %s\ntokenizer %s", src, i, want, got)
		}
		if o.kind == kOp && op != o.str {
			t.Fatalf("%q token %d: operator %q, want %q", src, i, op, o.str)
		}
		if k.kind == kDict && !reflect.DeepEqual(ct.dict(k), o) {
			t.Fatalf("%q token %d: dictionary differs", src, i)
		}
		if l.pos != ct.pos {
			t.Fatalf("%q token %d: ends at %d, want %d", src, i, ct.pos, l.pos)
		}
		ct.reset()
	}
}

func describeObj(o pobj, deep bool) string {
	s := fmt.Sprintf("%d %v %v %q", o.kind, o.isInt, o.num, o.str)
	if o.kind == kArray && deep {
		for _, x := range o.arr {
			s += " [" + describeObj(x, false) + "]"
		}
	}
	return s
}

func describeTok(t *ctokenizer, k ctok, deep bool) string {
	s := fmt.Sprintf("%d %v %v %q", k.kind, k.isInt, k.num, t.text(k))
	if k.kind == kArray && deep {
		for _, x := range t.array(k) {
			s += " [" + describeTok(t, x, false) + "]"
		}
	}
	return s
}

func TestContentTokens(t *testing.T) {
	for _, src := range []string{
		"BT /F1 12 Tf 72 712 Td (Hello \\(world\\)\\101) Tj ET",
		"[(A) -250 (B) 3.5 <48 65 6C> /N true null] TJ",
		"[(a) [1 2] (b)] TJ [<< /K 1 >>] [1 ] ] ) } { >> > TJ",
		"/Span << /ActualText (x) >> BDC (y) Tj EMC",
		"/Span << /ActualText (x) Tj",
		"[ (a) Tj ] TJ [ 1 2 >> 3 ] [ (unclosed",
		"--5 1.2.3 5. .5 +3 -0 1e5 abc truex W* f* ' \" BI /W 1 ID xx EI",
		"/Na#20me /A#4 /#41#42 % comment\n q 1 0 0 1 0 0 cm Q",
		"<4 8 6 > <zz> <<>> <",
		"(unterminated \\",
		"[",
		"1 2 3 4 5 6 7 8 9 begincodespacerange endbfrange usecmap findresource",
	} {
		sameTokens(t, []byte(src))
	}
	// A long flat array goes to the lexer, and reads the same.
	long := []byte("[")
	for i := 0; i < maxFastArray+10; i++ {
		long = append(long, "(x) 1 "...)
	}
	sameTokens(t, append(long, "] TJ"...))
}

func TestLookupOperator(t *testing.T) {
	for op := range operators {
		if got := lookupOperator([]byte(op)); got != op {
			t.Errorf("lookupOperator(%q) = %q", op, got)
		}
	}
	for _, w := range []string{"x", "Tk", "BTT", "abcd", "T"} {
		if got := lookupOperator([]byte(w)); got != "" {
			t.Errorf("lookupOperator(%q) = %q, want none", w, got)
		}
	}
}

func FuzzContentTokens(f *testing.F) {
	f.Add([]byte("BT /F1 12 Tf [(A) -250 <4142>] TJ ET"))
	f.Add([]byte("/P << /ActualText (x) >> BDC [[1] (a)] TJ EMC"))
	f.Add([]byte("[ (a) >> } ) 1 2 ] ( \\( ) <"))
	f.Fuzz(func(t *testing.T, src []byte) {
		sameTokens(t, src)
	})
}
