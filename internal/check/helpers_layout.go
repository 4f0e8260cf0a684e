package check

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"
)

// Helpers for the length and layout checks: pages, font sizes and font
// families as the Document reports them.

// pageCount returns the number of pages, and for plain text (one page by
// construction) an estimate of the printed pages from words and lines.
func pageCount(in *Input) (n int, estimated bool) {
	if in.Doc == nil || len(in.Doc.Pages) == 0 {
		return 0, false
	}
	if in.Doc.Format != "text" {
		return len(in.Doc.Pages), false
	}
	// A printed page at a readable size holds about 650 words or 55 lines.
	words, lines := in.docWords(), len(in.lines())
	n = max((words+649)/650, (lines+54)/55, 1)
	return n, true
}

// sizeShares returns the share of characters set at each font size (rounded
// to half a point), from spans where the Document has them, else lines.
// Empty when the Document carries no sizes (plain text).
func sizeShares(in *Input) map[float64]float64 {
	m := in.m()
	if m.sizes == nil {
		m.sizes = readSizeShares(in)
	}
	return m.sizes // callers only read it
}

func readSizeShares(in *Input) map[float64]float64 {
	count := map[float64]float64{}
	total := 0.0
	add := func(size float64, text string) {
		n := float64(utf8.RuneCountInString(strings.TrimSpace(text)))
		if size <= 0 || n == 0 {
			return
		}
		count[math.Round(size*2)/2] += n
		total += n
	}
	for _, l := range in.lines() {
		if len(l.Spans) > 0 {
			for _, s := range l.Spans {
				add(s.Size, s.Text)
			}
			continue
		}
		add(l.Size, l.Text)
	}
	for k := range count {
		count[k] /= total
	}
	return count
}

// bodyFontSize is the size most characters are set in; ok=false without
// sizes.
func bodyFontSize(in *Input) (float64, bool) {
	shares := sizeShares(in)
	best, bestShare := 0.0, -1.0
	for s, f := range shares {
		if f > bestShare || f == bestShare && s < best {
			best, bestShare = s, f
		}
	}
	return best, bestShare > 0
}

// fontFamily reduces a PDF font name to its family: "ABCDEF+Calibri-Bold"
// and "Calibri,Italic" are "Calibri"; TeX's CMR10 and CMBX12 are "Computer
// Modern". Symbol and icon fonts (bullets, icons) return "". The patterns
// it once ran as regexps are kept in helpers_layout_test.go, which holds
// the matchers here to them.
func fontFamily(name string) string {
	n := trimSubsetPrefix(strings.TrimSpace(name))
	if lettered(n) == "" || symbolFont(n) {
		return "" // no name (a Type 3 font's number), or a symbol font
	}
	if base, _, ok := strings.Cut(n, "-"); ok {
		n = base
	}
	if base, _, ok := strings.Cut(n, ","); ok {
		n = base
	}
	if texFont(strings.ToLower(n)) {
		return "Computer Modern"
	}
	if base, ok := texSlice(n); ok {
		return base
	}
	for _, suf := range fontSuffixes {
		n = strings.TrimSuffix(n, suf)
	}
	return n
}

var fontSuffixes = [...]string{"PSMT", "PS", "MT", "Bold", "Italic", "Oblique", "Regular", "Light", "Medium", "Semibold", "SemiBold"}

// trimSubsetPrefix drops a subset tag, `^[A-Z]{6}\+`: "ABCDEF+Calibri" is
// "Calibri".
func trimSubsetPrefix(s string) string {
	if len(s) < 7 || s[6] != '+' {
		return s
	}
	for i := range 6 {
		if s[i] < 'A' || s[i] > 'Z' {
			return s
		}
	}
	return s[7:]
}

var symbolFontWords = [...]string{"symbol", "dingbat", "wingding", "webding", "awesome", "icon", "glyph", "emoji", "math"}
var symbolFontStarts = [...]string{"cmsy", "cmmi", "cmex", "msam", "msbm"}

