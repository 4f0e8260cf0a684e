package check

import (
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/parse"
)

// A résumé head shared by the dates cases.
const datesHead = "Jane Doe\njane.doe@example.com · +1 (312) 555-0123 · Chicago, IL\n\nExperience\n"

var _ = addCase("dates.start-date",
	[]string{datesHead + "Backend Engineer, Globex — Chicago, IL    Jun 2017 – Dec 2020\n• Built a billing API.\n"},
	[]string{datesHead + "Backend Engineer, Globex — Chicago, IL\n• Built a billing API.\n",
		datesHead + "Senior Engineer, Acme Corp    Jan 2021 – Present\n• Led a team of 4.\nBackend Engineer, Globex\n• Built a billing API.\nIntern, Initech\n• Wrote tests.\n"})

var _ = addCase("dates.end-date",
	[]string{datesHead + "Senior Engineer, Acme Corp    Jan 2021 – Present\n• Led a team of 4.\nBackend Engineer, Globex    2017 – 2020\n• Built a billing API.\n"},
	[]string{datesHead + "Senior Engineer, Acme Corp    Jan 2021\n• Led a team of 4.\nBackend Engineer, Globex    2017\n• Built a billing API.\n"})

var _ = addCase("dates.format-consistent",
	[]string{datesHead + "Senior Engineer, Acme Corp    Jan 2021 – Present\n• Led a team of 4.\nBackend Engineer, Globex    June 2017 – Dec 2020\n• Built a billing API.\n"},
	[]string{datesHead + "Senior Engineer, Acme Corp    Jan 2021 – Present\n• Led a team of 4.\nBackend Engineer, Globex    06/2017 – 12/2020\n• Built a billing API.\nIntern, Initech    2016\n• Wrote tests.\n"})

var _ = addCase("dates.four-digit-years",
	[]string{datesHead + "Senior Engineer, Acme Corp    Jan 2021 – Present\n• Cut costs by 30%.\n"},
	[]string{datesHead + "Senior Engineer, Acme Corp    Jan '21 – Present\n• Cut costs by 30%.\n",
		datesHead + "Senior Engineer, Acme Corp    Jan 20XX – Present\n• Cut costs by 30%.\n",
		datesHead + "Analyst, Initech    01/19 – 03/21\n• Built reports.\n"})

var _ = addCase("dates.no-seasons",
	[]string{datesHead + "Software Engineering Intern, Initech    Jun 2019 – Aug 2019\n• Wrote tests.\n"},
	[]string{datesHead + "Software Engineering Intern, Initech    Summer 2019\n• Wrote tests.\n"})

var _ = addCase("dates.reverse-chronological",
	[]string{datesHead + "Senior Developer, Globex    2018 – Present\n• Led a team.\nJunior Developer, Initech    2015 – 2018\n• Wrote tests.\n"},
	[]string{datesHead + "Junior Developer, Initech    2015 – 2018\n• Wrote tests.\nSenior Developer, Globex    2018 – Present\n• Led a team.\n",
		datesHead + "Lead Developer, Hooli    2022 – Present\n• Led a team.\nJunior Developer, Initech    2012 – 2015\n• Wrote tests.\nSenior Developer, Globex    2016 – 2021\n• Built an API.\n"})

var _ = addCase("dates.gaps",
	[]string{datesHead + "Analyst, Globex    Mar 2021 – Present\n• Built reports.\nAnalyst, Initech    Mar 2018 – Jan 2021\n• Built dashboards.\n",
		// A degree fills the time between two roles.
		datesHead + "Analyst, Globex    Sep 2022 – Present\n• Built reports.\nAnalyst, Initech    Mar 2018 – Aug 2020\n• Built dashboards.\n\nEducation\nM.S. in Statistics, University of Chicago    Sep 2020 – Jun 2022\n"},
	[]string{datesHead + "Analyst, Globex    Mar 2021 – Present\n• Built reports.\nAnalyst, Initech    Mar 2018 – Jan 2020\n• Built dashboards.\n",
		datesHead + "Analyst, Initech    Mar 2018 – Jan 2024\n• Built dashboards.\n"})

var _ = addCase("dates.overlaps",
	[]string{datesHead + "Engineer, Globex    Mar 2020 – Jun 2022\n• Built an API.\nEngineer, Initech    Jan 2018 – Feb 2020\n• Wrote tests.\n",
		datesHead + "Engineer, Globex    Mar 2020 – Jun 2022\n• Built an API.\nFreelance Developer, Self-employed    Jan 2019 – Dec 2021\n• Built sites.\nEngineer, Initech    Jan 2016 – Feb 2020\n• Wrote tests.\n"},
	[]string{datesHead + "Engineer, Globex    Mar 2020 – Jun 2022\n• Built an API.\nEngineer, Initech    Jan 2018 – Dec 2020\n• Wrote tests.\n"})

var _ = addCase("dates.valid-range",
	[]string{datesHead + "Analyst, Initech    2019 – 2021\n• Built reports.\n"},
	[]string{datesHead + "Analyst, Initech    2021 – 2019\n• Built reports.\n"})

var _ = addCase("dates.not-future",
	[]string{datesHead + "Data Engineer, Globex    Mar 2024 – Present\n• Built pipelines.\n\nEducation\nM.S. in Data Science, University of Chicago    Sep 2024 – Jun 2027\n"},
	[]string{datesHead + "Data Engineer, Globex    Mar 2024 – Dec 2027\n• Built pipelines.\n",
		datesHead + "Data Engineer, Globex    Jun 2026 – Present\n• Built pipelines.\n"})

