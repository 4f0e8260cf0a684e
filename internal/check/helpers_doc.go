package check

import (
	"strconv"
	"strings"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/parse"
)

// Helpers over the Document's lines, shared by the contact, sections, dates
// and length checks.

// docLine is a non-blank line of the Document with its page number. It
// points into the Document, which checks do not change.
type docLine struct {
	*extract.Line
	Page int
	info *textInfo // the line's text facts, when it came from Input.lines
}

// facts returns what is known of the line's text.
func (l docLine) facts() *textInfo {
	if l.info != nil {
		return l.info
	}
	return &textInfo{s: l.Text}
}

func (l docLine) evidence() Evidence {
	return Evidence{Page: l.Page, Line: l.Number, Text: strings.TrimSpace(l.Text)}
}

// nonBlankLines returns the Document's non-blank lines in reading order.
func nonBlankLines(doc *extract.Document) []docLine {
	if doc == nil {
		return nil
	}
	n := 0
	for pi := range doc.Pages {
		n += len(doc.Pages[pi].Lines)
	}
	out := make([]docLine, 0, n)
	for pi := range doc.Pages {
		p := &doc.Pages[pi]
		for li := range p.Lines {
			if l := &p.Lines[li]; strings.TrimSpace(l.Text) != "" {
				out = append(out, docLine{Line: l, Page: p.Number})
			}
		}
	}
	return out
}

// lineIndexOf returns the position in lines of the line at page/line, or -1.
func lineIndexOf(lines []docLine, page, line int) int {
	for i, l := range lines {
		if l.Page == page && l.Number == line {
			return i
		}
	}
	return -1
}

// atOrAfter says whether page/line a sits at or after page/line b.
func atOrAfter(aPage, aLine, bPage, bLine int) bool {
	return aPage > bPage || aPage == bPage && aLine >= bLine
}

// sectionIndexAt returns the index (in Meta.ResumeScore.Sections) of the
// section a line belongs to: the last heading at or before it. -1 means the
// header block above the first heading.
func sectionIndexAt(res *parse.Resume, page, line int) int {
	idx := -1
	for i, s := range res.Meta.ResumeScore.Sections {
		if atOrAfter(page, line, s.Page, s.Line) {
			idx = i
		}
	}
	return idx
}

// sectionKindAt returns the kind of the section a line belongs to, or
// "header" above the first heading.
func sectionKindAt(res *parse.Resume, page, line int) string {
	if i := sectionIndexAt(res, page, line); i >= 0 {
		return res.Meta.ResumeScore.Sections[i].Kind
	}
	return "header"
}

// sectionBody returns the lines under section i: after its heading, up to
// the next heading.
func sectionBody(in *Input, lines []docLine, i int) []docLine {
	secs := in.Resume.Meta.ResumeScore.Sections
	start := lineIndexOf(lines, secs[i].Page, secs[i].Line)
	if start < 0 {
		return nil
	}
	end := len(lines)
	if i+1 < len(secs) {
		if e := lineIndexOf(lines, secs[i+1].Page, secs[i+1].Line); e > start {
			end = e
		}
	}
	return lines[start+1 : end]
}

// headerLines returns the lines above the first section heading, where the
// name and contact details belong. Headings the parser learned from style
// alone ("other") at the very top are usually the name or a job title set
// like a heading, so the header runs to the first heading it knows by
// wording; with none, to the first heading of any kind.
func headerLines(in *Input, lines []docLine) []docLine {
	secs := in.Resume.Meta.ResumeScore.Sections
	if len(secs) == 0 {
		return lines
	}
	first := secs[0]
	for _, s := range secs {
		if s.Kind != "other" {
			first = s
			break
		}
	}
	if i := lineIndexOf(lines, first.Page, first.Line); i >= 0 {
		return lines[:i]
	}
	return lines
}

// leadingOthers returns how many sections at the top are headings learned
// from style alone, before the first heading known by its wording: most
// often the name or a job title set like a heading.
func leadingOthers(secs []parse.Section) int {
	for i, s := range secs {
		if s.Kind != "other" {
			return i
		}
	}
	return 0
}

// sectionsOfKind returns the indexes of the sections of one kind.
func sectionsOfKind(res *parse.Resume, kind string) []int {
	var out []int
	for i, s := range res.Meta.ResumeScore.Sections {
		if s.Kind == kind {
			out = append(out, i)
		}
	}
	return out
}

