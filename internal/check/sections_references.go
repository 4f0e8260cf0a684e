package check

import "unicode/utf8"

// onRequestRe finds “References available upon request” and its kin in the
// languages the parser reads.
//
//	(?i)\b(?:references?|referees?)\b.{0,25}\b(?:up)?on request\b|\breferencias\b.{0,25}\bsolicitud\b|\breferenzen\b.{0,20}\banfrage\b|\bréférences\b.{0,25}\bdemande\b|\brefer[êe]ncias\b.{0,25}\b(?:pedido|solicita[çc][ãa]o)\b
func onRequest(s string) bool {
	for i := 0; i < len(s); i++ {
		for _, r := range onRequestRules {
			e := r.head.at(s, i)
			if e < 0 {
				continue
			}
			// .{0,n}: up to n characters other than a newline.
			for k := 0; ; k++ {
				if r.tail.at(s, e) >= 0 {
					return true
				}
				if k == r.gap || e >= len(s) || s[e] == '\n' {
					break
				}
				_, w := utf8.DecodeRuneInString(s[e:])
				e += w
			}
		}
	}
	return false
}

var onRequestRules = []struct {
	head, tail *litSet
	gap        int
}{
	{newLitSet(`\breference\b`, `\breferences\b`, `\breferee\b`, `\breferees\b`), newLitSet(`\bupon request\b`, `\bon request\b`), 25},
	{newLitSet(`\breferencias\b`), newLitSet(`\bsolicitud\b`), 25},
	{newLitSet(`\breferenzen\b`), newLitSet(`\banfrage\b`), 20},
	{newLitSet(`\bréférences\b`), newLitSet(`\bdemande\b`), 25},
	{newLitSet(`\breferências\b`, `\breferencias\b`), newLitSet(`\bpedido\b`, `\bsolicitação\b`, `\bsolicitacão\b`, `\bsolicitaçao\b`, `\bsolicitacao\b`), 25},
}

var checkSectionsNoReferences = &Check{
	ID:       "sections.no-references",
	Category: Sections,
	Title:    "No references section",
	Why:      "Employers ask for references when they need them; “available upon request” is assumed, and listing referees spends space and hands their contact details to every reader.",
	Fix:      "Delete the references section and the “available upon request” line; prepare the list separately for when you are asked.",
	Before:   "REFERENCES\nReferences available upon request.",
	After:    "(nothing: the space goes to your results)",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		res := in.Resume
		var ev []Evidence
		for _, i := range sectionsOfKind(res, "references") {
			ev = append(ev, sectionEvidence(res.Meta.ResumeScore.Sections[i]))
		}
		for _, l := range in.lines() {
			if onRequestGate.may(l.facts().grams()) && onRequest(l.Text) && !(len(ev) > 0 && ev[len(ev)-1].Page == l.Page && ev[len(ev)-1].Line == l.Number) {
				ev = append(ev, l.evidence())
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No references section or “available upon request” line."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev,
			Message: "The résumé has a references section or an “available upon request” line; remove it and use the space for results."}, true
	},
}

var onRequestGate = newGate("reference", "referee", "referencias", "referenzen", "références", "referências")
