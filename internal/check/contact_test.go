package check

import "testing"

var _ = addCase("contact.name",
	[]string{"Jane Doe\njane@example.com\n", "JANE DOE\nSenior Backend Engineer\njane@example.com\n",
		"Rebecca Lindqvist, CPA\nMontclair, NJ 07042 | 973-555-0123\n\nEXPERIENCE\nSenior Accountant, Harborview    2019 – Present\n\nEDUCATION\nB.S., Rutgers University    2012\n"},
	[]string{"jane@example.com · Chicago, IL\n\nExperience\nEngineer, Globex    2019 – Present\n",
		"CURRICULUM VITAE\nSenior Backend Engineer\nBerlin, Germany\njane@example.com\n+49 30 1234 5678\nJane Doe\n\nExperience\nEngineer, Globex    2019 – Present\n"})

var _ = addCase("contact.email",
	[]string{"Jane Doe\njane@example.com\n"},
	[]string{"Jane Doe\nno address here\n",
		"Jane Doe\njane.doe [at] example [dot] com\n",
		"Jane Doe\njane.doe@gmial.com\n"})

var _ = addCase("contact.email-professional",
	[]string{"Jane Doe\njane.doe@example.com\n", "Jane Doe\njdoe2@example.com\n",
		// One's own business is no employer to hide from.
		"Jane Doe\njane@doeconsulting.com\n\nExperience\nFounder, Doe Consulting    2019 – Present\n• Built an API.\n"},
	[]string{"Jane Doe\nsexyboy@example.com\n", "Jane Doe\njane1987@example.com\n", "Jane Doe\nj4827361@example.com\n",
		"Jane Doe\njane.doe@globex.com\n\nExperience\nBackend Engineer, Globex    2019 – Present\n• Built an API.\n"})

var _ = addCase("contact.phone",
	[]string{"Jane Doe\n+49 30 1234 5678\n", "Jane Doe\n(312) 555-0123\n", "Jane Doe\n+44 (0)20 7946 0958\n"},
	[]string{"Jane Doe\nCall me maybe\n", "Jane Doe\n+1 312 555 01234\n", "Jane Doe\n(312) 555-012 · Chicago, IL\n"})

var _ = addCase("contact.phone-country-code",
	[]string{"Jane Doe\n+49 30 1234 5678 · Berlin, Germany\n", "Jane Doe\n0049 30 1234 5678 · Berlin, Germany\n"},
	[]string{"Jane Doe\n030 1234 5678 · Berlin, Germany\n",
		"Jane Doe\n(312) 555-0123 · Chicago, IL\nOpen to relocation to the EU\n"})

var _ = addCase("contact.location",
	[]string{"Jane Doe\njane@example.com · Chicago, IL\n", "Jane Doe\njane@example.com · Berlin, Germany\n",
		"Jane Doe\nAustin, TX 78704\njane@example.com\n", "Max Mustermann\n10115 Berlin\nmax@example.com\n"},
	[]string{"Jane Doe\njane@example.com\n", "Jane Doe\njane@example.com · +49 30 1234 5678\n"})

var _ = addCase("contact.no-street-address",
	[]string{"Jane Doe\njane@example.com · Chicago, IL\n", "Jane Doe\nSt. Louis, MO · jane@example.com\n"},
	[]string{"Jane Doe\n1234 N Lake Shore Dr, Apt 5B, Chicago, IL 60611\n",
		"Jane Doe\nHauptstraße 5, 10115 Berlin\n",
		"Jane Doe\n12 rue de la Paix, 75002 Paris\n"})

var _ = addCase("contact.linkedin",
	[]string{"Jane Doe\njane@example.com · linkedin.com/in/janedoe\n", "Jane Doe\njane@example.com · https://www.linkedin.com/in/jane-doe-123/\n"},
	[]string{"Jane Doe\njane@example.com\n", "Jane Doe\njane@example.com · LinkedIn · GitHub\n", "Jane Doe\njane@example.com · linkedin.com/in/\n"})

