package check

import (
	"unicode"
	"unicode/utf8"
)

// Hand-written matchers for street addresses and places with a postcode,
// each standing for the expression in its comment (kept in oracle_test.go,
// which holds the matcher to it).

// runeAt decodes the rune at i (utf8.RuneError, 0 past the end).
func runeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// classRun is the end of the run of runes in the class from i.
func classRun(s string, i int, in func(r rune) bool) int {
	for i < len(s) {
		r, w := runeAt(s, i)
		if !in(r) {
			break
		}
		i += w
	}
	return i
}

func streetWordRune(r rune) bool {
	return unicode.IsLetter(r) || r == '.' || r == '\'' || r == '’' || r == '-'
}

var streetWords = newLitSet(`street\b`, `st\b`, `avenue\b`, `ave\b`, `road\b`, `rd\b`, `boulevard\b`, `blvd\b`, `lane\b`, `ln\b`, `drive\b`, `dr\b`, `court\b`, `ct\b`,
	`place\b`, `pl\b`, `terrace\b`, `ter\b`, `way\b`, `parkway\b`, `pkwy\b`, `highway\b`, `hwy\b`, `circle\b`, `cir\b`, `square\b`, `sq\b`)

// usStreet: (?i)\b\d{1,5}[a-z]?\s+(?:[\p{L}.'’-]+\s+){0,4}(?:street|st|…|sq)\b\.?(?:\s|,|$)
func usStreet(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || !boundaryAt(s, i) {
			continue
		}
		n := digitsFrom(s, i)
		if n > 5 {
			continue
		}
		for _, j := range [2]int{i + n + foldLetter(s, i+n), i + n} {
			p := spaces1(s, j)
			for words := 0; p >= 0; words++ {
				for k := range streetWords.alts {
					a := &streetWords.alts[k]
					if e := foldAt(s, p, a.lit); e >= 0 && boundaryAt(s, e) {
						if byteAt(s, e, '.') {
							e++
						}
						if e == len(s) || isSpaceRE(s[e]) || s[e] == ',' {
							return true
						}
					}
				}
				if words == 4 {
					break
				}
				q := classRun(s, p, streetWordRune)
				if q == p {
					break
				}
				p = spaces1(s, q)
			}
			if foldLetter(s, i+n) == 0 {
				break
			}
		}
	}
	return false
}

var germanStreetEnds = []string{"straße", "strasse", "str.", "weg", "gasse", "allee", "platz", "damm"}

// spaceThenDigit is \s+\d at i.
func spaceThenDigit(s string, i int) bool {
	d := spaces1(s, i)
	return d >= 0 && digitAt(s, d)
}

func letterOrHyphen(r rune) bool { return unicode.IsLetter(r) || r == '-' }

// germanStreet: (?i)\b[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm)\s+\d{1,4}\s?[a-z]?\b
func germanStreet(s string) bool {
	for i := 0; i < len(s); i++ {
		if !boundaryAt(s, i) {
			continue
		}
		end := classRun(s, i, letterOrHyphen)
		// Every ending must close the run (or be "str." closing it with
		// its full stop) and have white space and a digit after it: test
		// that once before trying each ending at each position.
		if !spaceThenDigit(s, end) && !(byteAt(s, end, '.') && spaceThenDigit(s, end+1)) {
			continue
		}
		for p := i; p <= end; p++ {
			for _, lit := range germanStreetEnds {
				e := foldAt(s, p, lit)
				if e < 0 || (e != end && !(lit == "str." && e == end+1)) {
					continue
				}
				d := spaces1(s, e)
				if d < 0 {
					continue
				}
				n := digitsFrom(s, d)
				if n < 1 || n > 4 {
					continue
				}
				q := d + n
				// \s?[a-z]?\b
				for _, sp := range [2]bool{true, false} {
					r := q
					if sp {
						if r >= len(s) || !isSpaceRE(s[r]) {
							continue
						}
						r++
					}
					if w := foldLetter(s, r); w > 0 && boundaryAt(s, r+w) || boundaryAt(s, r) {
						return true
					}
				}
			}
		}
	}
	return false
}

