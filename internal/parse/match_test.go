package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// The expressions the matchers in match.go replace, kept as their oracle.
var (
	oEmail    = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)
	oPhone    = regexp.MustCompile(`(?:\(?\+\d{1,3}\)?[ \x{a0}.\-]?)?(?:\(\d{1,4}\)[ \x{a0}.\-]?)?\d[\d \x{a0}.\-()/]{5,}\d`)
	oURL      = regexp.MustCompile(`(?i)\b(?:https?://[^\s<>"|·•]+|www\.[^\s<>"|·•]+|(?:linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|twitter\.com|x\.com|medium\.com|stackoverflow\.com|bitbucket\.org|orcid\.org|kaggle\.com)/[^\s<>"|·•]+|[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|io|dev|me|org|net|app|co|ai|xyz|site|page|tech|design|portfolio)(?:/[^\s<>"|·•]*)?)`)
	oYears    = regexp.MustCompile(`^(?:\d{1,2}[./])?(?:19|20)\d\d\s*[-–]\s*(?:\d{1,2}[./])?(?:19|20)\d\d$`)
	oParen    = regexp.MustCompile(`\s*\([^)]*\)`)
	oEngage   = regexp.MustCompile(`(?i)\s*\((?:contract|contractor|freelance|part[- ]time|full[- ]time|remote|hybrid|internship|temporary|temp|seasonal)\)\s*$`)
	oAbbr     = regexp.MustCompile(`\s*\(([A-Z][A-Za-z.]{1,8})\)\s*$`)
	oLocation = regexp.MustCompile(`^\p{Lu}[\p{L}.'’\-– ]{1,40},\s?(\p{L}[\p{L} .]{1,30}?)(?:\s+(\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d))?$`)
	oDash     = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’\- ]{1,40}?)\s+[–—-]\s+([A-Z]{2,3})$`)
	oStreet   = regexp.MustCompile(`^([\p{L}\d.'’\- ]{3,50}\d[\p{L}\d.'’\- ]{0,10}), (\d{4,5} \p{Lu}[\p{L}\- ]+)$`)
	oPostcode = regexp.MustCompile(`^\d{4,5} \p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+)?(?:, \p{Lu}\p{L}+)?$`)
	oCred     = regexp.MustCompile(`^(?:[A-Z][A-Za-z]{0,3}\.?){1,3}$`)
	oPieceSep = regexp.MustCompile(`\s+[–—|·•◆▪‣]\s+|\s+-\s+|\t+|\s{3,}|\s+(?:at|@|en|bei|chez|na|no)\s+(?:\p{Lu}|\d)|\s*\|\s*`)
	oEduSep   = regexp.MustCompile(`\s+[–—|·•◆▪‣]\s+|\s+-\s+|\t+|\s{3,}|\s+@\s+|\s*\|\s*`)
	oParenSk  = regexp.MustCompile(`^([^()]+?)\s*\(([^()]+)\)$`)
	oPair     = regexp.MustCompile(`^(\S+(?: \S+)?) (?:and|y|e|und|et|&) (\S+(?: \S+)?)$`)
	oDegree   = regexp.MustCompile(`(?i)^(?:` +
		`(?:bachelor|master|doctor|associate)(?:'s|’s)?(?: degree)?(?: of (?:science|arts|engineering|business administration|fine arts|laws|education|philosophy|applied science|technology|nursing|music|commerce))?` +
		`|ph\.?\s?d\.?|d\.?phil\.?|m\.?\s?b\.?\s?a\.?|b\.?\s?s\.?\s?c?\.?|b\.?\s?a\.?|b\.?\s?eng\.?|b\.?\s?tech\.?|b\.?\s?f\.?\s?a\.?|b\.?\s?b\.?\s?a\.?|b\.?\s?com\.?` +
		`|m\.?\s?s\.?\s?c?\.?|m\.?\s?a\.?|m\.?\s?eng\.?|m\.?\s?tech\.?|m\.?\s?f\.?\s?a\.?|m\.?\s?phil\.?|m\.?\s?ed\.?|ed\.?\s?d\.?|j\.?\s?d\.?|m\.?\s?d\.?|a\.?\s?s\.?|a\.?\s?a\.?|bsn|msn|dnp|llb|llm|cpa` +
		`|high school diploma|diploma|certificate|a-levels|ged` +
		`|licenciatura|licenciado|licenciada|grado|máster|master|maestría|doctorado|ingeniería|técnico superior|bachillerato|posgrado|contador[a]? públic[oa]|abogad[oa]|arquitect[oa]` +
		`|diplom(?:-[a-zäöü]+)?|bachelor|abitur|staatsexamen|promotion` +
		`|licence professionnelle|licence pro|master professionnel|mastère spécialisé|licence|maîtrise|doctorat|diplôme(?: d'ingénieur)?|baccalauréat|bts|dut` +
		`|bacharelado|licenciatura|mestrado|doutorado|tecnólogo|especialização|pós-graduação|mba` +
		`)(?:[\s,.]|$)`)
)

