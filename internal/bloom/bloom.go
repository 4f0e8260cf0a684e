// Package bloom is a one-hash Bloom filter over byte strings: a bit test
// that answers "certainly not in the set" for most words of a résumé before
// a map is hashed. It pays above all in WebAssembly, where Go's string
// hashing has no hardware help. The hash is FNV-1a, which can be extended a
// piece at a time, so a caller that builds a key word by word hashes it as
// it goes.
package bloom

// Filter has 2^17 bits: about 8% false "maybe" for 10,000 keys, and never
// a false "no". The zero Filter holds nothing.
type Filter [1 << (bits - 6)]uint64

const bits = 17

// Offset is the hash of the empty string.
const Offset uint32 = 2166136261

const prime uint32 = 16777619

// Extend extends hash h by the bytes of s: Extend(Extend(Offset, a), b) is
// the hash of a followed by b.
func Extend[S string | []byte](h uint32, s S) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= prime
	}
	return h
}

// ExtendByte extends hash h by the byte c.
func ExtendByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * prime }

// Hash is Extend(Offset, s).
func Hash[S string | []byte](s S) uint32 { return Extend(Offset, s) }

// Add puts the key with hash h in the filter.
func (f *Filter) Add(h uint32) {
	h &= 1<<bits - 1
	f[h>>6] |= 1 << (h & 63)
}

// May says whether the key with hash h may be in the filter.
func (f *Filter) May(h uint32) bool {
	h &= 1<<bits - 1
	return f[h>>6]&(1<<(h&63)) != 0
}
