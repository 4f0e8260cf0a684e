package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/bloom"
	"github.com/resumescore/resumescore/internal/check/lexicon"
	"github.com/resumescore/resumescore/internal/parse"
)

// unit is one piece of prose the language checks read: a bullet, the summary
// paragraph, or a sentence-like line in an experience or projects section.
type unit struct {
	Evidence
	section string
	bullet  bool
}

// proseKinds are the sections whose plain lines are prose. Skills, education,
// contact details and the like are lists, not sentences.
var proseKinds = map[string]bool{"summary": true, "experience": true, "volunteer": true, "projects": true, "awards": true, "other": true}

// proseOf returns the résumé's prose in document order. Bullets come whole
// (wrapped lines joined); consecutive summary lines form one paragraph; other
// plain lines count when they read as sentences (eight words or more, no
// date range).
func proseOf(in *Input) []unit {
	m := in.m()
	if !m.proseDone {
		m.proseDone = true
		m.prose = readProse(in)
	}
	return capped(m.prose)
}

func readProse(in *Input) []unit {
	secs := in.Resume.Meta.ResumeScore.Sections
	type pos struct{ page, line int }
	bulletAt := map[pos]parse.Bullet{}
	for _, b := range in.Resume.Bullets {
		bulletAt[pos{b.Ref.Page, b.Ref.Line}] = b
	}
	// The lines that head a job or a degree are not prose.
	entry := map[pos]bool{}
	for _, r := range in.Resume.Meta.ResumeScore.Provenance {
		entry[pos{r.Page, r.Line}] = true
	}
	var out []unit
	var para *unit
	flush := func() {
		if para != nil {
			out = append(out, *para)
			para = nil
		}
	}
	kind, si, inBullet := "header", 0, ""
	for _, p := range in.Doc.Pages {
		for _, l := range p.Lines {
			heading := false
			for si < len(secs) && (secs[si].Page < p.Number || secs[si].Page == p.Number && secs[si].Line <= l.Number) {
				heading = secs[si].Page == p.Number && secs[si].Line == l.Number
				kind = secs[si].Kind
				si++
			}
			t := strings.TrimSpace(l.Text)
			if heading || t == "" || entry[pos{p.Number, l.Number}] {
				flush()
				inBullet = ""
				continue
			}
			if b, ok := bulletAt[pos{p.Number, l.Number}]; ok {
				flush()
				out = append(out, unit{Evidence: Evidence{Page: p.Number, Line: l.Number, Text: b.Text}, section: b.Section, bullet: true})
				inBullet = b.Text
				continue
			}
			if inBullet != "" && strings.Contains(inBullet, strings.TrimSuffix(t, "-")) {
				continue // a wrapped line of the bullet above
			}
			inBullet = ""
			switch {
			case kind == "summary":
				if para == nil {
					para = &unit{Evidence: Evidence{Page: p.Number, Line: l.Number, Text: t}, section: kind}
				} else {
					para.Text = joinLines(para.Text, t)
				}
			case proseKinds[kind] && wordCount(t) >= 8 && !hasDateRange(in, t):
				flush()
				out = append(out, unit{Evidence: Evidence{Page: p.Number, Line: l.Number, Text: t}, section: kind})
			default:
				flush()
			}
		}
	}
	flush()
	return out
}

func joinLines(a, b string) string {
	if strings.HasSuffix(a, "-") && len(b) > 0 && unicode.IsLower([]rune(b)[0]) {
		return strings.TrimSuffix(a, "-") + b
	}
	return a + " " + b
}

func hasDateRange(in *Input, s string) bool {
	if !hasDigit(s) {
		return false // every date range has a year
	}
	_, ok := in.findRange(s)
	return ok
}

// englishMarkers are function words common in English and rare in the other
// languages résumés arrive in.
var (
	englishMarkers = set("the of and to for with from by which that this was were is are our their its into over across using while")
	englishGate    = gateOf(englishMarkers)
)

// english says whether the résumé's prose reads as English. The word lists,
// verb tables and grammar rules of most language and impact checks are
// English; on a résumé in another language they do not apply. Too little
// prose to tell counts as English.
func english(in *Input) bool {
	m := in.m()
	if m.english == 0 {
		m.english = 1
		if readEnglish(in) {
			m.english = 2
		}
	}
	return m.english == 2
}

