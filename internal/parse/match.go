package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/textmatch"
)

// Hand-written matchers for the shapes the parser looks for (emails, phones,
// web addresses, places, degrees, separators). They were regular
// expressions; the package was the last in the WebAssembly build to link
// regexp, which weighs about 100 KB gzipped and compiles its patterns at
// start-up. match_test.go keeps every expression and checks each matcher
// against it on every fixture line and under fuzzing. \s, \d and \b are
// ASCII's, as in Go's regexp.

func isSpaceRE(c byte) bool { return textmatch.Space(c) }

func isDigitRE(c byte) bool { return c >= '0' && c <= '9' }

func isWordRE(c byte) bool { return textmatch.Word(c) }

// spaceRun returns the end of the run of \s starting at i.
func spaceRun(s string, i int) int { return textmatch.SkipSpaces(s, i) }

// digitRunAt returns the end of the run of \d starting at i.
func digitRunAt(s string, i int) int {
	for i < len(s) && isDigitRE(s[i]) {
		i++
	}
	return i
}

// replaceSpans replaces each span of s with r.
func replaceSpans(s string, spans [][2]int, r string) string {
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		b.WriteString(s[last:sp[0]])
		b.WriteString(r)
		last = sp[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// --- email: [A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}

func isEmailLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isLetterASCII(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// findEmails returns the spans of the email addresses in s, left to right.
func findEmails(s string) [][2]int {
	var out [][2]int
	from := 0
	for {
		at := strings.IndexByte(s[from:], '@')
		if at < 0 {
			return out
		}
		at += from
		start := at
		for start > from && isEmailLocal(s[start-1]) {
			start--
		}
		if start < at {
			if end := emailDomainEnd(s, at+1); end > 0 {
				out = append(out, [2]int{start, end})
				from = end
				continue
			}
		}
		from = at + 1
	}
}

// emailDomainEnd reads labels and a final .letters{2,} from i: the last dot
// that ends a run of labels and starts two letters wins, as greedy
// repetition does.
func emailDomainEnd(s string, i int) int {
	j := i
	for j < len(s) && (isAlnum(s[j]) || s[j] == '-' || s[j] == '.') {
		j++
	}
	d := s[i:j]
	// Labels stop at an empty one ("a..b", a leading dot).
	if k := strings.Index(d, ".."); k >= 0 {
		d = d[:k+1]
	}
	if d == "" || d[0] == '.' {
		return -1
	}
	for k := len(d) - 1; k > 0; k-- {
		if d[k] != '.' {
			continue
		}
		n := 0
		for k+1+n < len(d) && isLetterASCII(d[k+1+n]) {
			n++
		}
		if n >= 2 {
			return i + k + 1 + n
		}
	}
	return -1
}

// --- phone: (\(?\+\d{1,3}\)?[ \xa0.-]?)?(\(\d{1,4}\)[ \xa0.-]?)?\d[\d \xa0.\-()/]{5,}\d

func isPhoneRune(r rune) bool {
	return r >= '0' && r <= '9' || r == ' ' || r == '\u00a0' || r == '.' || r == '-' || r == '(' || r == ')' || r == '/'
}

func isPhoneSep(r rune) bool { return r == ' ' || r == '\u00a0' || r == '.' || r == '-' }

// findPhones returns the spans of phone-shaped runs in s, left to right.
func findPhones(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if end := phoneAt(s, i); end > 0 {
			out = append(out, [2]int{i, end})
			i = end
			continue
		}
		i++
	}
	return out
}

// phoneAt returns the end of a phone match starting at i, or -1.
func phoneAt(s string, i int) int {
	c := s[i]
	if c != '+' && c != '(' && !isDigitRE(c) {
		return -1
	}
	// The match ends at the last digit of the run of phone characters that
	// the tail starts in; it holds for every way the prefixes can split.
	if c == '+' || c == '(' && i+1 < len(s) && s[i+1] == '+' {
		p := i + 1
		if c == '(' {
			p++
		}
		for d := 1; d <= 3 && p+d <= len(s) && isDigitRE(s[p+d-1]); d++ {
			j := p + d
			for _, close := range [2]bool{true, false} {
				k := j
				if close {
					if k >= len(s) || s[k] != ')' {
						continue
					}
					k++
				}
				if e := afterSepThenRest(s, k); e > 0 {
					return e
				}
			}
		}
	}
	if e := areaThenTail(s, i); e > 0 {
		return e
	}
	return -1
}

// afterSepThenRest tries an optional separator at k, then the area code
// and tail.
func afterSepThenRest(s string, k int) int {
	if k < len(s) {
		if r, n := utf8.DecodeRuneInString(s[k:]); isPhoneSep(r) {
			if e := areaThenTail(s, k+n); e > 0 {
				return e
			}
		}
	}
	return areaThenTail(s, k)
}

// areaThenTail tries an optional "(123) " then the tail at i.
func areaThenTail(s string, i int) int {
	if i < len(s) && s[i] == '(' {
		for d := 4; d >= 1; d-- {
			j := i + 1 + d
			if j < len(s) && s[j] == ')' && digitRunAt(s, i+1) >= j {
				k := j + 1
				if k < len(s) {
					if r, n := utf8.DecodeRuneInString(s[k:]); isPhoneSep(r) {
						if e := phoneTail(s, k+n); e > 0 {
							return e
						}
					}
				}
				if e := phoneTail(s, k); e > 0 {
					return e
				}
			}
		}
	}
	return phoneTail(s, i)
}

// phoneTail matches \d[phone chars]{5,}\d at i: a digit, then the run of
// phone characters up to its last digit, seven characters at least.
func phoneTail(s string, i int) int {
	if i >= len(s) || !isDigitRE(s[i]) {
		return -1
	}
	end, runes, lastRunes := -1, 0, 0
	for j := i; j < len(s); {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isPhoneRune(r) {
			break
		}
		runes++
		j += n
		if r >= '0' && r <= '9' {
			end, lastRunes = j, runes
		}
	}
	if lastRunes < 7 {
		return -1
	}
	return end
}

// --- web addresses (case-insensitive, at a word boundary):
// https?://…, www.…, known-site/…, or name.tld[/…]

var urlSites = []string{"linkedin.com", "github.com", "gitlab.com", "behance.net", "dribbble.com", "twitter.com", "x.com",
	"medium.com", "stackoverflow.com", "bitbucket.org", "orcid.org", "kaggle.com"}

var urlTLDs = []string{"com", "io", "dev", "me", "org", "net", "app", "co", "ai", "xyz", "site", "page", "tech", "design", "portfolio"}

// urlRest returns the end of a run of characters a web address may hold
// ([^\s<>"|·•]) from i.
func urlRest(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isSpaceRE(c) || c == '<' || c == '>' || c == '"' || c == '|' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '·' || r == '•' {
			return i
		}
		i += n
	}
	return i
}

// foldPrefixASCII says whether s[i:] starts with word (lower-case) under
// (?i), returning its end.
func foldPrefixASCII(s string, i int, word string) (int, bool) { return foldPrefix(s, i, word) }

// urlAt returns the end of a web address starting at i, or -1.
func urlAt(s string, i int) int {
	if i > 0 && isWordRE(s[i-1]) || i >= len(s) || !isWordRE(s[i]) {
		return -1
	}
	for _, pre := range []string{"https://", "http://", "www."} {
		if j, ok := foldPrefixASCII(s, i, pre); ok {
			if e := urlRest(s, j); e > j {
				return e
			}
		}
	}
	for _, site := range urlSites {
		if j, ok := foldPrefixASCII(s, i, site+"/"); ok {
			if e := urlRest(s, j); e > j {
				return e
			}
		}
	}
	return domainAt(s, i)
}

// isHostByte is [a-z0-9-] under (?i); the Kelvin sign and long s are
// handled by the caller's folding.
func isHostByte(c byte) bool { return isAlnum(c) || c == '-' }

const maxHost = 256

// domainAt matches [a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.(tld)(/…)? at i.
func domainAt(s string, i int) int {
	if i >= len(s) || !isAlnum(s[i]) {
		return -1
	}
	// A host name has at most 253 characters; reading no further keeps a
	// hostile line of "a.a.a.a…" linear (the expression was, by design).
	j := i
	for j < len(s) && j-i < maxHost && (isHostByte(s[j]) || s[j] == '.') {
		j++
	}
	d := s[i:j]
	if k := strings.Index(d, ".."); k >= 0 {
		d = d[:k+1]
	}
	// The most labels first, as greedy repetition tries them; then the
	// top-level domains in their order.
	for k := len(d) - 1; k > 0; k-- {
		if d[k] != '.' {
			continue
		}
		for _, tld := range urlTLDs {
			if e, ok := foldPrefixASCII(s, i+k+1, tld); ok {
				if e < len(s) && s[e] == '/' {
					return urlRest(s, e+1)
				}
				return e
			}
		}
	}
	return -1
}

// findURLs returns the spans of the web addresses in s, left to right.
func findURLs(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if e := urlAt(s, i); e > 0 {
			out = append(out, [2]int{i, e})
			i = e
			continue
		}
		i++
	}
	return out
}

