package check

var checkDatesReverseChronological = &Check{
	ID:       "dates.reverse-chronological",
	Category: Dates,
	Title:    "Roles run from the most recent down",
	Why:      "Recruiters read the top role as your current one, and many ATS take the first entry as your latest title; an older role on top misleads both.",
	Fix:      "Order the roles in each section by date, the current or latest first.",
	Before:   "Junior Developer, Initech  2015 – 2018\nSenior Developer, Globex  2018 – Present",
	After:    "Senior Developer, Globex  2018 – Present\nJunior Developer, Initech  2015 – 2018",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		bySection := map[int][]roleSpan{}
		var order []int
		for _, s := range roleSpans(in) {
			if !s.Dated {
				continue
			}
			if _, ok := bySection[s.Section]; !ok {
				order = append(order, s.Section)
			}
			bySection[s.Section] = append(bySection[s.Section], s)
		}
		pairs, inverted := 0, 0
		var ev []Evidence
		for _, sec := range order {
			roles := bySection[sec]
			for i := 1; i < len(roles); i++ {
				pairs++
				if newerRole(roles[i], roles[i-1]) {
					inverted++
					ev = append(ev, roles[i].Evidence)
				}
			}
		}
		if pairs == 0 {
			return Result{}, false
		}
		switch {
		case inverted == 0:
			return Result{Status: Pass, Earned: 1, Message: "Roles are listed from the most recent down."}, true
		case inverted == pairs:
			return Result{Status: Fail, Earned: 0, Evidence: ev,
				Message: "Roles are listed oldest first; put the current or latest role at the top."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev,
			Message: nOf(inverted, "role sits", "roles sit") + " below an older one; order each section from the most recent down."}, true
	},
}

// newerRole says whether role b is clearly more recent than role a, listed
// above it: it both started and ended later. Reading order by either start
// or end date is accepted, so concurrent roles are not flagged.
func newerRole(b, a roleSpan) bool {
	startedLater := a.Start.Before(b.Start)
	var endedLater bool
	switch {
	case b.Ongoing && a.Ongoing:
		endedLater = startedLater
	case b.Ongoing:
		endedLater = true
	case a.Ongoing:
		endedLater = false
	default:
		endedLater = a.End.Before(b.End)
	}
	return startedLater && endedLater
}