func readEnglish(in *Input) bool {
	n, hit := 0, 0
	texts := []string{in.Resume.Basics.Summary}
	for _, b := range in.Resume.Bullets {
		texts = append(texts, b.Text)
	}
	for _, t := range texts {
		for _, w := range in.text(t).words() {
			n++
			if englishGate.may(w) && englishMarkers[w] {
				hit++
			}
		}
	}
	return n < 40 || float64(hit)/float64(n) >= 0.02
}

// bulletCore is a bullet's text without a trailing date range and what
// follows it, when a full stop ends the text before the dates: a layout that
// puts a role's dates and title on a bullet's last line can make the parser
// join them to the bullet.
func bulletCore(in *Input, text string) string {
	if i := strings.LastIndex(text, ". "); i < len(text)/3 {
		return text // no full stop before anything that could be dates
	}
	if r, ok := in.findRange(text); ok && r.Text != "" {
		if i := strings.Index(text, r.Text); i > len(text)/3 {
			if head := strings.TrimSpace(text[:i]); strings.HasSuffix(head, ".") {
				return head
			}
		}
	}
	return text
}

// docLines returns every non-blank line of the document as evidence.
func docLines(in *Input) []Evidence {
	m := in.m()
	if !m.docEvDone {
		m.docEvDone = true
		m.docEv = make([]Evidence, 0, len(in.lines()))
		for _, l := range in.lines() {
			m.docEv = append(m.docEv, l.evidence())
		}
	}
	return capped(m.docEv)
}

// scan runs find over items and scores the hits with counted. ok is false
// when there is nothing to read.
func scan(items []Evidence, find func(string) []string, warnMax int, step float64, pass string, fail func(hits []string, lines int) string) (Result, bool) {
	return scanFacts(nil, items, func(t *textInfo) []string { return find(t.s) }, warnMax, step, pass, fail)
}

// scanFacts is scan with the detector reading each item's text facts, kept
// per Input when in is not nil.
func scanFacts(in *Input, items []Evidence, find func(*textInfo) []string, warnMax int, step float64, pass string, fail func(hits []string, lines int) string) (Result, bool) {
	if len(items) == 0 {
		return Result{}, false
	}
	var hits []string
	var ev []Evidence
	infos := in.factsOf(items)
	for k, it := range items {
		var t *textInfo
		if infos != nil {
			t = infos[k]
		} else {
			t = newTextOf(in, it.Text)
		}
		if h := find(t); len(h) > 0 {
			hits = append(hits, h...)
			ev = append(ev, it)
		}
	}
	if len(hits) == 0 {
		return counted(0, warnMax, step, nil, pass), true
	}
	return counted(len(hits), warnMax, step, ev, fail(hits, len(ev))), true
}

// factsOf returns the text facts of each of items when items are (a prefix
// of) the document's lines or its prose units, looked up once per Input
// rather than once per check; nil otherwise, or when in is nil.
func (in *Input) factsOf(items []Evidence) []*textInfo {
	if in == nil || len(items) == 0 {
		return nil
	}
	m := in.m()
	var all []Evidence
	var infos *[]*textInfo
	switch {
	case len(m.docEv) >= len(items) && &m.docEv[0] == &items[0]:
		all, infos = m.docEv, &m.docEvT
	case len(m.proseEv) >= len(items) && &m.proseEv[0] == &items[0]:
		all, infos = m.proseEv, &m.proseEvT
	default:
		return nil
	}
	if *infos == nil {
		*infos = make([]*textInfo, len(all))
		for k := range all {
			(*infos)[k] = in.text(all[k].Text)
		}
	}
	return (*infos)[:len(items)]
}

// newTextOf returns the facts of s, kept per Input when in is not nil.
func newTextOf(in *Input, s string) *textInfo {
	if in == nil {
		return newText(s)
	}
	return in.text(s)
}

// scanProse is scan over the prose units.
func scanProse(in *Input, find func(*textInfo) []string, warnMax int, step float64, pass string, fail func(hits []string, lines int) string) (Result, bool) {
	if !english(in) {
		return Result{}, false
	}
	return scanFacts(in, proseEvidence(in), find, warnMax, step, pass, fail)
}

