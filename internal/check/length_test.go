package check

import (
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/extract"
)

var _ = addCase("length.word-count",
	[]string{"Jane Doe\n" + strings.Repeat("word ", 400)},
	[]string{"Jane Doe\nshort\n"})

// lengthBody is the body of the PDF cases.
var lengthBody = []string{
	"jane@example.com · Chicago, IL",
	"EXPERIENCE",
	"Backend Engineer, Globex    Jan 2024 – Present",
	"• Built a billing API serving 3,000 requests per second.",
	"• Cut p99 latency from 1.4s to 280ms with read-through caching.",
	"EDUCATION",
	"B.S. in Computer Science, University of Illinois    2019",
}

// longBullet has 45 words: more than two printed lines.
const longBullet = "• Worked with the product, design and data teams over several quarters to plan, build, test and roll out a new onboarding flow for small-business customers across three markets, which after a number of iterations and many A/B tests improved activation and reduced the support tickets we received."

var _ = addCase("length.pages",
	[]string{"Jane Doe\njane@example.com\n\nExperience\nEngineer, Globex    2023 – Present\n• Built an API.\n",
		makePDF(pdfResume(1, 11, lengthBody))},
	[]string{"Jane Doe\njane@example.com\n\nExperience\nEngineer, Globex    2024 – Present\n" + strings.Repeat("• Built an API that served many customers in many markets.\n", 140),
		makePDF(pdfResume(1, 11, lengthBody), pdfResume(1, 11, lengthBody[1:]))})

var _ = addCase("length.font-size",
	[]string{makePDF(pdfResume(1, 11, lengthBody)), makePDF(pdfResume(2, 10, lengthBody))},
	[]string{makePDF(pdfResume(1, 8, lengthBody)), makePDF(pdfResume(1, 9.5, lengthBody))})

var _ = addCase("length.font-consistency",
	[]string{makePDF(pdfResume(1, 11, lengthBody))},
	[]string{makePDF(func() []pdfRun {
		p := pdfResume(1, 11, lengthBody)
		// Times and Courier beside Helvetica, and six sizes.
		p[2].Font, p[3].Font, p[3].Size, p[4].Size, p[5].Font, p[6].Size, p[7].Size = 2, 3, 9, 13, 3, 7, 10
		return p
	}())})

var _ = addCase("length.density",
	[]string{makePDF(pdfResume(1, 11, lengthBody))},
	[]string{makePDF(pdfResume(1, 11, lengthBody), []pdfRun{{Font: 1, Size: 11, X: 72, Y: 740, Text: "Languages: Go, Python, SQL"}})})

var _ = addCase("length.bullets-per-role",
	[]string{"Jane Doe\n\nExperience\nEngineer, Globex    2020 – Present\n• Built an API.\n• Cut latency 40%.\n• Led a team of 4.\nEngineer, Initech    2016 – 2020\n• Wrote tests.\n• Built a cache.\n• Ran on-call.\nAnalyst, Hooli    2014 – 2016\n• Built reports.\n"},
	[]string{"Jane Doe\n\nExperience\nEngineer, Globex    2020 – Present\n• Built an API.\n• Cut latency 40%.\nEngineer, Initech    2016 – 2020\n• Wrote tests.\n• Built a cache.\n• Ran on-call.\n",
		"Jane Doe\n\nExperience\nEngineer, Globex    2020 – Present\n" + strings.Repeat("• Built an API.\n", 9)})

var _ = addCase("length.bullet-lines",
	[]string{"Jane Doe\n\nExperience\nEngineer, Globex    2020 – Present\n• Cut p99 API latency from 1.4s to 280ms by adding read-through Redis caching across the 12 hottest endpoints.\n"},
	[]string{"Jane Doe\n\nExperience\nEngineer, Globex    2020 – Present\n" + longBullet + "\n"})

