package check

import (
	"sort"
	"strconv"
	"strings"
)

var checkDatesFormatConsistent = &Check{
	ID:       "dates.format-consistent",
	Category: Dates,
	Title:    "Dates are written in one format",
	Why:      "Mixed formats (“Jan 2020”, “01/2021”, “2019”) look careless, and some ATS parsers read one shape and miss or misread the others.",
	Fix:      "Pick one format, preferably the month name and four-digit year (“Jan 2020 – Mar 2022”), and use it for every role.",
	Before:   "Jan 2020 – Present … 03/2017 – 12/2019 … 2015 – 2017",
	After:    "Jan 2020 – Present … Mar 2017 – Dec 2019 … Sep 2015 – Feb 2017",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		type use struct {
			formats []string
			ev      Evidence
		}
		var uses []use
		count := map[string]int{}
		tokens := 0
		for _, s := range roleSpans(in) {
			if !s.RawOK {
				continue
			}
			u := use{ev: s.RawLine}
			for _, t := range dateTokens(s.Raw) {
				f := dateFormat(t)
				u.formats = append(u.formats, f)
				count[f]++
				tokens++
			}
			uses = append(uses, u)
		}
		if tokens < 2 {
			return Result{}, false
		}
		if len(count) == 1 {
			for f := range count {
				return Result{Status: Pass, Earned: 1, Message: "All " + strconv.Itoa(tokens) + " role dates use one format: " + f + "."}, true
			}
		}
		// The most used format is the house style (the month name wins a
		// tie); lines using another are the evidence.
		var names []string
		for f := range count {
			names = append(names, f)
		}
		sort.Slice(names, func(i, j int) bool {
			if count[names[i]] != count[names[j]] {
				return count[names[i]] > count[names[j]]
			}
			if mi, mj := strings.HasPrefix(names[i], "month name"), strings.HasPrefix(names[j], "month name"); mi != mj {
				return mi
			}
			return names[i] < names[j]
		})
		main := names[0]
		var ev []Evidence
		for _, u := range uses {
			for _, f := range u.formats {
				if f != main {
					ev = append(ev, u.ev)
					break
				}
			}
		}
		var parts []string
		for _, f := range names {
			parts = append(parts, strconv.Itoa(count[f])+" "+f)
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev,
			Message: "Role dates mix " + strconv.Itoa(len(names)) + " formats (" + strings.Join(parts, ", ") +
				"); use one throughout, ideally the month and year: “Jan 2020”."}, true
	},
}
