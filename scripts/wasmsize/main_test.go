package main

import (
	"bytes"
	"testing"
)

func TestWasmPkgOf(t *testing.T) {
	for sym, want := range map[string]string{
		"encoding_json.__decodeState_.object":                      "encoding/json",
		"runtime.__sweepLocked_.sweep":                             "runtime",
		"runtime.wasm_export_run":                                  "runtime",
		"github.com_resumescore_resumescore_internal_check.init":   "github.com/resumescore/resumescore/internal/check",
		"golang.org_x_text_unicode_norm.nextDecomposed":            "golang.org/x/text/unicode/norm",
		"github.com_ledongthuc_pdf.__Reader_.initEncrypt":          "github.com/ledongthuc/pdf",
		"type_.eq.main.T":                                          "type:",
		"slices.SortFunc_go.shape.string_":                         "slices",
		"unicode.map.init.2":                                       "unicode",
		"wasm_pc_f_loop":                                           "wasm_pc_f_loop", // a linker helper: no package
		"internal_runtime_maps.__Map_.getWithKeySmall":             "internal/runtime/maps",
		"crypto_internal_fips140_aes.encryptBlockGeneric":          "crypto/internal/fips140/aes",
		"github.com_resumescore_resumescore_internal_extract.Read": "github.com/resumescore/resumescore/internal/extract",
	} {
		if got := wasmPkgOf(sym); got != want {
			t.Errorf("wasmPkgOf(%q) = %q, want %q", sym, got, want)
		}
	}
}

// testModule builds a wasm module with a memory and a data section.
func testModule(segs []segment) []byte {
	out := []byte("\x00asm\x01\x00\x00\x00")
	out = append(out, 5, 3, 1, 0, 1) // memory section: one memory, min 1 page
	var sec []byte
	sec = appendULEB(sec, uint64(len(segs)))
	for _, s := range segs {
		sec = append(sec, 0, 0x41)
		sec = appendSLEB(sec, s.addr)
		sec = append(sec, 0x0b)
		sec = appendULEB(sec, uint64(len(s.data)))
		sec = append(sec, s.data...)
	}
	out = append(out, 11)
	out = appendULEB(out, uint64(len(sec)))
	return append(out, sec...)
}

// memory is the linear memory a module's data segments set up.
func memory(t *testing.T, mod []byte) []byte {
	t.Helper()
	r := &reader{b: mod, off: 8}
	mem := make([]byte, 1<<16)
	for r.off < len(mod) {
		id := r.byte()
		content := r.bytes(int(r.uleb()))
		if id != 11 {
			continue
		}
		segs, err := readSegments(content)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range segs {
			copy(mem[s.addr:], s.data)
		}
	}
	if r.err != nil {
		t.Fatal(r.err)
	}
	return mem
}

func TestPackKeepsMemory(t *testing.T) {
	segs := []segment{
		{addr: 3000, data: []byte("later")},
		{addr: 16, data: []byte("abc")},
		{addr: 40, data: []byte("def")},        // 21 zero bytes after abc: joined
		{addr: 1000, data: []byte("far")},      // far: kept apart with gap 256
		{addr: 1003, data: []byte("adjacent")}, // touching
		{addr: 70000 - 65536, data: []byte{1}},
	}
	mod := testModule(segs)
	for _, gap := range []int{0, 8, 256, 1 << 20} {
		out, before, after, err := packData(mod, gap)
		if err != nil {
			t.Fatal(err)
		}
		if before != len(segs) || after < 1 || after > len(segs) {
			t.Errorf("gap %d: %d → %d segments", gap, before, after)
		}
		if !bytes.Equal(memory(t, out), memory(t, mod)) {
			t.Errorf("gap %d: memory differs after packing", gap)
		}
		if gap == 256 && after != 4 {
			t.Errorf("gap 256: %d segments, want 4", after)
		}
	}
	if _, _, _, err := packData(testModule([]segment{{addr: 10, data: []byte("xyz")}, {addr: 11, data: []byte("q")}}), 8); err == nil {
		t.Error("overlapping segments were accepted")
	}
	if _, _, _, err := packData([]byte("not wasm"), 8); err == nil {
		t.Error("a non-wasm file was accepted")
	}
}
