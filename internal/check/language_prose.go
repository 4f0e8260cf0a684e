package check

import (
	"regexp"
	"strings"
	"unicode"

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
	if !strings.ContainsAny(s, "0123456789") {
		return false // every date range has a year
	}
	_, ok := parse.FindRange(s, in.AsOf)
	return ok
}

// englishMarkers are function words common in English and rare in the other
// languages résumés arrive in.
var englishMarkers = set("the of and to for with from by which that this was were is are our their its into over across using while")

// english says whether the résumé's prose reads as English. The word lists,
// verb tables and grammar rules of most language and impact checks are
// English; on a résumé in another language they do not apply. Too little
// prose to tell counts as English.
func english(in *Input) bool {
	n, hit := 0, 0
	texts := []string{in.Resume.Basics.Summary}
	for _, b := range in.Resume.Bullets {
		texts = append(texts, b.Text)
	}
	for _, t := range texts {
		for _, w := range words(t) {
			n++
			if englishMarkers[w] {
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
	if r, ok := parse.FindRange(text, in.AsOf); ok && r.Text != "" {
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
	var out []Evidence
	for _, p := range in.Doc.Pages {
		for _, l := range p.Lines {
			if t := strings.TrimSpace(l.Text); t != "" {
				out = append(out, Evidence{Page: p.Number, Line: l.Number, Text: t})
			}
		}
	}
	return out
}

// scan runs find over items and scores the hits with counted. ok is false
// when there is nothing to read.
func scan(items []Evidence, find func(string) []string, warnMax int, step float64, pass string, fail func(hits []string, lines int) string) (Result, bool) {
	if len(items) == 0 {
		return Result{}, false
	}
	var hits []string
	var ev []Evidence
	for _, it := range items {
		if h := find(it.Text); len(h) > 0 {
			hits = append(hits, h...)
			ev = append(ev, it)
		}
	}
	if len(hits) == 0 {
		return counted(0, warnMax, step, nil, pass), true
	}
	return counted(len(hits), warnMax, step, ev, fail(hits, len(ev))), true
}

// scanProse is scan over the prose units.
func scanProse(in *Input, find func(string) []string, warnMax int, step float64, pass string, fail func(hits []string, lines int) string) (Result, bool) {
	if !english(in) {
		return Result{}, false
	}
	var items []Evidence
	for _, u := range proseOf(in) {
		items = append(items, u.Evidence)
	}
	return scan(items, find, warnMax, step, pass, fail)
}

// ---------------------------------------------------------------- detectors

var firstPersonWords = set("me my mine myself we our ours ourselves us i'm i've i'd i'll we're we've")

// firstPerson returns the first-person pronouns in text. "I" counts when a
// lower-case word follows it (so "Engineer I" and "Phase I." do not); "US"
// in capitals is the country.
func firstPerson(text string) []string {
	f := strings.Fields(strings.ReplaceAll(text, "’", "'"))
	var out []string
	for i, w := range f {
		t := strings.Trim(w, ".,;:!?()\"“”")
		switch {
		case t == "I":
			if i+1 < len(f) && actsAfterI(strings.ToLower(strings.Trim(f[i+1], ".,;:!?()\"“”"))) {
				out = append(out, t)
			}
		case t == "US":
		case firstPersonWords[strings.ToLower(t)]:
			out = append(out, t)
		}
	}
	return out
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

var beVerbs = set("am is are was were be been being")

// passiveVoice returns "was/were + past participle" phrases and "responsible
// for".
func passiveVoice(text string) []string {
	ws := words(text)
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] == "responsible" && ws[i+1] == "for" {
			out = append(out, "responsible for")
			continue
		}
		if !beVerbs[ws[i]] {
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
func hedgesIn(text string) []string {
	out := hedgeWords.find(text)
	if !hasMetric(text) {
		out = append(out, intensifiers.find(text)...)
	}
	return out
}

var misspelt = func() map[string]string {
	m := map[string]string{}
	for _, l := range lexicon.Lines("misspellings") {
		w, r, _ := strings.Cut(l, " ")
		m[w] = r
	}
	return m
}()

var doubledOK = set("that had") // "that that", "had had" can be right

var doubledRe = regexp.MustCompile(`(?i)\b(the|a|an|to|of|and|in|for|with|on|at|is|was|by|from|as|or)\s+(the|a|an|to|of|and|in|for|with|on|at|is|was|by|from|as|or)\b`)

// misspellingsIn returns "wrong → right" for known misspellings, and doubled
// small words ("the the").
func misspellingsIn(text string) []string {
	var out []string
	for _, w := range words(text) {
		if r, ok := misspelt[w]; ok {
			out = append(out, w+" → "+r)
		}
	}
	for _, m := range doubledRe.FindAllStringSubmatch(text, -1) {
		if strings.EqualFold(m[1], m[2]) && !doubledOK[strings.ToLower(m[1])] {
			out = append(out, m[0])
		}
	}
	return out
}
