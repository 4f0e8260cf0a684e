package check

import (
	"strings"
)

// BulletFinding is one thing said about one bullet.
type BulletFinding struct {
	Check   string `json:"check"`
	Status  Status `json:"status"`
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}

// BulletResult is a bullet's 0–100 score and what was found in it.
type BulletResult struct {
	Text     string          `json:"text"`
	Score    int             `json:"score"`
	Findings []BulletFinding `json:"findings"`
}

// Guidance tunes bullet scoring to a role: the verbs that open its strongest
// bullets and the words its results are measured in. The zero value is
// role-neutral. Suggestions only ever name these words; they never invent a
// number.
type Guidance struct {
	Verbs       []string // strong verbs for the role, any tense: "triage", "reconciled"
	MetricWords []string // what the role measures: "latency", "patients", "quota"
}

// Points of the bullet score. They add up to 100; placeholders, implausible
// claims and run-on bullets take points away.
const (
	ptsMetric   = 30
	ptsVerb     = 20
	ptsPlain    = 14 // a verb, not a strong one
	ptsGerund   = 10
	ptsOutcome  = 20
	ptsHow      = 8 // says how, not what changed
	ptsScope    = 10
	ptsLength   = 10
	ptsLanguage = 10
	perIssue    = 4 // per language issue, out of ptsLanguage

	penPlaceholder = 20
	penImplausible = 10
	penRunOn       = 5
)

// ScoreBullet rates one bullet out of 100: a number (30), a strong opening
// verb (20), a stated result (20), scope (10), a readable length (10) and
// plain language (10), less points for template stubs, implausible claims
// and several results crammed into one line.
func ScoreBullet(text string) BulletResult {
	return scoreBullet(text, Guidance{})
}

// scoreBullet is ScoreBullet with a role's verbs and metric words.
func scoreBullet(text string, g Guidance) BulletResult {
	return scoreBulletInfo(newText(strings.TrimSpace(text)), newGuide(g))
}

// guide is a role's bullet guidance with what every bullet's score reads
// from it: the verb table and the fixes that name its verbs and metrics.
type guide struct {
	g         Guidance
	x         *verbExtra
	verbHint  string // strongVerbHint(g)
	verbFix   string
	metricFix string
}

func newGuide(g Guidance) *guide {
	gd := &guide{g: g, x: newVerbExtra(g.Verbs), verbHint: strongVerbHint(g)}
	gd.verbFix = "Lead with what you did, in the past tense: " + gd.verbHint + "."
	gd.metricFix = "Say how much changed: a before and after, a count, a percentage, money or time."
	if len(g.MetricWords) > 0 {
		gd.metricFix += " For this role, measure it in " + strings.Join(g.MetricWords[:min(4, len(g.MetricWords))], ", ") + "."
	}
	return gd
}

// bulletFindingsCap is room for every finding a bullet can get, so that
// the list is allocated once.
const bulletFindingsCap = 16

// scoreBulletInfo scores a trimmed text with a role's guidance.
func scoreBulletInfo(t *textInfo, gd *guide) BulletResult {
	g, x := gd.g, gd.x
	text := t.s
	r := BulletResult{Text: text, Findings: make([]BulletFinding, 0, bulletFindingsCap)}
	add := func(id string, st Status, pts int, msg, fix string) {
		r.Score += pts
		f := BulletFinding{Check: id, Status: st, Message: msg}
		if st != Pass {
			f.Fix = fix
		}
		r.Findings = append(r.Findings, f)
	}

	// A number.
	qs := t.quantities()
	var shown []string
	for _, q := range qs {
		shown = append(shown, q.text)
	}
	shown = append(shown, t.spelled()...)
	metricFix := gd.metricFix
	switch {
	case len(shown) > 0 && !t.result(x) && !t.scale() && !t.roleMetric(&g):
		add("impact.number-context", Warn, ptsMetric/2, "Carries a number ("+quoteList(shown, 3)+") that counts activity, not a result or a scale.",
			"Tie the number to what it changed or how big it was: time or money saved, people or users affected.")
	case len(shown) > 0:
		add("impact.quantified", Pass, ptsMetric, "Carries a number: "+quoteList(shown, 3)+".", "")
	default:
		add("impact.quantified", Fail, 0, "No number measures the result.", metricFix)
	}

	// The opening verb.
	o := t.opener(x)
	verbFix := gd.verbFix
	switch o.class {
	case strongVerb:
		if o.tense == tenseGerund {
			add("impact.action-verb", Warn, ptsGerund, "Opens with “"+o.shown+"”; a past-tense verb reads as a result, not an activity.", verbFix)
		} else {
			add("impact.action-verb", Pass, ptsVerb, "Opens with a strong verb: “"+o.shown+"”.", "")
		}
	case plainVerb:
		if o.tense == tenseGerund {
			add("impact.action-verb", Warn, ptsGerund, "Opens with “"+o.shown+"”; a past-tense verb reads as a result, not an activity.", verbFix)
		} else {
			add("impact.action-verb", Pass, ptsPlain, "Opens with a verb: “"+o.shown+"”; a more specific one would say more.", "")
		}
	case weakVerb:
		w := o.shown
		if n := len(words(o.weak)); n > 1 {
			if f := strings.Fields(text); len(f) >= n {
				w = strings.Trim(strings.Join(f[:n], " "), ".,;:()\"'“”‘’!?")
			}
		}
		add("impact.weak-opener", Fail, 0, "Opens with “"+w+"”, which says you were there, not what you did.",
			"Replace “"+w+"” with the verb for what you did: "+gd.verbHint+".")
	default:
		add("impact.action-verb", Fail, 0, "Does not open with a verb.", verbFix)
	}

	// The result.
	switch {
	case t.result(x):
		add("impact.outcome", Pass, ptsOutcome, "States what changed because of the work.", "")
	case t.how():
		add("impact.outcome", Warn, ptsHow, "Says what you did and how, not what it changed.",
			"Add the result: what got faster, cheaper, larger or safer because of it.")
	default:
		add("impact.outcome", Fail, 0, "Says what you did, not what it changed.",
			"Add how you did it and the result: what got faster, cheaper, larger or safer because of it.")
	}

	// Scope.
	if t.scope(&g) {
		add("impact.scope", Pass, ptsScope, "Shows scope: a team, users, money or reach.", "")
	} else {
		add("impact.scope", Warn, 0, "Does not show how big it was.",
			"Say the scale: how many people, users, sites or how much money it touched.")
	}

	// Length.
	n := wordCount(text)
	switch {
	case n >= 8 && n <= 30:
		add("impact.bullet-length", Pass, ptsLength, "Readable length ("+itoa(n)+" words).", "")
	case n >= 6 && n <= 38:
		add("impact.bullet-length", Warn, ptsLength/2, lengthMsg(n), lengthFix)
	default:
		add("impact.bullet-length", Fail, 0, lengthMsg(n), lengthFix)
	}

	// Plain language: each kind of issue costs perIssue of ptsLanguage.
	issues := t.issues()
	lang := ptsLanguage
	for _, is := range issues {
		lang -= perIssue
		r.Findings = append(r.Findings, BulletFinding{Check: is.check, Status: Warn, Message: is.message, Fix: is.fix})
	}
	r.Score += max(0, lang)

	// Penalties.
	if ph := t.placeholders(); len(ph) > 0 {
		r.Score -= penPlaceholder
		r.Findings = append(r.Findings, BulletFinding{Check: "impact.placeholder", Status: Fail,
			Message: "Still holds a template stub: " + quoteList(ph, 3) + ".",
			Fix:     "Put in the real figure, or drop the claim if you cannot back it."})
	}
	if why := t.implausible(); why != "" {
		r.Score -= penImplausible
		r.Findings = append(r.Findings, BulletFinding{Check: "impact.plausible", Status: Warn, Message: why,
			Fix: "Give the figure you can defend in an interview, with its baseline."})
	}
	if why := t.several(); why != "" {
		r.Score -= penRunOn
		r.Findings = append(r.Findings, BulletFinding{Check: "impact.one-idea", Status: Warn, Message: why,
			Fix: "Split it: one result per bullet, the strongest first."})
	}
	r.Score = max(0, min(100, r.Score))
	return r
}

