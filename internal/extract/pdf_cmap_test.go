package extract

import (
	"context"
	"testing"
)

func TestParseCMap(t *testing.T) {
	src := []byte(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar <0003> <0020> <0010> /bullet <0011> <D83DDE00> endbfchar
2 beginbfrange <0020> <0022> <0041> <0030> <0031> [<0078> (\000y)] endbfrange
1 begincidrange <0100> <01FF> 500 endcidrange
1 begincidchar <0200> 7 endcidchar
endcmap CMapName currentdict /CMap defineresource pop end end`)
	var sc cmapScratch
	for round := 0; round < 2; round++ { // the second reuses the scratch
		m := parseCMap(src, newBudget(context.Background(), Limits{}.withDefaults()), &sc)
		if len(m.space) != 1 || m.space[0] != (codeRange{0, 0xffff, 2}) {
			t.Fatalf("codespace %+v", m.space)
		}
		for _, c := range []struct {
			code uint32
			want string
		}{{3, " "}, {0x10, "•"}, {0x11, "😀"}, {0x20, "A"}, {0x22, "C"}, {0x30, "x"}, {0x31, "y"}} {
			if got, ok := m.text(c.code, 2); !ok || got != c.want {
				t.Errorf("code %#x: %q %v, want %q", c.code, got, ok, c.want)
			}
		}
		if _, ok := m.text(0x23, 2); ok {
			t.Errorf("code 0x23 mapped")
		}
		if cid, ok := m.cid(0x105, 2); !ok || cid != 505 {
			t.Errorf("cid range: %d %v", cid, ok)
		}
		if cid, ok := m.cid(0x200, 2); !ok || cid != 7 {
			t.Errorf("cid char: %d %v", cid, ok)
		}
	}
}
