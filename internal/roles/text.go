package roles

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/bloom"
)

// squash is the loose key two spellings of one term share: lower case, without spaces, hyphens,
// underscores, slashes or inner dots ("Node.js", "node js", "NodeJS" → "nodejs"; ".NET" keeps its
// leading dot). scripts/genroles uses the same function.
func squash(s string) string { return LooseKey(s) }

// LooseKey is squash, exported for the generator in scripts/genroles, so
// that data and lookups agree by construction.
func LooseKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range s {
		switch r {
		case ' ', '-', '_', '/', '\t':
			continue
		case '.':
			if i == 0 {
				b.WriteRune(r)
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// lowerKey is the exact key of a term: lower case with single spaces.
func lowerKey(s string) string { return ExactKey(s) }

// ExactKey is lowerKey, exported for scripts/genroles.
func ExactKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// token is one word of free text, with its place in the text.
type token struct {
	text       string // as written, trimmed
	lower      string
	start, end int // byte offsets
}

// wordRune says whether r can be part of a token: letters, digits and the symbols technology
// names carry (C++, C#, Node.js, AT&T, O'Reilly).
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' || r == '#' || r == '.' || r == '&' || r == '\'' || r == '_' || r == '’'
}

// tokenize splits text into tokens. Hyphens and slashes separate tokens ("CI/CD" → ci, cd;
// "scikit-learn" → scikit, learn), and terms are indexed the same way, so they still match.
func tokenize(s string) []token {
	return appendTokens(make([]token, 0, len(s)/6+1), s)
}

// appendTokens appends the tokens of s to toks (Find passes a buffer on its
// stack).
func appendTokens(toks []token, s string) []token {
	// The text is lower-cased once, and each token's lower form is a slice
	// of it: no allocation per token.
	low := lowerAligned(s)
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf && !asciiWord[c] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if !wordRune(r) {
				break
			}
			j += n
		}
		if t, ok := trimToken(s, low, i, j); ok {
			toks = append(toks, t)
		}
		i = j
	}
	return toks
}

// asciiWord is wordRune for ASCII bytes.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = wordRune(rune(c))
	}
	return t
}()

// lowerAligned is strings.ToLower(s) when every rune's lower case is as
// long as the rune, so that byte offsets into s hold in the result, and ""
// otherwise (then each token is lower-cased on its own). A bullet or an
// accented letter keeps its length; a few letters, such as 'İ', and bytes
// that are not UTF-8 do not.
func lowerAligned(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var buf [256]byte // most lines fit: then only the string is allocated
	b := buf[:0]
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		l := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(l) != n {
			return ""
		}
		b = utf8.AppendRune(b, l)
		i += n
	}
	return string(b)
}

// trimToken cuts sentence punctuation and possessives from a raw token: "Go." → Go,
// "Python's" → Python, "'quoted'" → quoted; a leading dot stays before a letter (.NET).
func trimToken(s, low string, i, j int) (token, bool) {
	trimEnd := func() {
		for j > i {
			switch {
			case s[j-1] == '.' || s[j-1] == '\'':
				j--
			case strings.HasSuffix(s[i:j], "’"):
				j -= len("’")
			default:
				return
			}
		}
	}
	trimEnd()
	if t := s[i:j]; len(t) > 2 && strings.HasSuffix(t, "'s") {
		j -= 2
	} else if len(t) > len("’s") && strings.HasSuffix(t, "’s") {
		j -= len("’s")
	}
	trimEnd()
	for i < j {
		switch {
		case s[i] == '\'':
			i++
		case s[i] == '.' && (i+1 >= j || !isLetter(s[i+1])):
			i++
		case strings.HasPrefix(s[i:j], "’"):
			i += len("’")
		default:
			goto done
		}
	}
done:
	if i >= j {
		return token{}, false
	}
	t := s[i:j]
	if low != "" {
		return token{text: t, lower: low[i:j], start: i, end: j}, true
	}
	return token{text: t, lower: strings.ToLower(t), start: i, end: j}, true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func joinLower(toks []token) string {
	if len(toks) == 1 {
		return toks[0].lower
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.lower)
	}
	return b.String()
}

// Mention is a skill or technology found in free text.
type Mention struct {
	Term       string `json:"term"` // canonical name
	Text       string `json:"text"` // as written
	Start, End int    // byte offsets of Text in the input
}

// Find returns the known skills and technologies named in text, in order, each with its
// canonical name: "Built services in golang on k8s" → Go, Kubernetes. The longest known phrase
// wins ("Ruby on Rails" over "Ruby"), and words that are also plain English ("go", "rest",
// "excel") count only when written as the technology is (Go, REST, Excel).
func Find(text string) []Mention {
	return load().find(text)
}

