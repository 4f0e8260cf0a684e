package check

import (
	"strings"
	"unicode"
)

var _ = register(&Check{
	ID:       "language.all-caps",
	Category: Language,
	Title:    "Body text is not in capitals",
	Why:      "Capitals are slower to read and read as shouting; in body text they also hide which words are real acronyms.",
	Fix:      "Write bullets and the summary in sentence case; keep capitals for acronyms and, if you like, headings.",
	Before:   "INCREASED SALES BY 20% IN THE NORTH REGION",
	After:    "Increased sales 20% in the North region",
	Since:    "0.1.0",
	Weight:   1,
	Run: func(in *Input) (Result, bool) {
		var items []Evidence
		for _, u := range proseOf(in) {
			items = append(items, u.Evidence)
		}
		return scan(items, func(s string) []string {
			if shouting(s) {
				return []string{s}
			}
			return nil
		}, 1, 0.34, "Body text is in sentence case.", func(hits []string, lines int) string {
			return plural(lines, "line is", "lines are") + " written in capitals."
		})
	},
})

// shouting says whether a line is mostly capitals: two or more capitalised
// words of four letters or more that are not known acronyms or technology
// names, making up at least half its words.
func shouting(s string) bool {
	f := strings.Fields(s)
	loud, letters := 0, 0
	for _, w := range f {
		t := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if t == "" {
			continue
		}
		letters++
		if len([]rune(t)) < 4 || strings.ToUpper(t) != t || strings.ToLower(t) == t {
			continue
		}
		if acronyms[t] {
			continue
		}
		if _, tech := techByKey[techKey(t)]; tech {
			continue
		}
		loud++
	}
	return loud >= 2 && loud*2 >= letters
}
