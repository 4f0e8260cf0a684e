package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/textmatch"
)

// titleWords mark a job title, in the five languages we read. Seniority
// words (senior, lead, staff) are not among them: alone they mark nothing
// ("Riverside Senior Living").
var titleWords = wordSet(`engineer engineering developer programmer manager director intern internship analyst
scientist designer architect consultant specialist coordinator administrator officer associate assistant representative
executive founder co-founder cofounder cto ceo cfo coo cio vp president nurse rn lpn lead head chief principal chair dean
teacher tutor professor lecturer instructor researcher fellow postdoc accountant auditor bookkeeper controller recruiter
sourcer technician support agent clerk cashier marketer writer editor owner partner advisor adviser trainee apprentice
strategist owner supervisor superintendent therapist pharmacist physician doctor counselor paralegal attorney lawyer
chef cook driver operator mechanic electrician planner buyer producer photographer sre devops qa tester steward
ingeniero ingeniera desarrollador desarrolladora gerente jefe jefa analista diseñador diseñadora consultor consultora
becario becaria practicante profesor profesora enfermero enfermera contador contadora coordinador coordinadora
entwickler entwicklerin ingenieur ingenieurin leiter leiterin berater beraterin werkstudent werkstudentin praktikant
praktikantin softwareentwickler softwareentwicklerin projektleiter geschäftsführer lehrer lehrerin
ingénieur ingénieure développeur développeuse chef responsable stagiaire directeur directrice enseignant enseignante
desenvolvedor desenvolvedora engenheiro engenheira estagiário estagiária coordenador coordenadora diretor diretora
técnico técnica enfermeiro enfermeira auxiliar assistente asistente vendedor vendedora representante contable contadora
chargé chargée assistante conseiller conseillère attaché attachée technico-commercial commercial commerciale
vendeur vendeuse comptable infirmier infirmière intervenant intervenante alternant alternante`)

// companyWords mark an employer's name.
var companyWords = wordSet(`inc inc. llc ltd ltd. limited gmbh ag corp corp. corporation company co co. group labs lab
technologies technology solutions systems bank hospital clinic studio studios agency partners ventures capital
foundation institute university college school sa s.a. s.l. sl ltda plc bv b.v. nv oy ab kg se srl sas sarl
research health media software consulting networks district county city council
clínica clinica hospital hôpital krankenhaus klinik groupe grupo gruppe maison estudio cabinet société sociedad`)

// institutionWords mark a school.
var institutionWords = wordSet(`university universidad universität universite université universidade universitat
college school institute institut instituto academy akademie polytechnic politécnico politecnico hochschule
fachhochschule école escuela escola faculdade facultad gymnasium lycée liceo colegio conservatory seminary mit
iut iae insa`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// countWords counts how many words of s are in set.
func countWords(s string, set map[string]bool) int {
	n, _ := countWordsLast(s, set, "")
	return n
}

// countWordsLast is countWords; it also says whether the last
// white-space-separated field, lower-cased and trimmed of trimLast, is in
// set. Each word is lower-cased into a stack buffer: no allocation.
func countWordsLast(s string, set map[string]bool, trimLast string) (n int, last bool) {
	var buf [64]byte
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if countSep(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if countSep(r) {
				break
			}
			j += size
		}
		w := textmatch.AppendLower(buf[:0], s[i:j])
		if set[string(w)] || set[string(trimBytes(w, ".,;:"))] {
			n++
		}
		i = j
	}
	if trimLast == "" {
		return n, false
	}
	f := textmatch.LastField(s)
	if f == "" {
		return n, false
	}
	return n, set[string(trimBytes(textmatch.AppendLower(buf[:0], f), trimLast))]
}

// countSep separates the words countWords counts.
func countSep(r rune) bool {
	return r == ' ' || r == ',' || r == '(' || r == ')' || r == '/' || r == '&' || r == '–'
}

// headScore weighs how strongly a phrase belongs to a word set: the last
// word, its head ("Software Engineer", "Acme Software Inc"), counts double.
func headScore(s string, set map[string]bool) int {
	n, last := countWordsLast(s, set, ".,;:()")
	if last {
		n += 2
	}
	return n
}

// isDegree says whether a piece of text starts with a degree's name
// (degreeEnd in match.go).
func isDegree(p string) bool {
	_, ok := degreeEnd(p)
	return ok
}

var regions = wordSet(`al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc
on qc bc ab mb sk ns nb nl pe sp rj mg rs pr sc ba df cdmx nsw vic qld uk usa us`)

var countries = wordSet(`usa uk england scotland wales ireland canada mexico méxico brazil brasil argentina chile colombia peru perú uruguay
spain españa germany deutschland france portugal italy italia netherlands belgium switzerland schweiz suisse austria österreich
poland sweden norway denmark finland türkiye turkey greece israel india china japan korea singapore south australia
nigeria kenya egypt morocco portugal venezuela ecuador bolivia paraguay`)

// isLocation says whether a piece of text names a place: "City, ST",
// "City, Country", or "Remote".
func isLocation(s string) bool {
	t := strings.TrimSpace(strings.Trim(s, "()"))
	if _, _, street := matchStreet(t); street || isPostcodeFirst(t) {
		return true
	}
	if _, code, ok := matchDashLocation(t); ok && regions[strings.ToLower(code)] {
		return true
	}
	if isRemote(t) {
		return true
	}
	sec, _, ok := matchLocation(t)
	if !ok {
		return false
	}
	// Lower-casing keeps white space where it was, so the last field of the
	// lower-cased text is the lower-cased last field.
	var buf, lastBuf [64]byte
	sec = strings.TrimSpace(sec)
	second := textmatch.AppendLower(buf[:0], sec)
	return regions[string(second)] || countries[string(second)] || countries[string(textmatch.AppendLower(lastBuf[:0], textmatch.LastField(sec)))]
}

// isRemote says whether t, lower-cased, is "remote", "hybrid", "remoto" or
// "télétravail", or starts with "remote ". Only the first runes are
// lower-cased: enough to tell.
func isRemote(t string) bool {
	const longest = len("télétravail")
	var buf [longest + 2*utf8.UTFMax]byte
	low := buf[:0]
	for i := 0; i < len(t) && len(low) <= longest; {
		r, n := utf8.DecodeRuneInString(t[i:])
		low = utf8.AppendRune(low, unicode.ToLower(r))
		i += n
	}
	if len(low) > longest {
		return strings.HasPrefix(string(low), "remote ")
	}
	switch string(low) {
	case "remote", "hybrid", "remoto", "télétravail":
		return true
	}
	return strings.HasPrefix(string(low), "remote ")
}
