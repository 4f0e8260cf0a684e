package check

import (
	"strconv"
	"strings"

	"github.com/resumescore/resumescore/internal/roles"
)

// Helpers for the contact checks: links printed anywhere in the document,
// phone numbers, where the person lives, and whether the résumé is for a
// technical or design role.

var (
	// linkAll finds a link as résumés print them: with a scheme, with www.,
	// on a known profile host, or a bare domain with a common top-level
	// domain. It mirrors the parser's, so both see the same links.
	// Tokens that look like domains but name technologies.
	notLinks = map[string]bool{"asp.net": true, "vb.net": true, "ado.net": true, "socket.io": true, "dot.net": true, "f#.net": true, "draw.io": true}
)

// docLink is a link printed on a line of the résumé.
type docLink struct {
	Text   string // as printed, trailing punctuation removed
	Host   string // lower case, without scheme and www.
	Path   string // after the host, without the leading slash
	Scheme bool   // printed with http:// or https://
	WWW    bool   // printed with www.
	Ev     Evidence
}

// docLinks returns every link printed in the document, in reading order. A
// bare domain with neither scheme, www. nor a profile host ("janedoe.dev")
// counts only in the header: elsewhere it is more often a tool's name
// ("Draw.io", "Monday.com") than a link.
func docLinks(in *Input) []docLink {
	m := in.m()
	if !m.linksDone {
		m.linksDone = true
		m.links = readLinks(in)
	}
	return capped(m.links)
}

func readLinks(in *Input) []docLink {
	var out []docLink
	lines := in.lines()
	header := map[[2]int]bool{}
	for _, l := range in.header() {
		header[[2]int{l.Page, l.Number}] = true
	}
	for _, l := range lines {
		t := l.facts()
		if !mayHoldLink(l.Text) {
			continue
		}
		text := l.Text
		if strings.IndexByte(text, '@') >= 0 {
			text = blankEmails(text)
			if text != l.Text && !mayHoldLink(text) {
				continue // the address held the only dot a link needs
			}
		}
		lt := t
		if text != l.Text {
			lt = newText(text)
		}
		for _, loc := range linkAll(lt) {
			m := strings.TrimRight(text[loc[0]:loc[1]], ".,;:")
			if notLinks[strings.ToLower(m)] || strings.HasPrefix(text[loc[1]:], "](") {
				continue // a technology's name, or a Markdown link's text (its target follows)
			}
			k := docLink{Text: m, Ev: l.evidence()}
			low := strings.ToLower(m)
			if rest, ok := strings.CutPrefix(low, "https://"); ok {
				low, k.Scheme = rest, true
			} else if rest, ok := strings.CutPrefix(low, "http://"); ok {
				low, k.Scheme = rest, true
			}
			if rest, ok := strings.CutPrefix(low, "www."); ok {
				low, k.WWW = rest, true
			}
			k.Host, k.Path, _ = strings.Cut(low, "/")
			if !k.Scheme && !k.WWW && !profileHosts[k.Host] && !header[[2]int{l.Page, l.Number}] {
				continue
			}
			out = append(out, k)
		}
	}
	return out
}

// isLinkedIn says whether a link points at LinkedIn.
func (k docLink) isLinkedIn() bool {
	return k.Host == "linkedin.com" || strings.HasSuffix(k.Host, ".linkedin.com")
}

// socialHosts are links that show a person, not their work.
var socialHosts = map[string]bool{"linkedin.com": true, "facebook.com": true, "instagram.com": true, "twitter.com": true,
	"x.com": true, "tiktok.com": true, "xing.com": true, "t.me": true, "wa.me": true}

// workHosts show work itself: code, notebooks, designs.
var workHosts = map[string]bool{"github.com": true, "gitlab.com": true, "bitbucket.org": true, "kaggle.com": true,
	"stackoverflow.com": true, "huggingface.co": true, "codepen.io": true, "behance.net": true, "dribbble.com": true,
	"npmjs.com": true, "pypi.org": true, "orcid.org": true, "scholar.google.com": true}

// isPortfolio says whether a link shows your work: a code host, a design
// host or a site of your own (anything but a social network).
func (k docLink) isPortfolio() bool {
	h := strings.TrimPrefix(k.Host, "m.")
	if workHosts[h] {
		return true
	}
	for s := range socialHosts {
		if h == s || strings.HasSuffix(h, "."+s) {
			return false
		}
	}
	return true
}