var _ = addCase("length.paragraphs",
	[]string{"Jane Doe\n\nExperience\nEngineer, Globex    2020 – Present\nPayments platform team of eight engineers.\n• Built an API.\n• Cut latency 40%.\n"},
	[]string{"Jane Doe\n\nExperience\nEngineer, Globex    2020 – Present\n" + strings.TrimPrefix(longBullet, "• ") + " " + strings.TrimPrefix(longBullet, "• ") + "\n",
		"Jane Doe\n\nExperience\nEngineer, Globex    2020 – Present\nI worked with the product, design and data teams over several quarters\nto plan, build, test and roll out a new onboarding flow for small-business\ncustomers across three markets, which after a number of iterations and\nmany A/B tests improved activation and reduced the support tickets we\nreceived from customers.\n"})

// The layout checks read the Document, so they are tested on one built by
// hand as well, whatever the PDF reader makes of the files above.
func TestLayoutOnBuiltDocument(t *testing.T) {
	line := func(n int, text string, size float64, font string) extract.Line {
		return extract.Line{Number: n, Text: text, Size: size, Y: float64(60 + 14*n),
			Spans: []extract.Span{{Text: text, Size: size, Font: font}}}
	}
	doc := &extract.Document{Format: "pdf", Pages: []extract.Page{{Number: 1, Height: 792, Lines: []extract.Line{
		line(1, "Jane Doe", 20, "ABCDEF+Calibri-Bold"),
		line(2, "jane@example.com · Chicago, IL", 8.5, "ABCDEF+Calibri"),
		line(3, "EXPERIENCE", 12, "ABCDEF+Calibri-Bold"),
		line(4, "Backend Engineer, Globex Jan 2020 – Present", 8.5, "Georgia"),
		line(5, "• Built a billing API serving 3,000 requests per second.", 8.5, "CourierNewPSMT"),
	}}}}
	in := &Input{Doc: doc, Resume: input(t, "x").Resume, AsOf: input(t, "x").AsOf}
	if s, ok := bodyFontSize(in); !ok || s != 8.5 {
		t.Errorf("body size %v %v", s, ok)
	}
	if r, ok := registry["length.font-size"].Run(in); !ok || r.Status != Fail {
		t.Errorf("font-size: %v %+v", ok, r)
	}
	if r, ok := registry["length.font-consistency"].Run(in); !ok || r.Status != Warn || !strings.Contains(r.Message, "3 font families") {
		t.Errorf("font-consistency: %v %+v", ok, r)
	}
	if r, ok := registry["length.density"].Run(in); !ok || r.Status != Pass {
		t.Errorf("density: %v %+v", ok, r)
	}
}

func TestFontFamily(t *testing.T) {
	for name, want := range map[string]string{
		"ABCDEF+Calibri-Bold":     "Calibri",
		"Calibri,Italic":          "Calibri",
		"TimesNewRomanPS-BoldMT":  "TimesNewRoman",
		"ArialMT":                 "Arial",
		"CMR10":                   "Computer Modern",
		"CMBX12":                  "Computer Modern",
		"LMRoman10-Regular":       "Computer Modern",
		"Symbol":                  "",
		"FontAwesome5Free-Solid":  "",
		"Helvetica":               "Helvetica",
		"QWERTY+SourceSansPro-It": "SourceSansPro",
		"gbsnu5e":                 "gbsnu",
		"gbsnu4e":                 "gbsnu",
		"NewCM10-Regular":         "Computer Modern",
		"STIXTwoMath-Regular":     "",
		"3":                       "",
	} {
		if got := fontFamily(name); got != want {
			t.Errorf("fontFamily(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestSizeClusters(t *testing.T) {
	got := sizeClusters(map[float64]float64{10: 0.5, 10.5: 0.2, 11: 0.1, 12: 0.1, 14.5: 0.09, 6: 0.01})
	if len(got) != 3 || got[0] != 10 || got[1] != 12 || got[2] != 14.5 {
		t.Errorf("sizeClusters = %v", got)
	}
}
