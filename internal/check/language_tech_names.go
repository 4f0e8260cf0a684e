package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/bloom"
	"github.com/resumescore/resumescore/internal/check/lexicon"
)

var checkLanguageTechNames = &Check{
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
		return scanFacts(in, docLines(in), (*textInfo).techNames, 3, 0.15,
			"Technology names are spelt as their makers spell them.",
			func(hits []string, lines int) string {
				return plural(len(hits), "technology name is", "technology names are") + " spelt wrong: " + quoteList(hits, 5) + "."
			})
	},
}

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
func techKey(s string) string { return string(appendTechKey(nil, s)) }

// isURL says whether a chunk of text is a web or mail address ("ASP.NET" is
// not, "github.com/jane" is).
func isURL(chunk string) bool {
	if urlishString(chunk) {
		return true
	}
	if !domainString(chunk) {
		return false
	}
	c := strings.TrimRight(chunk, ".,;:)")
	if strings.Contains(c, "/") {
		return true
	}
	_, known := techLookup(c)
	return !known
}

// techTokens splits a line into candidate names, with whether each is
// followed by a single space (so that two may form one name: "Power BI").
func techTokens(line string) (toks []string, spaced []bool) {
	return appendTechTokens(nil, nil, line)
}

// appendTechTokens is techTokens appending to toks and spaced, so that a
// caller can hand in buffers on its stack.
func appendTechTokens(toks []string, spaced []bool, line string) ([]string, []bool) {
	var partsA [16][2]int
	parts := partsA[:0]
	for i := 0; i < len(line); {
		if i = skipWhite(line, i); i == len(line) {
			break
		}
		// One pass to the end of the field (chunk) cuts it into parts at
		// the separators (strings.FieldsFunc) and notes whether it holds
		// one of @ : . (every web or mail address and every scheme does).
		from := i
		parts = parts[:0]
		start := -1
		url := false
		for i < len(line) {
			c := line[i]
			k := techClass[c]
			if k == 0 { // most bytes: part of a part
				if start < 0 {
					start = i
				}
				i++
				continue
			}
			w, sep := 1, false
			if k&tcHigh == 0 {
				if k&tcSpace != 0 {
					break
				}
				sep = k&tcSep != 0
				url = url || k&tcURL != 0
			} else {
				r, n := utf8.DecodeRuneInString(line[i:])
				if unicode.IsSpace(r) {
					break
				}
				w, sep = n, r == '“' || r == '”'
			}
			if sep {
				if start >= 0 {
					parts = append(parts, [2]int{start - from, i - from})
					start = -1
				}
			} else if start < 0 {
				start = i
			}
			i += w
		}
		chunk := line[from:i]
		if start >= 0 {
			parts = append(parts, [2]int{start - from, len(chunk)})
		}
		if url && (isURL(chunk) || schemeString(chunk)) || chunk[len(chunk)-1] == ':' {
			toks = append(toks, "")
			spaced = append(spaced, false)
			continue
		}
		for k, pr := range parts {
			p := chunk[pr[0]:pr[1]]
			p = strings.TrimSuffix(strings.TrimSuffix(p, "’s"), "'s")
			for len(p) > 0 && p[len(p)-1] == '.' {
				p = p[:len(p)-1]
			}
			if p != "" && (p[0] == '\'' || p[0] == 0xE2) {
				p = strings.TrimLeft(p, "'‘’")
			}
			toks = append(toks, p)
			last := k == len(parts)-1 && !endsInStop(chunk)
			spaced = append(spaced, last)
		}
	}
	return toks, spaced
}

// nextField returns the bounds of the first white-space-separated field of
// s at or after i: strings.Fields one field at a time, without building the
// slice. start == end == len(s) when no field is left.
func nextField(s string, i int) (start, end int) {
	i = skipWhite(s, i)
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf { // ASCII is classed in place
			if asciiSpace[c] {
				break
			}
			j++
			continue
		}
		sp, w := spaceAt(s, j)
		if sp {
			break
		}
		j += w
	}
	return i, j
}

