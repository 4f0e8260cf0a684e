package check

import (
	"strconv"
	"strings"
	"unicode"
)

var checkLengthParagraphs = &Check{
	ID:       "length.paragraphs",
	Category: Length,
	Title:    "Roles are told in bullets, not long paragraphs",
	Why:      "A block of prose over about four lines is skimmed past; bullets let a recruiter find each result in a glance, and ATS parsers keep them apart as highlights.",
	Fix:      "Keep at most a one-line description under a role and turn the rest into bullets, one result each.",
	Before:   "A six-line paragraph describing the team, the product, your duties and, somewhere in the middle, a result.",
	After:    "One line on the team and product, then three bullets, each a result with its number.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		lines := in.lines()
		res := in.Resume
		applies := false
		var ev []Evidence
		longest := 0
		for i, s := range res.Meta.ResumeScore.Sections {
			if s.Kind != "experience" && s.Kind != "projects" && s.Kind != "volunteer" {
				continue
			}
			applies = true
			for _, b := range proseBlocks(sectionBody(in, lines, i), in) {
				if b.words > 60 || b.lines >= 4 {
					ev = append(ev, b.first)
					longest = max(longest, b.words)
				}
			}
		}
		if !applies {
			return Result{}, false
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No long paragraphs in the experience and projects sections."}, true
		}
		return Result{Status: Warn, Earned: max(0.4, 1-0.2*float64(len(ev))), Evidence: ev,
			Message: nOf(len(ev), "paragraph runs", "paragraphs run") + " past four lines (the longest has " + strconv.Itoa(longest) + " words); turn " + map[bool]string{true: "it", false: "them"}[len(ev) == 1] + " into bullets."}, true
	},
}

// proseBlock is a run of consecutive prose lines.
type proseBlock struct {
	first        Evidence
	lines, words int
}

// proseBlocks finds runs of prose in a section's lines: lines that are not
// bullets (or their wrapped tails), not dated entry headers, and read as
// sentences.
func proseBlocks(lines []docLine, in *Input) []proseBlock {
	var out []proseBlock
	var cur *proseBlock
	inBullet := false
	last := ""
	for _, l := range lines {
		t := strings.TrimSpace(l.Text)
		if _, bullet := trimBulletMark(l.Text); bullet {
			inBullet, cur = true, nil
			continue
		}
		if inBullet && (strings.HasPrefix(l.Text, " ") || startsLower(t)) {
			continue // a bullet's wrapped tail
		}
		inBullet = false
		n := wordsIn(t)
		// Dates are looked for only on a line long enough to be prose.
		prose := (n >= 8 || cur != nil && n >= 1 && !strings.HasSuffix(last, ".")) && !dated(in, t)
		if !prose {
			cur = nil
			continue
		}
		if cur == nil {
			out = append(out, proseBlock{first: l.evidence()})
			cur = &out[len(out)-1]
		}
		cur.lines++
		cur.words += n
		last = t
	}
	return out
}

// dated says whether t holds a date range.
func dated(in *Input, t string) bool {
	_, ok := in.findRange(t)
	return ok
}

func startsLower(s string) bool {
	for _, r := range s {
		return unicode.IsLower(r)
	}
	return false
}
