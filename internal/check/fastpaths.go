package check

import (
	"strings"
	"unicode/utf8"
)

// The fast paths of the patterns every bullet goes through, built from the
// same parts as the patterns themselves (bullets.go, impact_number_context.go).
// fastmatch_test.go holds each to its pattern.

func alts(s string) []string { return strings.Split(s, "|") }

// cross returns every "a b" for a in as and b in bs, joined by each of seps.
func cross(as, bs []string, seps ...string) []string {
	var out []string
	for _, a := range as {
		for _, b := range bs {
			for _, sep := range seps {
				out = append(out, a+sep+b)
			}
		}
	}
	return out
}

// digitStarts are the bytes a pattern starting with \d can start at.
const digitStarts = "0123456789"

func init() {
	// The first bytes of € and £, for the tests below.
	const currencyLeads = "$\xe2\xc2"
	fromTo := newAnchoredAlt(fromToAt, []string{"from"}, "")
	fromTo.afterRun = spacesThen(digitStarts + currencyLeads + "~")
	byAmount := newAnchoredAlt(byAmountAt, []string{"by", "of", "to"}, "")
	byAmount.afterRun = spacesThen(digitStarts + currencyLeads + "~oOnNaArR")
	change := newAnchoredAlt(changeAt, nil, digitStarts)
	change.atByte = optSpaceThen("%xXpP")
	rate := newAnchoredAlt(resultRateAt, nil, digitStarts)
	rate.atByte = optSpaceThen("%")
	resultRe.withFast(anyOf{
		newPhraseAlt(append(alts(resultConnectors), alts(resultVerbs)...)...),
		newAnchoredAlt(whichAt, []string{"which"}, ""),
		fromTo,
		byAmount,
		change,
		newPhraseAlt(cross([]string{"zero", "no"}, alts(resultZeroNouns), " ")...),
		rate,
	})

	by := newAnchoredAlt(howByAt, []string{"by"}, "")
	by.afterRun = func(s string, end int) bool { return end+1 < len(s) && s[end] == ' ' && isWordByte(s[end+1]) }
	howRe.withFast(anyOf{
		by,
		newPhraseAlt(alts(howWords)...),
	})

	for _, w := range alts(scopeCountWords) {
		if head, ok := strings.CutSuffix(w, "s? of"); ok {
			scopeOfWords[head], scopeOfWords[head+"s"] = true, true
		} else {
			scopeNumberWords[w] = true
		}
	}
	scopeWordGate = gateOf(scopeNumberWords, scopeOfWords)
	scopeNouns = newPhraseAlt(alts(scaleNouns)...)
	count := scopeCountMatcher{}
	across := newAnchoredAlt(acrossAt, []string{"across"}, "")
	across.afterRun = spacesThen(digitStarts + "tTaAeEmMfFsSnN")
	serving := newAnchoredAlt(servingAt, []string{"handling", "serving", "processing", "supporting", "hosting", "managing", "covering", "reaching", "used"}, "")
	serving.afterRun = func(s string, end int) bool {
		if strings.HasPrefix(asciiLowerString(s[max(0, end-4):end]), "used") {
			return strings.HasPrefix(asciiLowerString(s[end:min(len(s), end+4)]), " by") && spacesThen(digitStarts+currencyLeads+"~oOmMuUnNaA")(s, end+3)
		}
		return spacesThen(digitStarts+currencyLeads+"~oOmMuUnNaA")(s, end)
	}
	money := newAnchoredAlt(moneyAt, nil, "$€£")
	scopeRe.withFast(anyOf{
		newPhraseAlt(append(append([]string{"team of", "budget", "budgets", "cross-functional", "end-to-end", "p&l"},
			cross(alts(scopeWideUnits), []string{"wide"}, "-", " ")...), alts(scopeReachWords)...)...),
		count,
		money,
		across,
		serving,
	})

	every := newAnchoredAlt(everyAt, []string{"a", "per", "each", "every"}, "")
	every.afterRun = spacesThen("dDwWmMyYsSqQhHtT")
	slash := newAnchoredAlt(slashAt, nil, "/")
	slash.atByte = optSpaceThen("dDwWmMyYhHsS")
	rateRe.withFast(anyOf{
		every,
		slash,
		newPhraseAlt(alts(rateAdverbs)...),
	})
}

