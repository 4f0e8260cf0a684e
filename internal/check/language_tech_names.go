package check

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/resumescore/resumescore/internal/check/lexicon"
)

var _ = register(&Check{
	ID:       "language.tech-names",
	Category: Language,
	Title:    "Technology names are spelt the way their makers spell them",
	Why:      "“Javascript” or “Github” tells a technical reader you have not looked closely; some ATS keyword matchers also miss the wrong form.",
	Fix:      "Write each name as its makers do: JavaScript, GitHub, PostgreSQL, Node.js, TypeScript, MongoDB.",
	Before:   "Skills: Javascript, Typescript, Nodejs, Postgres, Github",
	After:    "Skills: JavaScript, TypeScript, Node.js, PostgreSQL, GitHub",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		return scan(docLines(in), techMisspellings, 3, 0.15,
			"Technology names are spelt as their makers spell them.",
			func(hits []string, lines int) string {
				return plural(len(hits), "technology name is", "technology names are") + " spelt wrong: " + quoteList(hits, 5) + "."
			})
	},
})

// techName is a technology's canonical spelling.
type techName struct {
	name    string
	nolower bool // the all-lowercase form is an English word
}

var (
	techByKey   = map[string]techName{} // techKey → canonical
	techAliases = map[string]string{}   // misspelling as written → canonical
)

func init() {
	for _, l := range lexicon.Lines("tech") {
		if wrong, right, ok := strings.Cut(l, ">"); ok {
			techAliases[wrong] = right
			continue
		}
		name, flags, _ := strings.Cut(l, "|")
		if strings.HasPrefix(name, ".") {
			continue // ".NET" would key as "net": found through its aliases only
		}
		techByKey[techKey(name)] = techName{name: name, nolower: strings.Contains(flags, "nolower")}
	}
}

// techKey folds a name for comparison: lower case, without dots, hyphens,
// spaces and underscores ("Node.js", "NodeJS", "node js" → "nodejs").
func techKey(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case '.', '-', ' ', '_':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

var (
	urlish   = regexp.MustCompile(`(?i)@|://|www\.`)
	schemeRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:\S`) // javascript:…, mailto:…
	domainRe = regexp.MustCompile(`(?i)\.(?:com|org|net|io|dev|ai|co|me|app|edu|gov)(?:/|$)`)
)

// isURL says whether a chunk of text is a web or mail address ("ASP.NET" is
// not, "github.com/jane" is).
func isURL(chunk string) bool {
	if urlish.MatchString(chunk) {
		return true
	}
	if !domainRe.MatchString(chunk) {
		return false
	}
	c := strings.TrimRight(chunk, ".,;:)")
	if strings.Contains(c, "/") {
		return true
	}
	_, known := techByKey[techKey(c)]
	return !known
}

// techTokens splits a line into candidate names, with whether each is
// followed by a single space (so that two may form one name: "Power BI").
func techTokens(line string) (toks []string, spaced []bool) {
	for _, chunk := range strings.Fields(line) {
		if isURL(chunk) || strings.HasSuffix(chunk, ":") || schemeRe.MatchString(chunk) {
			toks = append(toks, "")
			spaced = append(spaced, false)
			continue
		}
		parts := strings.FieldsFunc(chunk, func(r rune) bool {
			return strings.ContainsRune(",;()[]{}|:\"“”!?/", r)
		})
		for i, p := range parts {
			p = strings.TrimSuffix(strings.TrimSuffix(p, "’s"), "'s")
			p = strings.TrimRight(p, ".")
			p = strings.TrimLeft(p, "'‘’")
			toks = append(toks, p)
			last := i == len(parts)-1 && !strings.ContainsAny(chunk[len(chunk)-1:], ",;:)/.")
			spaced = append(spaced, last)
		}
	}
	return toks, spaced
}

// techMisspellings returns "Wrong → Right" for each misspelt technology name
// in text.
func techMisspellings(text string) []string {
	toks, spaced := techTokens(text)
	var out []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == "" {
			continue
		}
		if i+1 < len(toks) && spaced[i] && toks[i+1] != "" {
			two := t + " " + toks[i+1]
			if right, ok := techAliases[two]; ok {
				out = append(out, two+" → "+right)
				i++
				continue
			}
			if n, ok := techByKey[techKey(two)]; ok && hasUpper(two) {
				if two != n.name && !acceptableCasing(two, n) {
					out = append(out, two+" → "+n.name)
				}
				i++
				continue
			}
		}
		if right, ok := techAliases[t]; ok {
			out = append(out, t+" → "+right)
			continue
		}
		if n, ok := techByKey[techKey(t)]; ok && t != n.name && !acceptableCasing(t, n) {
			out = append(out, t+" → "+n.name)
		}
	}
	return out
}

// acceptableCasing allows forms that are not wrong, only different: all
// capitals (a heading, or JIRA-style), all lower case where that is an English
// word, and a capital first letter on a lower-case name at the start of a
// sentence ("Pandas").
func acceptableCasing(t string, n techName) bool {
	letters, upper, lower := 0, 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			} else {
				lower++
			}
		}
	}
	switch {
	case letters > 1 && upper == letters:
		return true
	case lower == letters && n.nolower:
		return true
	case unicode.IsLower([]rune(n.name)[0]) && t == capitalize(n.name):
		return true
	}
	return false
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
