package parse

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/extract"
)

// Options steer parsing. AsOf decides what "Present" means; Canonical, when
// set, names a skill by its canonical name (the engine passes the alias
// table of internal/roles, which sits right of parse in the pipeline).
type Options struct {
	AsOf      time.Time
	Canonical func(term string) (string, bool)
}

// line is a Document line with its page.
type line struct {
	extract.Line
	page int
}

// Parse reads the structure of a résumé from its Document.
func Parse(doc *extract.Document, opt Options) *Resume {
	r := &Resume{Meta: Meta{ResumeScore: Extras{Sections: []Section{}, Provenance: map[string]Ref{},
		Layout: readLayout(doc), Language: detectLanguage(doc.Text())}}}
	// Running heads and footers ("Jane Doe – 1/2") are no part of any
	// section; they are read only for a name and contact details missing
	// from the body.
	var lines, bands []line
	for _, p := range doc.Pages {
		for _, l := range p.Lines {
			switch {
			case isRule(l.Text):
			case l.Band != "":
				bands = append(bands, line{Line: l, page: p.Number})
			default:
				lines = append(lines, line{Line: l, page: p.Number})
			}
		}
	}
	if len(lines) == 0 {
		lines, bands = bands, nil
	}
	if len(lines) == 0 {
		return r
	}
	heads := findHeadings(lines)
	first := len(lines)
	if len(heads) > 0 {
		first = heads[0].index
	}
	isHead := map[int]bool{}
	for _, h := range heads {
		isHead[h.index] = true
	}
	firstPage := 0
	for firstPage < len(lines) && lines[firstPage].page == lines[0].page {
		firstPage++
	}
	// The page header is the top of the page for a name (Word templates
	// often put the name there), before any fallback into the body.
	var top []line
	for _, b := range bands {
		if b.Band == "header" && b.page == lines[0].page {
			top = append(top, b)
		}
	}
	readName(r, append(top, lines[:first]...), lines[:firstPage], isHead)
	readContactLines(r, lines[:first])
	contactAt := map[[2]int]bool{}
	for _, l := range lines[:first] {
		contactAt[[2]int{l.page, l.Number}] = true
	}
	for i, h := range heads {
		end := len(lines)
		if i+1 < len(heads) {
			end = heads[i+1].index
		}
		r.Meta.ResumeScore.Sections = append(r.Meta.ResumeScore.Sections, h.Section)
		if h.Kind == "contact" || h.Kind == "personal" {
			readContactLines(r, lines[h.index+1:end])
			for _, l := range lines[h.index+1 : end] {
				contactAt[[2]int{l.page, l.Number}] = true
			}
			continue
		}
		items := toItems(lines[h.index+1 : end])
		readSection(r, h.Section, items, opt)
	}
	readContactLines(r, bands)
	r.Meta.ResumeScore.Skills = canonicalSkills(r, opt.Canonical)
	// Links behind icons and user names in the contact lines: the printed
	// text may be only "rendercv", the annotation holds the address.
	for _, k := range doc.Links {
		if contactAt[[2]int{k.Page, k.Line}] {
			readLinkTarget(r, k.URI, Ref{Page: k.Page, Line: k.Line, Text: k.Text})
		}
	}
	// Contact details may sit anywhere (a sidebar, a footer): look again
	// where the header block had none.
	for _, l := range lines {
		findContact(r, l.Text, refOf(l))
	}
	return r
}

func refOf(l line) Ref { return Ref{Page: l.page, Line: l.Number, Text: strings.TrimSpace(l.Text)} }

type heading struct {
	Section
	index int
}

