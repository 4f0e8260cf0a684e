package check

import (
	"strings"
	"unicode/utf8"
)

// The alternatives of resultRe, howRe, scopeRe and rateRe that the fast
// paths try where they can start (fastpaths.go), each a hand-written
// matcher anchored at byte i of s, the \b before a run start taken as
// given. fastmatch_test.go holds the fast paths to the whole expressions;
// anchored_test.go holds each matcher to its alternative.

// wordFold is \w under (?i) at i: its width, or 0 (the long s and the
// Kelvin sign fold to ASCII letters, so (?i)\w takes them in).
func wordFold(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	if isWordByte(s[i]) {
		return 1
	}
	if s[i] < utf8.RuneSelf {
		return 0
	}
	if r, w := utf8.DecodeRuneInString(s[i:]); r == '\u017F' || r == '\u212A' {
		return w
	}
	return 0
}

// wordEnding is (?i)\w+suf\b at i, suf ASCII letters in lower case.
func wordEnding(s string, i int, suf string) bool {
	var posA [48]int
	pos := append(posA[:0], i)
	for j := i; ; {
		w := wordFold(s, j)
		if w == 0 {
			break
		}
		j += w
		pos = append(pos, j)
	}
	for k := len(pos) - 1; k-len(suf) >= 1; k-- {
		q := pos[k]
		if foldAt(s, pos[k-len(suf)], suf) == q && boundaryAt(s, q) {
			return true
		}
	}
	return false
}

// currencyAt is [$€£] at i (and ~ when tilde): its width, or 0.
func currencyAt3(s string, i int, tilde bool) int {
	if i >= len(s) {
		return 0
	}
	switch {
	case s[i] == '$', tilde && s[i] == '~':
		return 1
	case strings.HasPrefix(s[i:], "€"):
		return len("€")
	case strings.HasPrefix(s[i:], "£"):
		return len("£")
	}
	return 0
}

// optSpace is \s? at i.
func optSpace(s string, i int) int {
	if i < len(s) && isSpaceRE(s[i]) {
		return i + 1
	}
	return i
}

// spaces1 is \s+ at i: its end, or -1.
func spaces1(s string, i int) int {
	if e := skipSpaces(s, i); e > i {
		return e
	}
	return -1
}

var whichVerbs = newLitSet(`cut\b`, `grew\b`, `won\b`, `let\b`, `drove\b`, `brought\b`, `saved\b`, `freed\b`, `made\b`, `kept\b`, `took\b`)

// whichAt: which (?:\w+ )?(?:\w+ed|cut|grew|won|let|drove|brought|saved|freed|made|kept|took)\b
func whichAt(s string, i int) bool {
	e := foldAt(s, i, "which")
	if e < 0 || !byteAt(s, e, ' ') {
		return false
	}
	last := func(p int) bool { return wordEnding(s, p, "ed") || whichVerbs.at(s, p) >= 0 }
	p := e + 1
	if last(p) {
		return true
	}
	q := p
	for w := wordFold(s, q); w > 0; w = wordFold(s, q) {
		q += w
	}
	return q > p && byteAt(s, q, ' ') && last(q+1)
}

// numberLead is \s+[$€£~]?\s?\d at i: the end of the digit, or -1.
func numberLead(s string, i int) int {
	j := spaces1(s, i)
	if j < 0 {
		return -1
	}
	j += currencyAt3(s, j, true)
	j = optSpace(s, j)
	if digitAt(s, j) {
		return j + 1
	}
	return -1
}

// fromToAt: \bfrom\s+[$€£~]?\s?\d[^;]{0,40}?\bto\s+[$€£~]?\s?\d
func fromToAt(s string, i int) bool {
	e := foldAt(s, i, "from")
	if e < 0 {
		return false
	}
	q := numberLead(s, e)
	if q < 0 {
		return false
	}
	for n := 0; ; n++ {
		if boundaryAt(s, q) {
			if t := foldAt(s, q, "to"); t >= 0 && numberLead(s, t) >= 0 {
				return true
			}
		}
		if n == 40 || q >= len(s) || s[q] == ';' {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[q:])
		q += w
	}
}

var (
	amountQualifiers = []string{"over ", "nearly ", "about ", "almost ", "around ", "roughly ", "~"}
	amountUnits      = newLitSet("%", `x\b`, "percent", `k\b`, `m\b`, "million", "points", "pts", "pp")
)

// byAmountAt: \b(?:by|of|to)\s+(?:over |nearly |about |almost |around |roughly |~)?[$€£]?\s?\d[\d,.]*\s?(?:%|x\b|percent|k\b|m\b|million|points|pts|pp)
func byAmountAt(s string, i int) bool {
	amount := func(j int) bool {
		j += currencyAt3(s, j, false)
		j = optSpace(s, j)
		if !digitAt(s, j) {
			return false
		}
		for j++; j < len(s) && (isDigit(s[j]) || s[j] == ',' || s[j] == '.'); j++ {
		}
		return amountUnits.at(s, optSpace(s, j)) >= 0
	}
	for _, w := range [...]string{"by", "of", "to"} {
		e := foldAt(s, i, w)
		if e < 0 {
			continue
		}
		j := spaces1(s, e)
		if j < 0 {
			continue
		}
		if foldAny(s, j, amountQualifiers, amount) || amount(j) {
			return true
		}
	}
	return false
}

