package bloom

import (
	"strconv"
	"testing"
)

func TestFilterHasNoFalseNo(t *testing.T) {
	var f Filter
	for i := range 10000 {
		f.Add(Hash("key" + strconv.Itoa(i)))
	}
	for i := range 10000 {
		if !f.May(Hash("key" + strconv.Itoa(i))) {
			t.Fatalf("key%d was added but the filter says no", i)
		}
	}
	maybe := 0
	for i := range 10000 {
		if f.May(Hash("other" + strconv.Itoa(i))) {
			maybe++
		}
	}
	if maybe > 1500 { // 2^17 bits, 10k keys: ~7%
		t.Errorf("%d of 10000 absent keys pass the filter", maybe)
	}
	var empty Filter
	if empty.May(Hash("x")) {
		t.Error("the zero Filter holds something")
	}
}

func TestExtendIsHashOfTheConcatenation(t *testing.T) {
	for _, c := range [][2]string{{"", ""}, {"node", ".js"}, {"ruby on", " rails"}, {"", "go"}} {
		if Extend(Hash(c[0]), []byte(c[1])) != Hash(c[0]+c[1]) {
			t.Errorf("Extend(Hash(%q), %q) differs from Hash of both", c[0], c[1])
		}
	}
	if Hash("a") == Hash("b") {
		t.Error("the hash ignores its input")
	}
}

func TestExtendByteIsExtend(t *testing.T) {
	for _, s := range []string{"", "a", "nodejs", "\x00\xff", "PostgreSQL"} {
		h := Offset
		for i := 0; i < len(s); i++ {
			h = ExtendByte(h, s[i])
		}
		if h != Hash(s) {
			t.Errorf("ExtendByte over %q = %d, Hash %d", s, h, Hash(s))
		}
	}
}
