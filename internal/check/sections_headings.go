package check

import "strings"

// headingHints suggest the standard heading for a creative one, by the words
// it uses. Checked in order; the first match wins.
var headingHints = []struct {
	words    *litSet
	standard string
}{
	{hintSet(`journey|path|story|where i|career|worked|roles|positions|employment|work|jobs|trayectoria|laufbahn|parcours|trajetória|trajetoria`), "Experience"},
	{hintSet(`learn|stud|school|academ|degree|university|college|diploma`), "Education"},
	{hintSet(`tool|stack|skill|superpower|arsenal|can do|good at|know|tech|competenc|strength|expertise`), "Skills"},
	{hintSet(`built|made|creat|portfolio|sample|build|project|side|hack`), "Projects"},
	{hintSet(`prize|recogni|win|honour|honor|award|proud`), "Awards"},
	{hintSet(`certif|licen|credential|badge|course`), "Certifications"},
	{hintSet(`give|giving|volunt|cause|community|impact`), "Volunteering"},
	{hintSet(`hobb|interest|passion|free time|outside work|fun`), "Interests"},
	{hintSet(`speak|language|idiom|sprach|langue`), "Languages"},
	{hintSet(`about|who i am|hello|hi,|intro|me\b|pitch|in brief|snapshot`), "Summary"},
}

// hintSet is a litSet of |-separated literals. (Not inlined: each
// package-level call site would carry a copy in the init code.)
//
//go:noinline
func hintSet(alts string) *litSet { return newLitSet(strings.Split(alts, "|")...) }

// acceptedHeadings are plain headings an ATS maps that the parser does not
// file as a section kind of its own.
var acceptedHeadings = map[string]bool{}

func init() {
	for _, h := range strings.Split(`contact|contacts|contact information|contact info|contact details|personal details|personal information|personal data|
		persönliche daten|persönliche angaben|kontakt|kontaktdaten|datos personales|contacto|informations personnelles|coordonnées|dados pessoais|contato|
		additional information|other information|activities|extracurricular activities|leadership|memberships|affiliations|professional affiliations|
		training and certifications|courses|coursework|relevant coursework|qualifications summary|summary of qualifications|highlights|career highlights|key achievements|
		thesis|master thesis|master's thesis|bachelor thesis|bachelor's thesis|dissertation|research interests|teaching|grants|fellowships|patents|
		tesis|tesis de maestría|abschlussarbeit|masterarbeit|bachelorarbeit|mémoire|dissertação`, "|") {
		acceptedHeadings[strings.TrimSpace(h)] = true
	}
}

// headingWords normalises a heading for lookup: lower case, "&" as "and",
// single spaces, no trailing colon.
func headingWords(h string) string {
	h = strings.ToLower(strings.ReplaceAll(strings.TrimRight(strings.TrimSpace(h), ":"), "&", "and"))
	return strings.Join(strings.Fields(h), " ")
}

// entryWordRe finds the legal-form words of an employer's name: a heading
// holding one is an entry set like a heading, not a section.
var entryWords = hintSet(`\binc\b|\bllc\b|\bllp\b|\bltd\b|\blimited\b|\bgmbh\b|\bcorp\b|\bcorporation\b|\bplc\b|\bs.a\b|\bsa\b|\bs.l\b|\bsl\b|\bag\b|\bbv\b|\bnv\b|\bsas\b|\bsarl\b|\bsrl\b|\bltda\b|\bpty\b|\bco\b`)

// countEntryWords counts the matches of
// `(?i)\b(?:inc|llc|llp|ltd|limited|gmbh|corp|corporation|plc|s\.?a|s\.?l|ag|bv|nv|sas|sarl|srl|ltda|pty|co)\b\.?`.
func countEntryWords(h string) int {
	n := 0
	for i := 0; ; {
		_, e := entryWords.find(h, i)
		if e < 0 {
			return n
		}
		n++
		if byteAt(h, e, '.') {
			e++
		}
		i = e
	}
}

// standardHeading suggests the plain heading for a creative one, or "".
func standardHeading(h string) string {
	for _, x := range headingHints {
		if x.words.matchString(h) {
			return x.standard
		}
	}
	return ""
}

var checkSectionsStandardHeadings = &Check{
	ID:       "sections.standard-headings",
	Category: Sections,
	Title:    "Every section has a heading an ATS recognises",
	Why:      "An ATS files what follows a heading by the heading's words; “My Journey” or “What I Bring” may not map to Experience or Skills, and the content under it is lost to the search.",
	Fix:      "Use the plain names: Summary, Experience, Education, Skills, Projects, Certifications, Awards, Volunteering, Languages.",
	Before:   "MY JOURNEY",
	After:    "EXPERIENCE",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		secs := in.Resume.Meta.ResumeScore.Sections
		if len(secs) == 0 {
			return Result{}, false
		}
		var ev []Evidence
		var parts []string
		skip := leadingOthers(secs)
		for i, s := range secs {
			if sectionKind(s) != "other" || i < skip || isNoiseHeading(s) || acceptedHeadings[headingWords(s.Heading)] || countEntryWords(s.Heading) > 0 {
				continue
			}
			ev = append(ev, sectionEvidence(s))
			if std := standardHeading(s.Heading); std != "" {
				parts = append(parts, curly(s.Heading)+" (try "+curly(std)+")")
			} else {
				parts = append(parts, curly(s.Heading))
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "All " + nOf(len(secs), "heading is", "headings are") + " standard names an ATS maps."}, true
		}
		st, earned := ratioStatus(len(secs)-len(ev), len(secs))
		if st == Fail {
			st = Warn
		}
		return Result{Status: st, Earned: max(earned, 0.25), Evidence: ev,
			Message: nOf(len(ev), "heading an ATS may not map", "headings an ATS may not map") + ": " + strings.Join(parts, ", ") + "."}, true
	},
}
