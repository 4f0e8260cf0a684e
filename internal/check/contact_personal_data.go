package check

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// personalData finds personal details that invite bias, by what they are.
// Label forms only ("Gender: female"), so that a bullet about a gender
// equality programme does not count. Each matcher's expression is in
// oracle_test.go.
var personalData = [...]struct {
	what   string
	match  func(string) bool
	gate   gramGate // what a line must hold to match, and its digits
	digits int
}{
	{"date of birth", dateOfBirth, newGate("date of birth", "birth", "dob", "d.ob", "do.b", "d.o.b", "born", "geburtsdatum", "geboren", "fecha de nacimiento", "né le", "ne le", "née le", "nee le", "data de nascimento", "nascid"), 0},
	{"age", statedAge, newGate("age", "alter", "edad", "âge", "idade", "years old", "yrs old", "y/o", "jahre alt", "años de edad", "anos de idade"), 2},
	{"gender", statedGender, newGate("gender", "sex", "geschlecht", "género", "gênero"), 0},
	{"marital status", maritalStatus, newGate("marital status", "civil status", "familienstand", "estado civil", "état civil", "situation familiale", "status", "verheiratet", "geschieden"), 0},
	{"nationality", func(s string) bool { return labelColon(s, nationalityFirst, nationalityLabels) }, newGate(nationalityLabels...), 0},
	{"religion", func(s string) bool { return labelColon(s, religionFirst, religionLabels) }, newGate(religionLabels...), 0},
	{"children", statedChildren, newGate("children", "kinder", "hijos", "enfants", "filhos"), 1},
	{"photo", photoLine, newGate("photo", "foto", "photograph", "bewerbungsfoto"), 0},
}

// wordStarts calls at for each i where \b holds before one of the first
// bytes, until it says yes.
func wordStarts(s string, first *[256]bool, at func(i int) bool) bool {
	for i := 0; i < len(s); i++ {
		if first[s[i]] && boundaryAt(s, i) && at(i) {
			return true
		}
	}
	return false
}

// spacedDigit is \s*:?\s*\d at i.
func colonThenDigit(s string, i int) bool {
	i = skipSpaces(s, i)
	if byteAt(s, i, ':') {
		i = skipSpaces(s, i+1)
	}
	return digitAt(s, i)
}

// dateOfBirth: `(?i)\b(?:date of birth|birth\s?date|d\.?o\.?b\.?\s*:|born(?: on| in)?\s*:?\s*\d|geburtsdatum|geboren(?: am)?\s*:?\s*\d|fecha de nacimiento|date de naissance|n[ée]e? le\s+\d|data de nascimento|nascid[oa] em\s+\d)`
func dateOfBirth(s string) bool {
	return wordStarts(s, dobFirst, func(i int) bool {
		if foldAny(s, i, []string{"date of birth", "geburtsdatum", "fecha de nacimiento", "date de naissance", "data de nascimento"}, nil) {
			return true
		}
		if e := foldAt(s, i, "birth"); e >= 0 {
			if isSpaceRE(byteAt2(s, e)) && foldAt(s, e+1, "date") >= 0 || foldAt(s, e, "date") >= 0 {
				return true
			}
		}
		if dotted(s, i, "dob", func(e int) bool { return byteAt(s, skipSpaces(s, e), ':') }) {
			return true
		}
		for _, w := range [...]struct{ head, opt string }{{"born", " on"}, {"born", " in"}, {"geboren", " am"}} {
			if e := foldAt(s, i, w.head); e >= 0 {
				if o := foldAt(s, e, w.opt); o >= 0 && colonThenDigit(s, o) || colonThenDigit(s, e) {
					return true
				}
			}
		}
		// n[ée]e? le\s+\d
		if e := foldAt(s, i, "n"); e >= 0 {
			for _, v := range [...]string{"é", "e"} {
				if e := foldAt(s, e, v); e >= 0 {
					spaceDigit := func(e int) bool {
						if e = foldAt(s, e, " le"); e < 0 || !isSpaceRE(byteAt2(s, e)) {
							return false
						}
						return digitAt(s, skipSpaces(s, e))
					}
					if ee := foldAt(s, e, "e"); ee >= 0 && spaceDigit(ee) || spaceDigit(e) {
						return true
					}
				}
			}
		}
		// nascid[oa] em\s+\d
		return foldAny(s, i, []string{"nascido em", "nascida em"}, func(e int) bool {
			return isSpaceRE(byteAt2(s, e)) && digitAt(s, skipSpaces(s, e))
		})
	})
}

