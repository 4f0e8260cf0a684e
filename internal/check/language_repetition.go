package check

import (
	"sort"
	"strings"
)

var checkLanguageRepetition = &Check{
	ID:       "language.repetition",
	Category: Language,
	Title:    "No word is over-used",
	Why:      "The same word seven times — “team”, “managed”, “various” — makes a page read as one idea repeated; varied words show a range of work.",
	Fix:      "Vary or cut the repeated word: say which team, what kind of project, or drop it where it adds nothing.",
	Before:   "Managed team projects… Supported team goals… Improved team processes… Led team meetings… Built team tools.",
	After:    "Led the 6-person billing squad… Ran sprint planning… Rebuilt the on-call rota… Wrote the deploy tooling.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		units := proseOf(in)
		if len(units) == 0 {
			return Result{}, false
		}
		skip := map[string]bool{}
		for _, w := range in.Resume.Work {
			for _, x := range words(w.Position) {
				skip[x] = true // "research" on a researcher's CV names the field
			}
		}
		for _, s := range in.Resume.Meta.ResumeScore.Sections {
			for _, x := range words(s.Heading) {
				skip[x] = true
			}
		}
		for _, s := range in.Resume.SkillNames() {
			for _, w := range words(s) {
				skip[w] = true
			}
		}
		count := map[string]int{}
		total := 0
		// counted calls f with each unit (and its index) and the stems it
		// counts; with f nil it counts them.
		counted := func(f func(i int, u unit, k string)) {
			for i, u := range units {
				ws := in.text(u.Text).words()
				if u.bullet && len(ws) > 0 {
					ws = ws[1:] // the opening verb is impact.repeated-verbs' business
				}
				for _, w := range ws {
					if f == nil {
						total++
					}
					if len(w) < 3 || stopwords[w] || skip[w] || hasDigit(w) {
						continue
					}
					if _, tech := techLookup(w); tech {
						continue
					}
					if f == nil {
						count[stem(w)]++
					} else {
						f(i, u, stem(w))
					}
				}
			}
		}
		counted(nil)
		limit := max(5, total/60)
		var over []string
		for k, n := range count {
			if n > limit-1 {
				over = append(over, k)
			}
		}
		if len(over) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No word is used more than " + itoa(limit-1) + " times."}, true
		}
		// The lines of the over-used words, each line once per word.
		isOver := map[string]bool{}
		for _, k := range over {
			isOver[k] = true
		}
		where := map[string][]Evidence{}
		var seenHere map[string]bool
		last := -1
		counted(func(i int, u unit, k string) {
			if i != last {
				last, seenHere = i, map[string]bool{}
			}
			if isOver[k] && !seenHere[k] {
				seenHere[k] = true
				where[k] = append(where[k], u.Evidence)
			}
		})
		sort.Slice(over, func(i, j int) bool {
			if count[over[i]] != count[over[j]] {
				return count[over[i]] > count[over[j]]
			}
			return over[i] < over[j]
		})
		var parts []string
		var ev []Evidence
		for _, k := range over {
			parts = append(parts, "“"+k+"” "+itoa(count[k])+" times")
			ev = append(ev, where[k]...)
		}
		if len(parts) > 4 {
			parts = append(parts[:4], "…")
		}
		r := Result{Status: Warn, Earned: max(0, 1-0.25*float64(len(over))), Evidence: uniqueLines(ev),
			Message: "Over-used words: " + strings.Join(parts, ", ") + "."}
		if len(over) > 2 {
			r.Status = Fail
		}
		return r, true
	},
}

// stem folds a plural onto its singular ("teams" → "team").
func stem(w string) string {
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return w[:len(w)-1]
	}
	return w
}

// uniqueLines drops repeated evidence and sorts it by page and line.
func uniqueLines(ev []Evidence) []Evidence {
	seen := map[[2]int]bool{}
	var out []Evidence
	for _, e := range ev {
		k := [2]int{e.Page, e.Line}
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Page != out[j].Page {
			return out[i].Page < out[j].Page
		}
		return out[i].Line < out[j].Line
	})
	return out
}
