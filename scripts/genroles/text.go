package main

import (
	"strings"
	"unicode"
)

// squash is the loose key two spellings of one term share: lower case, without spaces,
// hyphens, underscores, slashes or inner dots ("Node.js", "node js", "NodeJS" → "nodejs";
// ".NET" keeps its leading dot). internal/roles uses the same function.
func squash(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	var b strings.Builder
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
func lowerKey(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' })
}

// uniqueSorted returns the strings sorted case-insensitively (ties by byte order), duplicates (by
// lower-case form) removed, keeping the first spelling seen.
func uniqueFold(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}