var _ = addCase("contact.portfolio-link",
	[]string{"Jane Doe\nBackend Developer\njane@example.com · github.com/janedoe\n",
		"Jane Doe\njane@example.com · https://janedoe.dev\n\nSkills\nGo, Python, PostgreSQL, Docker\n"},
	[]string{"Jane Doe\nBackend Developer\njane@example.com · linkedin.com/in/janedoe\n",
		"Jane Doe\nProduct Designer\njane@example.com\n"})

var _ = addCase("contact.reachable",
	[]string{"Jane Doe\njane@example.com\n", "Jane Doe\n+49 30 1234 5678\n"},
	[]string{"Jane Doe\nSenior Backend Engineer\n"})

var _ = addCase("contact.no-personal-data",
	[]string{"Jane Doe\njane@example.com\n\nExperience\nEngineer, Globex    2019 – Present\n• Led a gender equality programme for 300 staff.\n"},
	[]string{"Jane Doe\nDate of birth: 12.03.1988\n", "Jane Doe\nGender: female · Marital status: married\n", "Max Mustermann\nGeburtsdatum: 12.03.1988 · verheiratet\n", "Jane Doe\nAge: 34 · Nationality: German\n"})

var _ = addCase("contact.no-id-numbers",
	[]string{"Jane Doe\n+1 312 555 0123\n\nCertifications\nRegistered Nurse, Illinois (licence active)\n", "Jane Doe\ntel: 555-01-2345\n"},
	[]string{"Jane Doe\nSSN 123-45-6789\n", "Jane Doe\nPassport No. X1234567\n", "Jane Doe\n\nCertifications\nRN License #041-123456\n", "João Silva\nCPF: 123.456.789-09\n"})

var _ = addCase("contact.links-complete",
	[]string{"Jane Doe\nhttps://linkedin.com/in/janedoe · https://github.com/janedoe\n", "Jane Doe\nwww.janedoe.dev\n"},
	[]string{"Jane Doe\nlinkedin.com/in/ · github.com/janedoe\n", "Jane Doe\nhttps://github.com/yourname\n", "Jane Doe\nlinkedin.com/in/janedoe\n"})

func TestReadPhone(t *testing.T) {
	for _, c := range []struct {
		in, home string
		intl     bool
		country  string
		ok       bool
	}{
		{"+1 (312) 555-0123", "", true, "1", true},
		{"+1 312 555 012", "", true, "1", false},
		{"+44 (0)20 7946 0958", "", true, "44", true},
		{"+49 30 1234 5678", "", true, "49", true},
		{"0049 30 1234 5678", "", true, "49", true},
		{"+351 912 345 678", "", true, "351", true},
		{"(312) 555-0123", "US", false, "", true},
		{"312-555-012", "US", false, "", false},
		{"030 1234 5678", "DE", false, "", true},
		{"+55 11 91234-5678", "", true, "55", true},
	} {
		p := readPhone(c.in)
		if p.Intl != c.intl || p.Country != c.country || (p.problem(c.home) == "") != c.ok {
			t.Errorf("readPhone(%q) = %+v, problem %q", c.in, p, p.problem(c.home))
		}
	}
}

func TestDocLinks(t *testing.T) {
	in := input(t, "Jane Doe\njane@example.com · https://www.linkedin.com/in/jane-doe/ · github.com/janedoe · ASP.NET\n")
	links := docLinks(in)
	if len(links) != 2 {
		t.Fatalf("links: %+v", links)
	}
	if l := links[0]; !l.Scheme || !l.WWW || l.Host != "linkedin.com" || l.Path != "in/jane-doe/" || !l.isLinkedIn() || l.isPortfolio() {
		t.Errorf("linkedin: %+v", l)
	}
	if l := links[1]; l.Scheme || l.Host != "github.com" || !l.isPortfolio() {
		t.Errorf("github: %+v", l)
	}
}