func hasURL(s string) bool {
	for i := 0; i < len(s); i++ {
		if urlAt(s, i) > 0 {
			return true
		}
	}
	return false
}

// --- a span of years: [D[D]./]YYYY – [D[D]./]YYYY, the years 19xx or 20xx.

func isYearRange(s string) bool {
	i, ok := yearAt(s, 0)
	if !ok {
		return false
	}
	i = spaceRun(s, i)
	switch {
	case strings.HasPrefix(s[i:], "-"):
		i++
	case strings.HasPrefix(s[i:], "–"):
		i += len("–")
	default:
		return false
	}
	i = spaceRun(s, i)
	j, ok := yearAt(s, i)
	return ok && j == len(s)
}

// yearAt reads an optional "12/" or "1." then a 19xx or 20xx year.
func yearAt(s string, i int) (int, bool) {
	isYear := func(k int) bool {
		return k+4 <= len(s) && (s[k:k+2] == "19" || s[k:k+2] == "20") && isDigitRE(s[k+2]) && isDigitRE(s[k+3])
	}
	for _, n := range [2]int{2, 1} {
		if digitRunAt(s, i) >= i+n && i+n < len(s) && (s[i+n] == '.' || s[i+n] == '/') && isYear(i+n+1) {
			return i + n + 5, true
		}
	}
	if isYear(i) {
		return i + 4, true
	}
	return i, false
}

