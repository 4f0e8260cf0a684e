package check

// seasonDate finds a season used as a date, “Summer 2019”, “Fall '20”, as
// FindString of
// `(?i)\b(?:spring|summer|fall|autumn|winter|primavera|verano|otoño|invierno|frühling|sommer|herbst|printemps|été|automne|hiver|verão|outono|inverno)\s*,?\s*(?:\d{4}|['’]\d{2})\b`.
func seasonDate(s string) string {
	for i := 0; i < len(s); i++ {
		e := seasonLits.at(s, i)
		if e < 0 {
			continue
		}
		j := skipSpaces(s, e)
		if byteAt(s, j, ',') {
			j = skipSpaces(s, j+1)
		}
		if digitsFrom(s, j) >= 4 && boundaryAt(s, j+4) {
			return s[i : j+4]
		}
		if q := quoteAt(s, j); q >= 0 && digitAt(s, q) && digitAt(s, q+1) && boundaryAt(s, q+2) {
			return s[i : q+2]
		}
	}
	return ""
}

var seasonLits = newLitSet(`\bspring`, `\bsummer`, `\bfall`, `\bautumn`, `\bwinter`, `\bprimavera`, `\bverano`, `\botoño`, `\binvierno`, `\bfrühling`,
	`\bsommer`, `\bherbst`, `\bprintemps`, `\bété`, `\bautomne`, `\bhiver`, `\bverão`, `\boutono`, `\binverno`)

var checkDatesNoSeasons = &Check{
	ID:       "dates.no-seasons",
	Category: Dates,
	Title:    "Dates name months, not seasons",
	Why:      "“Summer 2019” means different months to different readers (and hemispheres); ATS parsers such as Workday's often fail to read it at all.",
	Fix:      "Replace the season with the months: “Jun 2019 – Aug 2019”.",
	Before:   "Software Engineering Intern, Initech    Summer 2019",
	After:    "Software Engineering Intern, Initech    Jun 2019 – Aug 2019",
	Since:    "0.1.0",
	Weight:   1,
	Run: func(in *Input) (Result, bool) {
		var ev []Evidence
		for _, l := range in.lines() {
			if g := l.facts().grams(); g.digits >= 2 && seasonLits.gate.may(g) && seasonDate(l.Text) != "" {
				ev = append(ev, l.evidence())
			}
		}
		if len(ev) > 0 {
			return Result{Status: Warn, Earned: 0.5, Evidence: ev,
				Message: nOf(len(ev), "line dates", "lines date") + " by season (" + seasonDate(ev[0].Text) + "); name the months instead."}, true
		}
		if !anyDated(in) {
			return Result{}, false
		}
		return Result{Status: Pass, Earned: 1, Message: "No dates are given as seasons."}, true
	},
}
