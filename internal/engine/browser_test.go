package engine

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/roles"
)

// ScoreRead gives Score's report byte for byte, for every kind of input and
// with a role and a job description.
func TestScoreReadIsScore(t *testing.T) {
	day := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	for _, name := range []string{
		"../testdata/resumes/lo-headerfooter-accountant.pdf",
		"../testdata/resumes/docx-table-sales.docx",
		"../testdata/resumes/txt-teacher.txt",
		"../testdata/resumes/md-frontend.md",
		"../testdata/resumes/jsonresume-backend.json",
	} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, opt := range []Options{
			{AsOf: day},
			{AsOf: day, Role: "backend", JD: "Senior Backend Engineer. Must have Go, Kafka and PostgreSQL; 5+ years. Nice to have: Kubernetes."},
		} {
			want, err := ScoreJSON(context.Background(), Input{Data: data}, opt)
			if err != nil {
				t.Fatal(err)
			}
			rep, doc, err := ScoreRead(context.Background(), Input{Data: data}, opt)
			if err != nil {
				t.Fatal(err)
			}
			got, err := report.JSON(rep)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s (role %q): ScoreRead's report differs from ScoreJSON's", name, opt.Role)
			}
			read, err := Read(context.Background(), Input{Data: data}, opt)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(TextJSON(doc), TextJSON(read)) {
				t.Errorf("%s: ScoreRead's document differs from Read's", name)
			}
		}
	}
	if _, _, err := ScoreRead(context.Background(), Input{Data: []byte("Ada\nada@example.com\n")}, Options{AsOf: day, Role: "no-such-role"}); err == nil {
		t.Error("ScoreRead took an unknown role")
	}
}

// TextJSON is valid JSON that says what the Document says.
func TestTextJSON(t *testing.T) {
	doc := &extract.Document{Format: "pdf", TotalPages: 3, Pages: []extract.Page{
		{Number: 1, Images: 1, Columns: []extract.Column{{Role: "main"}, {Role: "sidebar"}}, Lines: []extract.Line{
			{Number: 1, Text: `Ada "<b>" & \ Lovelace` + "\t\x01\u2028", Band: "header", Bold: true},
			{Number: 2, Text: "bad \xff utf-8 · é 🙂", Column: 2, In: "table"},
		}},
		{Number: 2},
	}, Hidden: []extract.Hidden{{Page: 1, Text: "keyword stuffing", Reason: "tiny"}}}
	var got struct {
		Format string `json:"format"`
		Pages  []struct {
			Number  int `json:"number"`
			Images  int `json:"images"`
			Columns []struct {
				Role string `json:"role"`
			} `json:"columns"`
			Lines []struct {
				Line   int    `json:"line"`
				Text   string `json:"text"`
				Band   string `json:"band"`
				Column int    `json:"column"`
				In     string `json:"in"`
				Bold   bool   `json:"bold"`
			} `json:"lines"`
		} `json:"pages"`
		TotalPages int              `json:"totalPages"`
		Hidden     []extract.Hidden `json:"hidden"`
	}
	raw := TextJSON(doc)
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, raw)
	}
	if got.Format != "pdf" || got.TotalPages != 3 || len(got.Pages) != 2 || got.Pages[0].Images != 1 ||
		len(got.Pages[0].Columns) != 2 || got.Pages[0].Columns[1].Role != "sidebar" || len(got.Pages[1].Lines) != 0 {
		t.Errorf("got %+v", got)
	}
	l := got.Pages[0].Lines
	if len(l) != 2 || l[0].Text != doc.Pages[0].Lines[0].Text || l[0].Band != "header" || !l[0].Bold ||
		l[1].Text != "bad \ufffd utf-8 · é 🙂" || l[1].Column != 2 || l[1].In != "table" || l[1].Line != 2 {
		t.Errorf("lines %+v", l)
	}
	if !reflect.DeepEqual(got.Hidden, doc.Hidden) {
		t.Errorf("hidden %+v", got.Hidden)
	}
	if bytes.ContainsAny(raw, "<>&") {
		t.Errorf("markup characters are not escaped: %s", raw)
	}
}

// The picker's roles are every role, by name.
func TestRolesJSON(t *testing.T) {
	var menu []struct{ ID, Name, Family string }
	if err := json.Unmarshal(RolesJSON(), &menu); err != nil {
		t.Fatal(err)
	}
	if len(menu) != len(roles.All()) {
		t.Errorf("%d roles in the menu, want %d", len(menu), len(roles.All()))
	}
	for i, m := range menu {
		p, ok := roles.Get(m.ID)
		if !ok || p.Name != m.Name || p.Family != m.Family {
			t.Errorf("menu entry %+v", m)
		}
		if i > 0 && menu[i-1].Name > m.Name {
			t.Errorf("menu not sorted by name at %q", m.Name)
		}
	}
}
