package check

import (
	"strings"
)

var checkLanguageNumerals = &Check{
	ID:       "language.numerals",
	Category: Language,
	Title:    "Numbers are written as numerals",
	Why:      "Digits catch the eye in a skim and spelled-out numbers do not; on a résumé “12 engineers” beats “twelve engineers”.",
	Fix:      "Write every number as digits, even small ones: “three teams” becomes “3 teams”.",
	Before:   "Led twelve engineers across three teams for eight years.",
	After:    "Led 12 engineers across 3 teams for 8 years.",
	Since:    "0.1.0",
	Weight:   1,
	Run: func(in *Input) (Result, bool) {
		return scanProse(in, (*textInfo).numerals, 3, 0.15, "Numbers are written as numerals.",
			func(hits []string, lines int) string {
				return plural(len(hits), "number is", "numbers are") + " spelled out: " + quoteList(hits, 5) + "."
			})
	},
}

var cardinals = map[string]string{"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
	"fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19", "twenty": "20",
	"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}

// spelledNumbers returns each spelled-out number with its numeral: “twelve”
// → “12”, “twenty-five” → “25”. "One" is left alone: it is more often a
// pronoun ("one of the first") than a count.
func spelledNumbers(text string) []string { return newText(text).numerals() }

func (t *textInfo) numerals() []string { return t.list(lNumerals, readNumerals) }

func readNumerals(t *textInfo) []string {
	var out []string
	for _, m := range t.cardinalAll() {
		var n string
		if m[1] != "" {
			unit := "1"
			if u := cardinals[strings.ToLower(m[2])]; u != "" {
				unit = u
			}
			n = cardinals[strings.ToLower(m[1])][:1] + unit
		} else {
			n = cardinals[strings.ToLower(m[3])]
		}
		out = append(out, m[0]+" → "+n)
	}
	return out
}