// ---------------------------------------------------------------- find-all paths

var (
	spelledWords = map[string]bool{}
	cardinalTens = map[string]bool{}
	cardinalOnes = map[string]bool{}
	cardinalAny  = map[string]bool{}
	doubledWords = map[string]bool{}
	numUnitWords = map[string]bool{}
	// Gates in front of the maps (filled with them, in init).
	spelledGate, cardinalGate, doubledGate wordGate
)

func init() {
	for _, w := range alts(`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|zero|doubled|doubling|tripled|tripling|quadrupled|halved|halving|twofold|threefold|fourfold|fivefold|tenfold`) {
		spelledWords[w] = true
	}
	for _, w := range alts(`twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`) {
		cardinalTens[w] = true
	}
	for _, w := range alts(`one|two|three|four|five|six|seven|eight|nine`) {
		cardinalOnes[w] = true
	}
	for _, w := range alts(`two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`) {
		cardinalAny[w] = true
	}
	for _, w := range alts(`the|a|an|to|of|and|in|for|with|on|at|is|was|by|from|as|or`) {
		doubledWords[w] = true
	}
	for _, w := range alts(`percent|x|k|m|mm|b|bn|ms|s|sec|secs|second|seconds|min|mins|minute|minutes|h|hr|hrs|hour|hours|day|days|wk|wks|week|weeks|month|months|yr|yrs|year|years|kb|mb|gb|tb|pb|million|billion|thousand|st|nd|rd|th`) {
		numUnitWords[w] = true
	}
	spelledGate = gateOf(spelledWords, map[string]bool{"in": true, "by": true})
	cardinalGate = gateOf(cardinalTens, cardinalAny)
	doubledGate = gateOf(doubledWords)
}

// spelledAll is spelledRe.FindAllString (fastmatch_test.go; see foldRisk
// there for the long s and the Kelvin sign).
func (t *textInfo) spelledAll() []string {
	var out []string
	runs, low := t.runs(), t.alow()
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		w := low[r.start:r.end]
		if !spelledGate.may(w) {
			continue
		}
		if spelledWords[w] {
			out = append(out, t.s[r.start:r.end])
			continue
		}
		if (w == "in" || w == "by") && strings.HasPrefix(low[r.end:], " half") && boundaryAt(low, r.end+5) {
			out = append(out, t.s[r.start:r.end+5])
			i++ // "half"
		}
	}
	return out
}

// cardinalAll is cardinalRe.FindAllStringSubmatch (fastmatch_test.go).
func (t *textInfo) cardinalAll() [][]string {
	var out [][]string
	s, runs, low := t.s, t.runs(), t.alow()
	for i := 0; i < len(runs); i++ {
		r := runs[i]
		w := low[r.start:r.end]
		if !cardinalGate.may(w) {
			continue
		}
		if cardinalTens[w] && r.end < len(s) && (s[r.end] == '-' || s[r.end] == ' ') && i+1 < len(runs) &&
			runs[i+1].start == r.end+1 && cardinalOnes[t.word(runs[i+1])] {
			n := runs[i+1]
			out = append(out, []string{s[r.start:n.end], s[r.start:r.end], s[n.start:n.end], ""})
			i++
			continue
		}
		if cardinalAny[w] {
			out = append(out, []string{s[r.start:r.end], "", "", s[r.start:r.end]})
		}
	}
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// doubledAll is doubledRe.FindAllStringSubmatch: two of the small words
// in a row, whitespace between, each a whole word run.
func (t *textInfo) doubledAll() [][]string {
	var out [][]string
	s := t.s
	var buf [4]byte
	prevStart, prevEnd := -1, -1 // the run before, when it is one of the words
	for i := 0; i < len(s); {
		if !isWordByte(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		small := false
		if j-i <= len(buf) && doubledGate.mayOf(j-i, byte(asciiLower(rune(s[i]))), byte(asciiLower(rune(s[j-1])))) {
			b := buf[:0]
			for k := i; k < j; k++ {
				b = append(b, byte(asciiLower(rune(s[k]))))
			}
			small = doubledWords[string(b)]
		}
		if small && prevStart >= 0 && allSpace(s[prevEnd:i]) {
			out = append(out, []string{s[prevStart:j], s[prevStart:prevEnd], s[i:j]})
			prevStart = -1 // a word pairs once
		} else if small {
			prevStart, prevEnd = i, j
		} else {
			prevStart = -1
		}
		i = j
	}
	return out
}

// allSpace says whether s is whitespace (\s), and not empty.
func allSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) {
			return false
		}
	}
	return s != ""
}

