package check

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/bloom"
	"github.com/resumescore/resumescore/internal/check/lexicon"
	"github.com/resumescore/resumescore/internal/textmatch"
)

// This file holds what the impact and language checks and the bullet scorer
// share: the word lists, verb forms, numbers, outcome and scope signals, and
// the ways of walking a résumé's bullets. Everything here is read-only after
// package initialisation.

// ---------------------------------------------------------------- words

// words splits text the way the word lists are keyed: lower case, runs of
// letters, digits and apostrophes; anything else (hyphens too) separates.
func words(s string) []string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return wordsUnicode(s)
		}
	}
	// ASCII: the words are pieces of the lower-cased text.
	low := asciiLowerString(s)
	n := 0
	for i := 0; i < len(low); {
		for i < len(low) && !isWordChar(low[i]) {
			i++
		}
		if i < len(low) {
			n++
		}
		for i < len(low) && isWordChar(low[i]) {
			i++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for i := 0; i < len(low); {
		for i < len(low) && !isWordChar(low[i]) {
			i++
		}
		j := i
		for j < len(low) && isWordChar(low[j]) {
			j++
		}
		if j > i {
			out = append(out, strings.Trim(low[i:j], "'"))
		}
		i = j
	}
	return out
}

// isWordChar says whether a lower-cased ASCII byte belongs to a word.
func isWordChar(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' }

func wordsUnicode(s string) []string {
	// The words' lower-cased runes go into one buffer, one string at the end.
	buf := make([]byte, 0, len(s))
	var bounds []int // start and end of each word in buf
	start := 0
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
		case r == '’':
			r = '\''
		default:
			r = unicode.ToLower(r)
		}
		if r == '\'' || r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			buf = utf8.AppendRune(buf, r)
			continue
		}
		if len(buf) > start {
			bounds = append(bounds, start, len(buf))
			start = len(buf)
		}
	}
	if len(buf) > start {
		bounds = append(bounds, start, len(buf))
	}
	if len(bounds) == 0 {
		return nil
	}
	all := string(buf)
	out := make([]string, len(bounds)/2)
	for i := range out {
		out[i] = strings.Trim(all[bounds[2*i]:bounds[2*i+1]], "'")
	}
	return out
}

// phraseSet finds listed phrases in text, longest first, without overlaps.
type phraseSet struct {
	m     map[string]string // key ("results driven") → entry as listed ("results-driven")
	first map[string]bool   // the first word of each key
	max   int               // most words in an entry
	bit   uint16            // this set's bit in firstWordSets
}

// firstWordSets maps a word to the phrase sets (a bit each) that have an
// entry starting with it, so that a text's words are looked up once for all
// the sets (textInfo.wordSets). The sets are made at initialisation only.
var (
	firstWordSets   = map[string]uint16{}
	firstWordFilter bloom.Filter // firstWordSets' keys: most words are none
	phraseSets      int
)

func newPhraseSet(entries ...[]string) phraseSet {
	if phraseSets == 16 {
		panic("check: more phrase sets than firstWordSets has bits")
	}
	p := phraseSet{m: map[string]string{}, first: map[string]bool{}, bit: 1 << phraseSets}
	phraseSets++
	for _, list := range entries {
		for _, e := range list {
			ws := words(e)
			if len(ws) == 0 {
				continue
			}
			p.m[strings.Join(ws, " ")] = e
			p.first[ws[0]] = true
			firstWordSets[ws[0]] |= p.bit
			firstWordFilter.Add(bloom.Hash(ws[0]))
			p.max = max(p.max, len(ws))
		}
	}
	return p
}

// find returns the entries found in s, in order of appearance.
func (p phraseSet) find(s string) []string {
	return p.findWords(words(s))
}

// in is findWords over a text's words, with its word sets.
func (p phraseSet) in(t *textInfo) []string {
	return p.findMasked(t.words(), t.wordSets())
}

func (p phraseSet) findWords(ws []string) []string { return p.findMasked(ws, nil) }

// findMasked is findWords; sets, when given, says per word which sets may
// start there, in place of a lookup in first.
func (p phraseSet) findMasked(ws []string, sets []uint16) []string {
	var out []string
	var bufA [96]byte // keys of a few words fit on the stack
	var endsA [8]int
	buf := bufA[:0]
	var ends []int
	for i := 0; i < len(ws); {
		if sets != nil && sets[i]&p.bit == 0 || sets == nil && !p.first[ws[i]] {
			i++ // no entry starts with this word
			continue
		}
		if ends == nil {
			if p.max <= len(endsA) {
				ends = endsA[:p.max]
			} else {
				ends = make([]int, p.max)
			}
		}
		// The key of k words is a prefix of the key of k+1 words.
		k := min(p.max, len(ws)-i)
		buf = buf[:0]
		for j := range k {
			if j > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, ws[i+j]...)
			ends[j] = len(buf)
		}
		n := 0
		for ; k >= 1; k-- {
			if e, ok := p.m[string(buf[:ends[k-1]])]; ok {
				out = append(out, e)
				n = k
				break
			}
		}
		i += max(n, 1)
	}
	return out
}

// findPrefix returns the longest listed entry the words start with, and
// its length in words.
func (p phraseSet) findPrefix(ws []string) (string, int) {
	var bufA [96]byte
	var endsA [8]int
	buf := bufA[:0]
	var ends []int
	if p.max <= len(endsA) {
		ends = endsA[:p.max]
	} else {
		ends = make([]int, p.max)
	}
	k := min(p.max, len(ws))
	for j := range k {
		if j > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, ws[j]...)
		ends[j] = len(buf)
	}
	for ; k >= 1; k-- {
		if e, ok := p.m[string(buf[:ends[k-1]])]; ok {
			return e, k
		}
	}
	return "", 0
}

