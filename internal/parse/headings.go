package parse

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/resumescore/resumescore/internal/extract"
)

// sectionNames lists, for each kind of section, the headings résumés use for
// it in English, Spanish, German, French and Portuguese, lower-cased.
var sectionNames = map[string]string{
	"summary": `summary|professional summary|career summary|executive summary|profile|professional profile|personal profile|about|about me|objective|career objective|overview|introduction|
		resumen|resumen profesional|perfil|perfil profesional|sobre mí|acerca de mí|objetivo|extracto|
		profil|kurzprofil|über mich|zusammenfassung|persönliches profil|berufsprofil|
		résumé|profil professionnel|à propos|à propos de moi|objectif|sommaire|
		resumo|resumo profissional|perfil profissional|sobre mim|objetivo profissional`,
	"experience": `experience|work|work experience|professional experience|relevant experience|employment|employment history|work history|career history|career|professional background|positions|where i've worked|where i have worked|jobs|industry experience|research experience|teaching experience|clinical experience|leadership experience|
		experiencia|experiencia laboral|experiencia profesional|historial laboral|trayectoria profesional|
		berufserfahrung|erfahrung|berufliche erfahrung|beruflicher werdegang|werdegang|praxiserfahrung|berufspraxis|
		expérience|expériences|expérience professionnelle|expériences professionnelles|parcours professionnel|
		experiência|experiência profissional|experiências|histórico profissional|experiência de trabalho`,
	"education": `education|education and training|academic background|academic history|academics|qualifications|academic qualifications|studies|training|
		educación|formación|formación académica|estudios|titulación|
		ausbildung|bildung|bildungsweg|studium|akademischer werdegang|schulbildung|
		formation|formations|éducation|études|parcours académique|diplômes|
		educação|formação|formação acadêmica|formação académica|escolaridade`,
	"skills": `skills|technical skills|computer skills|it skills|digital skills|core skills|key skills|skills and tools|skills & tools|technologies|tech stack|technical proficiencies|core competencies|competencies|expertise|areas of expertise|tools|toolbox|strengths|abilities|
		habilidades|competencias|conocimientos|aptitudes|habilidades técnicas|
		kenntnisse|fähigkeiten|kompetenzen|fachkenntnisse|it-kenntnisse|edv-kenntnisse|
		compétences|compétences techniques|savoir-faire|
		competências|habilidades técnicas|conhecimentos`,
	"projects": `projects|personal projects|selected projects|side projects|key projects|academic projects|open source|open-source|
		proyectos|projekte|projets|projetos`,
	"certifications": `certifications|certificates|certification|licenses|licenses and certifications|licenses & certifications|credentials|
		certificaciones|certificados|zertifikate|zertifizierungen|certificats|certificações|
		professional development|continuing education|weiterbildung|weiterbildungen|fortbildung|fortbildungen|
		formación continua|formation continue|formação complementar`,
	"awards": `awards|honors|honours|honors and awards|awards and honors|selected honors|achievements|accomplishments|distinctions|scholarships|
		premios|logros|reconocimientos|auszeichnungen|preise|distinctions|prix|prêmios|conquistas`,
	"publications": `publications|selected publications|papers|research|patents|
		publicaciones|publikationen|veröffentlichungen|publicações`,
	"talks":      `talks|invited talks|presentations|speaking|conferences|conferencias|vorträge|conférences|palestras`,
	"languages":  `languages|language skills|idiomas|sprachen|sprachkenntnisse|langues|línguas`,
	"volunteer":  `volunteer|volunteering|volunteer experience|community|community involvement|voluntariado|ehrenamt|ehrenamtliches engagement|bénévolat|voluntariado`,
	"interests":  `interests|hobbies|hobbies and interests|intereses|aficiones|interessen|hobbys|centres d'intérêt|loisirs|interesses`,
	"references": `references|referees|referencias|referenzen|références|referências`,
	"contact":    `contact|contact information|contact details|contact info|contacto|datos de contacto|kontakt|kontaktdaten|coordonnées|contato`,
	"personal":   `personal details|personal information|personal data|persönliche daten|angaben zur person|datos personales|informations personnelles|état civil|dados pessoais`,
	"thesis":     `thesis|master's thesis|dissertation|tesis|abschlussarbeit|masterarbeit|bachelorarbeit|mémoire|tese|dissertação`,
}

