package parse

import (
	"fmt"
	"strings"
	"unicode"
)

// findContact records the first email and phone found on a line. Outside the
// header block (strict) a phone must look international or be long enough
// not to be some other number.
func findContact(r *Resume, text string, ref Ref) {
	if r.Basics.Email == "" {
		if m := findEmails(text); len(m) > 0 {
			r.Basics.Email = text[m[0][0]:m[0][1]]
			r.Meta.ResumeScore.Provenance["basics.email"] = ref
		}
	}
	if r.Basics.Phone == "" {
		if p := findPhone(text); p != "" {
			r.Basics.Phone = p
			r.Meta.ResumeScore.Provenance["basics.phone"] = ref
		}
	}
}

// findPhone returns the first phone number in text, or "".
func findPhone(text string) string {
	text = replaceSpans(text, findEmails(text), " ")
	text = replaceSpans(text, findURLs(text), " ")
	for _, sp := range findPhones(text) {
		m := strings.TrimSpace(text[sp[0]:sp[1]])
		m = strings.TrimRight(m, "(-./ ")
		d := digits(m)
		if d < 7 || d > 15 || looksLikeDateRange(m) || strings.Count(m, "/") > 0 && !strings.HasPrefix(m, "+") || looksLikeIdentifier(m) {
			continue
		}
		// A US ZIP code printed before the number: "78704 512.555.0164".
		if d > 10 && !strings.HasPrefix(m, "+") {
			if first, rest, ok := strings.Cut(m, " "); ok && len(first) == 5 && digits(first) == 5 && first[0] != '0' && digits(rest) == 10 {
				m = strings.TrimSpace(rest)
			}
		}
		// Balanced parentheses only.
		if strings.Count(m, "(") != strings.Count(m, ")") {
			m = strings.Trim(m, "()")
		}
		return m
	}
	return ""
}

// looksLikeIdentifier rejects numbers that are not phones: "2023.1234"
// (an arXiv number), "10.1145/…" (a DOI) — digit runs joined by a single dot.
func looksLikeIdentifier(s string) bool {
	if strings.ContainsAny(s, " -()+") {
		return false
	}
	return strings.Count(s, ".") == 1
}

func digits(s string) int {
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

func looksLikeDateRange(s string) bool { return isYearRange(s) }

// contactSep splits a contact line into its pieces: separators, and icon
// glyphs from private-use fonts (Font Awesome and friends).
func contactPieces(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return r == '|' || r == '·' || r == '•' || r == '◆' || r == '⋄' || r == '\t' || r == '✉' || r == '☎' || r == '✆' ||
			unicode.In(r, unicode.Co) || (r >= 0x1F300 && r <= 0x1FAFF)
	})
}

// readName finds the name: the largest name-shaped line of the header block,
// or, where a sidebar comes first, of the first page.
func readName(r *Resume, header, firstPage []line, heads map[int]bool) {
	at, from := pickName(header, nil), header
	if at < 0 {
		at, from = pickName(firstPage, heads), firstPage
	}
	if at < 0 {
		return
	}
	r.Basics.Name = tidyName(stripCredentials(strings.TrimSpace(from[at].Text)))
	r.Meta.ResumeScore.Provenance["basics.name"] = refOf(from[at])
	if at+1 < len(from) && !heads[at+1] && isLabel(from[at+1].Text) {
		r.Basics.Label = strings.TrimSpace(from[at+1].Text)
		r.Meta.ResumeScore.Provenance["basics.label"] = refOf(from[at+1])
	}
}

// pickName returns the index of the largest name-shaped line, skipping
// headings; the first of equals wins.
func pickName(lines []line, heads map[int]bool) int {
	at := -1
	for i, l := range lines {
		if heads[i] || !looksLikeName(l.Text) {
			continue
		}
		if at < 0 || l.Size > lines[at].Size+0.5 {
			at = i
		}
	}
	return at
}