// has says whether a single word or phrase is listed.
func (p phraseSet) has(s string) bool {
	_, ok := p.m[strings.Join(words(s), " ")]
	return ok
}

var (
	buzzwords    = newPhraseSet(lexicon.Lines("buzzwords"))
	cliches      = newPhraseSet(lexicon.Lines("cliches"))
	vagueWords   = newPhraseSet(lexicon.Lines("vague"))
	hedgeWords   = newPhraseSet(lexicon.Lines("hedges"))
	intensifiers = newPhraseSet(lexicon.Lines("intensifiers"))
	slopWords    = newPhraseSet(lexicon.Lines("slop"))
	toneWords    = newPhraseSet(lexicon.Lines("tone"))
	informalWds  = newPhraseSet(lexicon.Lines("informal"))
	weakOpeners  = newPhraseSet(lexicon.Lines("weak"))
	notVerbs     = set(strings.Join(lexicon.Lines("notverbs"), " "))
	stopwords    = set(strings.Join(lexicon.Lines("stopwords"), " "))
	acronyms     = set(strings.Join(lexicon.Lines("acronyms"), " "))
)

// set makes a set of the space-separated words. (Not inlined: each
// package-level call site would carry a copy of the loop in the init code
// of the WebAssembly build.)
//
//go:noinline
func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// firstWord returns the bullet's first word, lower-cased, without punctuation.
func firstWord(text string) string {
	f := firstField(text)
	if f == "" {
		return ""
	}
	return strings.ToLower(strings.Trim(f, ".,;:()\"'“”‘’!?"))
}

// firstField is strings.Fields(s)[0], or "" when s has no field.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

func wordCount(s string) int { return countFields(s) }

// countFields is len(strings.Fields(s)), without building the fields.
func countFields(s string) int {
	n, _ := countBoth(s)
	return n
}

// countBoth returns countFields(s) and the number of runs of bytes that are
// not a space or a tab.
func countBoth(s string) (fields, words int) {
	inField, inWord := false, false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && !asciiSpace[c] { // most bytes: inside a word
			if !inField {
				fields++
				inField = true
			}
			if !inWord {
				words++
				inWord = true
			}
			i++
			continue
		}
		var space, st bool
		if c < utf8.RuneSelf {
			space, st = asciiSpace[c], c == ' ' || c == '\t'
			i++
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += w
		}
		if !space && !inField {
			fields++
		}
		if !st && !inWord {
			words++
		}
		inField, inWord = !space, !st
	}
	return fields, words
}

// asciiSpace is unicode.IsSpace over ASCII, as strings.Fields uses it.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// ---------------------------------------------------------------- verbs

type tense int

const (
	tenseNone    tense = iota
	tensePast          // built, led
	tensePresent       // build, builds
	tenseGerund        // building
	tenseEither        // cut, set, read: the same in past and present
)

type verbClass int

const (
	notVerb    verbClass = iota
	weakVerb             // worked on, helped, responsible for
	plainVerb            // a verb, not on the strong list
	strongVerb           // on the strong list (or the role's)
)

// verbForm is what a word is as a verb.
type verbForm struct {
	base   string
	tense  tense
	strong bool
}

var (
	strongVerbs = map[string]bool{}     // base forms
	verbThemes  = map[string][]string{} // theme → base forms, for rewrite suggestions by theme
	irregular   = map[string][2]string{}
	verbForms   = map[string]verbForm{} // any form → what it is
	participles = map[string]bool{}     // past participles, for passive voice
)

func init() {
	for _, l := range lexicon.Lines("irregular") {
		f := strings.Fields(l)
		irregular[f[0]] = [2]string{f[1], f[2]}
	}
	for _, l := range lexicon.Lines("verbs") {
		theme, ws, _ := strings.Cut(l, ":")
		for _, w := range strings.Fields(ws) {
			strongVerbs[w] = true
			verbThemes[theme] = append(verbThemes[theme], w)
		}
	}
	for _, w := range lexicon.Lines("taskverbs") {
		addVerb(w, false)
	}
	// Irregular verbs are verbs too ("Brought", "Gave"), even when no list
	// above names them.
	bases := make([]string, 0, len(irregular))
	for b := range irregular {
		bases = append(bases, b)
	}
	sort.Strings(bases)
	for _, b := range bases {
		if _, known := verbForms[b]; !known {
			addVerb(b, false)
		}
	}
	// Strong verbs last, so that a form both lists share is strong; sorted,
	// so that the tables are the same on every run.
	strong := make([]string, 0, len(strongVerbs))
	for w := range strongVerbs {
		strong = append(strong, w)
	}
	sort.Strings(strong)
	for _, w := range strong {
		addVerb(w, true)
	}
}

// pastOf returns the past tense and past participle of a base form.
func pastOf(base string) (past, participle string) {
	if p, ok := irregular[base]; ok {
		return p[0], p[1]
	}
	switch n := len(base); {
	case strings.HasSuffix(base, "e"):
		past = base + "d"
	case n > 1 && base[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(base[n-2])):
		past = base[:n-1] + "ied"
	default:
		past = base + "ed"
	}
	return past, past
}

