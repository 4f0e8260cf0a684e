package check

import "strconv"

var checkKeywordsEvidenced = &Check{
	ID:       "keywords.evidenced",
	Category: Keywords,
	Title:    "Listed skills are backed by what you did",
	Why:      "A skill that appears only in a list reads as a claim; the same skill in a bullet shows where and how you used it, and ATS ranking and recruiters both weigh it higher.",
	Fix:      "For your key skills, add the skill to a bullet that shows it in use.",
	Before:   "Skills: Kafka",
	After:    "• Designed a Kafka pipeline moving 80M events/day between 12 services.",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		ix := in.Terms()
		var listed, backed int
		var onlyListed []string
		var ev []Evidence
		for _, t := range ix.order {
			listed++
			if ix.inBody[t] {
				backed++
				continue
			}
			onlyListed = append(onlyListed, t)
			if w := ix.Where(t); len(w) > 0 && len(ev) < 8 {
				ev = append(ev, w[0])
			}
		}
		if listed < 3 {
			return Result{}, false
		}
		share := float64(backed) / float64(listed)
		msg := strconv.Itoa(backed) + " of the " + strconv.Itoa(listed) + " skills you name appear in your experience or projects"
		switch {
		case share >= 0.6:
			return Result{Status: Pass, Earned: 1, Message: msg + "."}, true
		case share >= 0.3:
			return Result{Status: Warn, Earned: share / 0.6, Message: msg + "; only listed: " + listTerms(onlyListed, 6) + ".", Evidence: uniqueEvidence(ev)}, true
		}
		return Result{Status: Fail, Earned: share / 0.6, Message: msg + "; only listed: " + listTerms(onlyListed, 6) + ".", Evidence: uniqueEvidence(ev)}, true
	},
}
