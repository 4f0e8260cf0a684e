package roles

// prefixFilter answers "might this be a key of prefixes?" with one bit
// test: most words of a résumé begin no skill's name, and turning them
// away before the map is hashed is what makes Find cheap, above all in
// WebAssembly, where string hashing has no hardware help. It is a Bloom
// filter with one hash (FNV-1a, which can be extended a token at a time
// as Find lengthens a phrase): no false "no", a few per cent false "maybe".
type prefixFilter [1 << (filterBits - 6)]uint64

const filterBits = 17 // 128 Kbit for ~10k keys: ~8% false positives

const (
	fnvOffset uint32 = 2166136261
	fnvPrime  uint32 = 16777619
)

// fnvAdd extends an FNV-1a hash by the bytes of s.
func fnvAdd[S string | []byte](h uint32, s S) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

func (f *prefixFilter) add(h uint32) {
	h &= 1<<filterBits - 1
	f[h>>6] |= 1 << (h & 63)
}

func (f *prefixFilter) may(h uint32) bool {
	h &= 1<<filterBits - 1
	return f[h>>6]&(1<<(h&63)) != 0
}
