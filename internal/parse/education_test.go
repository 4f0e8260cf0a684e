package parse

import "testing"

func TestEducationSchoolTownAndFrenchDegrees(t *testing.T) {
	r := parseText(t, "Camille Durand\ncamille@example.fr\nFormation\n"+
		"Licence professionnelle Commerce et distribution, IAE Nantes\t2015 – 2016\n"+
		"BTS Négociation et relation client, Lycée Livet, Nantes\t2012 – 2014\n"+
		"B.A. in Economics, California State University, Sacramento\t2008 – 2012\n")
	want := [][3]string{
		{"IAE Nantes", "Licence professionnelle", "Commerce et distribution"},
		{"Lycée Livet", "BTS", "Négociation et relation client"},
		{"California State University, Sacramento", "B.A.", "Economics"},
	}
	if len(r.Education) != len(want) {
		t.Fatalf("education %+v", r.Education)
	}
	for i, w := range want {
		e := r.Education[i]
		if e.Institution != w[0] || e.StudyType != w[1] || e.Area != w[2] {
			t.Errorf("%d: got %q / %q / %q, want %q", i, e.Institution, e.StudyType, e.Area, w)
		}
	}
}

func TestEducationWrappedSchoolName(t *testing.T) {
	r := parseText(t, "Ana Lima\nana@example.com\nEducation\nB.A., Economics — Wellesley\nCollege\n2010 – 2014\n"+
		"M.S. in Physics, Institute of\nTechnology Lisbon\n2015 – 2017\n")
	if len(r.Education) != 2 {
		t.Fatalf("education %+v", r.Education)
	}
	if e := r.Education[0]; e.Institution != "Wellesley College" || e.StudyType != "B.A." || e.Area != "Economics" {
		t.Errorf("wrapped after a name: %+v", e)
	}
	if e := r.Education[1]; e.Institution != "Institute of Technology Lisbon" {
		t.Errorf("wrapped after of: %+v", e)
	}
	// A second line that is no part of the school stays apart.
	r = parseText(t, "Ana Lima\nana@example.com\nEducation\nB.A., Economics — Wellesley College\nMagna Cum Laude\n2010 – 2014\n")
	if e := r.Education[0]; e.Institution != "Wellesley College" {
		t.Errorf("joined a line that names no school: %+v", e)
	}
}
