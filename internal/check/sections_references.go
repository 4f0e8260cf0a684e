package check

// onRequestRe finds “References available upon request” and its kin in the
// languages the parser reads.
var onRequestRe = mustGate(`(?i)\b(?:references?|referees?)\b.{0,25}\b(?:up)?on request\b|\breferencias\b.{0,25}\bsolicitud\b|\breferenzen\b.{0,20}\banfrage\b|\bréférences\b.{0,25}\bdemande\b|\brefer[êe]ncias\b.{0,25}\b(?:pedido|solicita[çc][ãa]o)\b`)

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
			if l.facts().match(onRequestRe) && !(len(ev) > 0 && ev[len(ev)-1].Page == l.Page && ev[len(ev)-1].Line == l.Number) {
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