// --- parentheses

// cutParens removes each "(note)" and the white space before it.
func cutParens(s string) string {
	var spans [][2]int
	for from := 0; ; {
		open := strings.IndexByte(s[from:], '(')
		if open < 0 {
			break
		}
		open += from
		close := strings.IndexByte(s[open:], ')')
		if close < 0 {
			break
		}
		start := open
		for start > from && isSpaceRE(s[start-1]) {
			start--
		}
		spans = append(spans, [2]int{start, open + close + 1})
		from = open + close + 1
	}
	return replaceSpans(s, spans, "")
}

// engagements are how a job was held, printed in parentheses after it.
var engagements = []string{"contract", "contractor", "freelance", "part-time", "part time", "full-time", "full time",
	"remote", "hybrid", "internship", "temporary", "temp", "seasonal"}

// trailingParen splits "Acme (contract)  " into where the white space
// before "(" starts and the words inside, when the text ends so.
func trailingParen(s string) (start int, inner string, ok bool) {
	t := strings.TrimRight(s, " \t\n\f\r")
	if !strings.HasSuffix(t, ")") {
		return 0, "", false
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return 0, "", false
	}
	start = open
	for start > 0 && isSpaceRE(s[start-1]) {
		start--
	}
	return start, t[open+1 : len(t)-1], true
}

// stripEngagement cuts "(contract)" and the like off an employer's name.
func stripEngagement(s string) string {
	start, inner, ok := trailingParen(s)
	if !ok {
		return s
	}
	for _, e := range engagements {
		if end, ok := foldPrefixASCII(inner, 0, e); ok && end == len(inner) {
			return s[:start]
		}
	}
	return s
}

// trailingAbbr finds "(M.Acc.)" at the end of a degree: the whole suffix
// (with the space before it) and the abbreviation.
func trailingAbbr(p string) (suffix, abbr string, ok bool) {
	start, inner, ok := trailingParen(p)
	if !ok || len(inner) < 2 || len(inner) > 9 || inner[0] < 'A' || inner[0] > 'Z' {
		return "", "", false
	}
	for i := 1; i < len(inner); i++ {
		if !isLetterASCII(inner[i]) && inner[i] != '.' {
			return "", "", false
		}
	}
	return p[start:], inner, true
}