// skipWhite returns the index of the first rune at or after i that is not
// white space (unicode.IsSpace, as strings.Fields has it), or len(s).
func skipWhite(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf { // ASCII is classed in place
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		}
		sp, w := spaceAt(s, i)
		if !sp {
			break
		}
		i += w
	}
	return i
}

// spaceAt says whether line holds a space (unicode.IsSpace) at i, and the
// width of the character there.
func spaceAt(line string, i int) (bool, int) {
	if c := line[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, w := utf8.DecodeRuneInString(line[i:])
	return unicode.IsSpace(r), w
}

// endsInStop says whether a chunk ends in one of ,;:)/. (a name there is
// not followed by a space that could join it to the next).
func endsInStop(chunk string) bool {
	switch chunk[len(chunk)-1] {
	case ',', ';', ':', ')', '/', '.':
		return true
	}
	return false
}

// What appendTechTokens needs to know of a byte, as bits of techClass.
const (
	tcSpace uint8 = 1 << iota // ASCII white space: ends a chunk
	tcSep                     // isTechSep: ends a part
	tcURL                     // @ : . — a chunk with one may be an address
	tcHigh                    // not ASCII: the rune decides
)

var techClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = tcHigh
		case asciiSpace[c]:
			t[c] = tcSpace
		default:
			if isTechSep(rune(c)) {
				t[c] |= tcSep
			}
			if c == '@' || c == ':' || c == '.' {
				t[c] |= tcURL
			}
		}
	}
	return t
}()

// isTechSep is the set ,;()[]{}|:"“”!?/ that splits a chunk into names.
func isTechSep(r rune) bool {
	switch r {
	case ',', ';', '(', ')', '[', ']', '{', '}', '|', ':', '"', '“', '”', '!', '?', '/':
		return true
	}
	return false
}

// techLookup is techByKey[techKey(s)] without building the key on the heap.
func techLookup(s string) (techName, bool) {
	var buf [48]byte
	n, ok := techByKey[string(appendTechKey(buf[:0], s))]
	return n, ok
}