// symbolFont says whether a font name is a symbol or icon font:
// `(?i)symbol|dingbat|wingding|webding|awesome|icon|glyph|emoji|math|^cmsy|^cmmi|^cmex|^msam|^msbm`.
func symbolFont(s string) bool {
	for _, w := range symbolFontStarts {
		if foldHasPrefix(s, w) {
			return true
		}
	}
	for i := 0; i < len(s); i++ {
		for _, w := range symbolFontWords {
			if foldHasPrefix(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// foldHasPrefix says whether s starts with lit (ASCII, lower case) under
// regexp's (?i) folding: ASCII letters in either case, and the Kelvin sign
// and the long s, which fold to k and s.
func foldHasPrefix(s, lit string) bool {
	i := 0
	for j := 0; j < len(lit); j++ {
		if i >= len(s) {
			return false
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != lit[j] {
				return false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !(r == '\u212A' && lit[j] == 'k' || r == '\u017F' && lit[j] == 's') {
			return false
		}
		i += w
	}
	return true
}

// texFont says whether a lower-cased name is a TeX font:
// `^(?:cm|lm|sf)[a-z]{1,4}\d*$|^lm(?:roman|sans|mono)|^newcm`.
func texFont(low string) bool {
	if strings.HasPrefix(low, "newcm") || strings.HasPrefix(low, "lmroman") || strings.HasPrefix(low, "lmsans") || strings.HasPrefix(low, "lmmono") {
		return true
	}
	if !(strings.HasPrefix(low, "cm") || strings.HasPrefix(low, "lm") || strings.HasPrefix(low, "sf")) {
		return false
	}
	i := 2
	for i < len(low) && low[i] >= 'a' && low[i] <= 'z' {
		i++
	}
	if n := i - 2; n < 1 || n > 4 {
		return false
	}
	for i < len(low) && low[i] >= '0' && low[i] <= '9' {
		i++
	}
	return i == len(low)
}

// texSlice reads a numbered slice of a TeX CJK font, `^([a-z]{3,})[0-9][0-9a-f]?$`
// ("gbsnu5e" is "gbsnu"), and returns its base.
func texSlice(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
		i++
	}
	if i < 3 || i >= len(s) || s[i] < '0' || s[i] > '9' {
		return "", false
	}
	switch rest := s[i+1:]; {
	case rest == "":
	case len(rest) == 1 && (rest[0] >= '0' && rest[0] <= '9' || rest[0] >= 'a' && rest[0] <= 'f'):
	default:
		return "", false
	}
	return s[:i], true
}

// fontFamilyShares returns the share of characters set in each font family,
// from spans that name their font; empty when none do.
func fontFamilyShares(in *Input) map[string]float64 {
	count := map[string]float64{}
	family := map[string]string{} // font name → family, read once
	total := 0.0
	for _, l := range in.lines() {
		for _, s := range l.Spans {
			f, ok := family[s.Font]
			if !ok {
				f = fontFamily(s.Font)
				family[s.Font] = f
			}
			n := float64(utf8.RuneCountInString(strings.TrimSpace(s.Text)))
			if f == "" || n == 0 {
				continue
			}
			count[f] += n
			total += n
		}
	}
	for k := range count {
		count[k] /= total
	}
	return count
}

// sortedKeys returns the keys of a share map, largest share first.
func sortedKeys[K string | float64](m map[K]float64) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if m[out[i]] != m[out[j]] {
			return m[out[i]] > m[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// sizeClusters groups font sizes that look alike (within one point of the
// smallest in the group) and returns each group's smallest size, smallest
// first. Sizes set in under 2% of the text are left out.
func sizeClusters(shares map[float64]float64) []float64 {
	var sizes []float64
	for s, f := range shares {
		if f >= 0.02 {
			sizes = append(sizes, s)
		}
	}
	sort.Float64s(sizes)
	var out []float64
	for _, s := range sizes {
		if len(out) == 0 || s-out[len(out)-1] > 1.0 {
			out = append(out, s)
		}
	}
	return out
}