var _ = addCase("dates.present-once",
	[]string{datesHead + "Engineer, Globex    2022 – Present\n• Built an API.\nEngineer, Initech    2018 – 2022\n• Wrote tests.\n",
		datesHead + "Engineer, Globex    2022 – Present\n• Built an API.\nVolunteer Mentor, Code Club    2019 – Present\n• Taught kids.\n"},
	[]string{datesHead + "Engineer, Globex    2022 – 2024\n• Built an API.\nEngineer, Initech    2018 – Present\n• Wrote tests.\n",
		datesHead + "Engineer, Globex    2022 – Present\n• Built an API.\nEngineer, Initech    2018 – Present\n• Wrote tests.\n"})

var _ = addCase("dates.old-entries",
	[]string{datesHead + "Engineer, Globex    2015 – Present\n• Built an API.\n\nEducation\nB.S. in Physics, University of Chicago    2011 – 2015\n"},
	[]string{datesHead + "Engineer, Globex    2015 – Present\n• Built an API.\nJunior Analyst, Initech    1996 – 1999\n• Built reports.\n"})

func TestTimelineGaps(t *testing.T) {
	in := input(t, datesHead+"Analyst, Globex    Mar 2021 – Jun 2024\n• Built reports.\nAnalyst, Initech    Mar 2018 – Dec 2020\n• Built dashboards.\nAnalyst, Hooli    2015 – 2016\n• Built models.\n")
	gaps, ok := timelineGaps(in, 6)
	if !ok {
		t.Fatal("no timeline")
	}
	// Jan 2017 – Feb 2018 (14 months) and Jul 2024 – Dec 2025 (18 months, open).
	// Jan 2021 – Feb 2021 is only two months.
	if len(gaps) != 2 {
		t.Fatalf("gaps: %+v", gaps)
	}
	if g := gaps[0]; g.months() != 14 || monthName(g.From) != "Jan 2017" || g.Open {
		t.Errorf("first gap: %+v %s", g, g.describe())
	}
	if g := gaps[1]; g.months() != 18 || !g.Open || len(g.Evidence) != 1 || g.Evidence[0].Line != 4 {
		t.Errorf("open gap: %+v %s", g, g.describe())
	}
}

func TestOverlapMonthsYearOnly(t *testing.T) {
	in := input(t, datesHead+"Engineer, Globex    2020 – 2022\n• Built an API.\nEngineer, Initech    2018 – 2020\n• Wrote tests.\n")
	s := roleSpans(in)
	if n, _, _ := overlapMonths(in, s[0], s[1]); n != 0 {
		t.Errorf("year-only ranges that touch overlap by %d months", n)
	}
	in = input(t, datesHead+"Engineer, Globex    Mar 2020 – Jun 2022\n• Built an API.\nEngineer, Initech    Jan 2018 – Dec 2020\n• Wrote tests.\n")
	s = roleSpans(in)
	if n, from, to := overlapMonths(in, s[0], s[1]); n != 10 || monthName(from) != "Mar 2020" || monthName(to) != "Dec 2020" {
		t.Errorf("overlap %d %s %s", n, monthName(from), monthName(to))
	}
}

func TestDateTokensAndFormats(t *testing.T) {
	for text, want := range map[string][]string{
		"Jan 2020 – Present":   {"month name (Jan 2020)"},
		"2019-2021":            {"year only (2020)", "year only (2020)"},
		"2020-01 – 2021-03":    {"ISO month (2020-01)", "ISO month (2020-01)"},
		"01/2019 - 03/2021":    {"numeric month (01/2020)", "numeric month (01/2020)"},
		"Summer 2019":          {"season (Summer 2020)"},
		"Jan 2019-Mar 2020":    {"month name (Jan 2020)", "month name (Jan 2020)"},
		"15.01.2019 bis heute": {"full date (15.01.2020)"},
	} {
		r, ok := parse.FindRange(text, input(t, "x").AsOf)
		if !ok {
			t.Errorf("%q: no range", text)
			continue
		}
		toks := dateTokens(r)
		var got []string
		for _, tok := range toks {
			got = append(got, dateFormat(tok))
		}
		if len(got) != len(want) {
			t.Errorf("%q: tokens %q formats %q, want %q", text, toks, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: tokens %q formats %q, want %q", text, toks, got, want)
				break
			}
		}
	}
}

func TestExperienceMonths(t *testing.T) {
	in := input(t, datesHead+"Engineer, Globex    Jan 2021 – Present\n• Built an API.\nEngineer, Initech    2017 – 2020\n• Wrote tests.\n\nVolunteer\nMentor, Code Club    2010 – Present\n")
	// Jul 2017 – Jun 2020 (36) + Jan 2021 – Jan 2026 (61); volunteering aside.
	if n, ok := experienceMonths(in); !ok || n != 97 {
		t.Errorf("experienceMonths = %d, %v", n, ok)
	}
}

// A reference date before the first role used to make timelineGaps index an
// empty list; now the timeline does not apply.
func TestTimelineGapsBeforeFirstRole(t *testing.T) {
	in := input(t, datesHead+"Analyst, Globex    Mar 2027 – Present\n• Built reports.\nAnalyst, Initech    2026 – 2027\n• Built dashboards.\n")
	in.AsOf = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	if gaps, ok := timelineGaps(in, 6); ok {
		t.Errorf("gaps before the first role: %+v", gaps)
	}
	Run(in) // and no check panics
}
