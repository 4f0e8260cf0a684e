package check

import (
	"strings"
)

var checkLanguageAcronyms = &Check{
	ID:       "language.acronyms",
	Category: Language,
	Title:    "Uncommon acronyms are spelled out once",
	Why:      "A recruiter knows KPI and SLA but not your team's internal acronyms; an ATS may also search for the long form.",
	Fix:      "Write the long form the first time with the acronym after it, “Configure, Price, Quote (CPQ)”, then use the acronym.",
	Before:   "Rebuilt the CPQ flow for the EMEA GTM team.",
	After:    "Rebuilt the Configure, Price, Quote (CPQ) flow for the EMEA go-to-market team.",
	Since:    "0.1.0",
	Weight:   1,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		units := proseOf(in)
		if len(units) == 0 {
			return Result{}, false
		}
		all := in.docText()
		// The acronyms of each unit come first: the names the résumé knows
		// are gathered only when there is one to look up.
		type found struct {
			u     unit
			names []string
		}
		var candidates []found
		for _, u := range units {
			if in.text(u.Text).shouting() || !u.bullet && u.section != "summary" || u.bullet && u.section != "experience" && u.section != "projects" {
				continue // all-caps lines are language.all-caps' business; award and publication lines name venues
			}
			if names := undefinedAcronymsIn(in.text(bulletCore(in, u.Text)), all); len(names) > 0 {
				candidates = append(candidates, found{u, names})
			}
		}
		if len(candidates) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No unexplained acronyms found."}, true
		}
		known := map[string]bool{}
		for _, s := range in.Resume.SkillNames() {
			known[strings.ToUpper(s)] = true
		}
		for _, w := range in.Resume.Work {
			for _, f := range strings.Fields(w.Name + " " + w.Position) {
				known[strings.ToUpper(strings.Trim(f, ",.()"))] = true
			}
		}
		// Acronyms listed in a skills or certifications section are the
		// trade's own (PALS, CCRN): a reader of that trade knows them.
		for _, l := range listedLines(in) {
			for _, f := range strings.Fields(l) {
				known[strings.ToUpper(strings.Trim(f, ",.;:()"))] = true
			}
		}
		for _, e := range in.Resume.Education {
			for _, f := range strings.Fields(e.Institution + " " + e.StudyType) {
				known[strings.ToUpper(strings.Trim(f, ",.()"))] = true
			}
		}
		seen := map[string]bool{}
		var hits []string
		var ev []Evidence
		for _, c := range candidates {
			u := c.u
			found := false
			for _, a := range c.names {
				if seen[a] || known[a] {
					continue
				}
				seen[a] = true
				hits = append(hits, a)
				found = true
			}
			if found {
				ev = append(ev, u.Evidence)
			}
		}
		if len(hits) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No unexplained acronyms found."}, true
		}
		return Result{Status: Warn, Earned: max(0.5, 1-0.1*float64(len(hits))), Evidence: ev,
			Message: plural(len(hits), "acronym is", "acronyms are") + " never spelled out: " + quoteList(hits, 5) + "."}, true
	},
}

// isRoman is romanRe.MatchString: one or more of I V X L C, nothing else.
func isRoman(a string) bool {
	if a == "" {
		return false
	}
	for i := 0; i < len(a); i++ {
		switch a[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

// undefinedAcronyms returns the capitalised acronyms of three to five
// letters in text (longer runs of capitals are names: NVIDIA, KESSLER) that are not well known, not technology names and not
// spelled out anywhere in the document ("Long Form (ABC)" or "ABC (long form)").
func undefinedAcronyms(text, doc string) []string { return undefinedAcronymsIn(newText(text), doc) }

func undefinedAcronymsIn(t *textInfo, doc string) []string {
	var out []string
	for _, m := range acronymAll(t.s) {
		a := m[1]
		letters := 0
		for _, r := range a {
			if r >= 'A' && r <= 'Z' {
				letters++
			}
		}
		if letters < 3 || isRoman(a) || acronyms[a] {
			continue
		}
		if _, tech := techLookup(a); tech {
			continue
		}
		if spelledOutIn(doc, a) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// spelledOutIn says whether doc explains acronym a somewhere: "(a)", "(as)"
// or "a (", found in one pass over a's occurrences.
func spelledOutIn(doc, a string) bool {
	if a == "" {
		return strings.Contains(doc, "()") || strings.Contains(doc, "(s)") || strings.Contains(doc, " (")
	}
	for i := 0; ; {
		j := strings.Index(doc[i:], a)
		if j < 0 {
			return false
		}
		p, end := i+j, i+j+len(a)
		after := doc[end:]
		if p > 0 && doc[p-1] == '(' && (strings.HasPrefix(after, ")") || strings.HasPrefix(after, "s)")) || strings.HasPrefix(after, " (") {
			return true
		}
		i = p + 1
	}
}

// listedLines returns the lines of the skills, certifications, languages and
// education sections.
func listedLines(in *Input) []string {
	secs := in.Resume.Meta.ResumeScore.Sections
	var out []string
	kind, si := "header", 0
	for _, p := range in.Doc.Pages {
		for _, l := range p.Lines {
			for si < len(secs) && (secs[si].Page < p.Number || secs[si].Page == p.Number && secs[si].Line <= l.Number) {
				kind = secs[si].Kind
				si++
			}
			switch kind {
			case "skills", "certifications", "languages", "education":
				out = append(out, l.Text)
			}
		}
	}
	return out
}
