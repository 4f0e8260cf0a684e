package parse

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
)

func parseText(t *testing.T, text string) *Resume {
	t.Helper()
	doc, err := extract.Read(context.Background(), []byte(text), extract.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return Parse(doc, Options{AsOf: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)})
}

func TestParseBasicsSectionsBullets(t *testing.T) {
	r := parseText(t, `Maria Garcia
maria.garcia@example.com | +54 11 5555-0123
Work Experience
• Built a payments API in Go handling 3,000 requests
  per second for 2M customers.
• Led a team of 4.
EDUCATION
B.S. in Computer Science
Skills
Languages: Go, C++, C#, Node.js
`)
	if r.Basics.Name != "Maria Garcia" || r.Basics.Email != "maria.garcia@example.com" || r.Basics.Phone != "+54 11 5555-0123" {
		t.Errorf("basics %+v", r.Basics)
	}
	if got := r.Meta.ResumeScore.Provenance["basics.email"]; got.Page != 1 || got.Line != 2 {
		t.Errorf("email provenance %+v", got)
	}
	var kinds []string
	for _, s := range r.Meta.ResumeScore.Sections {
		kinds = append(kinds, s.Kind)
	}
	if want := "experience education skills"; strings.Join(kinds, " ") != want {
		t.Errorf("sections %q, want %q", strings.Join(kinds, " "), want)
	}
	if len(r.Bullets) != 2 || r.Bullets[0].Text != "Built a payments API in Go handling 3,000 requests per second for 2M customers." {
		t.Errorf("bullets %+v", r.Bullets)
	}
	if r.Bullets[0].Section != "experience" || r.Bullets[0].Ref.Line != 4 {
		t.Errorf("bullet provenance %+v", r.Bullets[0])
	}
	if len(r.Skills) != 1 || r.Skills[0].Name != "Languages" || strings.Join(r.Skills[0].Keywords, " ") != "Go C++ C# Node.js" {
		t.Errorf("skills %+v", r.Skills)
	}
}

func TestNameIsNotATitleWord(t *testing.T) {
	r := parseText(t, "Curriculum Vitae\nJohn Smith\njohn@example.com\n")
	if r.Basics.Name != "John Smith" {
		t.Errorf("name %q", r.Basics.Name)
	}
}

func TestPhoneNotADateRange(t *testing.T) {
	r := parseText(t, "Jane Doe\nAcme 2019 - 2021\n")
	if r.Basics.Phone != "" {
		t.Errorf("phone %q taken from a date range", r.Basics.Phone)
	}
}

func TestBulletMarks(t *testing.T) {
	for line, want := range map[string]string{"• a": "a", "- b c": "b c", "-5%": "", "▪ d": "d", "plain": ""} {
		got, _ := bulletText(line)
		if got != want {
			t.Errorf("bulletText(%q) = %q, want %q", line, got, want)
		}
	}
}

func TestSkillsSplitAndNormalise(t *testing.T) {
	canon := func(s string) (string, bool) {
		c, ok := map[string]string{"golang": "Go", "k8s": "Kubernetes", "typescript": "TypeScript", "javascript": "JavaScript", "postgres": "PostgreSQL"}[strings.ToLower(s)]
		return c, ok
	}
	doc, _ := extract.Read(context.Background(), []byte("Jane Doe\nSkills\nLanguages: golang, C++, C#, Node.js\n– TypeScript y JavaScript\t– Postgres\nDistributed Systems, Research and Development, CI/CD, k8s\n"), extract.Limits{})
	r := Parse(doc, Options{Canonical: canon})
	got := strings.Join(r.SkillNames(), "|")
	if want := "golang|C++|C#|Node.js|TypeScript|JavaScript|Postgres|Distributed Systems|Research and Development|CI/CD|k8s"; got != want {
		t.Errorf("skills %q\nwant   %q", got, want)
	}
	if got := strings.Join(r.Meta.ResumeScore.Skills, "|"); got != "Go|TypeScript|JavaScript|PostgreSQL|Kubernetes" {
		t.Errorf("canonical %q", got)
	}
}

func TestEmptyAndBandOnlyDocuments(t *testing.T) {
	if r := Parse(&extract.Document{Format: "pdf"}, Options{}); r.Basics.Name != "" || len(r.Work) != 0 {
		t.Errorf("%+v", r)
	}
	doc := &extract.Document{Format: "pdf", Pages: []extract.Page{{Number: 1, Lines: []extract.Line{
		{Number: 1, Text: "Jane Doe", Band: "header"}, {Number: 2, Text: "Page 1 of 1", Band: "footer"}}}}}
	if r := Parse(doc, Options{}); r.Basics.Name != "Jane Doe" {
		t.Errorf("name %q", r.Basics.Name)
	}
}

func TestSkillParenthesesAndLanguages(t *testing.T) {
	doc, _ := extract.Read(context.Background(), []byte("Jane Doe\nSkills\nTools: Excel (Power Query, PivotTables), emailing (Brevo), Sistematização da Assistência (SAE)\nLanguages: English (native), Spanish (conversational)\n"), extract.Limits{})
	r := Parse(doc, Options{})
	if got := strings.Join(r.SkillNames(), "|"); got != "Excel|Power Query|PivotTables|emailing|Brevo|Sistematização da Assistência (SAE)" {
		t.Errorf("skills %q", got)
	}
	if len(r.Languages) != 2 || r.Languages[0]["language"] != "English" || r.Languages[1]["fluency"] != "conversational" {
		t.Errorf("languages %+v", r.Languages)
	}
}

// Two heading styles used equally often must not be chosen by map order:
// the parse of one document is the same every time.
func TestParseIsDeterministic(t *testing.T) {
	data, err := os.ReadFile("../testdata/resumes/chrome-ux-sidebar.pdf")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Read(context.Background(), data, extract.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	first, _ := json.Marshal(Parse(doc, Options{}))
	for range 40 {
		if again, _ := json.Marshal(Parse(doc, Options{})); string(again) != string(first) {
			t.Fatal("two parses of one document differ")
		}
	}
}
