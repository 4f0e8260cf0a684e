package check

import (
	"strings"
	"testing"
)

// A backend résumé that names every group of the backend profile in bullets.
const backendStrong = `@role backend
Jane Doe
Senior Backend Engineer
Experience
Senior Backend Engineer, Acme — 2021 – Present
• Built a Go and Python payments API on PostgreSQL and Redis handling 3,000 requests/second.
• Designed a Kafka pipeline and gRPC and REST services for 80M events/day at 99.98% uptime.
• Migrated 40 microservices to Kubernetes and Docker on AWS, cutting infrastructure cost by 30%.
• Scaled a distributed systems design to cut p99 latency from 1.4s to 280ms.
Skills
Go, Python, PostgreSQL, Redis, Kafka, Kubernetes
`

// A backend résumé that names no backend skill and measures nothing.
const backendWeak = `@role backend
Jane Doe
Passionate problem solver
Experience
Developer, Acme — 2021 – Present
• Worked on the backend services.
• Helped with the database.
• Responsible for deployments.
Skills
Teamwork, Communication, Excel, Word
`

const skillsOnly = `@role backend
Jane Doe
Experience
Developer, Acme — 2021 – Present
• Worked on the backend services.
• Fixed bugs every week.
Skills
Go, Python, Java, PostgreSQL, Redis, Kafka, Kubernetes, Docker
`

var _ = addCase("keywords.role-coverage", []string{backendStrong}, []string{backendWeak})
var _ = addCase("keywords.required-groups", []string{backendStrong}, []string{backendWeak})
var _ = addCase("keywords.evidenced", []string{backendStrong}, []string{skillsOnly})
var _ = addCase("keywords.stuffing", []string{backendStrong},
	[]string{"Jane Doe\nSkills\n" + strings.Repeat("Python developer, Python. ", 10) + "\n"})
var _ = addCase("keywords.headline", []string{backendStrong}, []string{backendWeak})
var _ = addCase("keywords.role-metrics", []string{backendStrong}, []string{backendWeak})

const backendJD = `
@jd
Senior Backend Engineer
Requirements
- 5+ years building services in Go
- PostgreSQL, Kafka and Kubernetes
- Excellent communication and collaboration
- Bachelor's degree in Computer Science
Nice to have
- Terraform
`

const withDegree = "Education\nB.S. in Computer Science, State University, 2015\n"

var _ = addCase("keywords.jd-hard-skills", []string{backendStrong + backendJD}, []string{backendWeak + backendJD})
var _ = addCase("keywords.jd-must-haves", []string{backendStrong + backendJD}, []string{backendWeak + backendJD})
var _ = addCase("keywords.jd-soft-skills",
	[]string{backendStrong + "Summary\nClear communication and collaboration across teams.\n" + backendJD},
	[]string{backendStrong + backendJD})
var _ = addCase("keywords.jd-title", []string{backendStrong + backendJD}, []string{backendWeak + backendJD})
var _ = addCase("keywords.jd-years",
	[]string{strings.Replace(backendStrong, "2021 – Present", "2015 – Present", 1) + backendJD},
	[]string{backendStrong + backendJD})
var _ = addCase("keywords.jd-education", []string{backendStrong + withDegree + backendJD}, []string{backendStrong + backendJD})

func TestJobMatchCountsEachSkillOnce(t *testing.T) {
	once := input(t, backendStrong+backendJD)
	stuffed := input(t, strings.Replace(backendStrong, "Skills\n", "Skills\n"+strings.Repeat("Go, PostgreSQL, Kafka, ", 30)+"\n", 1)+backendJD)
	a, b := JobMatch(once), JobMatch(stuffed)
	if b.Rate > a.Rate {
		t.Errorf("stuffing raised the match rate from %d to %d", a.Rate, b.Rate)
	}
	// Hard skills 8 of 9 weighted, no soft skills, the title, neither the
	// years nor the degree: 0.7×8/9 + 0.1 = 72.
	if a.Rate != 72 || len(a.Missing) != 1 || a.Missing[0] != "Terraform" {
		t.Errorf("rate %d missing %v", a.Rate, a.Missing)
	}
	for _, s := range a.Hard {
		if s.Found && len(s.Where) == 0 {
			t.Errorf("%s found without evidence", s.Term)
		}
	}
}