// splitParen splits "Excel (Power Query, PivotTables)" into the words
// before the parentheses and those inside.
func splitParen(t string) (outer, inner string, ok bool) {
	open := strings.IndexByte(t, '(')
	if open < 1 || !strings.HasSuffix(t, ")") || strings.IndexByte(t[:open], ')') >= 0 {
		return "", "", false
	}
	inner = t[open+1 : len(t)-1]
	if inner == "" || strings.ContainsAny(inner, "()") {
		return "", "", false
	}
	end := open
	for end > 1 && isSpaceRE(t[end-1]) {
		end--
	}
	return t[:end], inner, true
}

// pairWords join two skills: "A and B", "A y B", "A und B"…
var pairWords = map[string]bool{"and": true, "y": true, "e": true, "und": true, "et": true, "&": true}

// splitPairWords splits "TypeScript y JavaScript": one or two words, a
// joining word, one or two words, single spaces between.
func splitPairWords(t string) (a, b string, ok bool) {
	f := strings.Split(t, " ")
	for _, w := range f {
		if w == "" || strings.ContainsAny(w, "\t\n\f\r") {
			return "", "", false
		}
	}
	for _, j := range [2]int{2, 1} {
		if j < len(f) && pairWords[f[j]] && len(f)-j-1 >= 1 && len(f)-j-1 <= 2 {
			return strings.Join(f[:j], " "), strings.Join(f[j+1:], " "), true
		}
	}
	return "", "", false
}

// isCredential says whether s is a post-nominal: RN, BSN, CPA, PhD, M.D.:
// one to three groups of a capital, up to three letters and a dot.
func isCredential(s string) bool { return s != "" && credentialFrom(s, 3) }

func credentialFrom(s string, groups int) bool {
	if s == "" {
		return true
	}
	if groups == 0 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	n := 1
	for n < len(s) && n <= 3 && isLetterASCII(s[n]) {
		n++
	}
	for k := n; k >= 1; k-- {
		if k < len(s) && s[k] == '.' && credentialFrom(s[k+1:], groups-1) {
			return true
		}
		if credentialFrom(s[k:], groups-1) {
			return true
		}
	}
	return false
}

// --- places

// isLetterDot is [\p{L}.'’\-– ] (withDash) or [\p{L}.'’\- ].
func placeRune(r rune, enDash bool) bool {
	return unicode.IsLetter(r) || r == '.' || r == '\'' || r == '’' || r == '-' || r == ' ' || enDash && r == '–'
}

// matchLocation reads "City, Region" or "City, Country 12345": what the
// parts after the comma say (the region or country, and a postcode).
func matchLocation(p string) (second, postcode string, ok bool) {
	first, n := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(first) {
		return "", "", false
	}
	comma := strings.IndexByte(p, ',')
	if comma < 0 {
		return "", "", false
	}
	count := 0
	for _, r := range p[n:comma] {
		if !placeRune(r, true) {
			return "", "", false
		}
		count++
	}
	if count < 1 || count > 40 {
		return "", "", false
	}
	for _, i := range [2]int{comma + 1, comma + 2} {
		if i == comma+2 && (comma+1 >= len(p) || !isSpaceRE(p[comma+1])) {
			continue
		}
		if sec, code, ok := locationTail(p, i); ok {
			return sec, code, true
		}
	}
	return "", "", false
}

// locationTail matches (\p{L}[\p{L} .]{1,30}?)(\s+postcode)?$ at i, the
// shortest first part that lets the rest match.
func locationTail(p string, i int) (string, string, bool) {
	r, n := utf8.DecodeRuneInString(p[i:])
	if i >= len(p) || !unicode.IsLetter(r) {
		return "", "", false
	}
	j := i + n
	for count := 1; count <= 30; count++ {
		if j >= len(p) {
			return "", "", false
		}
		r, n := utf8.DecodeRuneInString(p[j:])
		if !unicode.IsLetter(r) && r != ' ' && r != '.' {
			return "", "", false
		}
		j += n
		if j == len(p) {
			return p[i:j], "", true
		}
		if k := spaceRun(p, j); k > j {
			if postcodeEnd(p, k) == len(p) {
				return p[i:j], p[k:], true
			}
		}
	}
	return "", "", false
}