// acronymAll is FindAllStringSubmatch of `(?:^|[^.\w])([A-Z][A-Z0-9&]{2,4})s?\b`
// (acronymRe in fastmatch_test.go; the pattern is case sensitive, so it
// needs no fallback).
func acronymAll(s string) [][]string {
	var out [][]string
	pos := 0
	for pos < len(s) {
		found := false
		for p := pos; p < len(s); {
			if p == 0 {
				if e, g, ok := acronymAt(s, 0); ok {
					out = append(out, []string{s[:e], s[:g]})
					pos, found = e, true
					break
				}
			}
			r, w := utf8.DecodeRuneInString(s[p:])
			if r != '.' && !(r < utf8.RuneSelf && isWordByte(byte(r))) {
				if e, g, ok := acronymAt(s, p+w); ok {
					out = append(out, []string{s[p:e], s[p+w : g]})
					pos, found = e, true
					break
				}
			}
			p += w
		}
		if !found {
			break
		}
	}
	return out
}

// acronymAt matches ([A-Z][A-Z0-9&]{2,4})s?\b at i: the end of the match
// and of the group.
func acronymAt(s string, i int) (end, group int, ok bool) {
	if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
		return 0, 0, false
	}
	n := 0
	for n < 4 && i+1+n < len(s) {
		c := s[i+1+n]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '&') {
			break
		}
		n++
	}
	for l := n; l >= 2; l-- {
		g := i + 1 + l
		if g < len(s) && s[g] == 's' && boundaryAt(s, g+1) {
			return g + 1, g, true
		}
		if boundaryAt(s, g) {
			return g, g, true
		}
	}
	return 0, 0, false
}