// presentOf returns the third-person present ("builds", "analyzes", "carries").
func presentOf(base string) string {
	n := len(base)
	switch {
	case n > 1 && base[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(base[n-2])):
		return base[:n-1] + "ies"
	case strings.HasSuffix(base, "s"), strings.HasSuffix(base, "sh"), strings.HasSuffix(base, "ch"),
		strings.HasSuffix(base, "x"), strings.HasSuffix(base, "z"), strings.HasSuffix(base, "o"):
		return base + "es"
	}
	return base + "s"
}

// gerundOf returns the -ing form ("building", "managing", "planning").
func gerundOf(base string) string {
	if p, ok := irregular[base]; ok && len(p[0]) == len(base)+3 && strings.HasSuffix(p[0], "ed") &&
		p[0][len(base)] == base[len(base)-1] {
		return base + base[len(base)-1:] + "ing" // plan → planned → planning
	}
	switch {
	case strings.HasSuffix(base, "ie"):
		return base[:len(base)-2] + "ying"
	case strings.HasSuffix(base, "ee"), strings.HasSuffix(base, "ye"), strings.HasSuffix(base, "oe"):
		return base + "ing"
	case strings.HasSuffix(base, "e") && len(base) > 2:
		return base[:len(base)-1] + "ing"
	}
	return base + "ing"
}

func addVerb(base string, strong bool) {
	past, part := pastOf(base)
	put := func(form string, t tense) {
		if old, ok := verbForms[form]; ok && old.base != base {
			// Two verbs share a form ("found": find, found). Past wins, as it
			// is what a résumé line means far more often; otherwise the first
			// added (in sorted order) stays.
			if old.tense == tensePast || t != tensePast {
				return
			}
		}
		verbForms[form] = verbForm{base: base, tense: t, strong: strong}
	}
	if past == base {
		put(base, tenseEither)
	} else {
		put(base, tensePresent)
		put(past, tensePast)
	}
	put(presentOf(base), tensePresent)
	put(gerundOf(base), tenseGerund)
	participles[part] = true
	participles[past] = true
}

// britishToAmerican maps -ise/-yse/-lled spellings to the forms the tables
// hold: "optimised" → "optimized", "modelled" → "modeled".
func britishToAmerican(w string) string {
	for _, s := range [][2]string{{"ising", "izing"}, {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"},
		{"ysing", "yzing"}, {"ysed", "yzed"}, {"yses", "yzes"}, {"yse", "yze"}, {"lled", "led"}, {"lling", "ling"}} {
		if strings.HasSuffix(w, s[0]) && len(w) > len(s[0])+2 {
			return strings.TrimSuffix(w, s[0]) + s[1]
		}
	}
	return w
}

// verbExtra holds a role's strong verbs: base forms known to the tables, and
// the forms of verbs they do not know.
type verbExtra struct {
	bases map[string]bool
	forms map[string]verbForm
}

// newVerbExtra reads a role's verbs, in any tense ("triage", "Reconciled").
func newVerbExtra(verbs []string) *verbExtra {
	if len(verbs) == 0 {
		return nil
	}
	x := &verbExtra{bases: map[string]bool{}, forms: map[string]verbForm{}}
	for _, v := range verbs {
		v = strings.ToLower(strings.TrimSpace(v))
		if v == "" {
			continue
		}
		if f, ok := verbForms[v]; ok {
			x.bases[f.base] = true
			continue
		}
		if strings.HasSuffix(v, "ed") {
			x.forms[v] = verbForm{base: v, tense: tensePast, strong: true}
			continue
		}
		past, _ := pastOf(v)
		x.forms[past] = verbForm{base: v, tense: tensePast, strong: true}
		x.forms[v] = verbForm{base: v, tense: tensePresent, strong: true}
		x.forms[presentOf(v)] = verbForm{base: v, tense: tensePresent, strong: true}
		x.forms[gerundOf(v)] = verbForm{base: v, tense: tenseGerund, strong: true}
	}
	return x
}

// lookupVerb says what a single lower-case word is as a verb, with a role's
// extra strong verbs in x (which may be nil).
func lookupVerb(w string, x *verbExtra) (verbForm, bool) {
	try := func(w string) (verbForm, bool) {
		if f, ok := verbForms[w]; ok {
			if x != nil && x.bases[f.base] {
				f.strong = true
			}
			return f, true
		}
		if x != nil {
			if f, ok := x.forms[w]; ok {
				return f, true
			}
		}
		return verbForm{}, false
	}
	if f, ok := try(w); ok {
		return f, true
	}
	if a := britishToAmerican(w); a != w {
		if f, ok := try(a); ok {
			return f, true
		}
	}
	// co-led, re-architected, cross-trained: judge the part after the hyphen.
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
		if f, ok := lookupVerb(w[i+1:], x); ok {
			return f, true
		}
		return verbForm{}, false
	}
	// rearchitected, coauthored, outsold: a prefix on a known verb.
	for _, p := range []string{"re", "co", "pre", "over", "under", "out", "up"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 {
			if f, ok := try(rest); ok && f.tense == tensePast {
				return f, true
			}
		}
	}
	if len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !notVerbs[w] &&
		!hasDigit(w) {
		return verbForm{base: w, tense: tensePast}, true
	}
	return verbForm{}, false
}

// opener is how a bullet starts.
type opener struct {
	shown string // the first word as written
	word  string // the first word, lower-cased
	base  string // its base form when it is a verb
	class verbClass
	tense tense
	weak  string // the weak opening phrase, when class is weakVerb
}

// openerOf reads the start of a bullet.
func openerOf(text string, x *verbExtra) opener { return newText(text).opener(x) }