// findHeadings finds section headings: lines whose wording is a known
// heading, and lines that share their typography (so that "Selected Honors"
// and "Invited Talks" are found because "Education" was).
func findHeadings(lines []line) []heading {
	var out []heading
	styles := map[style]int{}
	known := map[int]string{}
	for i, l := range lines {
		if kind, ok := dictionaryKind(l.Text); ok && headingCandidate(strings.TrimRight(strings.TrimSpace(l.Text), ":")) {
			known[i] = kind
			styles[styleOf(l.Line)]++
		}
	}
	var best style
	bestN := 0
	for s, n := range styles {
		if n > bestN || n == bestN && styleBefore(s, best) {
			best, bestN = s, n
		}
	}
	distinct := bestN >= 2 && (best.bold || best.caps || best.size > bodySize(lines)+0.5)
	firstKnown := len(lines)
	for i := range known {
		firstKnown = min(firstKnown, i)
	}
	for i, l := range lines {
		kind, ok := known[i]
		// A lone "Résumé" or "Curriculum Vitae" on top titles the document.
		if ok && i == 0 && (kind == "summary" && strings.EqualFold(headingKey(l.Text), "résumé") || headingKey(l.Text) == "resume") {
			continue
		}
		if !ok && distinct && styleOf(l.Line) == best && headingCandidate(l.Text) && !entryLike(lines, i, firstKnown) {
			kind, ok = "other", true
		}
		if !ok {
			continue
		}
		out = append(out, heading{Section: Section{Heading: strings.TrimRight(strings.TrimSpace(l.Text), ":"), Kind: kind, Page: l.page, Line: l.Number}, index: i})
	}
	return out
}

// styleBefore orders heading styles for ties, so that the choice does not
// depend on map order: larger first, then bold, capitals, a colon.
func styleBefore(a, b style) bool {
	switch {
	case a.size != b.size:
		return a.size > b.size
	case a.bold != b.bold:
		return a.bold
	case a.caps != b.caps:
		return a.caps
	}
	return a.colon && !b.colon
}

// entryLike says whether a line styled like a heading is rather the first
// line of an entry or the name: a company or school name, a line followed by a
// job title or a date, or a name above the first known heading.
func entryLike(lines []line, i, firstKnown int) bool {
	t := lines[i].Text
	if i < firstKnown && looksLikeName(t) {
		return true
	}
	if headScore(t, companyWords) > 0 || headScore(t, institutionWords) > 0 || countWords(t, titleWords) > 0 {
		return true
	}
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		n := lines[j].Text
		if _, dated := FindRange(n, time.Time{}); dated {
			return true
		}
		if headScore(n, titleWords) >= 2 {
			return true
		}
	}
	return false
}

// bodySize is the most common font size, weighted by characters.
func bodySize(lines []line) float64 {
	count := map[float64]int{}
	for _, l := range lines {
		count[float64(int(l.Size*2+0.5))/2] += len(l.Text)
	}
	var best float64
	for s, n := range count {
		if n > count[best] || n == count[best] && s < best {
			best = s
		}
	}
	return best
}

// toItems marks bullets and wrapped continuation lines. Where lines have
// positions (PDF), a wrapped line is one indented past its bullet's mark;
// in plain text, one indented with spaces or starting in lower case.
func toItems(lines []line) []item {
	var out []item
	bulletX := -1.0
	for _, l := range lines {
		it := item{text: strings.TrimSpace(l.Text), ref: refOf(l), placed: l.X > 0}
		if t, ok := bulletText(l.Text); ok {
			it.text, it.bullet = t, true
			bulletX = l.X
		} else if bulletX >= 0 {
			// Indented past the mark, but not far right like a right-aligned date.
			indented := strings.HasPrefix(l.Text, " ") || (l.X > 0 && l.X > bulletX+1 && l.X < bulletX+40)
			first, _ := utf8.DecodeRuneInString(it.text)
			lower := unicode.IsLower(first)
			if indented || lower {
				it.cont = true
			} else {
				bulletX = -1
			}
		}
		out = append(out, it)
	}
	return out
}

// readSection fills the Resume from one section's lines.
func readSection(r *Resume, s Section, items []item, opt Options) {
	switch s.Kind {
	case "experience", "volunteer", "education", "projects":
		items = joinSplitRanges(items)
	}
	switch s.Kind {
	case "experience", "volunteer":
		readWork(r, items, opt.AsOf)
	case "education":
		readEducation(r, items, opt.AsOf)
	case "projects":
		readProjects(r, items, opt.AsOf)
	case "skills":
		readSkills(r, items, opt.Canonical)
	case "summary":
		var b []string
		for _, it := range items {
			b = append(b, it.text)
		}
		r.Basics.Summary = strings.Join(b, " ")
	}
	if s.Kind != "experience" && s.Kind != "projects" && s.Kind != "volunteer" {
		for _, b := range bulletsOf(items) {
			r.Bullets = append(r.Bullets, Bullet{Text: b.text, Section: s.Kind, Ref: b.ref})
		}
	}
}

