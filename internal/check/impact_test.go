package check

import "testing"

// Résumés each impact check passes and fails. Bullets sit under an
// "Experience" heading so that the parser treats them as work bullets.

const good = `Jane Doe
Senior Backend Engineer

Experience
Senior Backend Engineer, Acme Payments — Chicago, IL    Jan 2021 – Present
• Cut p99 API latency from 1.4s to 280ms by adding read-through Redis caching across the 12 hottest endpoints.
• Designed a Go and Kafka order-processing service handling 80M events/day at 99.98% uptime.
• Migrated 40 services from VMs to Kubernetes, reducing infrastructure cost by 30%.
Backend Engineer, Globex — Chicago, IL    Jun 2017 – Dec 2020
• Built a billing API in Go serving 3,000 requests/second for 2M customers.
• Led a team of 4 engineers to replace a legacy monolith, cutting deploy time from 2 hours to 10 minutes.
`

var _ = addCase("impact.quantified",
	[]string{"Experience\n• Cut latency by 40% for 2M users.\n• Saved $120k a year.\n", good,
		"Experience\n• Doubled weekly sign-ups with a referral scheme.\n• Led three teams through a re-platforming.\n"},
	[]string{"Experience\n• Worked on the backend services.\n• Helped with testing in 2019.\n"})

var _ = addCase("impact.action-verb",
	[]string{"Experience\n• Built a billing API.\n• Led a team of four.\n", good,
		"Experience\n• Re-architected the search index.\n• Optimised the nightly batch.\n• Triaged incoming incidents.\n"},
	[]string{"Experience\n• Responsible for billing.\n• Worked on the backend services.\n"})

var _ = addCase("impact.role-metric",
	[]string{good},
	[]string{`Experience
Analyst, Initech    Jan 2021 – Present
• Built the monthly sales dashboard in Tableau.
• Wrote the data dictionary for the finance team.
Junior Analyst, Initrode    Jan 2019 – Dec 2020
• Cleaned customer records in the CRM.
• Prepared weekly reports for the sales director.
`})

var _ = addCase("impact.weak-opener",
	[]string{good},
	[]string{"Experience\n• Worked on the backend services for the payments team.\n• Responsible for the on-call rota and incident reviews.\n• Built a billing API serving 2M customers.\n"})

var _ = addCase("impact.bullet-length",
	[]string{good},
	[]string{"Experience\n• Built a microservice.\n• Fixed bugs.\n• Cut p99 API latency from 1.4s to 280ms by adding caching.\n"})

var _ = addCase("impact.outcome",
	[]string{good},
	[]string{"Experience\n• Rewrote the reporting queries in SQL.\n• Maintained the Jenkins build servers.\n• Built an internal admin tool in React.\n"})

var _ = addCase("impact.duty-only",
	[]string{good},
	[]string{"Experience\n• Duties included answering customer emails.\n• Maintained the office calendar.\n• Processed supplier invoices.\n"})

var _ = addCase("impact.number-context",
	[]string{good},
	[]string{"Experience\n• Wrote 15 unit tests for the parser.\n• Attended 12 conferences.\n• Cut costs by 20% through vendor consolidation.\n"})

var _ = addCase("impact.plausible",
	[]string{good},
	[]string{"Experience\n• Increased sales by 5000% in one quarter.\n• Achieved 100% customer satisfaction across every account.\n• Built a CRM integration used by 40 reps.\n"})

var _ = addCase("impact.repeated-verbs",
	[]string{good},
	[]string{"Experience\n• Managed the annual budget of $2M.\n• Managed a team of 6 analysts.\n• Managed vendor contracts, saving 12%.\n• Managed the quarterly close in 5 days.\n"})

var _ = addCase("impact.scope",
	[]string{good},
	[]string{"Experience\n• Wrote the style guide for the design system.\n• Fixed accessibility bugs in the checkout form.\n• Added dark mode to the settings page.\n• Improved page load time by 30%.\n"})

var _ = addCase("impact.one-idea",
	[]string{good},
	[]string{"Experience\n• Designed the API, wrote the documentation and trained the support team.\n• Ran the launch; also handled the press.\n• Cut costs 10% by renegotiating contracts.\n"})

var _ = addCase("impact.enough-bullets",
	[]string{good},
	[]string{"Experience\n• Built a billing API serving 2M customers.\n", "Experience\nAcme Corp, Engineer    2019 – 2021\n\nEducation\nBSc Physics, Leeds    2015 – 2018\n"})

var _ = addCase("impact.placeholder",
	[]string{good},
	[]string{"Experience\n• Reduced costs by XX% across [N] sites.\n• Built a billing API serving 2M customers.\n• Grew revenue 20XX to $1M.\n"})

func TestSeveralResultsSemicolon(t *testing.T) {
	for s, want := range map[string]bool{
		"Managed a £600k budget; cost per acquisition fell by 33%.":        false,
		"Owned checkout; launched wallet payments that lifted conversion.": true,
		"Designed the platform; tests now reach significance 40% faster.":  false,
		"Ran the launch; also handled the press.":                          true,
		"Precepted 12 nurses (all passed; 11 stayed).":                     false,
	} {
		if got := severalResults(s) != ""; got != want {
			t.Errorf("severalResults(%q) = %v", s, got)
		}
	}
}
