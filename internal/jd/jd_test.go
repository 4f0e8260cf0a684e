package jd

import (
	"strings"
	"testing"
)

type vocab map[string]string

func (v vocab) Canonical(t string) (string, bool) {
	c, ok := v[strings.ToLower(t)]
	return c, ok
}

var testVocab = vocab{"go": "Go", "golang": "Go", "postgresql": "PostgreSQL", "postgres": "PostgreSQL", "kafka": "Kafka",
	"kubernetes": "Kubernetes", "k8s": "Kubernetes", "grpc": "gRPC", "aws": "AWS", "terraform": "Terraform", "c++": "C++",
	"distributed systems": "Distributed systems", "redis": "Redis"}

const backendJD = `Senior Backend Engineer

We are looking for a backend engineer to scale our payments platform.

Requirements
- 5+ years of experience building backend services in Go (Golang) or C++
- Strong PostgreSQL and Redis skills; experience with Kafka
- Experience with distributed systems and Kubernetes (k8s)
- Excellent communication and a collaborative, cross-functional mindset
- Bachelor's degree in Computer Science or equivalent

Nice to have
- gRPC, Terraform
- AWS experience is a plus
`

func TestParse(t *testing.T) {
	r := Parse(backendJD, testVocab)
	if r.Title != "Senior Backend Engineer" || r.Years != 5 || r.Education != "bachelor" {
		t.Errorf("title %q years %d education %q", r.Title, r.Years, r.Education)
	}
	must, nice := map[string]bool{}, map[string]bool{}
	for _, s := range r.Hard {
		if s.Must {
			must[s.Term] = true
		} else {
			nice[s.Term] = true
		}
	}
	for _, term := range []string{"Go", "C++", "PostgreSQL", "Redis", "Kafka", "Distributed systems", "Kubernetes"} {
		if !must[term] {
			t.Errorf("%s should be a must (must=%v nice=%v)", term, must, nice)
		}
	}
	for _, term := range []string{"gRPC", "Terraform", "AWS"} {
		if !nice[term] {
			t.Errorf("%s should be nice to have", term)
		}
	}
	if r.Hard[0].Term != "Go" || r.Hard[0].Count != 2 {
		t.Errorf("Go is named twice and should lead: %+v", r.Hard[0])
	}
	soft := map[string]bool{}
	for _, s := range r.Soft {
		soft[s.Term] = true
	}
	if !soft["Communication"] || !soft["Collaboration"] || len(r.Soft) != 2 {
		t.Errorf("soft skills %+v", r.Soft)
	}
}

func TestTokens(t *testing.T) {
	got := strings.Join(Tokens("Node.js, C++, C#, .NET and CI/CD (k8s)."), "|")
	if got != "Node.js|C++|C#|.NET|and|CI/CD|k8s" {
		t.Errorf("tokens %q", got)
	}
}

func TestEmptyAndPlain(t *testing.T) {
	r := Parse("", testVocab)
	if r.Title != "" || len(r.Hard) != 0 || r.Years != 0 {
		t.Errorf("%+v", r)
	}
	if r := Parse("Title: Data Analyst\nA master's degree in statistics is required.\nPhD preferred.", nil); r.Title != "Data Analyst" || r.Education != "master" {
		t.Errorf("%+v", r)
	}
}

func TestDegreeLevel(t *testing.T) {
	for in, want := range map[string]string{"B.S.": "bachelor", "BS": "bachelor", "Bachelor of Science": "bachelor", "M.S.": "master",
		"MBA": "master", "PhD": "doctorate", "Ph.D.": "doctorate", "A.S.": "associate", "Licenciatura": "bachelor", "Mestrado": "master",
		"High School Diploma": "", "Certificate": ""} {
		if got := DegreeLevel(in); got != want {
			t.Errorf("DegreeLevel(%q) = %q, want %q", in, got, want)
		}
	}
	if LevelRank("master") <= LevelRank("bachelor") || LevelRank("") != 0 {
		t.Error("rank order")
	}
}