// nanp holds the countries of the North American Numbering Plan that the
// location reader knows: a number there needs no +1 to be dialled at home.
var nanp = map[string]bool{"US": true, "CA": true}

// regionCountry maps the region codes the parser accepts to their country.
var regionCountry = func() map[string]string {
	m := map[string]string{}
	for _, r := range strings.Fields(`al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr usa us`) {
		m[r] = "US"
	}
	for _, r := range strings.Fields(`on qc bc ab mb sk ns nb nl pe`) {
		m[r] = "CA"
	}
	for _, r := range strings.Fields(`sp rj mg rs ba df`) {
		m[r] = "BR"
	}
	for _, r := range strings.Fields(`nsw vic qld`) {
		m[r] = "AU"
	}
	m["cdmx"], m["uk"] = "MX", "GB"
	return m
}()

// homeCountry returns the ISO code of the country in the résumé's location,
// when the parser read one.
func homeCountry(in *Input) (string, bool) {
	loc := in.Resume.Basics.Location
	if loc == nil {
		return "", false
	}
	if loc.CountryCode != "" {
		return strings.ToUpper(loc.CountryCode), true
	}
	if c, ok := regionCountry[strings.ToLower(strings.TrimSpace(loc.Region))]; ok {
		return c, true
	}
	return "", false
}

// abroadWords finds a statement that the person applies across borders:
// `(?i)\b(?:open to relocat\w*|willing to relocate|relocating to|relocation|visa sponsorship|work permit|applying (?:abroad|internationally)|international (?:candidate|applicant)|available (?:internationally|worldwide)|remote worldwide|umzugsbereit|disponible para reubicaci[óo]n|mobilit[ée] internationale)\b`.
var abroadWords = newLitSet(`\bopen to relocat`, `\bwilling to relocate\b`, `\brelocating to\b`, `\brelocation\b`, `\bvisa sponsorship\b`, `\bwork permit\b`,
	`\bapplying abroad\b`, `\bapplying internationally\b`, `\binternational candidate\b`, `\binternational applicant\b`, `\bavailable internationally\b`,
	`\bavailable worldwide\b`, `\bremote worldwide\b`, `\bumzugsbereit\b`, `\bdisponible para reubicación\b`, `\bdisponible para reubicacion\b`,
	`\bmobilité internationale\b`, `\bmobilite internationale\b`)

// phoneNumber is a printed phone number taken apart.
type phoneNumber struct {
	Intl     bool   // printed with + or 00
	Country  string // calling code, when printed and known
	National string // digits after the calling code (trunk "(0)" dropped)
	Digits   string // every digit as printed
}

// callingCodes maps the calling codes we know to the length range of the
// national number after them (ITU-T E.164 national plans, common cases).
var callingCodes = map[string][2]int{
	"1": {10, 10}, "7": {10, 10}, "20": {9, 10}, "27": {9, 9}, "30": {10, 10}, "31": {9, 9}, "32": {8, 9},
	"33": {9, 9}, "34": {9, 9}, "36": {8, 9}, "39": {6, 11}, "40": {9, 9}, "41": {9, 9}, "43": {4, 13},
	"44": {9, 10}, "45": {8, 8}, "46": {7, 9}, "47": {8, 8}, "48": {9, 9}, "49": {6, 13}, "51": {8, 9},
	"52": {10, 10}, "54": {10, 11}, "55": {10, 11}, "56": {9, 9}, "57": {10, 10}, "58": {10, 10},
	"60": {8, 10}, "61": {9, 9}, "62": {8, 12}, "63": {10, 10}, "64": {8, 10}, "65": {8, 8}, "66": {8, 9},
	"81": {9, 10}, "82": {8, 10}, "84": {9, 10}, "86": {10, 11}, "90": {10, 10}, "91": {10, 10}, "92": {9, 10},
	"212": {9, 9}, "233": {9, 9}, "234": {8, 10}, "254": {9, 9}, "351": {9, 9}, "353": {7, 9}, "358": {6, 10},
	"420": {9, 9}, "593": {8, 9}, "598": {8, 8}, "880": {10, 10}, "961": {7, 8}, "966": {9, 9}, "971": {8, 9}, "972": {8, 9},
}

