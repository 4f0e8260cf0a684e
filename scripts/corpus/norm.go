package main

import (
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func nfkc(s string) string { return norm.NFKC.String(s) }

func isLower(r rune) bool { return unicode.IsLower(r) }