const lengthFix = "Keep a bullet to one result in one or two lines: what you did, how, and what changed."

func lengthMsg(n int) string {
	if n < 8 {
		return "Too short to show a result (" + plural(n, "word", "words") + ")."
	}
	return "Too long to read at a glance (" + plural(n, "word", "words") + ")."
}

// issue is one language problem found in a line.
type issue struct {
	check, message, fix string
}

// issues lists the language problems in one line of prose, one per kind,
// in a fixed order.
func (t *textInfo) issues() []issue {
	if t.once(fIssues) {
		t.extra().issuesS = readIssues(t)
	}
	return t.extra().issuesS
}

func readIssues(t *textInfo) []issue {
	var out []issue
	if ws := t.firstPerson(); len(ws) > 0 {
		out = append(out, issue{"language.first-person", "Uses the first person: " + quoteList(ws, 3) + ".",
			"Drop the pronoun and start with the verb: “I built” becomes “Built”."})
	}
	if ps := t.passive(); len(ps) > 0 {
		out = append(out, issue{"language.passive-voice", "Passive voice: " + quoteList(ps, 2) + ".",
			"Say who did it, you: “was responsible for the launch” becomes “Launched …”."})
	}
	if bs := t.buzzwords(); len(bs) > 0 {
		out = append(out, issue{"language.buzzwords", "Buzzwords: " + quoteList(bs, 3) + ".",
			"Replace the claim with the evidence for it: what you did and what changed."})
	}
	if cs := t.cliches(); len(cs) > 0 {
		out = append(out, issue{"language.cliches", "Cliché: " + quoteList(cs, 2) + ".",
			"Say it plainly, with the fact behind it."})
	}
	if vs := t.vague(); len(vs) > 0 {
		out = append(out, issue{"language.filler-words", "Vague words: " + quoteList(vs, 3) + ".",
			"Name the things or count them."})
	}
	if hs := t.hedges(); len(hs) > 0 {
		out = append(out, issue{"language.hedges", "Hedges or intensifiers: " + quoteList(hs, 3) + ".",
			"State what you did and its size; drop the softeners and the “very”."})
	}
	if ss := t.slop(); len(ss) > 0 {
		out = append(out, issue{"language.ai-slop", "Sounds generated: " + quoteList(ss, 3) + ".",
			"Use the plain word, and the concrete fact it stands for."})
	}
	if ts := t.tone(); len(ts) > 0 {
		out = append(out, issue{"language.tone", "Negative or unprofessional: " + quoteList(ts, 2) + ".",
			"Keep it neutral: say what you did, not how you felt about it."})
	}
	if ms := t.misspellings(); len(ms) > 0 {
		out = append(out, issue{"language.spelling", "Misspelt: " + quoteList(ms, 3) + ".",
			"Correct the spelling."})
	}
	if ts := t.techNames(); len(ts) > 0 {
		out = append(out, issue{"language.tech-names", "Technology name spelt wrong: " + quoteList(ts, 3) + ".",
			"Write each name the way its makers do."})
	}
	return out
}