func spans(ms [][]int) [][2]int {
	var out [][2]int
	for _, m := range ms {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

func sameSpans(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// foldsOddly says whether s holds a rune that (?i) folds onto an ASCII
// letter from outside ASCII (the Kelvin sign, the long s): there the
// matchers for web addresses may differ, and that is all right.
func foldsOddly(s string) bool { return strings.ContainsAny(s, "Kſ") }

// longHost says whether s has a run of host-name characters longer than a
// host name can be, where findURLs stops reading on purpose.
func longHost(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if isHostByte(s[i]) || s[i] == '.' {
			n++
			if n >= maxHost {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// compareMatchers returns a description of the first disagreement between
// a matcher and its expression on s, or "".
func compareMatchers(s string) string {
	if g, w := findEmails(s), spans(oEmail.FindAllStringIndex(s, -1)); !sameSpans(g, w) {
		return "email"
	}
	if g, w := findPhones(s), spans(oPhone.FindAllStringIndex(s, -1)); !sameSpans(g, w) {
		return "phone"
	}
	if !foldsOddly(s) && !longHost(s) {
		if g, w := findURLs(s), spans(oURL.FindAllStringIndex(s, -1)); !sameSpans(g, w) {
			return "url"
		}
	}
	if isYearRange(s) != oYears.MatchString(s) {
		return "year range"
	}
	if cutParens(s) != oParen.ReplaceAllString(s, "") {
		return "parens"
	}
	if !foldsOddly(s) && stripEngagement(s) != oEngage.ReplaceAllString(s, "") {
		return "engagement"
	}
	suffix, abbr, ok := trailingAbbr(s)
	if m := oAbbr.FindStringSubmatch(s); (m != nil) != ok || ok && (m[0] != suffix || m[1] != abbr) {
		return "abbreviation"
	}
	sec, code, ok := matchLocation(s)
	if m := oLocation.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != sec || m[2] != code) {
		return "location"
	}
	city, region, ok := matchDashLocation(s)
	if m := oDash.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != city || m[2] != region) {
		return "dash location"
	}
	street, rest, ok := matchStreet(s)
	if m := oStreet.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != street || m[2] != rest) {
		return "street"
	}
	if isPostcodeFirst(s) != oPostcode.MatchString(s) {
		return "postcode first"
	}
	if isCredential(s) != oCred.MatchString(s) {
		return "credential"
	}
	if g, w := findSeparators(s, true), spans(oPieceSep.FindAllStringIndex(s, -1)); !sameSpans(g, w) {
		return "piece separators"
	}
	if g, w := findSeparators(s, false), spans(oEduSep.FindAllStringIndex(s, -1)); !sameSpans(g, w) {
		return "education separators"
	}
	outer, inner, ok := splitParen(s)
	if m := oParenSk.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != outer || m[2] != inner) {
		return "skill parentheses"
	}
	a, b, ok := splitPairWords(s)
	if m := oPair.FindStringSubmatch(s); (m != nil) != ok || ok && (m[1] != a || m[2] != b) {
		return "pair"
	}
	if !foldsOddly(s) {
		end, ok := degreeEnd(s)
		if loc := oDegree.FindStringIndex(s); (loc != nil) != ok || ok && loc[1] != end {
			return "degree"
		}
	}
	return ""
}

// matcherSamples are the fixture lines, their pieces (as the parser cuts
// them) and shapes each matcher is about.
func matcherSamples(t *testing.T) []string {
	files, _ := filepath.Glob("../testdata/resumes/*.txt")
	more, _ := filepath.Glob("../../../shared/corpus/resumes/*.txt")
	files = append(files, more...)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			out = append(out, l)
			for _, p := range strings.FieldsFunc(l, func(r rune) bool { return r == '|' || r == '·' || r == '•' || r == '\t' }) {
				out = append(out, p, strings.TrimSpace(p))
			}
			for _, p := range strings.Split(l, ",") {
				out = append(out, strings.TrimSpace(p))
			}
		}
	}
	if len(out) < 5000 {
		t.Fatalf("only %d samples", len(out))
	}
	return append(out,
		"jane.doe+cv@mail.example.co.uk", "a@b.co2", "x@y@z.com", "a@b..com", "a@-b.io", "(+54) 11 5555-0123", "+1 (312) 555-0123",
		"973-555-0123", "78704 512.555.0164", "+123456", "(12) 3456 7890", "tel: 030 1234567", "ID 12 34 56 78 90",
		"https://github.com/jane", "www.jane.dev", "linkedin.com/in/jane", "jane.design", "foo.company", "x.com/jane", "HTTPS://X.IO",
		"my.company-x.io/path", "2019 – 2021", "03/2019-12/2021", "12.2019 - 2020", "Acme (contract)", "Acme (Part Time) ",
		"Master of Accountancy (M.Acc.)", "Austin, TX", "Austin, TX 78704", "Toronto, ON M5V 2T6", "New York, New York 10001",
		"São Paulo – SP", "São Paulo  - RJ", "A - SP", "Kastanienallee 12, 10435 Berlin", "10115 Berlin", "20095 Hamburg-Altona",
		"75011 Paris, France", "RN", "BSN", "M.D.", "PhD", "ABCDEFGH", "Engineer at Google", "Desarrollador en Globant",
		"University of Texas at Austin", "A  |  B", "A|B", "A\t\tB", "A   B", "A @ B", "Excel (Power Query, PivotTables)",
		" (x)", "English (native)", "TypeScript y JavaScript", "a and y b", "Research and Development", "B.S. in CS",
		"B.Sc. Physics", "bsc", "MBA, Finance", "Ph.D. Physics", "PhD", "Dipl.-Ing.", "Diplom-Kauffrau", "Licence professionnelle X",
		"Contadora Pública", "Bachelor's degree of Science", "Master of Fine Arts", "M.Phil", "high school diploma", "Mestrado em X")
}