// readContactLines reads email, phone, links and location from the header
// block or a contact section.
func readContactLines(r *Resume, lines []line) {
	for _, l := range lines {
		ref := refOf(l)
		findContact(r, l.Text, ref)
		findLinks(r, l.Text, ref)
		if r.Basics.Location == nil {
			// Icons may have been the only separators: cut at the email,
			// addresses and phone too.
			t := stripLabels(l.Text)
			t = replaceSpans(t, findEmails(t), "|")
			t = replaceSpans(t, findURLs(t), "|")
			if p := findPhone(t); p != "" {
				t = strings.Replace(t, p, "|", 1)
			}
			for _, p := range contactPieces(t) {
				if loc := readLocation(p); loc != nil {
					r.Basics.Location = loc
					r.Meta.ResumeScore.Provenance["basics.location"] = ref
					break
				}
			}
		}
	}
}

// tidyName joins spaced capitals and trims decoration.
func tidyName(s string) string {
	return strings.Join(strings.Fields(strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })), " ")
}

// isLabel accepts a short tagline under the name ("Senior Backend Engineer").
func isLabel(s string) bool {
	t := strings.TrimSpace(s)
	f := strings.Fields(t)
	if len(f) < 1 || len(f) > 10 || strings.ContainsAny(t, "@") || findPhone(t) != "" || hasURL(t) || isLocation(t) {
		return false
	}
	// A row of a contact table ("Anschrift	Greifswalder Straße 88, 10405
	// Berlin") is no headline.
	if strings.Contains(t, "\t") {
		for _, p := range contactPieces(t) {
			if readLocation(p) != nil {
				return false
			}
		}
	}
	return true
}

// readLocation reads "City, Region" or "City, Country" from a piece.
func readLocation(p string) *Location {
	p = strings.TrimSpace(cutParens(p))
	if !isLocation(p) || strings.EqualFold(p, "remote") {
		return nil
	}
	if street, city, ok := matchStreet(p); ok {
		loc := readLocation(city)
		if loc != nil {
			loc.Address = street
		}
		return loc
	}
	if city, code, ok := matchDashLocation(p); ok {
		return &Location{City: city, Region: code, sep: " – "}
	}
	if isPostcodeFirst(p) {
		code, rest, _ := strings.Cut(p, " ")
		city, country, _ := strings.Cut(rest, ",")
		loc := &Location{City: city, PostalCode: code}
		if c, ok := countryCodes[strings.ToLower(strings.TrimSpace(country))]; ok {
			loc.CountryCode = c
		}
		return loc
	}
	second, postcode, _ := matchLocation(p)
	city, _, _ := strings.Cut(p, ",")
	rest := strings.TrimSpace(second)
	loc := &Location{City: strings.TrimSpace(city), PostalCode: postcode}
	if code, ok := countryCodes[strings.ToLower(rest)]; ok {
		loc.CountryCode = code
	} else {
		loc.Region = rest
	}
	return loc
}

// String renders a location as a résumé prints it: "Austin, TX 78704",
// "10435 Berlin", "Kastanienallee 12, 10435 Berlin", "São Paulo – SP".
func (l *Location) String() string {
	if l == nil {
		return ""
	}
	sep := l.sep
	if sep == "" {
		sep = ", "
	}
	var s string
	switch {
	case l.PostalCode != "" && l.Region == "": // postcode first, as in most of Europe
		s = l.PostalCode + " " + l.City
	default:
		parts := []string{}
		for _, p := range []string{l.City, l.Region} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		s = strings.Join(parts, sep)
		if l.PostalCode != "" {
			s += " " + l.PostalCode
		}
	}
	if l.CountryCode != "" && l.Region == "" && l.PostalCode == "" {
		s += ", " + countryNames[l.CountryCode]
	}
	if l.Address != "" {
		s = l.Address + ", " + s
	}
	return s
}

var countryCodes = map[string]string{}
var countryNames = map[string]string{}

func init() {
	for _, kv := range strings.Fields(`US:usa US:us UK:uk GB:england GB:scotland GB:wales IE:ireland CA:canada MX:mexico MX:méxico
BR:brazil BR:brasil AR:argentina CL:chile CO:colombia PE:peru PE:perú UY:uruguay ES:spain ES:españa DE:germany DE:deutschland
FR:france PT:portugal IT:italy IT:italia NL:netherlands BE:belgium CH:switzerland CH:schweiz CH:suisse AT:austria AT:österreich
PL:poland SE:sweden NO:norway DK:denmark FI:finland TR:türkiye TR:turkey GR:greece IL:israel IN:india CN:china JP:japan
KR:south_korea KR:korea SG:singapore AU:australia NG:nigeria KE:kenya EG:egypt MA:morocco VE:venezuela EC:ecuador BO:bolivia PY:paraguay`) {
		code, name, _ := strings.Cut(kv, ":")
		name = strings.ReplaceAll(name, "_", " ")
		if code == "UK" {
			code = "GB"
		}
		countryCodes[name] = code
		if _, ok := countryNames[code]; !ok {
			countryNames[code] = titleCase(name)
		}
	}
	countryNames["US"], countryNames["GB"] = "USA", "UK"
}