// opener reads the start of the text, with a role's extra strong verbs in x
// (which may be nil).
func (t *textInfo) opener(x *verbExtra) opener {
	if x == nil {
		if t.once(fOpener) {
			o := t.readOpener(nil)
			t.extra().op = &o
		}
		return *t.extra().op
	}
	if t.extra().opRole == nil || t.extra().opRole.x != x {
		t.extra().opRole = &roleOpener{x: x, o: t.readOpener(x)}
	}
	return t.extra().opRole.o
}

func (t *textInfo) readOpener(x *verbExtra) opener {
	text := t.s
	ws := t.words()
	o := opener{word: firstWord(text)}
	if f := firstField(text); f != "" {
		o.shown = strings.Trim(f, ".,;:()\"'“”‘’!?")
	}
	if len(ws) == 0 {
		return o
	}
	if e, _ := weakOpeners.findPrefix(ws); e != "" {
		o.class, o.weak, o.base, o.tense = weakVerb, e, ws[0], tensePast
		return o
	}
	f, ok := lookupVerb(o.word, x)
	if !ok && ws[0] != o.word {
		f, ok = lookupVerb(ws[0], x)
	}
	if !ok {
		return o
	}
	if f.tense == tensePresent && f.base == o.word && len(ws) > 1 {
		// "Research integrated into …", "Design reviewed by …": a noun
		// followed by its verb, not an imperative.
		if next, ok := verbForms[ws[1]]; ok && next.tense == tensePast || len(ws[1]) > 4 && strings.HasSuffix(ws[1], "ed") && !notVerbs[ws[1]] {
			return o
		}
	}
	o.base, o.tense = f.base, f.tense
	o.class = plainVerb
	if f.strong {
		o.class = strongVerb
	}
	return o
}

// actionVerb says whether a bullet opens with a verb of action, in any
// tense (tense is language.tense's business).
func (t *textInfo) actionVerb() bool {
	c := t.opener(nil).class
	return c == strongVerb || c == plainVerb
}

// strongVerbHint lists a few strong verbs to suggest, from the role's when given.
func strongVerbHint(g Guidance) string {
	vs := g.Verbs
	if len(vs) == 0 {
		vs = []string{"built", "cut", "led", "designed"}
	}
	var out []string
	for _, v := range vs[:min(4, len(vs))] {
		f, ok := lookupVerb(strings.ToLower(v), nil)
		if ok && f.tense != tensePast && f.tense != tenseEither {
			v, _ = pastOf(f.base)
		}
		out = append(out, capitalize(v))
	}
	return strings.Join(out, ", ")
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// ---------------------------------------------------------------- numbers

// countedNounRe finds a counted noun right after a number: "2000 users".
var countedNouns = alts(scaleNouns + `|requests|events|transactions|records|rows|orders|calls|tickets|visits|visitors|sessions|downloads|installs|leads|sales|units|items|hours|shifts|cases`)

// countedNounNext says whether text starts with a counted noun after
// whitespace, as `^\s+(?:[a-z-]+\s+)?(?:` + scaleNouns + `|requests|events|transactions|records|rows|orders|calls|tickets|visits|visitors|sessions|downloads|installs|leads|sales|units|items|hours|shifts|cases)\b`
// (countedNounRe in oracle_test.go) does.
func countedNounNext(s string) bool {
	i := skipSpaces(s, 0)
	if i == 0 {
		return false
	}
	nounAt := func(i int) bool {
		for _, n := range countedNouns {
			if strings.HasPrefix(s[i:], n) && boundaryAt(s, i+len(n)) {
				return true
			}
		}
		return false
	}
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] == '-') {
		j++
	}
	if j > i && j < len(s) && isSpaceRE(s[j]) && nounAt(skipSpaces(s, j)) {
		return true
	}
	return nounAt(i)
}

// quantity is one number found in a bullet.
type quantity struct {
	text     string
	value    float64
	currency bool
	unit     string // lower-cased, trimmed: "%", "ms", "million", ""
	at       int    // byte offset in the text
}

// quantities returns the numbers in text that measure something: not years,
// not digits inside names (EC2, p99, HTML5, Q3) and not version numbers after
// a technology name (Python 3).
func quantities(text string) []quantity { return newText(text).quantities() }

func (t *textInfo) quantities() []quantity {
	if t.once(fQuantities) {
		t.extra().qs = readQuantities(t)
	}
	return t.extra().qs
}

func readQuantities(t *textInfo) []quantity {
	text := t.s
	var out []quantity
	for _, m := range t.numAll() {
		start := m[0]
		numStart := m[4]
		if start > 0 {
			r := lastRune(text[:start])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_' {
				continue // EC2, p99, v2.1, 1.4.2
			}
		}
		end := m[1]
		if end < len(text) {
			r := firstRune(text[end:])
			if unicode.IsLetter(r) || r == '_' {
				continue // 3D, 2FA, 5G, 4xx
			}
		}
		q := quantity{text: strings.TrimSpace(text[start:end]), currency: m[2] >= 0, at: numStart}
		if m[6] >= 0 {
			q.unit = strings.ToLower(strings.TrimSpace(text[m[6]:m[7]]))
		}
		num := strings.ReplaceAll(text[m[4]:m[5]], ",", "")
		q.value, _ = strconv.ParseFloat(strings.TrimSuffix(num, "."), 64)
		digits := text[m[4]:m[5]]
		if !q.currency && (q.unit == "" || q.unit == "s") && len(digits) == 4 && q.value >= 1950 && q.value < 2040 &&
			!countedNounNext(text[end:]) {
			continue // a year, or a decade ("1990s"); not "2000 users"
		}
		if !q.currency && q.unit == "" && afterTechName(text[:start]) {
			continue // Python 3, Angular 17
		}
		out = append(out, q)
	}
	return out
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// afterTechName says whether text ends with a technology name and a space.
func afterTechName(text string) bool {
	if !strings.HasSuffix(text, " ") {
		return false
	}
	f := textmatch.LastField(text)
	if f == "" {
		return false
	}
	_, ok := techLookup(f)
	return ok
}

