package check

import "strings"

var checkImpactOneIdea = &Check{
	ID:       "impact.one-idea",
	Category: Impact,
	Title:    "One result per bullet",
	Why:      "A bullet that chains three things with “and” or a semicolon buries the best of them; each result deserves its own first word.",
	Fix:      "Split the bullet: one result each, strongest first. Drop the parts that are duties, not results.",
	Before:   "Designed the API, wrote the documentation and trained the support team; also ran the launch.",
	After:    "Designed the public payments API, adopted by 30 partners in its first quarter.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		if !english(in) {
			return Result{}, false
		}
		bs := bulletsOf(in)
		if len(bs) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		for _, b := range bs {
			if in.text(b.Text).several() != "" {
				bad = append(bad, b)
			}
		}
		if len(bad) == 0 {
			return flagged(len(bs), nil, 0.25, "Each bullet holds one result."), true
		}
		return flagged(len(bs), bad, 0.25, plural(len(bad), "bullet chains", "bullets chain")+" several results with “and” or semicolons."), true
	},
}

// severalResults explains why a bullet holds more than one accomplishment, or
// returns "". A semicolon outside brackets followed by a new past-tense
// action, or three or more clauses each led by a past-tense verb, counts; a
// semicolon before the result ("…; costs fell 30%") does not.
func severalResults(text string) string { return newText(text).several() }

func (t *textInfo) several() string {
	if t.once(fSeveral) {
		t.sevS = readSeveral(t.s)
	}
	return t.sevS
}

func readSeveral(text string) string {
	depth, start := 0, 0
	var parts []string
	for i, r := range text {
		switch r {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ';':
			if depth == 0 {
				parts = append(parts, text[start:i])
				start = i + 1
			}
		}
	}
	parts = append(parts, text[start:])
	for _, part := range parts[1:] {
		f := strings.Fields(strings.ToLower(part))
		for len(f) > 0 && (f[0] == "also" || f[0] == "and" || f[0] == "then") {
			f = f[1:]
		}
		if len(f) > 0 {
			if v, ok := verbForms[strings.Trim(f[0], ".,:()\"'“”")]; ok && v.tense == tensePast {
				return "Joins several results with a semicolon."
			}
		}
	}
	f := strings.Fields(strings.ToLower(text))
	clauses := 0
	for i := 1; i < len(f); i++ {
		joined := f[i-1] == "and" || strings.HasSuffix(f[i-1], ",")
		if !joined {
			continue
		}
		w := strings.Trim(f[i], ".,;:()\"'“”")
		if v, ok := verbForms[w]; ok && v.tense == tensePast && !participleOnly(w) {
			clauses++
		}
	}
	if clauses >= 2 {
		return "Chains " + itoa(clauses+1) + " actions in one bullet."
	}
	return ""
}

// participleOnly says whether a past form is more often an adjective after
// "and" ("and related", "and automated tests").
func participleOnly(w string) bool { return notVerbs[w] }