// dotted matches the letters of abbr each followed by an optional dot
// (d\.?o\.?b\.?) at i under (?i), and asks then at each end, longest first.
func dotted(s string, i int, abbr string, then func(end int) bool) bool {
	if abbr == "" {
		return then(i)
	}
	e := foldAt(s, i, abbr[:1])
	if e < 0 {
		return false
	}
	return byteAt(s, e, '.') && dotted(s, e+1, abbr[1:], then) || dotted(s, e, abbr[1:], then)
}

// byteAt2 is s[i], or 0 past the end.
func byteAt2(s string, i int) byte {
	if i >= 0 && i < len(s) {
		return s[i]
	}
	return 0
}

// statedAge: `(?i)\b(?:age|alter|edad|âge|idade)\s*:\s*\d{2}\b|\b\d{2}\s*(?:years old|yrs old|y/o|jahre alt|años de edad|anos de idade)\b`
func statedAge(s string) bool {
	return wordStarts(s, ageFirst, func(i int) bool {
		if foldAny(s, i, []string{"age", "alter", "edad", "âge", "idade"}, func(e int) bool {
			e = skipSpaces(s, e)
			if !byteAt(s, e, ':') {
				return false
			}
			e = skipSpaces(s, e+1)
			return digitAt(s, e) && digitAt(s, e+1) && boundaryAt(s, e+2)
		}) {
			return true
		}
		return digitAt(s, i) && digitAt(s, i+1) &&
			foldAny(s, skipSpaces(s, i+2), []string{"years old", "yrs old", "y/o", "jahre alt", "años de edad", "anos de idade"}, func(e int) bool { return boundaryAt(s, e) })
	})
}

// statedGender: `(?i)\b(?:gender|sex|geschlecht|sexo|sexe|género|gênero)\s*:\s*\p{L}`
func statedGender(s string) bool {
	return wordStarts(s, genderFirst, func(i int) bool {
		return foldAny(s, i, []string{"gender", "sex", "geschlecht", "sexo", "sexe", "género", "gênero"}, func(e int) bool {
			e = skipSpaces(s, e)
			if !byteAt(s, e, ':') {
				return false
			}
			ok, _ := letterAt(s, skipSpaces(s, e+1))
			return ok
		})
	})
}

// maritalStatus: `(?i)\b(?:marital status|civil status|familienstand|estado civil|état civil|situation familiale)\b|\bstatus\s*:\s*(?:single|married|divorced|widowed)\b|\b(?:verheiratet|geschieden)\b`
func maritalStatus(s string) bool {
	atEnd := func(e int) bool { return boundaryAt(s, e) }
	return wordStarts(s, maritalFirst, func(i int) bool {
		if foldAny(s, i, []string{"marital status", "civil status", "familienstand", "estado civil", "état civil", "situation familiale", "verheiratet", "geschieden"}, atEnd) {
			return true
		}
		return foldAny(s, i, []string{"status"}, func(e int) bool {
			e = skipSpaces(s, e)
			return byteAt(s, e, ':') && foldAny(s, skipSpaces(s, e+1), []string{"single", "married", "divorced", "widowed"}, atEnd)
		})
	})
}

var (
	nationalityLabels = []string{"nationality", "staatsangehörigkeit", "staatsangehorigkeit", "nationalité", "nationalite", "nacionalidad", "nacionalidade"}
	religionLabels    = []string{"religion", "konfession", "religión", "religião"}
)

