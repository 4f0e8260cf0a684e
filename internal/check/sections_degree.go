package check

import "strconv"

var checkSectionsDegreeInstitution = &Check{
	ID:       "sections.degree-institution",
	Category: Sections,
	Title:    "Every degree names its school",
	Why:      "An ATS stores each qualification with its institution, and recruiters check both; a degree without a school reads as incomplete.",
	Fix:      "Write each qualification with the school on the same line: “B.S. in Computer Science, University of Illinois”.",
	Before:   "B.S. in Computer Science    2017",
	After:    "B.S. in Computer Science, University of Illinois    2017",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		res := in.Resume
		if len(res.Education) == 0 {
			return Result{}, false
		}
		var bad []Evidence
		for i, e := range res.Education {
			if e.Institution == "" {
				ref, ok := res.Meta.ResumeScore.Provenance["education["+strconv.Itoa(i)+"]"]
				ev := ref2ev(ref)
				if !ok {
					ev = Evidence{Text: e.StudyType + " " + e.Area}
				}
				bad = append(bad, ev)
			}
		}
		n := len(res.Education)
		st, earned := ratioStatus(n-len(bad), n)
		if st == Pass {
			return Result{Status: Pass, Earned: 1, Message: capFirst(someOf(n, n, "degree", "degrees")) + " " + hasHave(n, n) + " a school."}, true
		}
		return Result{Status: st, Earned: earned, Evidence: bad,
			Message: capFirst(someOf(len(bad), n, "degree", "degrees")) + " " + hasHave(len(bad), n) + " no school the parser could find."}, true
	},
}