// readPhone takes a printed phone number apart.
func readPhone(s string) phoneNumber {
	var p phoneNumber
	t := strings.TrimSpace(s)
	t = strings.ReplaceAll(t, "(0)", "")
	for _, c := range t {
		if c >= '0' && c <= '9' {
			p.Digits += string(c)
		}
	}
	switch {
	case strings.HasPrefix(t, "+") || strings.HasPrefix(t, "(+"):
		p.Intl = true
	case strings.HasPrefix(p.Digits, "00") && len(p.Digits) > 9:
		p.Intl = true
		p.Digits = p.Digits[2:]
	}
	if !p.Intl {
		p.National = p.Digits
		return p
	}
	for n := 1; n <= 3 && n < len(p.Digits); n++ {
		if _, ok := callingCodes[p.Digits[:n]]; ok {
			p.Country, p.National = p.Digits[:n], p.Digits[n:]
			return p
		}
	}
	p.National = p.Digits
	return p
}

// problem says what is wrong with a phone number, or "" when it looks
// complete; home is the country of the résumé's location, if known.
func (p phoneNumber) problem(home string) string {
	n := len(p.National)
	switch {
	case p.Intl && p.Country != "":
		r := callingCodes[p.Country]
		if n < r[0] || n > r[1] {
			want := itoaRange(r)
			return "a +" + p.Country + " number has " + want + " digits after the country code; this one has " + itoaRange([2]int{n, n})
		}
	case p.Intl:
		if len(p.Digits) < 8 || len(p.Digits) > 15 {
			return "an international number has 8 to 15 digits; this one has " + itoaRange([2]int{len(p.Digits), len(p.Digits)})
		}
	case nanp[home]:
		if !(n == 10 || n == 11 && p.National[0] == '1') {
			return "a North American number has 10 digits; this one has " + itoaRange([2]int{n, n})
		}
	default:
		if n < 7 || n > 12 {
			return "this number has " + itoaRange([2]int{n, n}) + " digits, too " + map[bool]string{true: "few", false: "many"}[n < 7] + " for a phone number"
		}
	}
	return ""
}

func itoaRange(r [2]int) string {
	if r[0] == r[1] {
		return strconv.Itoa(r[0])
	}
	return strconv.Itoa(r[0]) + " to " + strconv.Itoa(r[1])
}

// techTerms are tools and languages that mark a technical résumé. A local
// heuristic until role profiles decide which roles expect a code link.
var techTerms = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`go golang python java javascript typescript c c++ c# rust ruby php kotlin swift scala
	elixir haskell perl r matlab sql nosql react angular vue svelte next.js node node.js nodejs django flask fastapi spring
	rails laravel .net kubernetes docker terraform ansible aws gcp azure linux git graphql grpc rest postgresql postgres
	mysql mongodb redis kafka spark hadoop airflow tensorflow pytorch pandas numpy scikit-learn html css sass webpack
	jenkins ci/cd microservices bash shell unity unreal solidity android ios flutter snowflake dbt bigquery`) {
		techTerms[t] = true
	}
}

var (
	techTitleWords = newLitSet(`\bdeveloper\b`, `\bprogrammer\b`, `\bdevops\b`, `\bsre\b`, `\bsite reliability\b`, `\bdata scientist\b`,
		`\bentwickler`, `\bdesarrollador`, `\bdéveloppeu`, `\bdeveloppeu`, `\bdesenvolvedor`)
	techEngineerHeads = []string{"software", "backend", "back-end", "frontend", "front-end", "full-stack", "full stack", "fullstack", "web", "mobile", "ios", "android",
		"data", "ml", "machine learning", "ai", "cloud", "platform", "infrastructure", "security", "qa", "test", "game"}
	designTitleWords = newLitSet(`\bdesigner\b`, `\bux\b`, `\bui\b`, `\billustrator\b`, `\bart director\b`, `\banimator\b`, `\bmotion\b`, `\bgraphic\b`,
		`\bphotographer\b`, `\bdiseñador`, `\bgestalter`)
)

