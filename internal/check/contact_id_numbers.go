package check

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// idNumbers find identity numbers: labelled ones (passport, licence,
// national ID, tax and insurance numbers) and the shapes that need no label
// (a US Social Security number, a Brazilian CPF, a UK National Insurance
// number). Each matcher's expression is in oracle_test.go.
var idNumbers = [...]struct {
	what   string
	match  func(string) bool
	gate   gramGate // what a line must hold to match, and its digits
	digits int
}{
	{"Social Security number", labelledSSN, newGate("ssn", "social security"), 1},
	{"passport number", passportNumber, newGate("passport", "pasaporte", "reisepass", "passeport"), 1},
	{"licence number", licenceNumber, newGate("licence", "license"), 1},
	{"national ID number", nationalID, newGate(nationalIDLabels...), 3},
	{"CPF number", cpfNumber, gramGate{open: true}, 11},
	{"National Insurance number", niNumber, gramGate{open: true}, 6},
}

// labelledSSN: `(?i)\b(?:ssn|social security(?: number| no\.?)?)\s*[:#]?\s*\d`
func labelledSSN(s string) bool {
	tail := func(e int) bool {
		e = skipSpaces(s, e)
		if byteAt(s, e, ':') || byteAt(s, e, '#') {
			e = skipSpaces(s, e+1)
		}
		return digitAt(s, e)
	}
	return wordStarts(s, ssnFirst, func(i int) bool {
		return foldAny(s, i, []string{"ssn", "social security", "social security number", "social security no.", "social security no"}, tail)
	})
}

// numberLabels are (?:no\.?|nr\.?|number|#|n[º°]).
var numberLabels = []string{"no.", "no", "nr.", "nr", "number", "#", "nº", "n°"}

// passportNumber: `(?i)\b(?:passport|pasaporte|reisepass|passeport|passaporte)(?:\s*(?:no\.?|nr\.?|number|#|n[º°]))?\s*:?\s*[A-Z]{0,2}\d[A-Z0-9]{5,8}\b`
func passportNumber(s string) bool {
	tail := func(e int) bool {
		e = skipSpaces(s, e)
		if byteAt(s, e, ':') {
			e = skipSpaces(s, e+1)
		}
		return idCode(s, e)
	}
	return wordStarts(s, passportFirst, func(i int) bool {
		return foldAny(s, i, []string{"passport", "pasaporte", "reisepass", "passeport", "passaporte"}, func(e int) bool {
			return foldAny(s, skipSpaces(s, e), numberLabels, tail) || tail(e)
		})
	})
}

// foldAlnum is [A-Z0-9] under (?i) at i: its width, or 0. letter says
// whether the rune is a letter ([A-Z] under (?i)).
func foldAlnum(s string, i int) (w int, letter bool) {
	if i >= len(s) {
		return 0, false
	}
	c := s[i]
	switch {
	case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		return 1, true
	case c >= '0' && c <= '9':
		return 1, false
	case c < utf8.RuneSelf:
		return 0, false
	}
	switch r, w := utf8.DecodeRuneInString(s[i:]); r {
	case '\u017F', '\u212A': // ſ and the Kelvin sign fold to s and k
		return w, true
	}
	return 0, false
}

// idCode is (?i)[A-Z]{0,2}\d[A-Z0-9]{5,8}\b at i.
func idCode(s string, i int) bool {
	var ends [3]int // after 0, 1, 2 letters
	n := 0
	ends[0] = i
	for j := i; n < 2; n++ {
		w, letter := foldAlnum(s, j)
		if w == 0 || !letter {
			break
		}
		j += w
		ends[n+1] = j
	}
	for k := n; k >= 0; k-- {
		j := ends[k]
		if !digitAt(s, j) {
			continue
		}
		j++
		var after [9]int
		m := 0
		for m < 8 {
			w, _ := foldAlnum(s, j)
			if w == 0 {
				break
			}
			j += w
			m++
			after[m] = j
		}
		for ; m >= 5; m-- {
			if boundaryAt(s, after[m]) {
				return true
			}
		}
	}
	return false
}

