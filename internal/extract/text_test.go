package extract

import (
	"context"
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	md := "# Elena Marchetti\n\n**Frontend Engineer** · Toronto, ON\n[mail](mailto:e@example.com) · [github.com/em](https://github.com/em)\n\n## Experience\n\n### Senior Engineer — Pixelforge Inc.\n*Toronto, ON · 2022-03 – present*\n\n- Led the rewrite of the dashboard.\n  - nested item\n---\n## Skills\n"
	doc, err := Read(context.Background(), []byte(md), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "markdown" {
		t.Fatalf("format %q", doc.Format)
	}
	var got []string
	for _, l := range doc.Pages[0].Lines {
		got = append(got, l.Text)
	}
	want := []string{"Elena Marchetti", "Frontend Engineer · Toronto, ON", "mail · github.com/em", "Experience",
		"Senior Engineer — Pixelforge Inc.", "Toronto, ON · 2022-03 – present", "• Led the rewrite of the dashboard.", "  • nested item", "Skills"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("lines:\n%q\nwant\n%q", got, want)
	}
	l := doc.Pages[0].Lines
	if !l[0].Bold || l[0].Size <= l[3].Size || l[3].Size != l[8].Size || l[1].Bold {
		t.Errorf("heading styles: %+v %+v %+v", l[0], l[3], l[1])
	}
	if len(doc.Links) != 2 || doc.Links[1].URI != "https://github.com/em" || doc.Links[0].Line != 3 {
		t.Errorf("links %+v", doc.Links)
	}
}

func TestPlainTextIsNotMarkdown(t *testing.T) {
	doc, _ := Read(context.Background(), []byte("Jane Doe\n# of users grew 3x\nExperience\n"), Limits{})
	if doc.Format != "text" {
		t.Errorf("format %q", doc.Format)
	}
}

func TestLongLinesAreCut(t *testing.T) {
	doc, err := Read(context.Background(), []byte(strings.Repeat("word ", 10000)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range doc.Pages[0].Lines {
		if len(l.Text) > maxLineRunes {
			t.Fatalf("a line of %d bytes", len(l.Text))
		}
	}
	if doc.WordCount() != 10000 {
		t.Errorf("words %d", doc.WordCount())
	}
}

func TestTooManyWords(t *testing.T) {
	_, err := Read(context.Background(), []byte(strings.Repeat("word ", MaxWords+1)), Limits{})
	e, ok := err.(*Error)
	if !ok || e.Kind != KindTooLong || !strings.Contains(e.Error(), "20000 words") {
		t.Errorf("got %v", err)
	}
}

func TestFoldSpacesKeepsTabs(t *testing.T) {
	if got := foldSpaces("  Engineer,  Acme \t\t Jan 2020 –  Present \t"); got != "Engineer, Acme\tJan 2020 – Present" {
		t.Errorf("%q", got)
	}
	if got := cleanText("a\u00adb\tc\u00a0d"); got != "ab\tc d" {
		t.Errorf("%q", got)
	}
}