func sectionEvidence(s parse.Section) Evidence {
	return Evidence{Page: s.Page, Line: s.Line, Text: s.Heading}
}

// trimBulletMark removes a leading bullet glyph and reports whether there
// was one. It mirrors the marks the parser knows.
func trimBulletMark(s string) (string, bool) {
	t := strings.TrimSpace(s)
	for _, m := range "•◦▪▫‣⁃●○■□–—-*·➢➤►▶✓✔" {
		if rest, ok := strings.CutPrefix(t, string(m)); ok {
			if m == '-' && !strings.HasPrefix(t, "- ") {
				return t, false
			}
			return strings.TrimSpace(rest), true
		}
	}
	return t, false
}

// wordsIn counts whitespace-separated words.
func wordsIn(s string) int { return countFields(s) }

// nOf returns "1 role" or "3 roles".
func nOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// curly wraps s in typographic quotes.
func curly(s string) string { return "“" + s + "”" }

// ratioStatus grades a share of good items: all good passes; at least half
// warns; less fails. Earned is the share.
func ratioStatus(good, total int) (Status, float64) {
	if total == 0 || good == total {
		return Pass, 1
	}
	share := float64(good) / float64(total)
	if share >= 0.5 {
		return Warn, share
	}
	return Fail, share
}

// someOf counts k items of n for a message: "2 of 5 roles", "all 5 roles",
// "the one role"; hasHave picks the verb that agrees with it.
func someOf(k, n int, one, many string) string {
	switch {
	case n == 1:
		return "the one " + one
	case k == n:
		return "all " + strconv.Itoa(n) + " " + many
	}
	return strconv.Itoa(k) + " of " + strconv.Itoa(n) + " " + many
}

// hasHave returns "has" or "have" to agree with someOf(k, n, …).
func hasHave(k, n int) string {
	if n == 1 || k == 1 {
		return "has"
	}
	return "have"
}

// capFirst capitalises the first letter of s.
func capFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// uniqueEvidence drops repeated lines, keeping the first of each.
func uniqueEvidence(ev []Evidence) []Evidence {
	seen := map[[2]int]bool{}
	var out []Evidence
	for _, e := range ev {
		k := [2]int{e.Page, e.Line}
		if e.Line != 0 && seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

// kindWordsRe recognise a section by the words of a heading the parser
// learned from style alone: most ATS map “Computer Skills” or “Relevant
// Projects” by the word they contain.
var kindWordsRe = []struct {
	words *litSet
	kind  string
}{
	{hintSet(`\bskill\b|\bskills\b|\bkenntnisse\b|\bcompetenc|\bhabilidades\b|\bcompétences\b`), "skills"},
	{hintSet(`\bexperience\b|\bexperiences\b|\bemployment\b|\berfahrung\b|\bexperiencia\b|\bexpérience`), "experience"},
	{hintSet(`\beducation\b|\bausbildung\b|\bformación\b|\bformation\b|\bformação\b`), "education"},
	{hintSet(`\bproject\b|\bprojects\b|\bprojekte\b|\bproyectos\b|\bprojets\b|\bprojetos\b`), "projects"},
}

// sectionKind is the kind of a section, reading a heading the parser filed
// as "other" by the words it contains.
func sectionKind(s parse.Section) string {
	if s.Kind != "other" {
		return s.Kind
	}
	for _, k := range kindWordsRe {
		if k.words.matchString(s.Heading) {
			return k.kind
		}
	}
	return "other"
}

// sectionsLike returns the indexes of the sections of one kind, counting
// headings the parser left as "other" that name the kind in words.
func sectionsLike(res *parse.Resume, kind string) []int {
	var out []int
	for i, s := range res.Meta.ResumeScore.Sections {
		if sectionKind(s) == kind {
			out = append(out, i)
		}
	}
	return out
}

// isNoiseHeading says whether a "heading" is a line the parser took for one
// by its style but that holds contact details (a link, an address) or
// numbers: no section an ATS would map, and not the résumé's fault.
func isNoiseHeading(s parse.Section) bool {
	return s.Kind == "other" && (strings.ContainsAny(s.Heading, "@0123456789") || hasLink(s.Heading))
}