// hasMetric says whether a bullet carries a number other than a year, or a
// spelled-out one ("three teams", "doubled").
func hasMetric(text string) bool { return newText(text).metric() }

func (t *textInfo) metric() bool {
	if t.once(fMetric) {
		return t.set(fMetric, len(t.quantities()) > 0 || len(t.spelled()) > 0)
	}
	return t.get(fMetric)
}

// spelled returns the spelled-out numbers and changes ("three", "doubled").
func (t *textInfo) spelled() []string {
	if t.once(fSpelled) {
		t.extra().spelledS = t.spelledAll()
	}
	return t.extra().spelledS
}

// ---------------------------------------------------------------- placeholders

// placeholderFinders find template stubs, each as FindAllStringIndex of
// its expression (kept in oracle_test.go):
//
//	(?i)\[\s*(?:n|x+|#+|\?+|\d*\s*%|x+\s*%|n\s*%|\$\s*x+|number|num|metric|amount|value|count|percent(?:age)?|tbd|result|company|client|insert[^\]]{0,30}|add[^\]]{0,30})\s*\]
//	\b(?:X{1,3}|N)\s?%
//	[$€£]\s?(?:X{1,3}|N)\b
//	\b(?:19|20)XX\b|\bXXXX\b|\bXX\b
//	\bTBD\b|(?i)lorem ipsum|\{\{[^}]*\}\}
var placeholderFinders = [...]func(s string, i int) int{bracketStubAt, percentStubAt, moneyStubAt, yearStubAt, wordStubAt}

// mayHoldStub says whether the text holds what every match of placeholder
// finder k needs.
func mayHoldStub(t *textInfo, k int) bool {
	s := t.s
	switch k {
	case 0:
		return strings.IndexByte(s, '[') >= 0
	case 1:
		return strings.IndexByte(s, '%') >= 0
	case 2:
		return strings.IndexByte(s, '$') >= 0 || strings.Contains(s, "€") || strings.Contains(s, "£")
	case 3:
		return strings.Contains(s, "XX")
	}
	return strings.Contains(s, "TBD") || strings.Contains(s, "{{") || strings.Contains(t.alow(), "lorem")
}

// findAllAt is FindAllStringIndex for a matcher that returns the end of a
// match at i, or -1 (no matcher here matches the empty string).
func findAllAt(s string, at func(s string, i int) int) [][]int {
	var out [][]int
	for i := 0; i < len(s); i++ {
		if e := at(s, i); e >= 0 {
			out = append(out, []int{i, e})
			i = e - 1
		}
	}
	return out
}

// xRun counts the X (or x, when fold) at i.
func xRun(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == 'X' {
		n++
	}
	return n
}

func bracketStubAt(s string, i int) int {
	if !byteAt(s, i, '[') {
		return -1
	}
	j := strings.IndexByte(s[i+1:], ']')
	if j < 0 {
		return -1
	}
	c := s[i+1 : i+1+j]
	lead := skipSpaces(c, 0)
	trail := 0
	for trail < len(c)-lead && isSpaceRE(c[len(c)-1-trail]) {
		trail++
	}
	for a := 0; a <= lead; a++ {
		for b := 0; b <= trail && a+b <= len(c); b++ {
			if bracketStub(c[a : len(c)-b]) {
				return i + j + 2
			}
		}
	}
	return -1
}

var bracketWords = newLitSet("number", "num", "metric", "amount", "value", "count", "percent", "percentage", "tbd", "result", "company", "client")

// bracketStub is a whole match of the stubs inside brackets.
func bracketStub(x string) bool {
	if foldAt(x, 0, "n") == len(x) {
		return true
	}
	// x+, #+, ?+ (and x+\s*%, below)
	allOf := func(x, lit string) bool {
		if x == "" {
			return false
		}
		for i := 0; i < len(x); {
			e := foldAt(x, i, lit)
			if e < 0 {
				return false
			}
			i = e
		}
		return true
	}
	if allOf(x, "x") || allOf(x, "#") || allOf(x, "?") {
		return true
	}
	if rest, ok := strings.CutSuffix(x, "%"); ok {
		// \d*\s*%, x+\s*%, n\s*%
		t := rest
		for len(t) > 0 && isSpaceRE(t[len(t)-1]) {
			t = t[:len(t)-1]
		}
		if digitsFrom(t, 0) == len(t) || allOf(t, "x") || foldAt(t, 0, "n") == len(t) {
			return true
		}
	}
	if strings.HasPrefix(x, "$") && allOf(x[skipSpaces(x, 1):], "x") {
		return true
	}
	for _, w := range bracketWords.alts {
		if foldAt(x, 0, w.lit) == len(x) {
			return true
		}
	}
	for _, w := range [...]string{"insert", "add"} {
		if e := foldAt(x, 0, w); e >= 0 && utf8.RuneCountInString(x[e:]) <= 30 {
			return true
		}
	}
	return false
}