// licenceNumber: `(?i)\blicen[cs]e\s*(?:no\.?|nr\.?|number|#|n[º°])\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]{3,}`
func licenceNumber(s string) bool {
	return wordStarts(s, licenceFirst, func(i int) bool {
		return foldAny(s, i, []string{"licence", "license"}, func(e int) bool {
			return foldAny(s, skipSpaces(s, e), numberLabels, func(e int) bool {
				e = skipSpaces(s, e)
				if byteAt(s, e, ':') {
					e = skipSpaces(s, e+1)
				}
				// A run of [A-Z0-9-] with a digit followed by three more of them.
				var isDigit [4]bool // of the last four runes of the run
				n := 0
				for {
					w, _ := foldAlnum(s, e)
					if w == 0 {
						if byteAt(s, e, '-') {
							w = 1
						} else {
							break
						}
					}
					isDigit[n%4] = digitAt(s, e)
					e += w
					n++
					if n >= 4 && isDigit[(n-4)%4] {
						return true
					}
				}
				return false
			})
		})
	})
}

// nationalIDLabels are the labels of nationalID's expression, spelt out.
var nationalIDLabels = []string{"national id", "id no.", "id no", "id number", "id card", "identity card", "identity card no.", "identity card no", "identity card number",
	"personalausweis", "personalausweisnummer", "steuerid", "steuer-id", "tax id", "dni", "nie", "cpf", "aadhar", "aadhaar",
	"pan", "pan no.", "pan no", "pan number", "pan card", "nin", "national insurance", "national insurance no.", "national insurance no", "national insurance number",
	"curp", "rut", "nif", "bsn"}

// nationalID: `(?i)\b(?:national id|id (?:no\.?|number|card)|identity card(?: no\.?| number)?|personalausweis(?:nummer)?|steuer-?id|tax id|dni|nie|cpf|aadhaa?r|pan(?: no\.?| number| card)?|nin|national insurance(?: no\.?| number)?|curp|rut|nif|bsn)\s*[:#]\s*[A-Z0-9][A-Z0-9.\- ]*\d{3}`
func nationalID(s string) bool {
	if strings.IndexByte(s, ':') < 0 && strings.IndexByte(s, '#') < 0 {
		return false // every label needs one after it
	}
	return wordStarts(s, nationalIDFirst, func(i int) bool {
		return foldAny(s, i, nationalIDLabels, func(e int) bool {
			e = skipSpaces(s, e)
			if !byteAt(s, e, ':') && !byteAt(s, e, '#') {
				return false
			}
			e = skipSpaces(s, e+1)
			w, _ := foldAlnum(s, e)
			if w == 0 {
				return false
			}
			for e += w; ; {
				if digitAt(s, e) && digitAt(s, e+1) && digitAt(s, e+2) {
					return true
				}
				w, _ := foldAlnum(s, e)
				if w == 0 && (byteAt(s, e, '.') || byteAt(s, e, '-') || byteAt(s, e, ' ')) {
					w = 1
				}
				if w == 0 {
					return false
				}
				e += w
			}
		})
	})
}

// cpfNumber: `\b\d{3}\.\d{3}\.\d{3}-\d{2}\b`
func cpfNumber(s string) bool {
	for i := 0; i+14 <= len(s); i++ {
		if digitsFrom(s, i) >= 3 && byteAt(s, i+3, '.') && digitsFrom(s, i+4) >= 3 && byteAt(s, i+7, '.') && digitsFrom(s, i+8) >= 3 &&
			byteAt(s, i+11, '-') && digitAt(s, i+12) && digitAt(s, i+13) && boundaryAt(s, i) && boundaryAt(s, i+14) {
			return true
		}
	}
	return false
}

// niNumber: `\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b`
func niNumber(s string) bool {
	niLetter := func(i int) bool {
		if i >= len(s) {
			return false
		}
		c := s[i]
		return c >= 'A' && c <= 'Z' && c != 'D' && c != 'F' && c != 'I' && c != 'Q' && c != 'U' && c != 'V'
	}
	for i := 0; i+8 <= len(s); i++ {
		if !niLetter(i) || !niLetter(i+1) || !boundaryAt(s, i) {
			continue
		}
		j := i + 2
		ok := true
		for range 3 {
			if j < len(s) && isSpaceRE(s[j]) {
				j++
			}
			if !digitAt(s, j) || !digitAt(s, j+1) {
				ok = false
				break
			}
			j += 2
		}
		if !ok {
			continue
		}
		if j < len(s) && isSpaceRE(s[j]) {
			j++
		}
		if j < len(s) && s[j] >= 'A' && s[j] <= 'D' && boundaryAt(s, j+1) {
			return true
		}
	}
	return false
}

