package check

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/textmatch"
)

// Helpers for the dates checks (and the few sections and length checks that
// need a career length): roles as spans of months, read from the parsed
// résumé and, for how a date was written, from the line it was printed on.

// A month number counts months since year 0: year*12 + month-1.

// monthRound says how to place a year-only date on the month line: at the
// widest reading (a start in January, an end in December), the tightest
// (start in December, end in January) or the middle (July / June).
type monthRound int

const (
	roundWide monthRound = iota
	roundTight
	roundMid
)

func startMonth(d parse.Date, r monthRound) int {
	if d.Month > 0 {
		return d.Year*12 + d.Month - 1
	}
	switch r {
	case roundTight:
		return d.Year*12 + 11
	case roundMid:
		return d.Year*12 + 6
	}
	return d.Year * 12
}

func endMonth(d parse.Date, r monthRound) int {
	if d.Month > 0 {
		return d.Year*12 + d.Month - 1
	}
	switch r {
	case roundTight:
		return d.Year * 12
	case roundMid:
		return d.Year*12 + 5
	}
	return d.Year*12 + 11
}

// monthName renders a month number as "Mar 2021".
func monthName(m int) string {
	names := [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	return names[((m%12)+12)%12] + " " + strconv.Itoa(m/12)
}

// dateLabel renders a parsed date as a résumé prints it: "Mar 2021" or "2021".
func dateLabel(d parse.Date) string {
	if d.Month == 0 {
		return strconv.Itoa(d.Year)
	}
	return monthName(d.Year*12 + d.Month - 1)
}

// asOfMonth is the reference date's month number; ok=false when the caller
// gave no reference date.
func asOfMonth(in *Input) (int, bool) {
	if in.AsOf.IsZero() {
		return 0, false
	}
	return in.AsOf.Year()*12 + int(in.AsOf.Month()) - 1, true
}

// readResumeDate reads a JSON Resume date ("2021-03", "2021", "2021-03-15").
func readResumeDate(s string) (parse.Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 4 {
		return parse.Date{}, false
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil {
		return parse.Date{}, false
	}
	d := parse.Date{Year: y}
	if len(s) >= 7 && s[4] == '-' {
		m, err := strconv.Atoi(s[5:7])
		if err != nil || m < 1 || m > 12 {
			return parse.Date{}, false
		}
		d.Month = m
	}
	return d, true
}

// roleSpan is one role of the résumé on the timeline.
type roleSpan struct {
	Index    int // in Resume.Work
	Work     parse.Work
	Start    parse.Date // zero when not dated
	End      parse.Date // zero when ongoing or not dated
	Dated    bool       // a start date was read
	Ongoing  bool       // "– Present"
	Kind     string     // kind of the section it sits in: experience, volunteer, …
	Section  int        // index of that section, -1 when unknown
	Evidence Evidence   // the role's first header line
	// How the dates were printed, when the line could be found.
	Raw     parse.Range
	RawOK   bool
	RawLine Evidence
	// sideline is isSideline's answer, worked out once: the overlap checks
	// ask it for every pair of roles.
	sideline bool
}

// roleSpans returns the résumé's roles in document order, read once per
// Input.
func roleSpans(in *Input) []roleSpan {
	if in.spans == nil {
		s := readRoleSpans(in)
		in.spans = &s
	}
	return *in.spans
}

func readRoleSpans(in *Input) []roleSpan {
	res := in.Resume
	lines := in.lines()
	var out []roleSpan
	for i, w := range res.Work {
		r := roleSpan{Index: i, Work: w, Kind: "experience", Section: -1}
		if d, ok := readResumeDate(w.StartDate); ok {
			r.Start, r.Dated = d, true
			if e, ok := readResumeDate(w.EndDate); ok {
				r.End = e
			} else {
				r.Ongoing = true
			}
		}
		ref, hasRef := res.Meta.ResumeScore.Provenance["work["+strconv.Itoa(i)+"]"]
		if hasRef {
			r.Evidence = ref2ev(ref)
			r.Section = sectionIndexAt(res, ref.Page, ref.Line)
			if r.Section >= 0 {
				r.Kind = res.Meta.ResumeScore.Sections[r.Section].Kind
			}
			next, hasNext := res.Meta.ResumeScore.Provenance["work["+strconv.Itoa(i+1)+"]"]
			r.Raw, r.RawLine, r.RawOK = entryDateLine(in, lines, ref, next, hasNext)
		} else {
			r.Evidence = Evidence{Text: roleName(w)}
		}
		if isFragment(r) {
			continue
		}
		r.sideline = r.Kind == "volunteer" || hasSidelineWord(r.Work.Position+" "+r.Work.Name+" "+r.Evidence.Text)
		out = append(out, r)
	}
	return out
}

func ref2ev(r parse.Ref) Evidence { return Evidence{Page: r.Page, Line: r.Line, Text: r.Text} }

// isFragment says whether a parsed role is a piece of a wrapped sentence the
// parser took for a role header: undated and starting in lower case or
// ending a sentence, or a long sentence whose only date is a year in it.
// A dated fragment is kept: its dates are real, only its header is not.
func isFragment(r roleSpan) bool {
	t := strings.TrimSpace(r.Evidence.Text)
	if r.Evidence.Line == 0 || t == "" {
		return false
	}
	if !r.Dated && (startsLower(t) || endsSentence(t)) {
		return true
	}
	return wordsIn(t) >= 10 && (!r.Dated || r.RawOK && isLoneDate(r.Raw))
}

// endsSentence says whether text ends with a full stop after a word longer
// than an abbreviation ("month." but not "Inc." or "S.A.").
func endsSentence(t string) bool {
	if !strings.HasSuffix(t, ".") {
		return false
	}
	f := strings.Fields(t)
	last := strings.TrimSuffix(f[len(f)-1], ".")
	return len([]rune(last)) > 4 && !strings.Contains(last, ".")
}

// roleName names a role for a message: "Backend Engineer, Globex".
func roleName(w parse.Work) string {
	pos, name := lettered(w.Position), lettered(w.Name)
	switch {
	case pos != "" && name != "":
		return pos + ", " + name
	case pos != "":
		return pos
	case name != "":
		return name
	}
	return "an untitled role"
}

// lettered returns s trimmed, or "" when it holds no letter (a stray glyph).
func lettered(s string) string {
	s = strings.TrimSpace(s)
	for _, r := range s {
		if unicode.IsLetter(r) {
			return s
		}
	}
	return ""
}

// entryDateLine finds the line that carries an entry's dates: the first line
// from the entry's first header line on that holds a date, before its
// bullets, the next entry or the next section.
func entryDateLine(in *Input, lines []docLine, ref, next parse.Ref, hasNext bool) (parse.Range, Evidence, bool) {
	i := lineIndexOf(lines, ref.Page, ref.Line)
	if i < 0 {
		return parse.Range{}, Evidence{}, false
	}
	sec := sectionIndexAt(in.Resume, ref.Page, ref.Line)
	for j := i; j < len(lines) && j < i+5; j++ {
		l := lines[j]
		if j > i && (hasNext && atOrAfter(l.Page, l.Number, next.Page, next.Line) || sectionIndexAt(in.Resume, l.Page, l.Number) != sec) {
			break
		}
		if _, bullet := trimBulletMark(l.Text); bullet {
			break
		}
		if r, ok := in.findRange(l.Text); ok {
			return r, l.evidence(), true
		}
	}
	return parse.Range{}, Evidence{}, false
}

// experienceRolesOf is experienceRoles(roleSpans(in)), once per Input.
func experienceRolesOf(in *Input) []roleSpan {
	m := in.m()
	if !m.expRolesOK {
		m.expRolesOK = true
		m.expRoles = experienceRoles(roleSpans(in))
	}
	return capped(m.expRoles)
}

// experienceRoles returns the dated roles of experience sections (not
// volunteering).
func experienceRoles(spans []roleSpan) []roleSpan {
	var out []roleSpan
	for _, s := range spans {
		if s.Dated && s.Kind != "volunteer" {
			out = append(out, s)
		}
	}
	return out
}

// spanMonths returns a role's first and last month at the given rounding;
// an ongoing role runs to the reference month (or its start, without one).
func spanMonths(in *Input, s roleSpan, r monthRound) (int, int) {
	a := startMonth(s.Start, r)
	if s.Ongoing {
		if now, ok := asOfMonth(in); ok && now >= a {
			return a, now
		}
		return a, a
	}
	return a, endMonth(s.End, r)
}

// interval is a closed range of month numbers.
type interval struct{ From, To int }

// mergeIntervals sorts and merges overlapping or touching intervals.
func mergeIntervals(iv []interval) []interval {
	s := append([]interval(nil), iv...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (s[j].From < s[j-1].From || s[j].From == s[j-1].From && s[j].To < s[j-1].To); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	var out []interval
	for _, x := range s {
		if x.To < x.From {
			continue
		}
		if n := len(out); n > 0 && x.From <= out[n-1].To+1 {
			out[n-1].To = max(out[n-1].To, x.To)
			continue
		}
		out = append(out, x)
	}
	return out
}

// experienceMonths is the length of the career in months: the union of the
// dated experience roles, read at the middle of year-only dates. ok=false
// when no role is dated.
func experienceMonths(in *Input) (int, bool) {
	var iv []interval
	for _, s := range experienceRolesOf(in) {
		a, b := spanMonths(in, s, roundMid)
		iv = append(iv, interval{a, b})
	}
	if len(iv) == 0 {
		return 0, false
	}
	n := 0
	for _, x := range mergeIntervals(iv) {
		n += x.To - x.From + 1
	}
	return n, true
}

// yearsText renders months as "about 3 years" or "8 months".
func yearsText(months int) string {
	if months < 12 {
		return nOf(months, "month", "months")
	}
	y := (months + 6) / 12
	return "about " + nOf(y, "year", "years")
}

// sidelineRe marks a role that may run beside a full-time job: part-time,
// freelance, contract, volunteer, board and teaching roles, and a business
// of one's own. Titles such as "Product Owner" or "Financial Advisor" are
// full-time jobs and do not match.
// sidelineWords start the words that mark such a role, lower-cased.
var sidelineWords = []string{"part-time", "part time", "freelanc", "(contract)", "contractor", "contract role", "on contract",
	"volunteer", "advisory", "board member", "board of", "advisor to", "mentor", "tutor", "adjunct", "self-employed",
	"self employed", "cofounder", "co-founder", "founder", "business owner", "owner-operator", "teaching assistant",
	"moonlight", "werkstudent", "teilzeit", "freiberuf", "nebenberuf", "ehrenamt", "tiempo parcial", "medio tiempo",
	"autónomo", "autónoma", "autônomo", "autônoma", "voluntario", "voluntaria", "meio período", "meio periodo",
	"temps partiel", "indépendant", "independant", "bénévole", "benevole", "bénevole", "benévole"}

// sidelineFirst lists, for each byte, the sidelineWords that start with it.
var sidelineFirst = func() (t [256][]uint8) {
	for k, w := range sidelineWords {
		t[w[0]] = append(t[w[0]], uint8(k))
	}
	return t
}()

// hasSidelineWord says whether text has a sideline word at the start of
// a word. It lowers the text into a stack buffer when it fits and looks at
// each byte once, trying only the words that start with that byte.
func hasSidelineWord(text string) bool {
	var buf [256]byte
	low := textmatch.AppendLower(buf[:0], text)
	for i, c := range low {
		if c != '(' && i > 0 && isWordByte(low[i-1]) {
			continue // inside a word: only "(contract)" may start here, and it starts with (
		}
		for _, k := range sidelineFirst[c] {
			if w := sidelineWords[k]; len(low)-i >= len(w) && string(low[i:i+len(w)]) == w {
				return true
			}
		}
	}
	return false
}

// isSideline says whether a role reads as one that may overlap a main job.
func isSideline(s roleSpan) bool { return s.sideline }

// sameEmployer says whether two roles name the same employer.
func sameEmployer(a, b roleSpan) bool {
	x, y := strings.ToLower(strings.TrimSpace(a.Work.Name)), strings.ToLower(strings.TrimSpace(b.Work.Name))
	return x != "" && x == y
}

// dateTokens gives the dates of a printed range ("Jan 2020 – 03/2021"),
// leaving out "Present" and its kin.
func dateTokens(r parse.Range) []string {
	var out []string
	if t := strings.TrimSpace(r.StartText); t != "" {
		out = append(out, t)
	}
	if t := strings.TrimSpace(r.EndText); t != "" && !r.Ongoing {
		out = append(out, t)
	}
	if len(out) == 0 && strings.TrimSpace(r.Text) != "" {
		out = append(out, strings.TrimSpace(r.Text))
	}
	return out
}

// isLoneDate says whether a printed range is a single date ("Jan 2020"),
// not a span.
func isLoneDate(r parse.Range) bool {
	return !r.Ongoing && len(dateTokens(r)) == 1
}

// dateFormat names how one printed date is written: "Jan 2020" style,
// "01/2020", "2020-01", "15.01.2020", "2020" or "Summer 2020".
func dateFormat(tok string) string {
	t := strings.TrimSpace(tok)
	switch {
	case digitRun(t, 0) == 4 && len(t) == 4:
		return "year only (2020)"
	case isMonthNum(t):
		return "numeric month (01" + string(t[digitRun(t, 0)]) + "2020)"
	case isYearMonth(t):
		return "ISO month (2020-01)"
	case isFullDate(t):
		return "full date (15.01.2020)"
	case isNamedDate(t):
		if isSeasonWord(strings.Fields(strings.ToLower(t))[0]) {
			return "season (Summer 2020)"
		}
		return "month name (Jan 2020)"
	}
	return "other"
}

// digitRun counts the ASCII digits of s from i on.
func digitRun(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] >= '0' && s[i+n] <= '9' {
		n++
	}
	return n
}

// isMonthNum: "01/2020", "1.2020", "01-2020".
func isMonthNum(t string) bool {
	a := digitRun(t, 0)
	return a >= 1 && a <= 2 && a < len(t) && strings.IndexByte("./-", t[a]) >= 0 && digitRun(t, a+1) == 4 && len(t) == a+5
}

// isYearMonth: "2020-01", "2020.1".
func isYearMonth(t string) bool {
	if digitRun(t, 0) != 4 || len(t) < 6 || strings.IndexByte("./-", t[4]) < 0 {
		return false
	}
	b := digitRun(t, 5)
	return b >= 1 && b <= 2 && len(t) == 5+b
}

// isFullDate: "15.01.2020", "3/14/2020".
func isFullDate(t string) bool {
	a := digitRun(t, 0)
	if a < 1 || a > 2 || a >= len(t) || strings.IndexByte("./", t[a]) < 0 {
		return false
	}
	b := digitRun(t, a+1)
	i := a + 1 + b
	return b >= 1 && b <= 2 && i < len(t) && strings.IndexByte("./", t[i]) >= 0 && digitRun(t, i+1) == 4 && len(t) == i+5
}

// isNamedDate: a word, an optional period and comma, then a year or 'YY:
// "Jan. 2020", "Summer '21", "März,2019".
func isNamedDate(t string) bool {
	i := 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	if i == 0 {
		return false
	}
	if i < len(t) && t[i] == '.' {
		i++
	}
	if i < len(t) && t[i] == ',' {
		i++
	}
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\f' || t[i] == '\r') {
		i++
	}
	rest := t[i:]
	return len(rest) == 4 && digitRun(rest, 0) == 4 || len(rest) == 3 && rest[0] == '\'' && digitRun(rest, 1) == 2
}

var seasonWords = map[string]bool{
	"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true,
	"primavera": true, "verano": true, "otoño": true, "invierno": true,
	"frühling": true, "sommer": true, "herbst": true, "été": true, "automne": true, "hiver": true, "printemps": true,
	"verão": true, "outono": true, "inverno": true,
}

func isSeasonWord(w string) bool { return seasonWords[strings.Trim(w, ".,")] }
