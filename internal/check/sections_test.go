package check

import "testing"

const secHead = "Jane Doe\njane.doe@example.com · +1 (312) 555-0123 · Chicago, IL\n\n"

var _ = addCase("sections.experience",
	[]string{"Jane Doe\nExperience\nAcme\n", "Jane Doe\nBerufserfahrung\nAcme\n"},
	[]string{"Jane Doe\nWhere I have been\nAcme\n"})

var _ = addCase("sections.education",
	[]string{secHead + "Experience\nEngineer, Globex    2019 – Present\n• Built an API.\n\nEducation\nB.S. in Computer Science, University of Illinois    2019\n"},
	[]string{secHead + "Experience\nEngineer, Globex    2019 – Present\n• Built an API.\n",
		secHead + "Experience\nEngineer, Globex    2019 – Present\n• Built an API.\n\nCertifications\nAWS Certified Developer    2021\n"})

var _ = addCase("sections.skills",
	[]string{secHead + "Skills\nGo, Python, SQL, Kafka\n", secHead + "Technical Skills\nLanguages: Go, Python\nTools: Docker\n",
		// A heading the parser learns from style, named in words an ATS maps.
		secHead + "EXPERIENCE\nEngineer, Globex    2019 – Present\n\nEDUCATION\nB.S., University of Illinois    2017\n\nCOMPUTER SKILLS\nExcel, SQL, Tableau\n"},
	[]string{secHead + "Experience\nEngineer, Globex    2019 – Present\n• Built an API in Go.\n",
		secHead + "Skills\nGo, Python\n"})

var _ = addCase("sections.summary",
	[]string{secHead + "Summary\nBackend engineer with eight years building payment systems in Go and PostgreSQL.\n\nExperience\nEngineer, Globex    2019 – Present\n",
		// An unlabelled paragraph under the name is a summary too.
		"Jane Doe\njane.doe@example.com · Chicago, IL\nBackend engineer with eight years building payment systems in Go and PostgreSQL.\n\nExperience\nEngineer, Globex    2019 – Present\n"},
	[]string{secHead + "Experience\nEngineer, Globex    2019 – Present\n• Built an API.\n",
		secHead + "Summary\nEngineer.\n\nExperience\nEngineer, Globex    2019 – Present\n",
		"Jane Doe\nSenior Backend Engineer\njane.doe@example.com\n\nExperience\nEngineer, Globex    2019 – Present\n"})

var _ = addCase("sections.no-empty",
	[]string{secHead + "Experience\nEngineer, Globex    2019 – Present\n\nSkills\nGo, Python, SQL\n"},
	[]string{secHead + "Experience\nEngineer, Globex    2019 – Present\n\nCertifications\n\nSkills\nGo, Python, SQL\n"})

var _ = addCase("sections.no-references",
	[]string{secHead + "Experience\nEngineer, Globex    2019 – Present\n• Built an API.\n"},
	[]string{secHead + "Experience\nEngineer, Globex    2019 – Present\n• Built an API.\n\nReferences\nAvailable upon request.\n",
		secHead + "Experience\nEngineer, Globex    2019 – Present\n• Built an API.\nReferences available upon request.\n"})

var _ = addCase("sections.order",
	[]string{secHead + "Summary\nBackend engineer with eight years in Go.\n\nExperience\nEngineer, Globex    2017 – Present\n• Built an API.\n\nEducation\nB.S. in Computer Science, University of Illinois    2017\n",
		// A new graduate may lead with education.
		secHead + "Education\nB.S. in Computer Science, University of Illinois    2021 – 2025\n\nExperience\nJunior Developer, Globex    Jul 2025 – Present\n• Built an API.\n"},
	[]string{secHead + "Education\nB.S. in Computer Science, University of Illinois    2013 – 2017\n\nExperience\nEngineer, Globex    2017 – Present\n• Built an API.\n",
		secHead + "Experience\nEngineer, Globex    2017 – Present\n• Built an API.\n\nSummary\nBackend engineer with eight years in Go.\n"})

var _ = addCase("sections.standard-headings",
	[]string{secHead + "EXPERIENCE\nEngineer, Globex    2017 – Present\n\nEDUCATION\nB.S., University of Illinois    2017\n",
		"JANE DOE\nCONTACT\njane@example.com\n\nEXPERIENCE\nEngineer, Globex    2017 – Present\n\nEDUCATION\nB.S., University of Illinois    2017\n"},
	[]string{secHead + "EXPERIENCE\nEngineer, Globex    2017 – Present\n\nEDUCATION\nB.S., University of Illinois    2017\n\nMY TOOLBOX\nGo, Python, SQL\n"})

var _ = addCase("sections.role-title",
	[]string{secHead + "Experience\nBackend Engineer, Globex    2017 – Present\n• Built an API.\n"},
	[]string{secHead + "Experience\nGlobex    2017 – Present\n• Built an API.\n"})

var _ = addCase("sections.role-employer",
	[]string{secHead + "Experience\nBackend Engineer, Globex    2017 – Present\n• Built an API.\n"},
	[]string{secHead + "Experience\nBackend Engineer    2017 – Present\n• Built an API.\n"})

var _ = addCase("sections.degree-institution",
	[]string{secHead + "Education\nB.S. in Computer Science, University of Illinois    2017\n"},
	[]string{secHead + "Education\nB.S. in Computer Science    2017\n"})

var _ = addCase("sections.role-bullets",
	[]string{secHead + "Experience\nBackend Engineer, Globex    2017 – Present\n• Built an API.\nEngineer, Initech    2015 – 2017\n• Wrote tests.\n"},
	[]string{secHead + "Experience\nBackend Engineer, Globex    2017 – Present\n• Built an API.\nEngineer, Initech    2015 – 2017\n"})

var _ = addCase("sections.projects",
	[]string{secHead + "Education\nB.S. in Computer Science, University of Illinois    2022 – 2026\n\nProjects\nCampus Rideshare — React Native\n• Built a ride-matching app used by 1,200 students.\n"},
	[]string{secHead + "Education\nB.S. in Computer Science, University of Illinois    2022 – 2026\n\nExperience\nBarista, Starbucks    2023 – Present\n• Served 200 customers a day.\n"})

var _ = addCase("sections.no-duplicates",
	[]string{secHead + "Research Experience\nResearch Assistant, MIT    2020 – 2022\n\nTeaching Experience\nTeaching Assistant, MIT    2019 – 2020\n\nSkills\nGo, Python\n"},
	[]string{secHead + "Skills\nGo, Python\n\nExperience\nEngineer, Globex    2017 – Present\n\nTechnical Skills\nDocker, Kafka\n"})

func TestStandardHeading(t *testing.T) {
	for h, want := range map[string]string{
		"My Journey":          "Experience",
		"Where I've Worked":   "Experience",
		"Things I've Built":   "Projects",
		"My Toolbox":          "Skills",
		"What I Learned":      "Education",
		"Hello, I'm Jane":     "Summary",
		"Causes I Care About": "Volunteering",
		"Miscellany":          "",
	} {
		if got := standardHeading(h); got != want {
			t.Errorf("standardHeading(%q) = %q, want %q", h, got, want)
		}
	}
}