// techTitle says whether titles name a technical role, as
// `(?i)\b(?:developer|programmer|devops|sre|site reliability|(?:software|backend|back-end|frontend|front-end|full[- ]?stack|web|mobile|ios|android|data|ml|machine learning|ai|cloud|platform|infrastructure|security|qa|test|game)\s+engineer|data scientist|entwickler\w*|desarrollador\w*|d[ée]veloppeu\w*|desenvolvedor\w*)\b`
// does. (A literal followed by \w*\b needs nothing more after it: the word
// run it starts ends at a boundary.)
func techTitle(s string) bool {
	if techTitleWords.matchString(s) {
		return true
	}
	return wordStarts(s, firstBytes(techEngineerHeads...), func(i int) bool {
		return foldAny(s, i, techEngineerHeads, func(e int) bool {
			if !isSpaceRE(byteAt2(s, e)) {
				return false
			}
			f := foldAt(s, skipSpaces(s, e), "engineer")
			return f >= 0 && boundaryAt(s, f)
		})
	})
}

// designTitle: `(?i)\b(?:designer|ux|ui|illustrator|art director|animator|motion|graphic|photographer|diseñador\w*|gestalter\w*|designer)\b`
func designTitle(s string) bool { return designTitleWords.matchString(s) }

// workLinkRole says whether the résumé is for a role where a link to your
// work is expected: "tech" (code), "design" (a portfolio) or "". A role
// profile given or detected decides by its family; with the general profile
// a local heuristic reads the titles and the skills list.
func workLinkRole(in *Input) string {
	if in.Role != nil && in.Role.ID != roles.Fallback {
		switch in.Role.Family {
		case "tech", "data":
			return "tech"
		case "design":
			return "design"
		}
		return ""
	}
	res := in.Resume
	titles := res.Basics.Label
	for _, w := range res.Work {
		titles += " | " + w.Position
	}
	if designTitle(res.Basics.Label) || len(res.Work) > 0 && designTitle(res.Work[0].Position) {
		return "design"
	}
	if techTitle(titles) {
		return "tech"
	}
	seen := map[string]bool{}
	for _, s := range res.SkillNames() {
		if k := strings.ToLower(strings.TrimSpace(s)); techTerms[k] {
			seen[k] = true
		}
	}
	if len(seen) >= 3 {
		return "tech"
	}
	return ""
}

// emailSpans returns where email addresses stand in s, as
// FindAllStringIndex of
// `[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`
// (contactEmailRe in oracle_test.go) would.
func emailSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !emailLocal(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && emailLocal(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '@' {
			if e := emailDomainEnd(s, j+1); e >= 0 {
				out = append(out, [2]int{i, e})
				i = e
				continue
			}
		}
		i = j
	}
	return out
}

func emailLocal(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func emailLabel(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

// emailDomainEnd matches the domain from i: labels joined by dots, the
// match ending after the letters that open the last label that opens with
// two or more letters (the expression's backtracking); -1 when none does.
func emailDomainEnd(s string, i int) int {
	j := i
	for j < len(s) && emailLabel(s[j]) {
		j++
	}
	if j == i {
		return -1
	}
	end := -1
	for j < len(s) && s[j] == '.' && j+1 < len(s) && emailLabel(s[j+1]) {
		k := j + 1
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z') {
			k++
		}
		if k-(j+1) >= 2 {
			end = k
		}
		for k < len(s) && emailLabel(s[k]) {
			k++
		}
		j = k
	}
	return end
}

// blankEmails replaces each address in s with spaces of its length.
func blankEmails(s string) string {
	sp := emailSpans(s)
	if len(sp) == 0 {
		return s
	}
	b := []byte(s)
	for _, m := range sp {
		for k := m[0]; k < m[1]; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}

// emailsToSpace replaces each address in s with one space.
func emailsToSpace(s string) string {
	sp := emailSpans(s)
	if len(sp) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range sp {
		b.WriteString(s[last:m[0]])
		b.WriteByte(' ')
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// mayHoldLink says whether s holds what every link needs: a scheme's "://",
// or a dot with something other than white space after it ("www.x",
// "x.com"), which the dot that ends a sentence has not.
func mayHoldLink(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.':
			if i+1 < len(s) && !isSpaceByte(s[i+1]) {
				return true
			}
		case ':':
			if strings.HasPrefix(s[i+1:], "//") {
				return true
			}
		}
	}
	return false
}
