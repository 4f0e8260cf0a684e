package parse

import (
	"strings"
	"time"
	"unicode"
)

// item is one line of the document with where it came from.
type item struct {
	text   string // without its bullet mark
	bullet bool
	cont   bool // looks like the wrapped tail of the previous line
	placed bool // the line has a position on the page
	ref    Ref
}

// entry is a block of an experience, education or projects section: a few
// header lines and the bullets under them.
type entry struct {
	header     []item
	highlights []item
}

// groupEntries cuts a section's lines into entries. A new entry starts at a
// header line that follows bullets, or at a second date line.
func groupEntries(items []item, asOf time.Time) []entry {
	var out []entry
	var cur *entry
	hasDate := false
	for _, it := range items {
		if cur != nil && len(cur.highlights) > 0 && !it.bullet && continuesHighlight(cur.highlights[len(cur.highlights)-1], it) {
			last := &cur.highlights[len(cur.highlights)-1]
			last.text = joinWrapped(last.text, it.text)
			continue
		}
		if it.bullet {
			if cur == nil {
				out = append(out, entry{})
				cur = &out[len(out)-1]
			}
			cur.highlights = append(cur.highlights, it)
			continue
		}
		r, dated := FindRange(it.text, asOf)
		// A year inside a sentence ("signed 14 contracts in 2024") dates
		// nothing: the line is a statement.
		if dated && r.Start == r.End && !r.Ongoing && isProse(it.text) && cur != nil && len(cur.header) > 0 {
			cur.highlights = append(cur.highlights, it)
			continue
		}
		// A line that is only a date, after an undated entry's bullets, is
		// that entry's date drawn out of order (right-aligned dates).
		if dated && !hasDate && cur != nil && len(cur.highlights) > 0 && strings.TrimSpace(removeSpan(it.text, r.Text)) == "" {
			cur.header = append(cur.header, it)
			hasDate = true
			continue
		}
		// A sentence under a complete header is a description, not a new
		// header.
		if cur != nil && len(cur.header) > 0 && isProse(it.text) && !dated {
			cur.highlights = append(cur.highlights, it)
			continue
		}
		newEntry := cur == nil || len(cur.highlights) > 0 || (dated && hasDate) || len(cur.header) >= 4
		if newEntry {
			out = append(out, entry{})
			cur = &out[len(out)-1]
			hasDate = false
		}
		cur.header = append(cur.header, it)
		hasDate = hasDate || dated
	}
	return out
}

// groupEducation cuts an education section into entries. Degrees rarely
// have bullets, so a new entry starts where a line names a second school, or
// a second degree, or a second span of dates.
func groupEducation(items []item, asOf time.Time) []entry {
	var out []entry
	var cur *entry
	var hasSchool, hasDegree, hasDate bool
	bare := false // the entry so far is a bare degree column ("BS")
	for _, it := range items {
		school, degree := false, false
		for _, p := range splitPieces(it.text) {
			school = school || countWords(p, institutionWords) > 0
			degree = degree || isDegree(p)
		}
		_, dated := FindRange(it.text, asOf)
		if it.bullet || it.cont || (cur != nil && isProse(it.text) && !school && !degree && !dated) {
			if cur != nil {
				cur.highlights = append(cur.highlights, it)
			}
			continue
		}
		// A degree column ("BS" on a line of its own) and the school line
		// after it make one entry.
		newDegree := degree && hasDegree && !(school && bare)
		if cur == nil || school && hasSchool || newDegree || dated && hasDate && !school && !degree {
			out = append(out, entry{})
			cur = &out[len(out)-1]
			hasSchool, hasDegree, hasDate = false, false, false
			bare = degree && !school && len(strings.Fields(it.text)) <= 2
		} else {
			bare = false
		}
		cur.header = append(cur.header, it)
		hasSchool, hasDegree, hasDate = hasSchool || school, hasDegree || degree, hasDate || dated
	}
	return out
}

