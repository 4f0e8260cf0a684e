package check

import (
	"strconv"

	"github.com/resumescore/resumescore/internal/parse"
)

var checkLengthBulletLines = &Check{
	ID:       "length.bullet-lines",
	Category: Length,
	Title:    "No bullet runs past two lines",
	Why:      "A bullet longer than two lines (about 40 words) is read as a paragraph and skipped; the number or result in it is lost.",
	Fix:      "Keep each bullet to one result in one or two lines: what you did, how, and the number. Split a long one in two.",
	Before:   "• Worked with the product, design and data teams over several quarters to plan, build, test and roll out a new onboarding flow for small-business customers across three markets, which after a number of iterations and A/B tests improved activation and reduced the support tickets we received.",
	After:    "• Rebuilt small-business onboarding with product and design, lifting activation 18% in three markets.\n• Cut onboarding support tickets 30% through four rounds of A/B tests.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		lines := in.lines()
		total := 0
		var ev []Evidence
		longest := 0
		for _, b := range in.Resume.Bullets {
			if b.Section != "experience" && b.Section != "projects" && b.Section != "volunteer" {
				continue
			}
			total++
			words := wordsIn(b.Text)
			if words > 40 || renderedLines(lines, b.Ref, b.Text) > 2 {
				ev = append(ev, Evidence{Page: b.Ref.Page, Line: b.Ref.Line, Text: b.Text})
				longest = max(longest, words)
			}
		}
		if total == 0 {
			return Result{}, false
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "Every bullet fits in two lines."}, true
		}
		st, earned := ratioStatus(total-len(ev), total)
		if st == Fail {
			st = Warn
		}
		return Result{Status: st, Earned: max(earned, 0.5), Evidence: ev,
			Message: capFirst(someOf(len(ev), total, "bullet runs", "bullets run")) + " past two lines (the longest has " + strconv.Itoa(longest) + " words); split or trim to one result each."}, true
	},
}

// nonSpaceLen is len(strings.Join(strings.Fields(s), "")): the bytes of s
// that are not whitespace.
func nonSpaceLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		sp, w := spaceAt(s, i)
		if !sp {
			n += w
		}
		i += w
	}
	return n
}

// renderedLines counts the printed lines a bullet takes: its first line and
// the wrapped lines after it that together spell out its text.
func renderedLines(lines []docLine, ref parse.Ref, text string) int {
	i := lineIndexOf(lines, ref.Page, ref.Line)
	if i < 0 {
		return 1
	}
	want := nonSpaceLen(text)
	got, n := 0, 0
	for j := i; j < len(lines) && got < want; j++ {
		t, _ := trimBulletMark(lines[j].Text)
		got += nonSpaceLen(t)
		n++
	}
	return n
}
