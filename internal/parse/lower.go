package parse

// trimBytes is strings.Trim for a cutset of ASCII bytes, on a byte slice.
func trimBytes(b []byte, cutset string) []byte {
	for len(b) > 0 && indexByte(cutset, b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && indexByte(cutset, b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func indexByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}