// continuesHighlight says whether a line is the wrapped tail of the
// highlight before it: marked as such by indentation, starting in lower case,
// or following a line that stopped mid-sentence.
func continuesHighlight(prev, it item) bool {
	if it.cont {
		return true
	}
	t := strings.TrimSpace(it.text)
	if t == "" {
		return false
	}
	first := []rune(t)[0]
	if unicode.IsLower(first) {
		return true
	}
	// Under a marked bullet, position has decided; the guesses below are for
	// text without positions or bullets without marks.
	if prev.bullet && it.placed {
		return false
	}
	p := strings.TrimSpace(prev.text)
	midSentence := !strings.HasSuffix(p, ".") && !strings.HasSuffix(p, "!") && !strings.HasSuffix(p, "?") && !strings.HasSuffix(p, ":")
	if !midSentence {
		return false
	}
	// A line that stops on a joining word goes on in the next.
	words := strings.Fields(strings.ToLower(p))
	if joiningWords[words[len(words)-1]] {
		return true
	}
	// Otherwise a wrapped line continues a long line, unless it opens with a
	// past-tense verb, as a new statement does.
	return len(p) > 60 && !strings.HasSuffix(strings.ToLower(strings.Trim(strings.Fields(t)[0], ",.;:")), "ed")
}

var joiningWords = wordSet("a an the and or but of to in on for with from by at as into over than that which who while across per via its their our your")

// isProse says whether a line reads as a sentence rather than a header: nine
// words or more, or six ending in a full stop, and none of the separators a
// header sets its fields apart with.
func isProse(s string) bool {
	if strings.ContainsAny(s, "\t·|") || strings.Contains(s, " — ") || strings.Contains(s, " – ") {
		return false
	}
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n >= 9 || strings.HasSuffix(strings.TrimSpace(s), ".") && n >= 6
}

// joinWrapped joins a wrapped line to the one before, mending a hyphen split
// at the end of the line.
func joinWrapped(a, b string) string {
	a, b = strings.TrimSpace(a), strings.TrimSpace(b)
	if strings.HasSuffix(a, "-") && len(b) > 0 && b[0] >= 'a' && b[0] <= 'z' && !strings.HasSuffix(a, " -") {
		return a[:len(a)-1] + b
	}
	return a + " " + b
}

// headerFacts are what an entry's header lines say.
type headerFacts struct {
	title, company, location string
	dates                    Range
	dated                    bool
	companyAlone             bool // the employer was named on a line without a title
	degree, area             string
	institution              string
	other                    []string
	ref                      Ref
}

// readHeader reads title, employer, place and dates from an entry's header
// lines, whatever their arrangement.
func readHeader(lines []item, asOf time.Time, education bool) headerFacts {
	var f headerFacts
	var unknown []headerPiece
	titleSeg, titlePos, companySeg := -1, -1, -1
	titleLine, companyLine := -1, -1
	seg := 0
	for i, it := range lines {
		text := it.text
		if i == 0 {
			f.ref = it.ref
		}
		if r, ok := FindRange(text, asOf); ok && !f.dated {
			f.dates, f.dated = r, true
			text = removeSpan(text, r.Text)
		}
		text = stripLabels(text)
		words := !education // "University of Texas at Austin" stays whole
		instSeg := -1
		for _, parts := range splitSegments(text, words) {
			seg++
			for pos, p := range parts {
				p = splitOrgPlace(p, &f)
				switch {
				case f.location == "" && isLocation(p):
					f.location = p
				case education && (f.degree == "" || f.area == "" && strings.Contains(p, " ")) && isDegree(p):
					// A fuller degree ("PhD in Computer Science") replaces a
					// bare one from a degree column ("PhD").
					f.degree, f.area = splitDegree(p)
					// "PhD Princeton University": a degree column before the school.
					if countWords(f.area, institutionWords) > 0 && f.institution == "" {
						f.institution, f.area, instSeg = f.area, "", seg
					}
				case education && f.institution == "" && countWords(p, institutionWords) > 0:
					f.institution, instSeg = p, seg
				case education && instSeg == seg && (countWords(p, institutionWords) > 0 || isPlaceName(p) && campusOf(f.institution)):
					// "Cornell University, Johnson Graduate School of
					// Management"; "California State University, Sacramento".
					f.institution += ", " + p
				case education && instSeg == seg && f.location == "" && isPlaceName(p):
					f.location = p // "Lycée Livet, Nantes": the school's town
				case education && startsLowerWord(p):
					f.other = append(f.other, p) // "minor in Statistics"
				case !education && f.title == "" && headScore(p, titleWords) > headScore(p, companyWords):
					f.title, titleSeg, titlePos, titleLine = p, seg, pos, i
				case !education && f.company == "" && headScore(p, companyWords) > 0:
					f.company, companySeg, companyLine = p, seg, i
				case !education && f.location == "" && companySeg == seg && pos > 0 && isPlaceName(p) && len(strings.Fields(p)) == 1:
					f.location = p // "MAISON BRUNET, Villeurbanne"
				default:
					unknown = append(unknown, headerPiece{p, seg, pos, i})
				}
			}
		}
	}
	// A comma part right after the title in the same segment qualifies it
	// ("Senior Product Manager, Growth"), when the employer is known
	// elsewhere or the part names a unit or team.
	var rest []headerPiece
	for _, u := range unknown {
		// "Enfermeira Assistente – UTI Adulto": a unit set off by a dash.
		if !education && titleSeg > 0 && u.seg == titleSeg+1 && u.pos == 0 && countWords(u.text, unitWords) > 0 {
			f.title += " – " + u.text
			continue
		}
		qualifies := !education && u.seg == titleSeg && u.pos > titlePos &&
			(f.company != "" || countWords(u.text, unitWords) > 0 || lineWords[strings.ToLower(u.text)] ||
				hasOtherSegment(unknown, titleSeg) || strings.ContainsAny(u.text, "0123456789"))
		if qualifies {
			f.title += ", " + u.text
			continue
		}
		rest = append(rest, u)
	}
	for _, u := range rest {
		p := u.text
		switch {
		case education && f.institution == "":
			f.institution = p
		case education && f.area == "" && looksLikeArea(p):
			f.area = p
		case !education && f.company == "":
			f.company, companyLine = p, u.line
		case !education && f.title == "":
			f.title, titleLine = p, u.line
		default:
			f.other = append(f.other, p)
		}
	}
	f.companyAlone = f.company != "" && companyLine != titleLine
	f.company = stripEngagement(f.company)
	return f
}