func titleCase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(f, " ")
}

// findLinks records profile and portfolio links printed on a line.
func findLinks(r *Resume, text string, ref Ref) {
	text = replaceSpans(text, findEmails(text), " ")
	for _, sp := range findURLs(text) {
		addLink(r, strings.TrimRight(text[sp[0]:sp[1]], ".,;)"), ref)
	}
}

// readLinkTarget files a link annotation's target: a web address as a
// profile or site, mailto: and tel: as email and phone where none was printed.
func readLinkTarget(r *Resume, uri string, ref Ref) {
	low := strings.ToLower(uri)
	switch {
	case strings.HasPrefix(low, "mailto:"):
		if r.Basics.Email == "" {
			if m := findEmails(uri); len(m) > 0 {
				r.Basics.Email = uri[m[0][0]:m[0][1]]
				r.Meta.ResumeScore.Provenance["basics.email"] = ref
			}
		}
	case strings.HasPrefix(low, "tel:"):
		if r.Basics.Phone == "" {
			if p := findPhone(strings.TrimPrefix(uri[4:], "//")); p != "" {
				r.Basics.Phone = p
				r.Meta.ResumeScore.Provenance["basics.phone"] = ref
			}
		}
	case strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://"):
		if !knownLink(r, uri) {
			addLink(r, uri, ref)
		}
	}
}

// knownLink says whether a printed link already names the same address.
func knownLink(r *Resume, uri string) bool {
	key := linkKey(uri)
	if r.Basics.URL != "" && linkKey(r.Basics.URL) == key {
		return true
	}
	for _, p := range r.Basics.Profiles {
		if linkKey(p.URL) == key {
			return true
		}
	}
	return false
}

// linkKey reduces an address to what identifies it: no scheme, no "www.",
// no trailing slash, lower case.
func linkKey(u string) string {
	u = strings.ToLower(strings.TrimSpace(u))
	for _, p := range []string{"https://", "http://", "www."} {
		u = strings.TrimPrefix(u, p)
	}
	return strings.TrimRight(u, "/")
}

// networks maps a host to the name JSON Resume profiles use.
var networks = map[string]string{
	"linkedin.com": "LinkedIn", "github.com": "GitHub", "gitlab.com": "GitLab", "behance.net": "Behance",
	"dribbble.com": "Dribbble", "twitter.com": "Twitter", "x.com": "X", "medium.com": "Medium",
	"stackoverflow.com": "Stack Overflow", "bitbucket.org": "Bitbucket", "orcid.org": "ORCID", "kaggle.com": "Kaggle",
}

// addLink files a URL as a profile (known network) or as the personal site.
func addLink(r *Resume, u string, ref Ref) {
	host := strings.ToLower(u)
	host = strings.TrimPrefix(strings.TrimPrefix(host, "https://"), "http://")
	host = strings.TrimPrefix(host, "www.")
	h, path, _ := strings.Cut(host, "/")
	for _, p := range r.Basics.Profiles {
		if strings.EqualFold(p.URL, u) {
			return
		}
	}
	if r.Basics.URL != "" && strings.EqualFold(r.Basics.URL, u) {
		return
	}
	if name, ok := networks[h]; ok {
		user := strings.Trim(path, "/")
		user = strings.TrimPrefix(user, "in/")
		user = strings.TrimPrefix(user, "@")
		r.Meta.ResumeScore.Provenance[fmt.Sprintf("basics.profiles[%d]", len(r.Basics.Profiles))] = ref
		r.Basics.Profiles = append(r.Basics.Profiles, Profile{Network: name, Username: user, URL: u})
		return
	}
	if r.Basics.URL == "" {
		r.Basics.URL = u
		r.Meta.ResumeScore.Provenance["basics.url"] = ref
	}
}
