package main

import (
	"strings"
	"unicode"

	"github.com/resumescore/resumescore/internal/roles"
)

// squash and lowerKey are the keys internal/roles looks terms up by.
func squash(s string) string   { return roles.LooseKey(s) }
func lowerKey(s string) string { return roles.ExactKey(s) }

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