func TestMatchersAgreeWithTheirExpressions(t *testing.T) {
	for _, s := range matcherSamples(t) {
		if d := compareMatchers(s); d != "" {
			t.Errorf("%q: %s differs from its expression", s, d)
		}
	}
}

func FuzzMatchers(f *testing.F) {
	for _, s := range []string{"jane@x.io · +1 (312) 555-0123 · github.com/jane", "Austin, TX 78704", "B.S. in CS, Univ at Austin",
		"Kastanienallee 12, 10435 Berlin", "São Paulo – SP", "Excel (A, B)", "A y B", "(contract)", "M.Acc. (MAcc)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if d := compareMatchers(s); d != "" {
			t.Errorf("%q: %s differs from its expression", s, d)
		}
	})
}

// The matchers stay linear on hostile lines, as the expressions were: each
// of these finishes in well under a second (the test run's timeout guards
// a regression), and finds what it should.
func TestMatchersOnLongLines(t *testing.T) {
	long := func(unit string) string { return strings.Repeat(unit, 100000) }
	if n := len(findURLs(long("a."))); n != 0 {
		t.Errorf("a.a.a…: %d addresses", n)
	}
	if n := len(findURLs(long("a.io "))); n != 100000 {
		t.Errorf("a.io a.io …: %d addresses, want 100000", n)
	}
	if n := len(findPhones(long("1("))); n != 1 {
		t.Errorf("1(1(…: %d phones, want one run", n)
	}
	if n := len(findEmails(long("a@"))); n != 0 {
		t.Errorf("a@a@…: %d emails", n)
	}
	if n := len(findSeparators(long(" at X"), true)); n != 100000 {
		t.Errorf("… at X: %d separators, want 100000", n)
	}
	if city, code, ok := matchDashLocation("A" + long(" ") + "- SP"); !ok || city != "A " || code != "SP" {
		t.Errorf("A, 100000 spaces, - SP: %q %q %v (the expression reads the city as \"A \")", city, code, ok)
	}
	if got := cutParens(long("(")); got != long("(") {
		t.Errorf("unclosed parentheses were cut")
	}
	for _, s := range []string{long("a."), long("1("), long("(a) "), long("Ab, ")} {
		matchLocation(s)
		matchStreet(s)
		isDegree(s)
		isPostcodeFirst(s)
	}
}
