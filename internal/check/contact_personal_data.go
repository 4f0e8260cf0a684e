package check

import (
	"sort"
	"strings"
)

// personalDataRes find personal details that invite bias, by what they are.
// Label forms only ("Gender: female"), so that a bullet about a gender
// equality programme does not count.
var personalDataRes = map[string]*gatedRe{
	"date of birth":  mustGate(`(?i)\b(?:date of birth|birth\s?date|d\.?o\.?b\.?\s*:|born(?: on| in)?\s*:?\s*\d|geburtsdatum|geboren(?: am)?\s*:?\s*\d|fecha de nacimiento|date de naissance|n[ée]e? le\s+\d|data de nascimento|nascid[oa] em\s+\d)`),
	"age":            mustGate(`(?i)\b(?:age|alter|edad|âge|idade)\s*:\s*\d{2}\b|\b\d{2}\s*(?:years old|yrs old|y/o|jahre alt|años de edad|anos de idade)\b`),
	"gender":         mustGate(`(?i)\b(?:gender|sex|geschlecht|sexo|sexe|género|gênero)\s*:\s*\p{L}`),
	"marital status": mustGate(`(?i)\b(?:marital status|civil status|familienstand|estado civil|état civil|situation familiale)\b|\bstatus\s*:\s*(?:single|married|divorced|widowed)\b|\b(?:verheiratet|geschieden)\b`),
	"nationality":    mustGate(`(?i)\b(?:nationality|staatsangeh[öo]rigkeit|nationalit[ée]|nacionalidad|nacionalidade)\s*:`),
	"religion":       mustGate(`(?i)\b(?:religion|konfession|religión|religião)\s*:`),
	"children":       mustGate(`(?i)\b(?:children|kinder|hijos|enfants|filhos)\s*:\s*\d`),
	"photo":          mustGate(`(?i)^\s*(?:photo|foto|photograph|bewerbungsfoto)\s*:?\s*$`),
}

var checkContactNoPersonalData = &Check{
	ID:       "contact.no-personal-data",
	Category: Contact,
	Title:    "No date of birth, age, gender, marital status or nationality",
	Why:      "These details say nothing about your work and invite bias; in the US, UK and much of Europe employers prefer not to see them, and some ATS strip or flag them. (A few countries still expect them: follow local custom if you apply there.)",
	Fix:      "Remove the date of birth, age, gender, marital status, nationality, religion and photo. State a right to work (“EU work permit”) if it matters for the job.",
	Before:   "Date of birth: 12.03.1988 · Married · Nationality: German",
	After:    "Berlin, Germany · EU work permit",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		found := map[string]bool{}
		var ev []Evidence
		for _, l := range in.lines() {
			hit := false
			for what, re := range personalDataRes {
				if l.facts().match(re) {
					found[what], hit = true, true
				}
			}
			if hit {
				ev = append(ev, l.evidence())
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No personal details such as date of birth, gender or marital status."}, true
		}
		var what []string
		for w := range found {
			what = append(what, w)
		}
		sort.Strings(what)
		return Result{Status: Warn, Earned: 0.3, Evidence: ev,
			Message: "The résumé states personal details that invite bias: " + strings.Join(what, ", ") + "; remove them unless local custom expects them."}, true
	},
}
