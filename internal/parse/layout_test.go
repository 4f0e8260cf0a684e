package parse

import (
	"context"
	"os"
	"testing"

	"github.com/resumescore/resumescore/internal/extract"
)

func TestLanguageDetected(t *testing.T) {
	for want, text := range map[string]string{
		"en": "Built the billing service with Go and cut the cost of the platform by 30% for the team.",
		"es": "Desarrollo de los servicios con Go y reducción del coste de las plataformas como responsable.",
		"de": "Entwicklung der Dienste mit Go und Senkung der Kosten für die Plattform bei der Firma.",
		"fr": "Développement des services avec Go et réduction du coût pour les équipes et le client.",
		"pt": "Desenvolvimento dos serviços com Go e redução do custo em uma plataforma no banco.",
		"":   "Go, Kubernetes, PostgreSQL, Redis",
	} {
		if got := detectLanguage(text); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

func TestLayoutFacts(t *testing.T) {
	data, err := os.ReadFile("../testdata/resumes/lo-twocol-datasci.pdf")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.Read(context.Background(), data, extract.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	r := Parse(doc, Options{})
	l := r.Meta.ResumeScore.Layout
	if l == nil || l.Format != "pdf" || l.Pages != 1 || l.Columns != 2 || !l.Sidebar || len(l.Fonts) == 0 || l.BodySize != 10 || l.Words < 200 {
		t.Errorf("layout %+v", l)
	}
	if r.Meta.ResumeScore.Language != "en" {
		t.Errorf("language %q", r.Meta.ResumeScore.Language)
	}
	if got := fontFamily("ABCDEF+Lato-Bold"); got != "Lato" {
		t.Errorf("fontFamily: %q", got)
	}
}