// proseEvidence is the evidence of each prose unit.
func proseEvidence(in *Input) []Evidence {
	m := in.m()
	if !m.proseEvOK {
		m.proseEvOK = true
		for _, u := range proseOf(in) {
			m.proseEv = append(m.proseEv, u.Evidence)
		}
	}
	return capped(m.proseEv)
}

// ---------------------------------------------------------------- detectors

var firstPersonWords = set("me my mine myself we our ours ourselves us i'm i've i'd i'll we're we've")

// firstPerson returns the first-person pronouns in text. "I" counts when a
// lower-case word follows it (so "Engineer I" and "Phase I." do not); "US"
// in capitals is the country.
func firstPerson(text string) []string { return newText(text).firstPerson() }

func (t *textInfo) firstPerson() []string { return t.list(lFirstPerson, readFirstPerson) }

func readFirstPerson(t *textInfo) []string {
	text := t.s
	if strings.Contains(text, "’") {
		text = strings.ReplaceAll(text, "’", "'")
	}
	// strings.Fields, one field at a time, with the next one at hand.
	var out []string
	next := func(i int) (string, int) {
		start, end := nextField(text, i)
		return text[start:end], end
	}
	w, i := next(0)
	for w != "" {
		nw, ni := next(i)
		t := trimPronounPunct(w)
		switch {
		case t == "I":
			if nw != "" && actsAfterI(strings.ToLower(trimPronounPunct(nw))) {
				out = append(out, t)
			}
		case t == "US":
		case len(t) >= 2 && pronounFirst[t[0]] && lowerIn(firstPersonWords, t):
			out = append(out, t)
		}
		w, i = nw, ni
	}
	return out
}

// pronounFirst holds the bytes a firstPersonWords word can start with, in
// either case: no other rune lower-cases to one of them, so a word starting
// with anything else needs no lookup.
var pronounFirst = func() (t [256]bool) {
	for w := range firstPersonWords {
		t[w[0]], t[w[0]-('a'-'A')] = true, true
	}
	return t
}()

// pronounPunct is the ASCII part of the set trimPronounPunct trims.
var pronounPunct = func() (t [256]bool) {
	for _, c := range []byte(".,;:!?()\"") {
		t[c] = true
	}
	return t
}()

// trimPronounPunct is strings.Trim(w, ".,;:!?()\"“”") without the slow
// path strings.Trim takes for a set that is not all ASCII.
func trimPronounPunct(w string) string {
	for len(w) > 0 {
		if pronounPunct[w[0]] {
			w = w[1:]
		} else if strings.HasPrefix(w, "“") || strings.HasPrefix(w, "”") {
			w = w[len("“"):]
		} else {
			break
		}
	}
	for len(w) > 0 {
		if pronounPunct[w[len(w)-1]] {
			w = w[:len(w)-1]
		} else if strings.HasSuffix(w, "“") || strings.HasSuffix(w, "”") {
			w = w[:len(w)-len("”")]
		} else {
			break
		}
	}
	return w
}

// lowerIn is m[strings.ToLower(s)] without building the key on the heap
// when s is short ASCII.
func lowerIn(m map[string]bool, s string) bool {
	var buf [32]byte
	if len(s) > len(buf) {
		return m[strings.ToLower(s)]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return m[strings.ToLower(s)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(s)])]
}

var afterI = set("am was have had will would can could also then really successfully personally first recently")

// actsAfterI says whether a word after "I" makes it the pronoun: a verb, an
// auxiliary or an adverb ("I built", "I was", "I quickly"); in "Engineer I
// at Acme" it is a grade.
func actsAfterI(w string) bool {
	if afterI[w] || strings.HasSuffix(w, "ly") && len(w) > 4 {
		return true
	}
	_, ok := lookupVerb(w, nil)
	return ok
}

var (
	beVerbs = set("am is are was were be been being")
	beGate  = gateOf(beVerbs)
)

// passiveVoice returns "was/were + past participle" phrases and "responsible
// for".
func passiveVoice(text string) []string { return newText(text).passive() }

