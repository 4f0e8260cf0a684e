package parse

import "testing"

func TestWrappedDateColumn(t *testing.T) {
	r := parseText(t, "Katharina Vogelsang\nAnschrift\tGreifswalder Straße 88, 10405 Berlin\nE-Mail\tk.vogelsang@example.de\n"+
		"Berufserfahrung\n"+
		"01.09.2017 –\tBackend-Entwicklerin\n28.02.2021\tHavelsoft GmbH, Potsdam\n– Entwicklung von REST-APIs in Java.\n"+
		"01.10.2015 –\tWerkstudentin\n31.08.2017\n")
	if len(r.Work) != 2 {
		t.Fatalf("work %+v", r.Work)
	}
	w := r.Work[0]
	if w.Position != "Backend-Entwicklerin" || w.Name != "Havelsoft GmbH" || w.StartDate != "2017-09" || w.EndDate != "2021-02" {
		t.Errorf("first role %+v", w)
	}
	if w := r.Work[1]; w.StartDate != "2015-10" || w.EndDate != "2017-08" {
		t.Errorf("second role (end date alone on its line) %+v", w)
	}
	if r.Basics.Label != "" {
		t.Errorf("a contact table row read as the headline: %q", r.Basics.Label)
	}
}

func TestSplitRangeNeedsBothHalves(t *testing.T) {
	items := []item{{text: "2019 –\tEngineer"}, {text: "Acme\tBerlin"}}
	if got := joinSplitRanges(items); len(got) != 2 || got[0].text != "2019 –\tEngineer" {
		t.Errorf("joined a range without an end date: %+v", got)
	}
	items = []item{{text: "2019 – 2020\tEngineer"}, {text: "2021\tAcme"}}
	if got := joinSplitRanges(items); len(got) != 2 || got[0].text != "2019 – 2020\tEngineer" {
		t.Errorf("joined a closed range: %+v", got)
	}
}