// tabbedDates finds an entry's dates set at a tab stop on one of its
// highlight lines (a template that aligns dates with the first bullet), and
// cuts them from that line.
func tabbedDates(e *entry, asOf time.Time) (Range, bool) {
	for i := range e.highlights {
		h := &e.highlights[i]
		body, tail, ok := strings.Cut(h.text, "\t")
		if !ok {
			continue
		}
		if r, ok := FindRange(tail, asOf); ok && strings.TrimSpace(removeSpan(tail, r.Text)) == "" {
			h.text = strings.TrimSpace(body)
			return r, true
		}
	}
	return Range{}, false
}

// splitOrgPlace cuts a place glued to a school's or employer's name, as a
// lost tab leaves it ("Northeastern University Boston, MA"), recording the
// place.
func splitOrgPlace(p string, f *headerFacts) string {
	if !isLocation(p) || countWords(p, institutionWords)+countWords(p, companyWords) == 0 {
		return p
	}
	city, _, _ := strings.Cut(p, ",")
	words := strings.Fields(city)
	for k := 1; k <= 3 && k+2 <= len(words); k++ {
		school := strings.Join(words[:len(words)-k], " ")
		if last := strings.ToLower(words[len(words)-k-1]); institutionWords[last] || companyWords[last] {
			if f.location == "" {
				f.location = strings.TrimSpace(p[len(school):])
			}
			return school
		}
	}
	return p
}

// isPlaceName is one or two capitalised words: a campus's city.
func isPlaceName(p string) bool {
	f := strings.Fields(p)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if r := []rune(w)[0]; !unicode.IsUpper(r) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return countWords(p, titleWords) == 0 && countWords(p, fieldWords) == 0 && !isDegree(p)
}

// fieldWords name fields of study: "Computer Science" is no campus.
var fieldWords = wordSet(`science sciences engineering mathematics math studies arts economics management business
administration design education informatics informatik physics chemistry biology law medicine nursing psychology
history philosophy literature linguistics statistics finance accounting marketing communication communications
architecture music theology sociology politics`)

func startsLowerWord(p string) bool {
	r := []rune(strings.TrimSpace(p))
	return len(r) > 0 && unicode.IsLower(r[0])
}

// headerPiece is a part of an entry's header: its text, the segment between
// separators it came from, and its place in that segment's comma list.
type headerPiece struct {
	text           string
	seg, pos, line int
}

// hasOtherSegment says whether an unplaced piece sits outside segment seg,
// where the employer is then more likely to be.
func hasOtherSegment(pieces []headerPiece, seg int) bool {
	for _, p := range pieces {
		if p.seg != seg {
			return true
		}
	}
	return false
}