var romanceStreetWords = newLitSet(`\bcalle`, `\bc/`, `\bavenida`, `\bavda.`, `\bavda`, `\brua`, `\bvia`, `\bviale`, `\bpaseo`, `\bpraça`, `\btravessa`, `\bcarrer`)

func romanceNameRune(r rune) bool {
	return unicode.IsLetter(r) || r == ' ' || r == '.' || r == '\'' || r == '’' || r == '-'
}

// romanceStreet: (?i)\b(?:calle|c/|avenida|avda\.?|rua|via|viale|paseo|praça|travessa|carrer)\s+[\p{L} .'’-]{2,40}?,?\s*(?:n[º°o]\.?\s*)?\d{1,5}\b
func romanceStreet(s string) bool {
	number := func(q int) bool {
		n := digitsFrom(s, q)
		return n >= 1 && n <= 5 && boundaryAt(s, q+n)
	}
	tail := func(q int) bool {
		for _, comma := range [2]bool{true, false} {
			r := q
			if comma {
				if !byteAt(s, r, ',') {
					continue
				}
				r++
			}
			r = skipSpaces(s, r)
			if number(r) {
				return true
			}
			if e := foldAt(s, r, "n"); e >= 0 {
				for _, m := range [...]string{"º", "°", "o"} {
					if f := foldAt(s, e, m); f >= 0 {
						if byteAt(s, f, '.') && number(skipSpaces(s, f+1)) || number(skipSpaces(s, f)) {
							return true
						}
					}
				}
			}
		}
		return false
	}
	for i := 0; i < len(s); i++ {
		for _, k := range romanceStreetWords.first[s[i]] {
			a := &romanceStreetWords.alts[k]
			if !boundaryAt(s, i) {
				break
			}
			e := foldAt(s, i, a.lit)
			if e < 0 {
				continue
			}
			// \s+ may leave spaces to the name, which takes them too.
			for q0 := e + 1; q0 <= skipSpaces(s, e); q0++ {
				q := q0
				for n := 1; n <= 40; n++ {
					r, w := runeAt(s, q)
					if w == 0 || !romanceNameRune(r) {
						break
					}
					q += w
					if n >= 2 && tail(q) {
						return true
					}
				}
			}
		}
	}
	return false
}

var frenchStreetWords = []string{"rue", "avenue", "boulevard", "bd", "chemin", "allée", "impasse", "place", "quai"}