// ssnShapes returns where a US Social Security number's shape,
// `\b\d{3}-\d{2}-\d{4}\b`, stands in s, as FindAllStringIndex would.
func ssnShapes(s string) [][2]int {
	var out [][2]int
	for i := 0; i+11 <= len(s); i++ {
		if digitsFrom(s, i) >= 3 && byteAt(s, i+3, '-') && digitAt(s, i+4) && digitAt(s, i+5) && byteAt(s, i+6, '-') &&
			digitsFrom(s, i+7) >= 4 && boundaryAt(s, i) && boundaryAt(s, i+11) {
			out = append(out, [2]int{i, i + 11})
			i += 10
		}
	}
	return out
}

var phoneLabels = []string{"tel", "phone", "mobile", "cell", "fax", "telefon", "teléfono", "téléphone"}

// phoneLabelEnd says whether s ends a "phone:" or "tel:" label, as
// `(?i)(?:tel|phone|mobile|cell|fax|telefon|teléfono|téléphone)\W{0,3}$` does.
func phoneLabelEnd(s string) bool {
	end := len(s)
	for k := 0; ; k++ {
		for _, lit := range phoneLabels {
			for q := max(0, end-3*len(lit)); q < end; q++ {
				if foldAt(s, q, lit) == end {
					return true
				}
			}
		}
		if k == 3 || end == 0 {
			return false
		}
		// \W under (?i) leaves out the long s and the Kelvin sign too.
		r, w := utf8.DecodeLastRuneInString(s[:end])
		if r < utf8.RuneSelf && isWordByte(byte(r)) || r == '\u017F' || r == '\u212A' {
			return false
		}
		end -= w
	}
}

// unlabelledSSN finds a number in the shape of a Social Security number
// that is not labelled as a phone number.
func unlabelledSSN(text string) bool {
	for _, loc := range ssnShapes(text) {
		if !phoneLabelEnd(text[max(0, loc[0]-12):loc[0]]) {
			return true
		}
	}
	return false
}

var checkContactNoIdNumbers = &Check{
	ID:       "contact.no-id-numbers",
	Category: Contact,
	Title:    "No identity, passport or licence numbers",
	Why:      "A résumé is copied to many inboxes and systems; an ID, passport, licence or Social Security number on it is an identity-theft risk, and employers ask for them only at hiring.",
	Fix:      "Remove the number. Keep the fact if it matters: “Registered Nurse, Illinois licence active” or “Full UK driving licence”.",
	Before:   "RN License #041-123456 · SSN 123-45-6789",
	After:    "Registered Nurse, Illinois (licence active)",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		found := map[string]bool{}
		var ev []Evidence
		for _, l := range in.lines() {
			hit := false
			g := l.facts().grams()
			if g.digits >= 9 && unlabelledSSN(l.Text) {
				found["Social Security number"], hit = true, true
			}
			for _, p := range idNumbers {
				if g.digits >= p.digits && p.gate.may(g) && p.match(l.Text) {
					found[p.what], hit = true, true
				}
			}
			if hit {
				ev = append(ev, l.evidence())
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No identity, passport or licence numbers."}, true
		}
		var what []string
		for w := range found {
			what = append(what, w)
		}
		sort.Strings(what)
		return Result{Status: Fail, Evidence: ev,
			Message: "The résumé prints " + strings.Join(what, ", ") + "; remove " + map[bool]string{true: "it", false: "them"}[len(what) == 1] + " to protect your identity."}, true
	},
}

var (
	ssnFirst        = firstBytes("s")
	passportFirst   = firstBytes("p", "r")
	licenceFirst    = firstBytes("l")
	nationalIDFirst = firstBytes(nationalIDLabels...)
)