// numAll is numRe.FindAllStringSubmatchIndex (fastmatch_test.go).
func (t *textInfo) numAll() [][]int {
	s, low := t.s, t.alow()
	var out [][]int
	var m [8]int
	for p := 0; p < len(s); p++ {
		c := s[p]
		if !isDigit(c) && c != '$' && c != 0xE2 && c != 0xC2 {
			continue // neither a digit nor the first byte of $ € £ ¥
		}
		m = [8]int{p, 0, -1, -1, 0, 0, -1, -1}
		q := p
		if w := currencyAt(s, p); w > 0 {
			switch {
			case p+w < len(s) && isDigit(s[p+w]):
				q = p + w
			case p+w+1 < len(s) && isSpaceByte(s[p+w]) && isDigit(s[p+w+1]):
				q = p + w + 1
			default:
				continue
			}
			m[2], m[3] = p, q
		} else if !isDigit(c) {
			continue
		}
		e := q + 1
		for e < len(s) && (isDigit(s[e]) || s[e] == ',') {
			e++
		}
		if e+1 < len(s) && s[e] == '.' && isDigit(s[e+1]) {
			e += 2
			for e < len(s) && isDigit(s[e]) {
				e++
			}
		}
		m[4], m[5] = q, e
		u := e
		if u < len(s) && isSpaceByte(s[u]) {
			u++
		}
		if ue := numUnitAt(s, low, u); ue > 0 {
			m[6], m[7] = e, ue
			e = ue
		}
		m[1] = e
		out = append(out, append(make([]int, 0, 8), m[:]...))
		p = e - 1
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// currencyAt returns the width of a currency sign ($ € £ ¥) at i, or 0.
func currencyAt(s string, i int) int {
	switch {
	case s[i] == '$':
		return 1
	case strings.HasPrefix(s[i:], "€"):
		return len("€")
	case strings.HasPrefix(s[i:], "£"):
		return len("£")
	case strings.HasPrefix(s[i:], "¥"):
		return len("¥")
	}
	return 0
}

// numUnitAt matches numRe's unit alternatives at i: the end, or 0.
func numUnitAt(s, low string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch {
	case s[i] == '%' || s[i] == '+':
		return i + 1
	case strings.HasPrefix(s[i:], "×"):
		return i + len("×")
	}
	j := i
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	if j > i && numUnitWords[low[i:j]] {
		return j
	}
	return 0
}

// ---------------------------------------------------------------- scopeCount

var (
	scopeNumberWords = map[string]bool{} // "two" … "fifty"
	scopeOfWords     = map[string]bool{} // "hundred", "hundreds" … before " of"
	scopeWordGate    wordGate            // both
	scopeNouns       *phraseAlt
)

// scopeCountMatcher matches scopeCount: a count (a number with an optional
// +, k, m or b, a number word, or "hundreds of" and its kin), whitespace, up
// to two words each followed by whitespace, then one of the scale nouns.
type scopeCountMatcher struct{}

func (scopeCountMatcher) match(t *textInfo) bool {
	s, low := t.s, t.alow()
	for _, r := range t.runs() {
		p := r.start
		if isDigit(s[p]) {
			e := p + 1
			for e < len(s) && (isDigit(s[e]) || s[e] == ',' || s[e] == '.') {
				e++
			}
			if e < len(s) && s[e] == '+' {
				e++
			}
			// \s?[kmb]?\s+: where the whitespace before the words may start.
			if e < len(s) && isSpaceByte(s[e]) {
				if scopeNounsAfterSpace(t, e) {
					return true
				}
				if e+2 < len(s) && isKMB(low[e+1]) && isSpaceByte(s[e+2]) && scopeNounsAfterSpace(t, e+2) {
					return true
				}
			} else if e+1 < len(s) && isKMB(low[e]) && isSpaceByte(s[e+1]) && scopeNounsAfterSpace(t, e+1) {
				return true
			}
			continue
		}
		w := low[r.start:r.end]
		if !scopeWordGate.may(w) {
			continue
		}
		e := r.end
		switch {
		case scopeNumberWords[w]:
		case scopeOfWords[w] && strings.HasPrefix(low[e:], " of"):
			e += len(" of")
		default:
			continue
		}
		if e < len(s) && isSpaceByte(s[e]) && scopeNounsAfterSpace(t, e) {
			return true
		}
	}
	return false
}

func isKMB(c byte) bool { return c == 'k' || c == 'm' || c == 'b' }

// scopeNounsAfterSpace matches \s+(?:[a-z-]+\s+){0,2}(?:nouns)\b at i, where
// the text has whitespace.
func scopeNounsAfterSpace(t *textInfo, i int) bool {
	s := t.s
	for words := 0; ; words++ {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		if scopeNounAt(t, i) {
			return true
		}
		if words == 2 {
			return false
		}
		j := i
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] == '-') {
			j++
		}
		if j == i || j == len(s) || !isSpaceByte(s[j]) {
			return false
		}
		i = j
	}
}

