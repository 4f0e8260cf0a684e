package check

import (
	"bytes"

	"github.com/resumescore/resumescore/internal/textmatch"
)

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
		t.extra().sevS = readSeveral(t.s)
	}
	return t.extra().sevS
}

func readSeveral(text string) string {
	// Fields are lowered one at a time into buf: strings.Fields of the
	// lowered text, without building either.
	var buf [64]byte
	lowField := func(f string) []byte { return textmatch.AppendLower(buf[:0], f) }
	pastVerb := func(w []byte) bool {
		v, ok := verbForms[string(w)]
		return ok && v.tense == tensePast
	}
	// A part after a top-level semicolon that opens with a past-tense verb,
	// past any "also", "and" or "then".
	newAction := func(part string) bool {
		for i := 0; ; {
			from, to := nextField(part, i)
			if from == to {
				return false
			}
			i = to
			f := lowField(part[from:to])
			if w := string(f); w == "also" || w == "and" || w == "then" {
				continue
			}
			return pastVerb(bytes.Trim(f, ".,:()\"'“”"))
		}
	}
	depth, start, parts := 0, 0, 0
	for i := 0; i < len(text); i++ { // the marks are ASCII: bytes will do
		switch text[i] {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ';':
			if depth == 0 {
				if parts > 0 && newAction(text[start:i]) {
					return "Joins several results with a semicolon."
				}
				parts++
				start = i + 1
			}
		}
	}
	if parts > 0 && newAction(text[start:]) {
		return "Joins several results with a semicolon."
	}
	clauses := 0
	joined := false // the field before ends in a comma or is "and"
	for i := 0; ; {
		from, to := nextField(text, i)
		if from == to {
			break
		}
		i = to
		f := lowField(text[from:to])
		if joined {
			w := bytes.Trim(f, ".,:()\"'“”")
			if pastVerb(w) && !participleOnly(string(w)) {
				clauses++
			}
		}
		joined = string(f) == "and" || f[len(f)-1] == ','
	}
	if clauses >= 2 {
		return "Chains " + itoa(clauses+1) + " actions in one bullet."
	}
	return ""
}

// participleOnly says whether a past form is more often an adjective after
// "and" ("and related", "and automated tests").
func participleOnly(w string) bool { return notVerbs[w] }