// postcodeEnd matches \d{4,5}(-\d{4})? or a Canadian A1A 1A1 at i.
func postcodeEnd(p string, i int) int {
	if d := digitRunAt(p, i) - i; d == 4 || d == 5 {
		e := i + d
		if e+5 <= len(p) && p[e] == '-' && digitRunAt(p, e+1) == e+5 {
			return e + 5
		}
		return e
	} else if d > 5 {
		return -1
	}
	up := func(k int) bool { return k < len(p) && p[k] >= 'A' && p[k] <= 'Z' }
	dg := func(k int) bool { return k < len(p) && isDigitRE(p[k]) }
	if up(i) && dg(i+1) && up(i+2) {
		k := i + 3
		if k < len(p) && p[k] == ' ' {
			k++
		}
		if dg(k) && up(k+1) && dg(k+2) {
			return k + 3
		}
	}
	return -1
}

// matchDashLocation reads "São Paulo – SP": the city and a region code.
func matchDashLocation(p string) (city, code string, ok bool) {
	// The code: the last two or three letters, all capitals, after spaces.
	n := 0
	for n < len(p) && n < 4 && p[len(p)-1-n] >= 'A' && p[len(p)-1-n] <= 'Z' {
		n++
	}
	if n < 2 || n > 3 {
		return "", "", false
	}
	c := len(p) - n
	s2 := c
	for s2 > 0 && isSpaceRE(p[s2-1]) {
		s2--
	}
	if s2 == c || s2 == 0 {
		return "", "", false
	}
	dash, dn := utf8.DecodeLastRuneInString(p[:s2])
	if dash != '–' && dash != '—' && dash != '-' {
		return "", "", false
	}
	d := s2 - dn
	s1 := d
	for s1 > 0 && isSpaceRE(p[s1-1]) {
		s1--
	}
	if s1 == d {
		return "", "", false
	}
	// The city is the shortest that leaves white space before the dash.
	for end := s1; end < d; end++ {
		if end > s1 && p[end-1] != ' ' {
			break
		}
		if cityOK(p[:end]) {
			return p[:end], p[c:], true
		}
	}
	return "", "", false
}

func cityOK(s string) bool {
	first, n := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) {
		return false
	}
	count := 0
	for _, r := range s[n:] {
		if !placeRune(r, false) || count == 40 {
			return false
		}
		count++
	}
	return count >= 1
}

// matchStreet reads "Kastanienallee 12, 10435 Berlin": the street and the
// postcode with the city.
func matchStreet(p string) (street, city string, ok bool) {
	comma := strings.IndexByte(p, ',')
	if comma < 0 || comma+1 >= len(p) || p[comma+1] != ' ' {
		return "", "", false
	}
	var runes []rune
	for _, r := range p[:comma] {
		if !(unicode.IsLetter(r) || r >= '0' && r <= '9' || r == '.' || r == '\'' || r == '’' || r == '-' || r == ' ') {
			return "", "", false
		}
		runes = append(runes, r)
	}
	digitAt := false
	for k := max(3, len(runes)-11); k <= min(50, len(runes)-1); k++ {
		if runes[k] >= '0' && runes[k] <= '9' {
			digitAt = true
			break
		}
	}
	if !digitAt {
		return "", "", false
	}
	rest := p[comma+2:]
	d := digitRunAt(rest, 0)
	if d != 4 && d != 5 || d >= len(rest) || rest[d] != ' ' {
		return "", "", false
	}
	first, n := utf8.DecodeRuneInString(rest[d+1:])
	if !unicode.IsUpper(first) {
		return "", "", false
	}
	tail := rest[d+1+n:]
	if tail == "" {
		return "", "", false
	}
	for _, r := range tail {
		if !unicode.IsLetter(r) && r != '-' && r != ' ' {
			return "", "", false
		}
	}
	return p[:comma], rest, true
}