// bulletsOf joins wrapped lines to their bullets and returns the bullets.
func bulletsOf(items []item) []item {
	var out []item
	for _, it := range items {
		switch {
		case it.bullet:
			out = append(out, it)
		case it.cont && len(out) > 0:
			out[len(out)-1].text = joinWrapped(out[len(out)-1].text, it.text)
		}
	}
	return out
}

func readWork(r *Resume, items []item, asOf time.Time) {
	prevCompany := ""
	entries := groupEntries(items, asOf)
	for i, e := range entries {
		f := readHeader(e.header, asOf, false)
		if !f.dated {
			f.dates, f.dated = tabbedDates(&e, asOf)
		}
		// An employer line with the whole span, above its roles, heads a
		// group: its roles follow with titles of their own.
		if f.title == "" && f.company != "" && len(e.highlights) == 0 && i+1 < len(entries) {
			if next := readHeader(entries[i+1].header, asOf, false); next.title != "" && (next.company == "" || next.company == f.company) {
				prevCompany = f.company
				continue
			}
		}
		inherited := false
		if f.company == "" && f.title != "" && prevCompany != "" {
			f.company, inherited = prevCompany, true // several roles under one employer
		}
		w := Work{Name: f.company, Position: f.title, Location: f.location}
		if f.dated {
			w.StartDate = f.dates.Start.String()
			if !f.dates.Ongoing {
				w.EndDate = f.dates.End.String()
			}
		}
		for _, h := range e.highlights {
			w.Highlights = append(w.Highlights, h.text)
			r.Bullets = append(r.Bullets, Bullet{Text: h.text, Section: "experience", Ref: h.ref})
		}
		if w.Name == "" && w.Position == "" && len(e.header) == 0 {
			continue // bullets before any header: kept as bullets only
		}
		// Only an employer named on its own line heads the roles after it;
		// "UX Designer — Studio Onda" does not.
		if !inherited {
			prevCompany = ""
			if f.companyAlone {
				prevCompany = f.company
			}
		}
		r.Meta.ResumeScore.Provenance[fmt.Sprintf("work[%d]", len(r.Work))] = f.ref
		r.Work = append(r.Work, w)
	}
}

func readEducation(r *Resume, items []item, asOf time.Time) {
	items = joinWrappedSchools(items)
	prevSchool := ""
	for _, e := range groupEducation(items, asOf) {
		f := readHeader(e.header, asOf, true)
		if !f.dated {
			f.dates, f.dated = tabbedDates(&e, asOf)
		}
		if f.institution == "" && f.degree != "" {
			f.institution = prevSchool // two degrees from one school
		}
		ed := Education{Institution: f.institution, StudyType: f.degree, Area: f.area}
		if f.dated {
			ed.StartDate = f.dates.Start.String()
			if !f.dates.Ongoing {
				ed.EndDate = f.dates.End.String()
			}
			if f.dates.Start == f.dates.End {
				ed.StartDate = "" // a lone date is when it ended
			}
		}
		if ed.Institution == "" && ed.StudyType == "" {
			continue
		}
		prevSchool = f.institution
		r.Meta.ResumeScore.Provenance[fmt.Sprintf("education[%d]", len(r.Education))] = f.ref
		r.Education = append(r.Education, ed)
	}
}

func readProjects(r *Resume, items []item, asOf time.Time) {
	for _, e := range groupEntries(items, asOf) {
		p := Project{}
		if len(e.header) > 0 {
			f := readHeader(e.header, asOf, false)
			p.Name = strings.TrimSpace(strings.Join(append([]string{f.company, f.title}, f.other...), " "))
			if f.dated {
				p.StartDate = f.dates.Start.String()
				if !f.dates.Ongoing {
					p.EndDate = f.dates.End.String()
				}
			}
		}
		for _, h := range e.highlights {
			p.Highlights = append(p.Highlights, h.text)
			r.Bullets = append(r.Bullets, Bullet{Text: h.text, Section: "projects", Ref: h.ref})
		}
		if p.Name != "" || len(p.Highlights) > 0 {
			r.Projects = append(r.Projects, p)
		}
	}
}

// isRule says whether a line is empty or only a drawn rule ("-----", "====").
func isRule(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("-=_*~#─━═·.", r)
	}) == ""
}
