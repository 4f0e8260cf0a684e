package roles

import (
	"testing"
)

const sampleResume = `Jane Doe — Senior Backend Engineer
Summary: Backend engineer who builds payment services in Go and Python.
Experience
Acme Payments, Senior Backend Engineer, 2021–present
- Scaled the ledger API to 40k requests/second with p99 latency under 80 ms.
- Migrated 12 services from a monolith to Kubernetes on AWS, cutting infrastructure cost 30%.
- Built an event pipeline on Kafka handling 2B events/day with 99.99% uptime.
Globex, Software Engineer, 2017–2021
- Designed gRPC and REST APIs backed by PostgreSQL and Redis.
Skills: Go, Python, Java, PostgreSQL, Redis, Kafka, gRPC, Docker, Kubernetes, AWS, Terraform
Education: BSc Computer Science, 2017`

func TestDetect(t *testing.T) {
	cases := []struct {
		name     string
		titles   []string
		headline string
		text     string
		want     string
		minConf  float64
	}{
		{"backend title", []string{"Senior Backend Engineer"}, "", "", "backend", 0.6},
		{"back-end spelling", []string{"Sr. Back-End Developer"}, "", "", "backend", 0.6},
		{"nurse", []string{"RN, ICU"}, "", "", "registered-nurse", 0.5},
		{"data scientist", []string{"Data Scientist"}, "", "Skills: Python, pandas, scikit-learn", "data-scientist", 0.6},
		{"product manager", []string{"Senior Product Manager"}, "", "", "product-manager", 0.6},
		{"headline only", nil, "Full-Stack Developer | React, Node.js, PostgreSQL", "", "full-stack", 0.5},
		{"full résumé", []string{"Senior Backend Engineer", "Software Engineer"}, "", sampleResume, "backend", 0.7},
		{"keywords only", nil, "", "Built services in Go with PostgreSQL, Kafka and gRPC on Kubernetes and Docker.", "backend", 0.2},
		{"nurse text", nil, "", "BLS, ACLS, PALS. Medication administration, patient assessment and care planning on a 30-bed telemetry unit. Epic EHR.", "registered-nurse", 0.2},
		{"teacher", []string{"High School Math Teacher"}, "", "", "teacher", 0.5},
		{"recruiter", []string{"Technical Recruiter"}, "", "Greenhouse, LinkedIn Recruiter, sourcing", "recruiter", 0.6},
		{"accountant", []string{"Staff Accountant"}, "", "GAAP, month-end close, reconciliations, NetSuite", "accountant", 0.6},
		{"sales", []string{"Account Executive"}, "", "Closed $1.2M ARR at 134% of quota in Salesforce", "sales", 0.6},
		{"marketing beats product", []string{"Product Marketing Manager"}, "", "", "marketing", 0.5},
		{"engineering manager", []string{"Engineering Manager"}, "", "Hired 9 engineers, mentoring", "engineering-manager", 0.6},
		{"sre", []string{"Site Reliability Engineer"}, "", "", "devops", 0.5},
		{"ml", []string{"Machine Learning Engineer"}, "", "PyTorch, MLflow", "ml-engineer", 0.6},
		{"ux", []string{"Product Designer"}, "", "Figma, usability testing", "ux-designer", 0.6},
		{"qa", []string{"QA Automation Engineer"}, "", "Selenium, Cypress", "qa", 0.6},
		{"help desk", []string{"Help Desk Technician"}, "", "", "it-support", 0.5},
		{"plain software engineer", []string{"Software Engineer"}, "", "", "software-engineer", 0.5},
		{"civil engineer is not software", []string{"Civil Engineer"}, "", "", Fallback, 0},
		{"empty", nil, "", "", Fallback, 0},
		{"nothing known", []string{"Chief Happiness Officer"}, "", "I like long walks.", Fallback, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			id, conf := Detect(c.titles, c.headline, c.text)
			if id != c.want {
				t.Fatalf("Detect = %s (%.2f), want %s", id, conf, c.want)
			}
			if conf < c.minConf || conf < 0 || conf > 1 {
				t.Errorf("confidence %.2f, want ≥ %.2f", conf, c.minConf)
			}
			if id == Fallback && conf > 0.3 {
				t.Errorf("fallback with confidence %.2f, want ≤ 0.3", conf)
			}
			id2, conf2 := Detect(c.titles, c.headline, c.text)
			if id2 != id || conf2 != conf {
				t.Errorf("not deterministic: %s %.2f then %s %.2f", id, conf, id2, conf2)
			}
		})
	}
	if id, conf := Detect(nil, "", ""); id != Fallback || conf != 0 {
		t.Errorf("empty input: %s %.2f, want %s 0", id, conf, Fallback)
	}
	// A title with keywords behind it is surer than the title alone.
	_, alone := Detect([]string{"Data Scientist"}, "", "")
	_, backed := Detect([]string{"Data Scientist"}, "", "Python, pandas, scikit-learn, PyTorch, A/B testing, SQL")
	if backed <= alone {
		t.Errorf("keywords did not raise confidence: %.2f → %.2f", alone, backed)
	}
}

func BenchmarkDetect(b *testing.B) {
	titles := []string{"Senior Backend Engineer", "Software Engineer"}
	load()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Detect(titles, "Backend engineer", sampleResume)
	}
}