// isPostcodeFirst matches "10115 Berlin", "20095 Hamburg-Altona",
// "75011 Paris, France".
func isPostcodeFirst(p string) bool {
	d := digitRunAt(p, 0)
	if d != 4 && d != 5 || d >= len(p) || p[d] != ' ' {
		return false
	}
	i := d + 1
	r, n := utf8.DecodeRuneInString(p[i:])
	if !unicode.IsUpper(r) {
		return false
	}
	i += n
	lowers := func(i int) int {
		for i < len(p) {
			r, n := utf8.DecodeRuneInString(p[i:])
			if !unicode.IsLower(r) {
				break
			}
			i += n
		}
		return i
	}
	j := lowers(i)
	if j == i {
		return false
	}
	i = j
	if i < len(p) && (p[i] == ' ' || p[i] == '-') {
		k := i + 1
		if r, n := utf8.DecodeRuneInString(p[k:]); unicode.IsUpper(r) {
			k += n
		}
		if e := lowers(k); e > k {
			i = e
		}
	}
	if i < len(p) && strings.HasPrefix(p[i:], ", ") {
		k := i + 2
		r, n := utf8.DecodeRuneInString(p[k:])
		if unicode.IsUpper(r) {
			k += n
			e := k
			for e < len(p) {
				r, n := utf8.DecodeRuneInString(p[e:])
				if !unicode.IsLetter(r) {
					break
				}
				e += n
			}
			if e > k {
				i = e
			}
		}
	}
	return i == len(p)
}

// --- separators in an entry's header line

// separatorAt matches, at i, one of: a dash, bar, middle dot or bullet
// between spaces; " - "; tabs; three or more spaces; (words) " at ", " en ",
// " bei "… before a capital or a digit, or " @ "; a bar with optional
// spaces. It returns the end of the match, or -1.
func separatorAt(s string, i int, words bool) int {
	ws := spaceRun(s, i)
	if ws > i && ws < len(s) {
		r, n := utf8.DecodeRuneInString(s[ws:])
		switch r {
		case '–', '—', '|', '·', '•', '◆', '▪', '‣', '-':
			if e := spaceRun(s, ws+n); e > ws+n {
				return e
			}
		}
	}
	if s[i] == '\t' {
		j := i
		for j < len(s) && s[j] == '\t' {
			j++
		}
		return j
	}
	if ws-i >= 3 {
		return ws
	}
	if ws > i {
		if words {
			for _, w := range []string{"at", "@", "en", "bei", "chez", "na", "no"} {
				if strings.HasPrefix(s[ws:], w) {
					if e := spaceRun(s, ws+len(w)); e > ws+len(w) && e < len(s) {
						if r, n := utf8.DecodeRuneInString(s[e:]); unicode.IsUpper(r) || isDigitRE(s[e]) {
							return e + n
						}
					}
				}
			}
		} else if strings.HasPrefix(s[ws:], "@") {
			if e := spaceRun(s, ws+1); e > ws+1 {
				return e
			}
		}
	}
	if ws < len(s) && s[ws] == '|' {
		return spaceRun(s, ws+1)
	}
	return -1
}

// findSeparators returns the spans of the separators in s, left to right.
func findSeparators(s string, words bool) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if e := separatorAt(s, i, words); e > 0 {
			out = append(out, [2]int{i, e})
			i = e
			continue
		}
		i++
	}
	return out
}

// --- degrees

// dpart is one step of a degree pattern: one of alts (compared under (?i)),
// optional when opt; dot is `\.?` and space `\s?`; letters is the
// (-[a-zäöü]+)? after "diplom".
type dpart struct {
	alts    []string
	opt     bool
	letters bool
}

var (
	dot   = dpart{alts: []string{"."}, opt: true}
	space = dpart{alts: []string{" ", "\t", "\n", "\f", "\r"}, opt: true}
)

func lit(s ...string) dpart { return dpart{alts: s} }

// abbrev spells "m.b.a." as m\.?\s?b\.?\s?a\.? : letters with optional dots
// and single spaces between; a letter ending in "?" is optional.
func abbrev(letters ...string) []dpart {
	var ps []dpart
	for i, l := range letters {
		if i > 0 {
			ps = append(ps, space)
		}
		opt := strings.HasSuffix(l, "?")
		ps = append(ps, dpart{alts: []string{strings.TrimSuffix(l, "?")}, opt: opt}, dot)
	}
	return ps
}