func percentStubAt(s string, i int) int {
	if !boundaryAt(s, i) {
		return -1
	}
	j := i
	if n := xRun(s, i); n >= 1 && n <= 3 {
		j = i + n
	} else if byteAt(s, i, 'N') {
		j = i + 1
	} else {
		return -1
	}
	if j < len(s) && isSpaceRE(s[j]) && byteAt(s, j+1, '%') {
		return j + 2
	}
	if byteAt(s, j, '%') {
		return j + 1
	}
	return -1
}

func moneyStubAt(s string, i int) int {
	j := -1
	switch {
	case byteAt(s, i, '$'):
		j = i + 1
	case strings.HasPrefix(s[i:], "€"), strings.HasPrefix(s[i:], "£"):
		_, w := utf8.DecodeRuneInString(s[i:])
		j = i + w
	default:
		return -1
	}
	if j < len(s) && isSpaceRE(s[j]) {
		j++
	}
	if n := xRun(s, j); n >= 1 && n <= 3 && boundaryAt(s, j+n) {
		return j + n
	}
	if byteAt(s, j, 'N') && boundaryAt(s, j+1) {
		return j + 1
	}
	return -1
}

func yearStubAt(s string, i int) int {
	if !boundaryAt(s, i) {
		return -1
	}
	if (strings.HasPrefix(s[i:], "19XX") || strings.HasPrefix(s[i:], "20XX")) && boundaryAt(s, i+4) {
		return i + 4
	}
	if strings.HasPrefix(s[i:], "XXXX") && boundaryAt(s, i+4) {
		return i + 4
	}
	if strings.HasPrefix(s[i:], "XX") && boundaryAt(s, i+2) {
		return i + 2
	}
	return -1
}

func wordStubAt(s string, i int) int {
	if strings.HasPrefix(s[i:], "TBD") && boundaryAt(s, i) && boundaryAt(s, i+3) {
		return i + 3
	}
	if e := foldAt(s, i, "lorem ipsum"); e >= 0 {
		return e
	}
	if strings.HasPrefix(s[i:], "{{") {
		if j := strings.IndexByte(s[i+2:], '}'); j >= 0 && byteAt(s, i+2+j+1, '}') {
			return i + 2 + j + 2
		}
	}
	return -1
}

// placeholders returns the template stubs left in text: "[N]", "XX%", "$X",
// "20XX", "TBD".
func placeholders(text string) []string { return newText(text).placeholders() }

func (t *textInfo) placeholders() []string { return t.list(lPlaceholders, readPlaceholders) }