func (t *textInfo) passive() []string { return t.list(lPassive, readPassive) }

func readPassive(t *textInfo) []string {
	ws := t.words()
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "responsible" && ws[i+1] == "for" {
			out = append(out, "responsible for")
			continue
		}
		if !beGate.may(ws[i]) || !beVerbs[ws[i]] {
			continue
		}
		j := i + 1
		if strings.HasSuffix(ws[j], "ly") && j+1 < len(ws) {
			j++ // was quickly adopted
		}
		w := ws[j]
		if notVerbs[w] || w == "responsible" {
			continue
		}
		if participles[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
			out = append(out, strings.Join(ws[i:j+1], " "))
		}
	}
	return out
}

// hedgesIn returns hedges, and intensifiers when no number backs them.
func hedgesIn(text string) []string { return newText(text).hedges() }

func (t *textInfo) hedges() []string { return t.list(lHedges, readHedges) }

func readHedges(t *textInfo) []string {
	out := hedgeWords.in(t)
	if !t.metric() {
		out = append(out, intensifiers.in(t)...)
	}
	return out
}

// The word lists, per text.
func (t *textInfo) buzzwords() []string {
	return t.list(lBuzz, func(t *textInfo) []string { return buzzwords.in(t) })
}
func (t *textInfo) cliches() []string {
	return t.list(lCliches, func(t *textInfo) []string { return cliches.in(t) })
}
func (t *textInfo) vague() []string {
	return t.list(lVague, func(t *textInfo) []string { return vagueWords.in(t) })
}
func (t *textInfo) slop() []string {
	return t.list(lSlop, func(t *textInfo) []string { return slopWords.in(t) })
}
func (t *textInfo) tone() []string {
	return t.list(lTone, func(t *textInfo) []string { return toneWords.in(t) })
}

var misspelt = func() map[string]string {
	m := map[string]string{}
	for _, l := range lexicon.Lines("misspellings") {
		w, r, _ := strings.Cut(l, " ")
		m[w] = r
		misspeltFilter.Add(bloom.Hash(w))
	}
	return m
}()

// misspeltFilter holds misspelt's keys: mayBeMisspelt asks it first about
// each word, almost all of which are spelt right.
var misspeltFilter bloom.Filter

// mayBeMisspelt says whether a word of s may be a listed misspelling. The
// list holds lower-case ASCII words, and such a word of words(s) is a whole
// run of ASCII letters and digits in s, unless s holds a rune that
// lower-cases to ASCII (İ, the Kelvin sign): then the answer is yes.
func mayBeMisspelt(s string) bool {
	var buf [32]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			if strings.HasPrefix(s[i:], "\u0130") || strings.HasPrefix(s[i:], "\u212a") {
				return true
			}
			i++
			continue
		}
		if !isAlnumByte(c) {
			i++
			continue
		}
		// Lower the word into buf and hash it in the same pass; a word too
		// long for buf is not on the list.
		j, n, h := i, 0, bloom.Offset
		for j < len(s) && isAlnumByte(s[j]) {
			if n < len(buf) {
				c := byte(asciiLower(rune(s[j])))
				buf[n] = c
				h = bloom.ExtendByte(h, c)
			}
			n++
			j++
		}
		if n <= len(buf) && misspeltFilter.May(h) {
			if _, ok := misspelt[string(buf[:n])]; ok {
				return true
			}
		}
		i = j
	}
	return false
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

var doubledOK = set("that had") // "that that", "had had" can be right

// misspellingsIn returns "wrong → right" for known misspellings, and doubled
// small words ("the the").
func misspellingsIn(text string) []string { return newText(text).misspellings() }

func (t *textInfo) misspellings() []string { return t.list(lMisspelt, readMisspellings) }

func readMisspellings(t *textInfo) []string {
	var out []string
	if mayBeMisspelt(t.s) {
		for _, w := range t.words() {
			if r, ok := misspelt[w]; ok {
				out = append(out, w+" → "+r)
			}
		}
	}
	for _, m := range t.doubledAll() {
		if strings.EqualFold(m[1], m[2]) && !doubledOK[strings.ToLower(m[1])] {
			out = append(out, m[0])
		}
	}
	return out
}