// degreePatterns are the degree names a piece of an education entry may
// start with, in the order they are tried.
var degreePatterns = func() [][]dpart {
	ofWhat := []string{}
	for _, f := range []string{"science", "arts", "engineering", "business administration", "fine arts", "laws", "education",
		"philosophy", "applied science", "technology", "nursing", "music", "commerce"} {
		ofWhat = append(ofWhat, " of "+f)
	}
	words := func(ws ...string) [][]dpart {
		var out [][]dpart
		for _, w := range ws {
			out = append(out, []dpart{lit(w)})
		}
		return out
	}
	ps := [][]dpart{
		{lit("bachelor", "master", "doctor", "associate"), {alts: []string{"'s", "’s"}, opt: true},
			{alts: []string{" degree"}, opt: true}, {alts: ofWhat, opt: true}},
		{lit("ph"), dot, space, lit("d"), dot},
		{lit("d"), dot, lit("phil"), dot},
		abbrev("m", "b", "a"), abbrev("b", "s", "c?"), abbrev("b", "a"), abbrev("b", "eng"), abbrev("b", "tech"),
		abbrev("b", "f", "a"), abbrev("b", "b", "a"), abbrev("b", "com"), abbrev("m", "s", "c?"), abbrev("m", "a"),
		abbrev("m", "eng"), abbrev("m", "tech"), abbrev("m", "f", "a"), abbrev("m", "phil"), abbrev("m", "ed"),
		abbrev("ed", "d"), abbrev("j", "d"), abbrev("m", "d"), abbrev("a", "s"), abbrev("a", "a"),
	}
	ps = append(ps, words("bsn", "msn", "dnp", "llb", "llm", "cpa",
		"high school diploma", "diploma", "certificate", "a-levels", "ged",
		"licenciatura", "licenciado", "licenciada", "grado", "máster", "master", "maestría", "doctorado", "ingeniería",
		"técnico superior", "bachillerato", "posgrado", "contador público", "contador pública", "contadora público",
		"contadora pública", "abogado", "abogada", "arquitecto", "arquitecta")...)
	ps = append(ps, []dpart{lit("diplom"), {letters: true, opt: true}})
	ps = append(ps, words("bachelor", "abitur", "staatsexamen", "promotion",
		"licence professionnelle", "licence pro", "master professionnel", "mastère spécialisé", "licence", "maîtrise",
		"doctorat")...)
	ps = append(ps, []dpart{lit("diplôme"), {alts: []string{" d'ingénieur"}, opt: true}})
	ps = append(ps, words("baccalauréat", "bts", "dut",
		"bacharelado", "licenciatura", "mestrado", "doutorado", "tecnólogo", "especialização", "pós-graduação", "mba")...)
	return ps
}()

// degreeEnd matches a degree name at the start of p, followed by a space,
// comma, period or the end: it returns the end of the match (that
// character included).
func degreeEnd(p string) (int, bool) {
	for _, ps := range degreePatterns {
		if e, ok := degreeParts(p, 0, ps); ok {
			return e, true
		}
	}
	return 0, false
}

// degreeParts matches ps at p[i:], the longest way first as greedy
// matching does, then the character after the degree.
func degreeParts(p string, i int, ps []dpart) (int, bool) {
	if len(ps) == 0 {
		if i == len(p) {
			return i, true
		}
		if c := p[i]; isSpaceRE(c) || c == ',' || c == '.' {
			return i + 1, true
		}
		return 0, false
	}
	d, rest := ps[0], ps[1:]
	if d.letters {
		// (-[a-zäöü]+)? under (?i)
		if i < len(p) && p[i] == '-' {
			j := i + 1
			var ends []int
			for j < len(p) {
				r, n := utf8.DecodeRuneInString(p[j:])
				lr := unicode.ToLower(r)
				if !(lr >= 'a' && lr <= 'z' || lr == 'ä' || lr == 'ö' || lr == 'ü' || r == 'K' || r == 'ſ') {
					break
				}
				j += n
				ends = append(ends, j)
			}
			for k := len(ends) - 1; k >= 0; k-- {
				if e, ok := degreeParts(p, ends[k], rest); ok {
					return e, true
				}
			}
		}
		return degreeParts(p, i, rest)
	}
	for _, a := range d.alts {
		if j, ok := foldPrefix(p, i, a); ok {
			if e, ok := degreeParts(p, j, rest); ok {
				return e, true
			}
		}
	}
	if d.opt {
		return degreeParts(p, i, rest)
	}
	return 0, false
}

// foldPrefix matches word (lower-case) at s[i:] under (?i), returning its
// end.
func foldPrefix(s string, i int, word string) (int, bool) {
	e := textmatch.FoldAt(s, i, word)
	return e, e >= 0
}