// labelColon is `(?i)\b(?:label|…)\s*:`, the nationality and religion
// expressions: `(?i)\b(?:nationality|staatsangeh[öo]rigkeit|nationalit[ée]|nacionalidad|nacionalidade)\s*:`
// and `(?i)\b(?:religion|konfession|religión|religião)\s*:`.
func labelColon(s string, first *[256]bool, labels []string) bool {
	return wordStarts(s, first, func(i int) bool {
		return foldAny(s, i, labels, func(e int) bool { return byteAt(s, skipSpaces(s, e), ':') })
	})
}

// statedChildren: `(?i)\b(?:children|kinder|hijos|enfants|filhos)\s*:\s*\d`
func statedChildren(s string) bool {
	return wordStarts(s, childrenFirst, func(i int) bool {
		return foldAny(s, i, []string{"children", "kinder", "hijos", "enfants", "filhos"}, func(e int) bool {
			e = skipSpaces(s, e)
			return byteAt(s, e, ':') && digitAt(s, skipSpaces(s, e+1))
		})
	})
}

// photoLine: `(?i)^\s*(?:photo|foto|photograph|bewerbungsfoto)\s*:?\s*$`
func photoLine(s string) bool {
	return foldAny(s, skipSpaces(s, 0), []string{"photo", "foto", "photograph", "bewerbungsfoto"}, func(e int) bool {
		e = skipSpaces(s, e)
		if byteAt(s, e, ':') {
			e = skipSpaces(s, e+1)
		}
		return e == len(s)
	})
}

var checkContactNoPersonalData = &Check{
	ID:       "contact.no-personal-data",
	Category: Contact,
	Title:    "No date of birth, age, gender, marital status or nationality",
	Why:      "These details say nothing about your work and invite bias; in the US, UK and much of Europe employers prefer not to see them, and some ATS strip or flag them. (A few countries still expect them: follow local custom if you apply there.)",
	Fix:      "Remove the date of birth, age, gender, marital status, nationality, religion and photo. State a right to work (“EU work permit”) if it matters for the job.",
	Before:   "Date of birth: 12.03.1988 · Married · Nationality: German",
	After:    "Berlin, Germany · EU work permit",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		found := map[string]bool{}
		var ev []Evidence
		for _, l := range in.lines() {
			hit := false
			g := l.facts().grams()
			for _, p := range personalData {
				if g.digits >= p.digits && p.gate.may(g) && p.match(l.Text) {
					found[p.what], hit = true, true
				}
			}
			if hit {
				ev = append(ev, l.evidence())
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No personal details such as date of birth, gender or marital status."}, true
		}
		var what []string
		for w := range found {
			what = append(what, w)
		}
		sort.Strings(what)
		return Result{Status: Warn, Earned: 0.3, Evidence: ev,
			Message: "The résumé states personal details that invite bias: " + strings.Join(what, ", ") + "; remove them unless local custom expects them."}, true
	},
}

// firstBytes returns the bytes a match of one of the literals (lower case,
// under (?i)) can start with.
//
//go:noinline
func firstBytes(lits ...string) *[256]bool {
	var f [256]bool
	var buf [utf8.UTFMax]byte
	for _, l := range lits {
		r, _ := utf8.DecodeRuneInString(l)
		g := r
		for {
			utf8.EncodeRune(buf[:], g)
			f[buf[0]] = true
			if g = unicode.SimpleFold(g); g == r {
				break
			}
		}
	}
	return &f
}

var (
	dobFirst         = firstBytes("d", "b", "g", "f", "n")
	ageFirst         = firstBytes("a", "e", "â", "i", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")
	genderFirst      = firstBytes("g", "s")
	maritalFirst     = firstBytes("m", "c", "f", "e", "é", "s", "v", "g")
	childrenFirst    = firstBytes("c", "k", "h", "e", "f")
	nationalityFirst = firstBytes(nationalityLabels...)
	religionFirst    = firstBytes(religionLabels...)
)