// frenchStreet: (?i)\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai)\s+\p{L}
func frenchStreet(s string) bool {
	rest := func(q int) bool {
		for _, comma := range [2]bool{true, false} {
			r := q
			if comma {
				if !byteAt(s, r, ',') {
					continue
				}
				r++
			}
			r = spaces1(s, r)
			if r >= 0 && foldAny(s, r, frenchStreetWords, func(e int) bool {
				f := spaces1(s, e)
				ok, _ := letterAt(s, max(f, 0))
				return f >= 0 && ok
			}) {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || !boundaryAt(s, i) {
			continue
		}
		n := digitsFrom(s, i)
		if n > 4 {
			continue
		}
		q := i + n
		if rest(q) {
			return true
		}
		for _, r := range [2]int{optSpace(s, q), q} {
			if foldAny(s, r, []string{"bis", "ter"}, rest) {
				return true
			}
		}
	}
	return false
}

var unitWords = newLitSet(`\bapt`, `\bapartment`, `\bsuite`, `\bunit`, `\bflat`)

// unitOrBox: (?i)\b(?:apt|apartment|suite|unit|flat)\.?\s*#?\s*\d+[a-z]?\b|\bp\.?\s?o\.?\s?box\s+\d+
func unitOrBox(s string) bool {
	for i := 0; i < len(s); i++ {
		if !boundaryAt(s, i) {
			continue
		}
		for _, k := range unitWords.first[s[i]] {
			e := foldAt(s, i, unitWords.alts[k].lit)
			if e < 0 {
				continue
			}
			if byteAt(s, e, '.') {
				e++
			}
			e = skipSpaces(s, e)
			if byteAt(s, e, '#') {
				e = skipSpaces(s, e+1)
			}
			n := digitsFrom(s, e)
			if n == 0 {
				continue
			}
			q := e + n
			if w := foldLetter(s, q); w > 0 && boundaryAt(s, q+w) || boundaryAt(s, q) {
				return true
			}
		}
		// p\.?\s?o\.?\s?box\s+\d+
		if e := foldAt(s, i, "p"); e >= 0 {
			for _, a := range optDotSpace(s, e) {
				if f := foldAt(s, a, "o"); f >= 0 {
					for _, b := range optDotSpace(s, f) {
						if g := foldAt(s, b, "box"); g >= 0 {
							if h := spaces1(s, g); h >= 0 && digitAt(s, h) {
								return true
							}
						}
					}
				}
			}
		}
	}
	return false
}

// optDotSpace returns the ends of \.?\s? at i.
func optDotSpace(s string, i int) []int {
	var out [4]int
	n := 0
	for _, dot := range [2]bool{true, false} {
		j := i
		if dot {
			if !byteAt(s, j, '.') {
				continue
			}
			j++
		}
		if j < len(s) && isSpaceRE(s[j]) {
			out[n] = j + 1
			n++
		}
		out[n] = j
		n++
	}
	return append([]int(nil), out[:n]...)
}

func placeNameRune(r rune) bool {
	return unicode.IsLetter(r) || r == '.' || r == '\'' || r == '’' || r == ' ' || r == '-'
}

// usPlace: \b\p{Lu}[\p{L}.'’ -]{1,30},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b
func usPlace(s string) bool {
	for i := 0; i < len(s); i++ {
		r, w := runeAt(s, i)
		if !unicode.IsUpper(r) || !boundaryAt(s, i) {
			continue
		}
		j, n := i+w, 0
		for n < 31 {
			r, w := runeAt(s, j)
			if w == 0 || !placeNameRune(r) {
				break
			}
			j += w
			n++
		}
		if n < 1 || n > 30 || !byteAt(s, j, ',') {
			continue
		}
		k := skipSpaces(s, j+1)
		if !(k+2 <= len(s) && s[k] >= 'A' && s[k] <= 'Z' && s[k+1] >= 'A' && s[k+1] <= 'Z') {
			continue
		}
		d := spaces1(s, k+2)
		if d < 0 || digitsFrom(s, d) < 5 {
			continue
		}
		e := d + 5
		if byteAt(s, e, '-') && digitsFrom(s, e+1) >= 4 && boundaryAt(s, e+5) || boundaryAt(s, e) {
			return true
		}
	}
	return false
}

// postcodePlace: (?:^|[\s,·|])\d{4,5}\s+\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}?\p{Ll}+)*(?:,\s*\p{Lu}\p{L}+)?\s*(?:$|[,·|])
// (the optional ", Region" never decides: where it could follow, a comma
// already ends the match).
func postcodePlace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		if i > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:i])
			if !(r < utf8.RuneSelf && isSpaceRE(byte(r)) || r == ',' || r == '·' || r == '|') {
				continue
			}
		}
		n := digitsFrom(s, i)
		if n < 4 || n > 5 {
			i += n - 1
			continue
		}
		p := spaces1(s, i+n)
		if p < 0 {
			continue
		}
		r, w := runeAt(s, p)
		if w == 0 || !unicode.IsUpper(r) {
			continue
		}
		q := classRun(s, p+w, unicode.IsLower)
		if utf8.RuneCountInString(s[p+w:q]) < 2 {
			continue
		}
		for q < len(s) && (s[q] == ' ' || s[q] == '-') {
			j := q + 1
			if r, w := runeAt(s, j); w > 0 && unicode.IsUpper(r) {
				j += w
			}
			k := classRun(s, j, unicode.IsLower)
			if k == j {
				break
			}
			q = k
		}
		t := skipSpaces(s, q)
		if t == len(s) || s[t] == ',' || s[t] == '|' || len(s)-t >= len("·") && s[t:t+len("·")] == "·" {
			return true
		}
	}
	return false
}