// scopeNounAt says whether a scale noun starts at i and ends at \b.
func scopeNounAt(t *textInfo, i int) bool {
	low := t.alow()
	j := i
	for j < len(low) && isWordByte(low[j]) {
		j++
	}
	if j == i || i > 0 && isWordByte(low[i-1]) {
		return false
	}
	for _, ph := range scopeNouns.byFirst[low[i:j]] {
		if strings.HasPrefix(low[i:], ph) && boundaryAt(low, i+len(ph)) {
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- links

// linkAll is linkRe.FindAllStringIndex (linkRe in fastmatch_test.go):
//
//	(?i)\b(?:https?://[^\s<>"|·•\[\]()]+|www\.[^\s<>"|·•\[\]()]+|(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|twitter\.com|x\.com|medium\.com|stackoverflow\.com|bitbucket\.org|orcid\.org|kaggle\.com)(?:/[^\s<>"|·•\[\]()]*)?|[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|io|dev|me|org|net|app|co|ai|xyz|site|page|tech|design|portfolio)(?:/[^\s<>"|·•\[\]()]*)?)
func linkAll(t *textInfo) [][]int { return linkSpans(t.s) }

func linkSpans(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); i++ {
		if e := linkAtPos(s, i); e >= 0 {
			out = append(out, []int{i, e})
			i = e - 1
		}
	}
	return out
}

// hasLink is linkRe.MatchString.
func hasLink(s string) bool {
	for i := 0; i < len(s); i++ {
		if linkAtPos(s, i) >= 0 {
			return true
		}
	}
	return false
}

var (
	linkSchemes = newLitSet("https://", "http://", "www.")
	linkHosts   = newLitSet("linkedin.com", "github.com", "gitlab.com", "behance.net", "dribbble.com", "twitter.com", "x.com", "medium.com", "stackoverflow.com",
		"bitbucket.org", "orcid.org", "kaggle.com")
	linkTLDs = []string{"com", "io", "dev", "me", "org", "net", "app", "co", "ai", "xyz", "site", "page", "tech", "design", "portfolio"}
)

// linkStop is the class [\s<>"|·•\[\]()] that ends a link's path: the width
// of the rune at i when it is not in it, or 0.
func linkPathRune(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch c := s[i]; c {
	case ' ', '\t', '\n', '\f', '\r', '<', '>', '"', '|', '[', ']', '(', ')':
		return 0
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	if r == '·' || r == '•' {
		return 0
	}
	return w
}

// pathFrom is [^\s<>"|·•\[\]()]* from i: its end.
func pathFrom(s string, i int) int {
	for {
		w := linkPathRune(s, i)
		if w == 0 {
			return i
		}
		i += w
	}
}

// linkLabel is [a-z0-9\-] under (?i) at i: its width, or 0.
func linkLabel(s string, i int) int {
	if w, _ := foldAlnum(s, i); w > 0 {
		return w
	}
	if byteAt(s, i, '-') {
		return 1
	}
	return 0
}

// linkAtPos returns the end of a link starting at i, or -1.
func linkAtPos(s string, i int) int {
	if i >= len(s) || !boundaryAt(s, i) {
		return -1
	}
	// https?:// and www. take a path of one rune or more.
	for _, k := range linkSchemes.first[s[i]] {
		if e := foldAt(s, i, linkSchemes.alts[k].lit); e >= 0 {
			if f := pathFrom(s, e); f > e {
				return f
			}
		}
	}
	// A known host, then /path.
	for _, k := range linkHosts.first[s[i]] {
		if e := foldAt(s, i, linkHosts.alts[k].lit); e >= 0 {
			if byteAt(s, e, '/') {
				return pathFrom(s, e+1)
			}
			return e
		}
	}
	// A domain: labels joined by dots; the match ends after the first
	// top-level domain (in the expression's order) that opens the last
	// label that opens with one.
	w, _ := foldAlnum(s, i)
	if w == 0 {
		return -1
	}
	j := i + w
	for n := linkLabel(s, j); n > 0; n = linkLabel(s, j) {
		j += n
	}
	end := -1
	for byteAt(s, j, '.') && linkLabel(s, j+1) > 0 {
		for _, tld := range linkTLDs {
			if e := foldAt(s, j+1, tld); e >= 0 {
				end = e
				break
			}
		}
		j++
		for n := linkLabel(s, j); n > 0; n = linkLabel(s, j) {
			j += n
		}
	}
	if end >= 0 && byteAt(s, end, '/') {
		return pathFrom(s, end+1)
	}
	return end
}