var headingIndex = func() map[string]string {
	m := map[string]string{}
	for kind, names := range sectionNames {
		for _, n := range strings.Split(names, "|") {
			if n = strings.TrimSpace(n); n != "" {
				m[n] = kind
			}
		}
	}
	return m
}()

// headingKey normalises a line for the heading dictionary: lower case,
// "&" as "and", trailing colons and decorations removed, spaced capitals
// ("E X P E R I E N C E") joined.
func headingKey(text string) string {
	var buf [64]byte
	return string(appendHeadingKey(buf[:0], text))
}

// appendHeadingKey appends headingKey(text) to b.
func appendHeadingKey(b []byte, text string) []byte {
	t := strings.TrimSpace(text)
	t = strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ')' })
	// A letter-spaced heading loses its spaces (rare: the join may
	// allocate); otherwise words are joined by one space. "&" reads "and",
	// and a curly apostrophe a straight one.
	if letterSpaced(t) {
		t = strings.Join(strings.Fields(t), "")
	}
	first := true
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !first {
			b = append(b, ' ')
		}
		first = false
		for i < len(t) {
			r, n := utf8.DecodeRuneInString(t[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += n
			switch r = unicode.ToLower(r); r {
			case '&':
				b = append(b, "and"...)
			case '’':
				b = append(b, '\'')
			default:
				b = utf8.AppendRune(b, r)
			}
		}
	}
	return b
}

// letterSpaced says whether t is more than three white-space-separated
// fields of one letter each, with at most one pair that a PDF kerned
// together ("E D U C AT I O N").
func letterSpaced(t string) bool {
	fields, pairs := 0, 0
	for i := 0; i < len(t); {
		r, n := utf8.DecodeRuneInString(t[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		runes := 0
		for i < len(t) {
			r, n := utf8.DecodeRuneInString(t[i:])
			if unicode.IsSpace(r) {
				break
			}
			i += n
			runes++
		}
		fields++
		switch runes {
		case 1:
		case 2:
			pairs++
		default:
			return false
		}
	}
	return fields > 3 && pairs <= 1
}

// dictionaryKind returns the kind of a heading found in the dictionary.
func dictionaryKind(text string) (string, bool) {
	if utf8.RuneCountInString(text) > 48 {
		return "", false
	}
	var buf [64]byte
	if kind, ok := headingIndex[string(appendHeadingKey(buf[:0], text))]; ok {
		return kind, true
	}
	return "", false
}

// style is what makes a heading look like one.
type style struct {
	size  float64 // rounded to half a point
	bold  bool
	caps  bool
	colon bool
}

func styleOf(l extract.Line) style {
	t := strings.TrimSpace(l.Text)
	return style{size: math.Round(l.Size*2) / 2, bold: l.Bold, caps: isAllCaps(t), colon: strings.HasSuffix(t, ":")}
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 3
}

// headingCandidate says whether a line could be a heading by its shape alone:
// short, no sentence punctuation, no contact details, not a date line.
func headingCandidate(text string) bool {
	t := strings.TrimSpace(text)
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 5 || len([]rune(t)) > 40 {
		return false
	}
	if strings.ContainsAny(t, "@•|/") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ",") || hasURL(t) {
		return false
	}
	for _, r := range t {
		if unicode.In(r, unicode.Co) { // an icon glyph: a contact line, not a heading
			return false
		}
	}
	if _, isBullet := bulletText(t); isBullet {
		return false
	}
	digits := 0
	for _, r := range t {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	if digits > 0 {
		return false
	}
	return unicode.IsUpper([]rune(t)[0]) || !unicode.IsLetter([]rune(t)[0])
}
