package check

import (
	"regexp"
	"sort"
	"strings"
)

// idNumberRes find identity numbers: labelled ones (passport, licence,
// national ID, tax and insurance numbers) and the shapes that need no label
// (a US Social Security number, a Brazilian CPF, a UK National Insurance
// number).
var idNumberRes = map[string]*gatedRe{
	"Social Security number":    mustGate(`(?i)\b(?:ssn|social security(?: number| no\.?)?)\s*[:#]?\s*\d`),
	"passport number":           mustGate(`(?i)\b(?:passport|pasaporte|reisepass|passeport|passaporte)(?:\s*(?:no\.?|nr\.?|number|#|n[º°]))?\s*:?\s*[A-Z]{0,2}\d[A-Z0-9]{5,8}\b`),
	"licence number":            mustGate(`(?i)\blicen[cs]e\s*(?:no\.?|nr\.?|number|#|n[º°])\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]{3,}`),
	"national ID number":        mustGate(`(?i)\b(?:national id|id (?:no\.?|number|card)|identity card(?: no\.?| number)?|personalausweis(?:nummer)?|steuer-?id|tax id|dni|nie|cpf|aadhaa?r|pan(?: no\.?| number| card)?|nin|national insurance(?: no\.?| number)?|curp|rut|nif|bsn)\s*[:#]\s*[A-Z0-9][A-Z0-9.\- ]*\d{3}`),
	"CPF number":                mustGate(`\b\d{3}\.\d{3}\.\d{3}-\d{2}\b`),
	"National Insurance number": mustGate(`\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b`),
}

// ssnShapeRe is the shape of a US Social Security number: 123-45-6789.
var ssnShapeRe = mustGate(`\b\d{3}-\d{2}-\d{4}\b`)

// phoneLabelRe ends a "phone:" or "tel:" label just before a number.
var phoneLabelRe = regexp.MustCompile(`(?i)(?:tel|phone|mobile|cell|fax|telefon|teléfono|téléphone)\W{0,3}$`)

// unlabelledSSN finds a number in the shape of a Social Security number
// that is not labelled as a phone number.
func unlabelledSSN(text string) bool { return unlabelledSSNIn(newText(text)) }

func unlabelledSSNIn(t *textInfo) bool {
	if !ssnShapeRe.may(t.mask()) {
		return false
	}
	text := t.s
	for _, loc := range ssnShapeRe.FindAllStringIndex(text, -1) {
		if !phoneLabelRe.MatchString(text[max(0, loc[0]-12):loc[0]]) {
			return true
		}
	}
	return false
}

var checkContactNoIdNumbers = &Check{
	ID:       "contact.no-id-numbers",
	Category: Contact,
	Title:    "No identity, passport or licence numbers",
	Why:      "A résumé is copied to many inboxes and systems; an ID, passport, licence or Social Security number on it is an identity-theft risk, and employers ask for them only at hiring.",
	Fix:      "Remove the number. Keep the fact if it matters: “Registered Nurse, Illinois licence active” or “Full UK driving licence”.",
	Before:   "RN License #041-123456 · SSN 123-45-6789",
	After:    "Registered Nurse, Illinois (licence active)",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		found := map[string]bool{}
		var ev []Evidence
		for _, l := range in.lines() {
			hit := false
			if unlabelledSSNIn(l.facts()) {
				found["Social Security number"], hit = true, true
			}
			for what, re := range idNumberRes {
				if l.facts().match(re) {
					found[what], hit = true, true
				}
			}
			if hit {
				ev = append(ev, l.evidence())
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No identity, passport or licence numbers."}, true
		}
		var what []string
		for w := range found {
			what = append(what, w)
		}
		sort.Strings(what)
		return Result{Status: Fail, Evidence: ev,
			Message: "The résumé prints " + strings.Join(what, ", ") + "; remove " + map[bool]string{true: "it", false: "them"}[len(what) == 1] + " to protect your identity."}, true
	},
}
