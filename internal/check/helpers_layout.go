package check

import (
	"math"
	"regexp"
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

var (
	subsetPrefixRe = regexp.MustCompile(`^[A-Z]{6}\+`)
	texFontRe      = regexp.MustCompile(`^(?:cm|lm|sf)[a-z]{1,4}\d*$|^lm(?:roman|sans|mono)|^newcm`)
	// TeX's CJK fonts come in numbered slices: gbsnu5e, gbsnu4e are one font.
	texSliceRe   = regexp.MustCompile(`^([a-z]{3,})[0-9][0-9a-f]?$`)
	symbolFontRe = regexp.MustCompile(`(?i)symbol|dingbat|wingding|webding|awesome|icon|glyph|emoji|math|^cmsy|^cmmi|^cmex|^msam|^msbm`)
)

// fontFamily reduces a PDF font name to its family: "ABCDEF+Calibri-Bold"
// and "Calibri,Italic" are "Calibri"; TeX's CMR10 and CMBX12 are "Computer
// Modern". Symbol and icon fonts (bullets, icons) return "".
func fontFamily(name string) string {
	n := subsetPrefixRe.ReplaceAllString(strings.TrimSpace(name), "")
	if lettered(n) == "" || symbolFontRe.MatchString(n) {
		return "" // no name (a Type 3 font's number), or a symbol font
	}
	if base, _, ok := strings.Cut(n, "-"); ok {
		n = base
	}
	if base, _, ok := strings.Cut(n, ","); ok {
		n = base
	}
	low := strings.ToLower(n)
	if texFontRe.MatchString(low) {
		return "Computer Modern"
	}
	if m := texSliceRe.FindStringSubmatch(n); m != nil {
		return m[1]
	}
	for _, suf := range []string{"PSMT", "PS", "MT", "Bold", "Italic", "Oblique", "Regular", "Light", "Medium", "Semibold", "SemiBold"} {
		n = strings.TrimSuffix(n, suf)
	}
	return n
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