// unitWords name a part of an organisation, which qualifies a job title
// ("Registered Nurse, Cardiac Intensive Care Unit"); lineWords a line of
// work, which does so only as a single word ("Product Manager, Payments",
// but "Data Engineer, Ashvin Payments" names the employer).
var (
	unitWords = wordSet("unit department dept team division ward floor practice desk squad office icu uti")
	lineWords = wordSet(`growth checkout payments platform infrastructure operations finance corporate billing onboarding
mobile web frontend backend ads risk compliance tax audit emergency pediatrics oncology cardiology surgery`)
)

// stripLabels removes "Date:" and "Location:" style labels.
func stripLabels(s string) string {
	for _, l := range []string{"Date:", "Dates:", "Location:", "Company:", "Employer:", "Position:", "Role:"} {
		s = strings.ReplaceAll(s, l, " ")
	}
	return strings.TrimSpace(s)
}

func looksLikeArea(p string) bool {
	return len(strings.Fields(p)) <= 6 && !strings.ContainsAny(p, ":0123456789")
}

// splitDegree splits "B.S. in Computer Science" into "B.S." and "Computer
// Science", keeping GPA and honours out of both.
func splitDegree(p string) (studyType, area string) {
	// "Master of Accountancy (M.Acc.)": without an "in", the abbreviation
	// names the degree and the rest its field; with one, the words do.
	abbr := ""
	if suffix, a, ok := trailingAbbr(p); ok {
		abbr, p = a, strings.TrimSpace(p[:len(p)-len(suffix)])
		if !strings.Contains(p, " in ") {
			if _, rest, ok := strings.Cut(p, " of "); ok {
				return abbr, strings.TrimSpace(rest)
			}
		}
	}
	p = stripHonours(p)
	end, _ := degreeEnd(p)
	studyType = strings.TrimSpace(strings.TrimRight(p[:end], ", "))
	rest := strings.TrimSpace(p[end:])
	// "BA (Hons) Marketing": the honours mark belongs to the degree.
	for _, h := range []string{"(Hons)", "(Hons.)", "(Honours)", "(Honors)"} {
		if r, ok := strings.CutPrefix(rest, h); ok {
			studyType, rest = studyType+" "+h, strings.TrimSpace(r)
		}
	}
	// "Bachelor of Mathematics in Computer Science": the "of" names the
	// degree, the "in" its field.
	if r, ok := strings.CutPrefix(rest, "of "); ok {
		if i := strings.Index(r, " in "); i > 0 && len(strings.Fields(r[:i])) <= 3 {
			return studyType + " of " + r[:i], strings.TrimSpace(strings.Trim(r[i+4:], ",;()"))
		}
	}
	for _, sep := range []string{"in ", "of ", "en ", "em ", "de ", "in: ", "- ", "– ", ", "} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			rest = r
			break
		}
	}
	// "Bachelor of Science in Computer Science": the "in" sits inside studyType's tail.
	if i := strings.Index(rest, " in "); i >= 0 && strings.HasPrefix(strings.ToLower(studyType+" "+rest[:i]), strings.ToLower(studyType)) && looksLikeDegreeTail(rest[:i]) {
		studyType, rest = studyType+" "+rest[:i], rest[i+4:]
	}
	return strings.TrimSpace(studyType), strings.TrimSpace(strings.Trim(rest, ",;()"))
}

func looksLikeDegreeTail(s string) bool {
	s = strings.ToLower(s)
	return s == "science" || s == "arts" || s == "engineering" || strings.HasPrefix(s, "science") || strings.HasPrefix(s, "arts")
}

// stripHonours removes GPA figures and Latin honours from a degree line.
func stripHonours(p string) string {
	low := strings.ToLower(p)
	for _, h := range []string{"summa cum laude", "magna cum laude", "cum laude", "with honors", "with honours", "with distinction", "first class honours", "(honors)", "(honours)", "valedictorian", "dean's list"} {
		if i := strings.Index(low, h); i >= 0 {
			p = p[:i] + p[i+len(h):]
			low = low[:i] + low[i+len(h):]
		}
	}
	if i := strings.Index(low, "gpa"); i >= 0 {
		p = p[:i]
	}
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(p), ",;–-()"))
}

// campusOf says whether a place after a school's name names one campus of
// it, as after a university ("California State University, Sacramento"),
// rather than the town a school is in ("Lycée Livet, Nantes").
func campusOf(institution string) bool {
	return strings.Contains(strings.ToLower(institution), "univers")
}