var (
	changeUnits = newLitSet("%", "x", "percent")
	changeWords = newLitSet("increase", "decrease", "reduction", "growth", "improvement", "gain", "drop", "lift", "rise", "uplift", "faster", "fewer", "less", "more",
		"higher", "lower", "cheaper", "smaller")
	rateNouns = newLitSet("uptime", "availability", "accuracy", "retention", "satisfaction", "on-time", "attendance", "compliance", "occupancy", "csat", "pass rate",
		"success rate", "quota attainment", "of quota", "of target", "of plan", "of goal")
)

// changeAt: \d\s?(?:%|x|percent)\s+(?:increase|decrease|…|smaller)
func changeAt(s string, i int) bool {
	if !digitAt(s, i) {
		return false
	}
	j := optSpace(s, i+1)
	for _, k := range changeUnits.first[byteAt2(s, j)] {
		if e := foldAt(s, j, changeUnits.alts[k].lit); e >= 0 {
			if f := spaces1(s, e); f >= 0 && changeWords.at(s, f) >= 0 {
				return true
			}
		}
	}
	return false
}

// resultRateAt: \d\s?%\s+(?:uptime|…|of (?:quota|target|plan|goal))
func resultRateAt(s string, i int) bool {
	if !digitAt(s, i) {
		return false
	}
	j := optSpace(s, i+1)
	if !byteAt(s, j, '%') {
		return false
	}
	f := spaces1(s, j+1)
	return f >= 0 && rateNouns.at(s, f) >= 0
}

var howLits = newLitSet(`introducing\b`, `adding\b`, `building\b`, `moving\b`)

// howByAt: by (?:\w+ing|introducing|adding|building|moving)\b
func howByAt(s string, i int) bool {
	e := foldAt(s, i, "by")
	if e < 0 || !byteAt(s, e, ' ') {
		return false
	}
	return wordEnding(s, e+1, "ing") || howLits.at(s, e+1) >= 0
}

// moneyAt: [$€£]\s?\d
func moneyAt(s string, i int) bool {
	c := currencyAt3(s, i, false)
	return c > 0 && digitAt(s, optSpace(s, i+c))
}

var acrossWords = newLitSet(`the\b`, `all\b`, `every\b`, `multiple\b`, `two\b`, `three\b`, `four\b`, `five\b`, `six\b`, `seven\b`, `eight\b`, `nine\b`, `ten\b`)

// acrossAt: \bacross\s+(?:\d|the|all|every|multiple|two|…|ten)\b
func acrossAt(s string, i int) bool {
	e := foldAt(s, i, "across")
	if e < 0 {
		return false
	}
	j := spaces1(s, e)
	if j < 0 {
		return false
	}
	return digitAt(s, j) && boundaryAt(s, j+1) || acrossWords.at(s, j) >= 0
}

var (
	servingVerbs      = []string{"handling", "serving", "processing", "supporting", "hosting", "managing", "covering", "reaching", "used by"}
	servingQualifiers = []string{"over ", "more than ", "up to ", "nearly ", "about ", "~"}
)

// servingAt: \b(?:handling|…|used by)\s+(?:over |more than |up to |nearly |about |~)?[$€£]?\d
func servingAt(s string, i int) bool {
	amount := func(j int) bool { return digitAt(s, j+currencyAt3(s, j, false)) }
	return foldAny(s, i, servingVerbs, func(e int) bool {
		j := spaces1(s, e)
		return j >= 0 && (foldAny(s, j, servingQualifiers, amount) || amount(j))
	})
}

var (
	everyUnits = newLitSet(`day\b`, `week\b`, `month\b`, `year\b`, `shift\b`, `quarter\b`, `hour\b`, `semester\b`, `term\b`)
	slashUnits = newLitSet(`day\b`, `week\b`, `month\b`, `year\b`, `hr\b`, `hour\b`, `s\b`, `sec\b`, `second\b`, `min\b`, `minute\b`, `shift\b`, `mo\b`, `yr\b`)
)

// everyAt: \b(?:a|per|each|every)\s+(?:day|week|month|year|shift|quarter|hour|semester|term)\b
func everyAt(s string, i int) bool {
	return foldAny(s, i, []string{"a", "per", "each", "every"}, func(e int) bool {
		j := spaces1(s, e)
		return j >= 0 && everyUnits.at(s, j) >= 0
	})
}

// slashAt: /\s?(?:day|week|month|year|hr|hour|s|sec|second|min|minute|shift|mo|yr)\b
func slashAt(s string, i int) bool {
	if !byteAt(s, i, '/') {
		return false
	}
	return slashUnits.at(s, optSpace(s, i+1)) >= 0
}
