package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitPieces cuts a header line into pieces, keeping "City, ST" together and
// splitting "Title, Company" at its first comma.
func splitPieces(text string) []string {
	var out []string
	for _, seg := range splitSegments(text, true) {
		out = append(out, seg...)
	}
	return out
}

// splitSegments cuts a header line at its strong separators, then each
// segment at its commas as splitPieces does.
// With words, " at ", " en ", " bei "… before a capital separate too
// ("Engineer at Google", "Desarrollador en Globant"; not "Intervenant en
// techniques de vente"); without, only " @ " ("University of Texas at
// Austin", "Ingeniería en Informática" stay whole).
func splitSegments(text string, words bool) [][]string {
	var out [][]string
	for _, p := range splitKeep(text, words) {
		p = strings.Trim(strings.TrimSpace(p), ",;:.")
		if p == "" {
			continue
		}
		out = append(out, splitCommas(p))
	}
	return out
}

// splitKeep splits text at sep like Regexp.Split, but gives back a capital
// or digit that ends a match (word separators look ahead that way).
func splitKeep(text string, words bool) []string {
	var out []string
	last := 0
	for _, m := range findSeparators(text, words) {
		end := m[1]
		r, size := utf8.DecodeLastRuneInString(text[m[0]:m[1]])
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			end -= size
		}
		out = append(out, text[last:m[0]])
		last = end
	}
	return append(out, text[last:])
}

// splitCommas splits "Title, Company, City" at commas unless the whole piece is
// a place ("San Francisco, CA") or a list in parentheses.
func splitCommas(p string) []string {
	if isLocation(p) || !strings.Contains(p, ", ") {
		return []string{p}
	}
	parts := strings.Split(p, ", ")
	var out []string
	for i := 0; i < len(parts); i++ {
		// Rejoin a legal suffix: "Lonestar Cloud, Inc.".
		if i+1 < len(parts) && legalSuffix[strings.ToLower(strings.TrimRight(parts[i+1], "."))] {
			parts[i+1] = parts[i] + ", " + parts[i+1]
			continue
		}
		// Rejoin a trailing "City, ST" pair.
		if i+1 < len(parts) && isLocation(parts[i]+", "+parts[i+1]) {
			out = append(out, parts[i]+", "+parts[i+1])
			i++
			continue
		}
		if s := strings.TrimSpace(parts[i]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// legalSuffix are the company-form words written after a comma.
var legalSuffix = wordSet("inc llc ltd ltda gmbh ag s.a sa s.l sl plc co corp l.p lp llp s.a.s sas sarl bv nv")

// removeSpan cuts the first occurrence of part out of s, with separators left
// dangling at the cut.
func removeSpan(s, part string) string {
	if part == "" {
		return s
	}
	i := strings.Index(s, part)
	if i < 0 {
		return s
	}
	left := strings.TrimRight(s[:i], " \t,–—-|·•(")
	right := strings.TrimLeft(s[i+len(part):], " \t,–—-|·•)")
	switch {
	case left == "":
		return right
	case right == "":
		return left
	}
	return left + " | " + right
}