func readPlaceholders(t *textInfo) []string {
	text := t.s
	var spans [][]int
	for k, at := range placeholderFinders {
		if !mayHoldStub(t, k) {
			continue
		}
		for _, m := range findAllAt(text, at) {
			inside := false
			for _, s := range spans {
				inside = inside || m[0] < s[1] && s[0] < m[1]
			}
			if !inside {
				spans = append(spans, m)
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	var out []string
	for _, s := range spans {
		out = append(out, text[s[0]:s[1]])
	}
	return out
}

// ---------------------------------------------------------------- outcome

// resultRe finds the result of an action: a change stated with a connector, a
// before and after, or a change by an amount.
// The parts of resultRe, which fastpaths.go matches one by one.
const (
	resultConnectors = `resulting in|resulted in|leading to|led to|so that|thereby`
	resultWhich      = `which (?:\w+ )?(?:\w+ed|cut|grew|won|let|drove|brought|saved|freed|made|kept|took)`
	resultVerbs      = `enabling|allowing|achieving|yielding|saving|cutting|reducing|decreasing|increasing|improving|boosting|raising|lowering|growing|driving|eliminating|shortening|preventing|freeing|lifting|accelerating|speeding up|halving|doubling|tripling|earning|winning|exceeding|surpassing|beating|recovering|generating|delivering|avoiding|removing|closing|passing|meeting|hitting|landing|reaching|retaining|keeping|filling|bringing|turning|lifting|topping|ranking`
	resultFromTo     = `\bfrom\s+[$€£~]?\s?\d[^;]{0,40}?\bto\s+[$€£~]?\s?\d`
	resultByAmount   = `\b(?:by|of|to)\s+(?:over |nearly |about |almost |around |roughly |~)?[$€£]?\s?\d[\d,.]*\s?(?:%|x\b|percent|k\b|m\b|million|points|pts|pp)`
	resultChange     = `\d\s?(?:%|x|percent)\s+(?:increase|decrease|reduction|growth|improvement|gain|drop|lift|rise|uplift|faster|fewer|less|more|higher|lower|cheaper|smaller)`
	resultZeroNouns  = `downtime|defects|incidents|errors|findings|injuries|falls|audit findings|lost-time`
	resultZero       = `\b(?:zero|no) (?:` + resultZeroNouns + `)\b`
	resultRateNouns  = `uptime|availability|accuracy|retention|satisfaction|on-time|attendance|compliance|occupancy|csat|pass rate|success rate|quota attainment|of (?:quota|target|plan|goal)`
	resultRate       = `\d\s?%\s+(?:` + resultRateNouns + `)`
)

var resultRe = withFastPath(`(?i)\b(?:` + resultConnectors + `|` + resultWhich + `|` + resultVerbs + `)\b|` + resultFromTo + `|` + resultByAmount + `|` + resultChange + `|` + resultZero + `|` + resultRate)

// changeVerbs open a bullet with the result itself: "Cut", "Grew", "Saved".
var changeVerbs = set(`accelerate boost cut decrease double eliminate exceed expand grow halve improve increase lift lower
minimize prevent quadruple raise recover reduce save shorten slash surpass triple win achieve beat generate outperform
speed`)

// hasResult says whether a bullet states what changed because of the work.
func hasResult(text string, x *verbExtra) bool { return newText(text).result(x) }

func (t *textInfo) result(x *verbExtra) bool {
	if x == nil && t.known&fResult != 0 {
		return t.get(fResult)
	}
	r := t.resultRe() || changeVerbs[t.opener(x).base] && t.metric() || t.purpose()
	if x == nil {
		t.once(fResult)
		t.set(fResult, r)
	}
	return r
}

func (t *textInfo) resultRe() bool {
	if t.once(fResultRe) {
		return t.set(fResultRe, t.match(resultRe))
	}
	return t.get(fResultRe)
}

func (t *textInfo) purpose() bool {
	if t.once(fPurpose) {
		return t.set(fPurpose, purposeIn(t.words()))
	}
	return t.get(fPurpose)
}

// purposeIn finds "to" followed by a verb: "to replace the monolith",
// "to cut costs". "From VMs to Kubernetes" does not count.
func purposeIn(ws []string) bool {
	for i := 1; i+1 < len(ws); i++ {
		if ws[i] != "to" {
			continue
		}
		if f, ok := verbForms[ws[i+1]]; ok && (f.tense == tensePresent || f.tense == tenseEither) && f.base == ws[i+1] && !nounish[f.base] {
			return true
		}
	}
	return false
}

// nounish verbs are more often nouns after "to" ("time to market").
var nounish = set("market process record report document program schedule budget file model map date place post")

// howRe finds how the work was done.
// The parts of howRe.
const (
	howBy    = `by (?:\w+ing|introducing|adding|building|moving)`
	howWords = `using|through|via|with|leveraging|applying`
)

var howRe = withFastPath(`(?i)\b(?:` + howBy + `|` + howWords + `)\b`)

// ---------------------------------------------------------------- scope

// scaleNouns are what a count of something large is usually a count of.
const scaleNouns = `engineers|developers|people|staff|nurses|teachers|reps|representatives|analysts|designers|direct reports|employees|volunteers|agents|contractors|interns|members|students|pupils|patients|clients|customers|users|accounts|stores|sites|locations|countries|markets|regions|teams|departments|hospitals|schools|classrooms|beds|units|vendors|suppliers|partners|stakeholders|brands|products|services|endpoints|servers|clusters|cities|states|offices|branches|hires|candidates|families|subscribers|merchants|sellers|buyers|physicians|doctors|providers|agencies|franchises|restaurants|warehouses|facilities`

// scopeRe finds the size of what a person owned: a team, a budget, a user
// base, a reach across teams or sites.
// The parts of scopeRe.
const (
	scopeTeamOf       = `\bteam of\b`
	scopeCountWords   = `two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds? of|thousands? of|dozens? of|millions? of`
	scopeCount        = `\b(?:\d[\d,.]*\+?\s?[kmb]?|` + scopeCountWords + `)\s+(?:[a-z-]+\s+){0,2}(?:` + scaleNouns + `)\b`
	scopeMoney        = `[$€£]\s?\d`
	scopeBudget       = `\bbudgets?\b`
	scopeWideUnits    = `company|org|organization|enterprise|department|division|hospital|school|district|firm|country|nation|state`
	scopeWide         = `\b(?:` + scopeWideUnits + `)[- ]wide\b`
	scopeCross        = `\bcross-functional\b`
	scopeAcross       = `\bacross\s+(?:\d|the|all|every|multiple|two|three|four|five|six|seven|eight|nine|ten)\b`
	scopeEndToEnd     = `\bend-to-end\b`
	scopeReachWords   = `global|nationwide|international|multinational`
	scopeReach        = `\b(?:` + scopeReachWords + `)\b`
	scopePL           = `\bP&L\b`
	scopeServingVerbs = `handling|serving|processing|supporting|hosting|managing|covering|reaching|used by`
	scopeServing      = `\b(?:` + scopeServingVerbs + `)\s+(?:over |more than |up to |nearly |about |~)?[$€£]?\d`
)

var scopeRe = withFastPath(`(?i)` + scopeTeamOf + `|` + scopeCount + `|` + scopeMoney + `|` + scopeBudget + `|` + scopeWide + `|` + scopeCross + `|` +
	scopeAcross + `|` + scopeEndToEnd + `|` + scopeReach + `|` + scopePL + `|` + scopeServing)

// ownershipVerbs open a bullet with ownership.
var ownershipVerbs = set(`lead own head direct manage supervise oversee found co-found launch spearhead champion run chair
mentor hire recruit coach`)

// hasScope says whether a bullet shows the size of what was owned.
func hasScope(text string, g *Guidance) bool { return newText(text).scope(g) }

func (t *textInfo) scope(g *Guidance) bool {
	if g == nil && t.known&fScope != 0 {
		return t.get(fScope)
	}
	r := t.scopeRe() || ownershipVerbs[t.opener(nil).base] || t.roleMetric(g)
	if g == nil {
		t.once(fScope)
		t.set(fScope, r)
	}
	return r
}

func (t *textInfo) scopeRe() bool {
	if t.once(fScopeRe) {
		return t.set(fScopeRe, t.match(scopeRe))
	}
	return t.get(fScopeRe)
}

func (t *textInfo) how() bool {
	if t.once(fHow) {
		return t.set(fHow, t.match(howRe))
	}
	return t.get(fHow)
}

// roleMetric says whether a bullet has a number and one of the role's
// metric words ("patients", "latency").
func (t *textInfo) roleMetric(g *Guidance) bool {
	if g != nil && len(g.MetricWords) > 0 && t.metric() {
		lw := t.lower()
		for _, m := range g.MetricWords {
			if strings.Contains(lw, strings.ToLower(m)) {
				return true
			}
		}
	}
	return false
}

// ---------------------------------------------------------------- walking bullets

// bulletsOf returns the bullets of experience and projects sections, where
// statements of impact belong.
func bulletsOf(in *Input) []Evidence {
	m := in.m()
	if !m.bulletsOK {
		m.bulletsOK = true
		for _, b := range in.Resume.Bullets {
			if b.Section == "experience" || b.Section == "projects" || b.Section == "header" {
				m.bullets = append(m.bullets, Evidence{Page: b.Ref.Page, Line: b.Ref.Line, Text: b.Text})
			}
		}
	}
	return capped(m.bullets)
}

// role is one job with its bullets.
type role struct {
	index   int
	name    string // "Senior Engineer, Acme" as best known
	current bool   // started and not ended
	ended   bool
	bullets []Evidence
}

// rolesOf pairs each job with its bullets. The parser adds a job's bullets to
// Resume.Bullets in the order of its highlights, so they are matched in turn.
func rolesOf(in *Input) []role {
	m := in.m()
	if !m.rolesDone {
		m.rolesDone = true
		m.roles = readRoles(in)
	}
	return capped(m.roles)
}

func readRoles(in *Input) []role {
	var out []role
	next := 0
	bs := in.Resume.Bullets
	for i, w := range in.Resume.Work {
		r := role{index: i, current: w.StartDate != "" && w.EndDate == "", ended: w.EndDate != ""}
		r.name = strings.Trim(strings.Join([]string{w.Position, w.Name}, ", "), ", ")
		if r.name == "" {
			r.name = "role " + strconv.Itoa(i+1)
		}
		for _, h := range w.Highlights {
			for j := next; j < len(bs); j++ {
				if bs[j].Section == "experience" && bs[j].Text == h {
					r.bullets = append(r.bullets, Evidence{Page: bs[j].Ref.Page, Line: bs[j].Ref.Line, Text: bs[j].Text})
					next = j + 1
					break
				}
			}
		}
		out = append(out, r)
	}
	return out
}

// shareCheck scores the share of bullets that pass ok: full marks at or above
// want, a warning above half of it.
func shareCheck(in *Input, want float64, ok func(*textInfo) bool, noun string) (Result, bool) {
	return shareOfFacts(in, bulletsOf(in), want, ok, noun)
}

func shareOf(bs []Evidence, want float64, ok func(string) bool, noun string) (Result, bool) {
	return shareOfFacts(nil, bs, want, func(t *textInfo) bool { return ok(t.s) }, noun)
}

func shareOfFacts(in *Input, bs []Evidence, want float64, ok func(*textInfo) bool, noun string) (Result, bool) {
	if len(bs) == 0 {
		return Result{}, false
	}
	var bad []Evidence
	for _, b := range bs {
		if !ok(newTextOf(in, b.Text)) {
			bad = append(bad, b)
		}
	}
	share := float64(len(bs)-len(bad)) / float64(len(bs))
	r := Result{Earned: min(1, share/want), Evidence: bad}
	r.Message = strconv.Itoa(len(bs)-len(bad)) + " of " + strconv.Itoa(len(bs)) + " bullets (" + pct(share) + ") " + noun + " (aim for " + pct(want) + " or more)."
	switch {
	case share >= want:
		r.Status = Pass
	case share >= want/2:
		r.Status = Warn
	default:
		r.Status = Fail
	}
	return r, true
}

// flagged scores a list of items some of which are flagged: a pass when none
// are, a warning up to warnShare of them, a failure above. Earned falls with
// the share flagged.
func flagged(total int, bad []Evidence, warnShare float64, msg string) Result {
	r := Result{Status: Pass, Earned: 1, Message: msg, Evidence: bad}
	if len(bad) == 0 || total == 0 {
		return r
	}
	share := float64(len(bad)) / float64(total)
	r.Earned = max(0, 1-share)
	r.Status = Warn
	if share > warnShare {
		r.Status = Fail
	}
	return r
}

// counted scores a number of hits: a pass at none, a warning up to warnMax,
// a failure above; each hit costs step of the weight.
func counted(hits, warnMax int, step float64, evidence []Evidence, msg string) Result {
	r := Result{Status: Pass, Earned: 1, Message: msg, Evidence: evidence}
	if hits == 0 {
		return r
	}
	r.Earned = max(0, 1-float64(hits)*step)
	r.Status = Warn
	if hits > warnMax {
		r.Status = Fail
	}
	if r.Earned >= 1 {
		r.Earned = 0.99
	}
	return r
}

func pct(f float64) string {
	return strconv.Itoa(int(f*100+0.5)) + "%"
}

func itoa(n int) string { return strconv.Itoa(n) }

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// quoteList renders up to n distinct items as “a”, “b” and “c” (+2 more).
func quoteList(items []string, n int) string {
	var uniq []string
	seen := map[string]bool{}
	for _, s := range items {
		if !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			uniq = append(uniq, s)
		}
	}
	var b strings.Builder
	for i, s := range uniq {
		if i == n {
			b.WriteString(" (+" + strconv.Itoa(len(uniq)-n) + " more)")
			break
		}
		if i > 0 {
			if i == len(uniq)-1 || i == n-1 {
				b.WriteString(" and ")
			} else {
				b.WriteString(", ")
			}
		}
		b.WriteString("“" + s + "”")
	}
	return b.String()
}
