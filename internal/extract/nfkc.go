package extract

import "unicode/utf8"

// NFKC without golang.org/x/text (whose tables and code cost the
// WebAssembly build ~45 KB gzipped): each character is replaced by its NFKC
// form, from a table generated from that package (nfkc_table.go: every
// character NFKC changes, in runs), and the result is composed pairwise as NFC
// composes a starter and the marks that follow it. This is exactly NFKC for
// one character, and for a character followed by marks in canonical order;
// what it does not do is reorder several marks written out of canonical
// order, nor compose a mark across another one it is not blocked by. The
// text of one glyph, which is what it is given, has no such sequences.

// nfkc returns s, valid UTF-8, in Unicode normalization form KC (see
// above).
func nfkc(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	// Most text is already NFKC: find the first character that changes,
	// alone or with the one before.
	prev := rune(-1)
	if i > 0 {
		prev = rune(s[i-1])
	}
	for j, r := range s[i:] {
		_, changes := compatForm(r)
		if _, composes := composePair(prev, r); changes || composes {
			b := []rune(s[:i+j])
			for _, r := range s[i+j:] {
				if m, ok := compatForm(r); ok {
					for _, x := range m {
						b = appendComposed(b, x)
					}
					continue
				}
				b = appendComposed(b, r)
			}
			return string(b)
		}
		prev = r
	}
	return s
}

// nfcPair returns NFC of base followed by mark, for a base that is NFC, when
// that is one character, and else two or more characters.
func nfcPair(base, mark rune) string {
	if c, ok := composePair(base, mark); ok {
		return string(c)
	}
	// NFC puts a mark before the marks of a precomposed letter that come
	// after it in canonical order: Â and a dot below make Ậ, Ạ with a
	// circumflex.
	if b, m, ok := decomposePair(base); ok && markClass(mark) > 0 && markClass(mark) < markClass(m) {
		inner := []rune(nfcPair(b, mark))
		if c, ok := composePair(inner[0], m); ok && len(inner) == 1 {
			return string(c)
		}
		return string(inner) + string(m)
	}
	return string(base) + string(mark)
}

// markClass is the canonical combining class of the combining diacritical
// marks U+0300–U+036F, and 0 for any other character.
func markClass(r rune) byte {
	if r >= 0x300 && r < 0x370 {
		return markClasses[r-0x300]
	}
	return 0
}

// decomposePair is composePair backwards.
func decomposePair(c rune) (a, b rune, ok bool) {
	for i := 0; i < len(composePairs)/9; i++ {
		if get3(composePairs, 9*i+6) == c {
			return get3(composePairs, 9*i), get3(composePairs, 9*i+3), true
		}
	}
	return 0, 0, false
}

func appendComposed(b []rune, r rune) []rune {
	if n := len(b); n > 0 {
		if c, ok := composePair(b[n-1], r); ok {
			b[n-1] = c
			return b
		}
	}
	return append(b, r)
}

// compatForm returns the NFKC form of r when it is not r itself.
func compatForm(r rune) (string, bool) {
	// The last run starting at or before r.
	i, j := 0, len(compatRuns)/8
	for i < j {
		h := int(uint(i+j) >> 1)
		if get3(compatRuns, 8*h) <= r {
			i = h + 1
		} else {
			j = h
		}
	}
	if i == 0 {
		return "", false
	}
	run := compatRuns[8*(i-1) : 8*i]
	k := int(r - get3(run, 0))
	if k >= int(run[3]) {
		return "", false
	}
	x := get3(run, 4)
	if run[7] == 'L' {
		return string(x + rune(k)), true
	}
	at := int(x)
	for ; k > 0; k-- {
		at += 1 + int(compatValues[at])
	}
	return compatValues[at+1 : at+1+int(compatValues[at])], true
}

// composePair returns the primary composite of a starter and the character
// after it, as NFC composes them.
func composePair(a, b rune) (rune, bool) {
	const sBase, lBase, vBase, tBase, lCount, vCount, tCount = 0xac00, 0x1100, 0x1161, 0x11a7, 19, 21, 28
	if a >= lBase && a < lBase+lCount && b >= vBase && b < vBase+vCount {
		return sBase + ((a-lBase)*vCount+(b-vBase))*tCount, true
	}
	if s := a - sBase; s >= 0 && s < lCount*vCount*tCount && s%tCount == 0 && b > tBase && b < tBase+tCount {
		return a + b - tBase, true
	}
	n := len(composePairs) / 9
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if x, y := get3(composePairs, 9*h), get3(composePairs, 9*h+3); x < a || x == a && y < b {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < n && get3(composePairs, 9*i) == a && get3(composePairs, 9*i+3) == b {
		return get3(composePairs, 9*i+6), true
	}
	return 0, false
}

// get3 reads the three-byte big-endian code point at s[at:].
func get3(s string, at int) rune {
	return rune(s[at])<<16 | rune(s[at+1])<<8 | rune(s[at+2])
}