func (r *registry) find(text string) []Mention {
	var tokBuf [32]token // most lines have fewer: no allocation for them
	toks := appendTokens(tokBuf[:0], text)
	var out []Mention
	var keyBuf, looseBuf [64]byte // phrases are short: no allocation
	key, loose := keyBuf[:0], looseBuf[:0]
	for i := 0; i < len(toks); {
		// Lengthen the phrase one token at a time while some key still
		// starts with it; the longest phrase that is a key wins.
		matched, canon := 0, ""
		key, loose = key[:0], loose[:0]
		hk, hl := bloom.Offset, bloom.Offset // FNV-1a of key and loose, extended as they grow
		for n := 1; n <= r.maxWords && i+n <= len(toks); n++ {
			k := i + n - 1
			if n > 1 {
				key = append(key, ' ')
				hk = bloom.Extend(hk, " ")
			}
			key = append(key, toks[k].lower...)
			hk = bloom.Extend(hk, toks[k].lower)
			was := len(loose)
			loose = appendSquash(loose, toks[k].lower, n == 1)
			hl = bloom.Extend(hl, loose[was:])
			// One lookup when the loose key is the exact one (most words),
			// none when the filter knows neither.
			var kb, lb uint8
			if r.filter.May(hk) {
				kb = r.prefixes[string(key)]
			}
			if string(loose) == string(key) {
				lb = kb
			} else if r.filter.May(hl) {
				lb = r.prefixes[string(loose)]
			}
			exactOpen := kb&phrasePrefix != 0
			looseOpen := n <= 3 && lb&loosePrefix != 0
			if !exactOpen && !looseOpen {
				break
			}
			c, ok := "", false
			if kb&phraseKey != 0 {
				c, ok = r.phrases[string(key)]
			}
			if !ok && looseOpen && lb&looseKey != 0 {
				c, ok = r.loose[string(loose)]
			}
			if !ok {
				continue
			}
			if n == 1 {
				if want, cs := r.caseSens[toks[i].lower]; cs && toks[i].text != want {
					continue
				}
			}
			matched, canon = n, c
		}
		if matched == 0 {
			i++
			continue
		}
		out = append(out, Mention{Term: canon, Text: text[toks[i].start:toks[i+matched-1].end], Start: toks[i].start, End: toks[i+matched-1].end})
		i += matched
	}
	return out
}

func appendSquash(b []byte, s string, first bool) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ' ', '-', '_', '/', '\t':
			continue
		case '.':
			if first && i == 0 && len(b) == 0 {
				b = append(b, c)
			}
			continue
		}
		b = append(b, c)
	}
	return b
}

// Terms returns the distinct canonical skills named in text, in order of first mention.
func Terms(text string) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range Find(text) {
		if !seen[m.Term] {
			seen[m.Term] = true
			out = append(out, m.Term)
		}
	}
	return out
}

// GroupCoverage says which of a group's keywords a text names.
type GroupCoverage struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Required bool     `json:"required,omitempty"`
	Found    []string `json:"found"`
	Missing  []string `json:"missing"`
}

// Coverage is how much of a profile's keyword list a text names.
type Coverage struct {
	Groups          []GroupCoverage `json:"groups"`
	Found           []string        `json:"found"`
	Missing         []string        `json:"missing"`
	RequiredMissing []string        `json:"requiredMissing"` // ids of required groups with nothing found
}

// Coverage reports which of the profile's keywords text names, group by group.
func (p *Profile) Coverage(text string) Coverage {
	found := map[string]bool{}
	for _, m := range Find(text) {
		found[m.Term] = true
	}
	return p.CoverageOf(found)
}

// CoverageOf is Coverage for a set of canonical terms already found.
func (p *Profile) CoverageOf(found map[string]bool) Coverage {
	c := Coverage{Found: []string{}, Missing: []string{}, RequiredMissing: []string{}}
	for _, g := range p.KeywordGroups {
		gc := GroupCoverage{ID: g.ID, Name: g.Name, Required: g.Required, Found: []string{}, Missing: []string{}}
		for _, k := range g.Keywords {
			if found[k] {
				gc.Found = append(gc.Found, k)
			} else {
				gc.Missing = append(gc.Missing, k)
			}
		}
		c.Found = append(c.Found, gc.Found...)
		c.Missing = append(c.Missing, gc.Missing...)
		if g.Required && len(gc.Found) == 0 {
			c.RequiredMissing = append(c.RequiredMissing, g.ID)
		}
		c.Groups = append(c.Groups, gc)
	}
	return c
}

// MetricsIn returns the ids of the profile's metrics that text carries, in the profile's order:
// "Cut p99 latency from 900 ms to 120 ms" → latency.
func (p *Profile) MetricsIn(text string) []string { return p.MetricsInLower(strings.ToLower(text)) }

// MetricsInLower is MetricsIn on text already lower-cased (strings.ToLower).
// It looks at each byte of the text once, trying only the patterns that
// start with that byte, instead of searching the text once per pattern.
func (p *Profile) MetricsInLower(lower string) []string {
	var found [maxMetrics]bool
	n := 0
	for i := 0; i < len(lower) && n < len(p.Metrics); i++ {
		c := lower[i]
		// Inside a word of ASCII letters only a pattern that starts with
		// something else (%, $) can stand apart.
		inWord := i > 0 && lower[i-1] >= 'a' && lower[i-1] <= 'z'
		for _, mp := range p.metricPats[p.metricAt[c]:p.metricAt[int(c)+1]] {
			if inWord && mp.alnumFirst {
				continue
			}
			if !found[mp.metric] && strings.HasPrefix(lower[i:], mp.pat) && wordAt(lower, i, mp.pat) {
				found[mp.metric] = true
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for i, m := range p.Metrics {
		if found[i] {
			out = append(out, m.ID)
		}
	}
	return out
}

// wordAt reports whether pat, found at s[i:], stands apart from the letters
// around it: "ms" matches "120ms" and "120 ms" but not "terms"; "tb"
// matches "4TB" but not "tbd".
func wordAt(s string, i int, pat string) bool {
	first, _ := utf8.DecodeRuneInString(pat)
	last, _ := utf8.DecodeLastRuneInString(pat)
	if isAlnum(first) && i > 0 {
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(prev) {
			return false
		}
	}
	if isAlnum(last) && i+len(pat) < len(s) {
		next, _ := utf8.DecodeRuneInString(s[i+len(pat):])
		return !unicode.IsLetter(next) && !unicode.IsDigit(next)
	}
	return true
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
