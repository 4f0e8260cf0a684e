package check

import "strconv"

// The job-description checks apply only when a description is given.

var checkKeywordsJdHardSkills = &Check{
	ID:       "keywords.jd-hard-skills",
	Category: Keywords,
	Title:    "The résumé names the hard skills the job asks for",
	Why:      "An ATS ranks applicants by how many of the job's skills their résumé names; recruiters filter on the same list.",
	Fix:      "Add the job's skills that you really have, in the job's own words, to your bullets and skills section.",
	Before:   "Built data pipelines.",
	After:    "Built Airflow data pipelines in Python loading 2TB/day into Snowflake.",
	Since:    "0.1.0",
	Weight:   10,
	Run: func(in *Input) (Result, bool) {
		m := JobMatch(in)
		if m == nil || len(m.Hard) == 0 {
			return Result{}, false
		}
		found := 0
		var ev []Evidence
		for _, s := range m.Hard {
			if s.Found {
				found++
				if len(s.Where) > 0 {
					ev = append(ev, s.Where[0])
				}
			}
		}
		share := float64(found) / float64(len(m.Hard))
		msg := "You name " + strconv.Itoa(found) + " of the job's " + strconv.Itoa(len(m.Hard)) + " hard skills"
		if len(m.Missing) > 0 {
			msg += "; missing: " + listTerms(m.Missing, 8)
		}
		r := Result{Earned: min(1, share/0.8), Message: msg + ".", Evidence: uniqueEvidence(ev)}
		switch {
		case share >= 0.8:
			r.Status = Pass
		case share >= 0.5:
			r.Status = Warn
		default:
			r.Status = Fail
		}
		return r, true
	},
}

var checkKeywordsJdMustHaves = &Check{
	ID:       "keywords.jd-must-haves",
	Category: Keywords,
	Title:    "Every must-have skill of the job is named",
	Why:      "Must-haves are the skills a recruiter screens on first; a résumé missing one is often filtered out before anyone reads it.",
	Fix:      "If you have the skill, name it where you used it; if you do not, say what comes closest.",
	Before:   "Requirements: Kubernetes. Résumé: “container orchestration”.",
	After:    "Résumé: “Ran 40 services on Kubernetes (EKS)”.",
	Since:    "0.1.0",
	Weight:   8,
	Run: func(in *Input) (Result, bool) {
		m := JobMatch(in)
		if m == nil {
			return Result{}, false
		}
		var musts, missing []string
		for _, s := range m.Hard {
			if s.Must {
				musts = append(musts, s.Term)
				if !s.Found {
					missing = append(missing, s.Term)
				}
			}
		}
		if len(musts) == 0 {
			return Result{}, false
		}
		if len(missing) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "All " + strconv.Itoa(len(musts)) + " must-have skills are named."}, true
		}
		r := Result{Earned: 1 - float64(len(missing))/float64(len(musts)), Message: "Must-haves not named: " + joinAnd(missing) + "."}
		r.Status = Warn
		if len(missing)*3 > len(musts) {
			r.Status = Fail
		}
		return r, true
	},
}

var checkKeywordsJdSoftSkills = &Check{
	ID:       "keywords.jd-soft-skills",
	Category: Keywords,
	Title:    "The soft skills the job asks for show in the résumé",
	Why:      "Some ATSs match soft skills too, at a lower weight; showing them in a bullet is better than listing them.",
	Fix:      "Show the soft skill at work: “Led a cross-functional team of 6” says collaboration and leadership.",
	Before:   "Excellent communicator.",
	After:    "Presented the migration plan to 40 engineers and 3 VPs; it was adopted unchanged.",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		m := JobMatch(in)
		if m == nil || len(m.Soft) == 0 {
			return Result{}, false
		}
		var missing []string
		for _, s := range m.Soft {
			if !s.Found {
				missing = append(missing, s.Term)
			}
		}
		if len(missing)*2 <= len(m.Soft) {
			return Result{Status: Pass, Earned: 1, Message: strconv.Itoa(len(m.Soft)-len(missing)) + " of the job's " + strconv.Itoa(len(m.Soft)) + " soft skills are named."}, true
		}
		return Result{Status: Warn, Earned: 1 - float64(len(missing))/float64(len(m.Soft)), Message: "Soft skills the job asks for and the résumé does not show: " + joinAnd(missing) + "."}, true
	},
}

var checkKeywordsJdTitle = &Check{
	ID:       "keywords.jd-title",
	Category: Keywords,
	Title:    "The job's title appears on the résumé",
	Why:      "Recruiters search by title, and a résumé that names the job's title ranks higher in most ATSs.",
	Fix:      "Use the job's title in your headline if it is true of you, or the closest title you held.",
	Before:   "Software Developer (headline), applying for Backend Engineer",
	After:    "Backend Engineer (headline)",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		m := JobMatch(in)
		if m == nil || m.Title == "" {
			return Result{}, false
		}
		if m.TitleHit {
			return Result{Status: Pass, Earned: 1, Message: "Your résumé names the job's title (" + coreTitle(m.Title) + ")."}, true
		}
		return Result{Status: Warn, Earned: 0, Message: "The job's title, " + m.Title + ", is not in your headline or job titles."}, true
	},
}

var checkKeywordsJdYears = &Check{
	ID:       "keywords.jd-years",
	Category: Keywords,
	Title:    "Your experience meets the years the job asks for",
	Why:      "Many ATSs compute years of experience from your dates and screen on the job's minimum.",
	Fix:      "Make sure every role has start and end dates; if you are close, show the most relevant years clearly.",
	Before:   "Acme — Backend Engineer (no dates)",
	After:    "Acme — Backend Engineer, Jan 2019 – Present",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		m := JobMatch(in)
		if m == nil || m.Years == nil {
			return Result{}, false
		}
		if m.Years.Met {
			return Result{Status: Pass, Earned: 1, Message: "The job asks for " + m.Years.Required + "; your dates show " + m.Years.Have + "."}, true
		}
		return Result{Status: Warn, Earned: 0.3, Message: "The job asks for " + m.Years.Required + "; your dates show " + m.Years.Have + "."}, true
	},
}

var checkKeywordsJdEducation = &Check{
	ID:       "keywords.jd-education",
	Category: Keywords,
	Title:    "Your education meets the level the job asks for",
	Why:      "When a job requires a degree level, ATSs often screen on it.",
	Fix:      "Name your degree as an ATS reads it (“B.S. in Computer Science”); list equivalent experience if the job allows it.",
	Before:   "Computer Science, State University",
	After:    "B.S. in Computer Science, State University",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		m := JobMatch(in)
		if m == nil || m.Education == nil {
			return Result{}, false
		}
		if m.Education.Met {
			return Result{Status: Pass, Earned: 1, Message: "The job asks for a " + m.Education.Required + " degree; you show " + m.Education.Have + "."}, true
		}
		return Result{Status: Warn, Earned: 0.3, Message: "The job asks for a " + m.Education.Required + " degree; your résumé shows " + m.Education.Have + "."}, true
	},
}