// appendTechKey appends techKey(s) to b: s lower-cased as strings.ToLower
// does it (a byte that is not UTF-8 becomes U+FFFD), without dots, hyphens,
// spaces and underscores.
func appendTechKey(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if k := techKeyByte[c]; k != 0xFF {
				b = append(b, k)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

var (
	aliasPairFirst = map[string]bool{} // the first of two words of a misspelling
	techKeyPrefix  = map[string]bool{} // every prefix of a techByKey key, "" too
)

func init() {
	for k := range techAliases {
		if first, _, ok := strings.Cut(k, " "); ok {
			aliasPairFirst[first] = true
		}
	}
	for k := range techByKey {
		for i := 0; i <= len(k); i++ {
			techKeyPrefix[k[:i]] = true
		}
	}
}

// mayPair says whether two tokens may name one technology together: a
// misspelling of two words, or a name whose key starts with the first's
// key, written with a capital.
func mayPair(a, b string) bool {
	if aliasPairFirst[a] {
		return true
	}
	if !hasUpper(a) && !hasUpper(b) {
		return false
	}
	var buf [48]byte
	return techKeyPrefix[string(appendTechKey(buf[:0], a))]
}

// techMisspellings returns "Wrong → Right" for each misspelt technology name
// in text.
func techMisspellings(text string) []string { return newText(text).techNames() }

func (t *textInfo) techNames() []string { return t.list(lTechNames, readTechNames) }

func readTechNames(t *textInfo) []string {
	var toksA [64]string
	var spacedA [64]bool
	toks, spaced := appendTechTokens(toksA[:0], spacedA[:0], t.s)
	var out []string
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == "" {
			continue
		}
		// One lookup tells whether the token can be any of what follows.
		f := techFlagsOf(t)
		if f == 0 {
			continue
		}
		if f&(tfPrefix|tfAliasFirst) != 0 && i+1 < len(toks) && spaced[i] && toks[i+1] != "" && mayPair(t, toks[i+1]) {
			two := t + " " + toks[i+1]
			if right, ok := techAliases[two]; ok {
				out = append(out, two+" → "+right)
				i++
				continue
			}
			if n, ok := techLookup(two); ok && hasUpper(two) {
				if two != n.name && !acceptableCasing(two, n) {
					out = append(out, two+" → "+n.name)
				}
				i++
				continue
			}
		}
		if f&tfAlias != 0 {
			if right, ok := techAliases[t]; ok {
				out = append(out, t+" → "+right)
				continue
			}
		}
		if f&tfKey != 0 {
			if n, ok := techLookup(t); ok && t != n.name && !acceptableCasing(t, n) {
				out = append(out, t+" → "+n.name)
			}
		}
	}
	return out
}

// What a token's key (techKey) may be, as bits of techFlags.
const (
	tfKey        uint8 = 1 << iota // a techByKey key
	tfPrefix                       // a prefix of one ("" and the key itself too)
	tfAlias                        // the key of a misspelling of one word
	tfAliasFirst                   // the key of the first word of a two-word misspelling
)

var (
	techFlags      = map[string]uint8{}
	techFlagFilter bloom.Filter // techFlags' keys: most tokens are none, and the bit test says so
)

func init() {
	for k := range techByKey {
		techFlags[k] |= tfKey
		for i := 0; i <= len(k); i++ {
			techFlags[k[:i]] |= tfPrefix
		}
	}
	for k := range techAliases {
		techFlags[techKey(k)] |= tfAlias
		if first, _, ok := strings.Cut(k, " "); ok {
			techFlags[techKey(first)] |= tfAliasFirst
		}
	}
	for k := range techFlags {
		techFlagFilter.Add(bloom.Hash(k))
	}
}

// techFlagsOf looks a token's key up in techFlags. An ASCII token's key is
// built and hashed in one pass.
func techFlagsOf(t string) uint8 {
	var buf [48]byte
	n, h := 0, bloom.Offset
	for i := 0; i < len(t); i++ {
		if t[i] >= utf8.RuneSelf || n == len(buf) {
			return techFlagsSlow(t)
		}
		c := techKeyByte[t[i]]
		if c == 0xFF {
			continue // . - space _
		}
		buf[n] = c
		n++
		h = bloom.ExtendByte(h, c)
	}
	if !techFlagFilter.May(h) {
		return 0
	}
	return techFlags[string(buf[:n])]
}

// techFlagsSlow is techFlagsOf for a token that is not ASCII or is long.
func techFlagsSlow(t string) uint8 {
	var buf [48]byte
	k := appendTechKey(buf[:0], t)
	if !techFlagFilter.May(bloom.Hash(k)) {
		return 0
	}
	return techFlags[string(k)]
}

// techKeyByte is the key's rule over ASCII, for appendTechKey and
// techFlagsOf: 0xFF for a byte the key drops, the byte lower-cased
// otherwise.
var techKeyByte = func() (t [128]byte) {
	for c := range 128 {
		switch {
		case c == '.' || c == '-' || c == ' ' || c == '_':
			t[c] = 0xFF
		default:
			t[c] = byte(asciiLower(rune(c)))
		}
	}
	return t
}()

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

// urlishString is urlish.MatchString: "@", "://" or "www." in any case.
func urlishString(s string) bool {
	if strings.Contains(s, "@") || strings.Contains(s, "://") {
		return true
	}
	for i := 0; i+4 <= len(s); i++ {
		if s[i] == 'w' || s[i] == 'W' {
			if asciiLowerString(s[i:i+4]) == "www." {
				return true
			}
		}
	}
	return false
}

// domainTLDs are domainRe's top-level domains.
var domainTLDs = alts("com|org|net|io|dev|ai|co|me|app|edu|gov")

// domainString is domainRe.MatchString: a dot, a top-level domain in any
// case, then a slash or the end.
func domainString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		for _, tld := range domainTLDs {
			j := i + 1 + len(tld)
			if j <= len(s) && asciiLowerString(s[i+1:j]) == tld && (j == len(s) || s[j] == '/') {
				return true
			}
		}
	}
	return false
}

// schemeString is schemeRe.MatchString: a URI scheme, a colon and a
// character that is not a space.
func schemeString(s string) bool {
	if len(s) == 0 || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	i := 1
	for i < len(s) {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-' {
			i++
			continue
		}
		break
	}
	return i+1 < len(s) && s[i] == ':' && !isSpaceByte(s[i+1])
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
