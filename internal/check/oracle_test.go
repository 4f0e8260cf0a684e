package check

import (
	"math/rand"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// The expressions the hand-written matchers of this package replaced, kept
// as their definition: each test below holds a matcher to its expression on
// fixture lines and on generated strings, and each Fuzz target on whatever
// the fuzzer finds.
var (
	oracleSubsetPrefix = regexp.MustCompile(`^[A-Z]{6}\+`)
	oracleTexFont      = regexp.MustCompile(`^(?:cm|lm|sf)[a-z]{1,4}\d*$|^lm(?:roman|sans|mono)|^newcm`)
	oracleTexSlice     = regexp.MustCompile(`^([a-z]{3,})[0-9][0-9a-f]?$`)
	oracleSymbolFont   = regexp.MustCompile(`(?i)symbol|dingbat|wingding|webding|awesome|icon|glyph|emoji|math|^cmsy|^cmmi|^cmex|^msam|^msbm`)
)

// oracleFontFamily is fontFamily as it was written with the expressions.
func oracleFontFamily(name string) string {
	n := oracleSubsetPrefix.ReplaceAllString(strings.TrimSpace(name), "")
	if lettered(n) == "" || oracleSymbolFont.MatchString(n) {
		return ""
	}
	if base, _, ok := strings.Cut(n, "-"); ok {
		n = base
	}
	if base, _, ok := strings.Cut(n, ","); ok {
		n = base
	}
	low := strings.ToLower(n)
	if oracleTexFont.MatchString(low) {
		return "Computer Modern"
	}
	if m := oracleTexSlice.FindStringSubmatch(n); m != nil {
		return m[1]
	}
	for _, suf := range []string{"PSMT", "PS", "MT", "Bold", "Italic", "Oblique", "Regular", "Light", "Medium", "Semibold", "SemiBold"} {
		n = strings.TrimSuffix(n, suf)
	}
	return n
}

// genFrom builds n random strings from pieces, so that the generated text
// is near the patterns' edges.
func genFrom(seed int64, n int, pieces []string) []string {
	if !heavyTests() {
		n /= 20 // -short, and WebAssembly: a sample
	}
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for k := rng.Intn(5) + 1; k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		out = append(out, b.String())
	}
	return out
}

var fontPieces = []string{"ABCDEF+", "ABCDE+", "abcdef+", "AB1DEF+", "+", " ", "-", ",", "Bold", "Italic", "PSMT", "MT", "PS",
	"Calibri", "Arial", "cm", "lm", "sf", "r", "bx", "ssbx", "abcde", "10", "12", "5e", "4", "a", "g", "x", "f",
	"roman", "sans", "mono", "newcm", "Symbol", "SYMBOL", "ſymbol", "ſ", "K", "mathb", "MATH", "Icon", "icon", "glyph", "emoji",
	"dingbat", "wingding", "webding", "awesome", "FontAwesome", "cmsy", "CMMI", "cmex", "msam", "msbm", "gbsnu", "é", "1", "0"}

func TestFontFamilyMatchesItsExpressions(t *testing.T) {
	names := genFrom(1, 20000, fontPieces)
	names = append(names, "ABCDEF+Calibri-Bold", "Calibri,Italic", "CMR10", "CMBX12", "LMRoman10-Regular", "gbsnu5e", "gbsnu4",
		"SymbolMT", "Wingdings-Regular", "FontAwesome", "TimesNewRomanPSMT", "", "  ", "123", "ABCDEF+", "ſymbol", "KIcon")
	for _, l := range fixtureLines(t) {
		names = append(names, l, strings.TrimSpace(l))
	}
	for _, n := range names {
		if got, want := fontFamily(n), oracleFontFamily(n); got != want {
			t.Errorf("fontFamily(%q) = %q, expression %q", n, got, want)
		}
	}
}

func FuzzFontFamily(f *testing.F) {
	for _, s := range []string{"ABCDEF+Calibri-Bold", "cmr10", "gbsnu5e", "ſymbol", "KIcon", "lmroman"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fontFamily(s), oracleFontFamily(s); got != want {
			t.Errorf("fontFamily(%q) = %q, expression %q", s, got, want)
		}
	})
}

// A matcher and the expression it stands for, with pieces to generate text
// near the expression's edges.
type oracleCase struct {
	name   string
	re     *regexp.Regexp
	match  func(string) bool
	pieces []string
}

func (c oracleCase) want(s string) bool {
	if c.re == nil {
		return oracleUnlabelledSSN(s)
	}
	return c.re.MatchString(s)
}

// Pieces every generated text may use: separators, digits, the runes that
// fold to ASCII letters under (?i), letters that are not ASCII.
var commonPieces = []string{" ", "  ", ":", " : ", ".", ",", "-", "–", "—", "'", "’", "/", "#", "0", "1", "2", "12", "19", "20", "21",
	"1234", "99", "x", "a", "é", "É", "ſ", "\u212a", "K", "_", "\t", "\n", "(", ")", "Ü", "ñ", "Ñ", "â", "Â", "º", "°"}

func oracleCases() []oracleCase {
	var cs []oracleCase
	for _, p := range personalData {
		cs = append(cs, oracleCase{"personal data: " + p.what, oraclePersonalData[p.what], p.match, personalPieces})
	}
	for _, p := range idNumbers {
		cs = append(cs, oracleCase{"id number: " + p.what, oracleIDNumbers[p.what], p.match, idPieces})
	}
	for i, re := range oracleHeadingHint {
		cs = append(cs, oracleCase{"heading hint " + headingHints[i].standard, re, headingHints[i].words.matchString, wordPieces})
	}
	for i, re := range oracleKindWords {
		cs = append(cs, oracleCase{"kind words " + kindWordsRe[i].kind, re, kindWordsRe[i].words.matchString, wordPieces})
	}
	cs = append(cs, oracleCase{"techTitle", oracleTechTitle, techTitle, titlePieces}, oracleCase{"designTitle", oracleDesignTitle, designTitle, titlePieces},
		oracleCase{"abroad", oracleAbroad, abroadWords.matchString, titlePieces}, oracleCase{"linkedin word", oracleLinkedinWd, linkedinWord.matchString, titlePieces},
		oracleCase{"hundredPercent", oracleHundred, hundredPercent, titlePieces}, oracleCase{"decrease", oracleDecrease, decreaseWords.matchString, titlePieces})
	return append(cs, []oracleCase{
		{"unlabelledSSN", nil, unlabelledSSN, idPieces},
		{"dateStub", oracleDateStub, dateStub, []string{"19", "20", "xx", "XX", "xxxx", "yyyy", "YYYY", "mm", "MM", "month", "Month", "year", "Year", "/", " / "}},
		{"twoDigitYear", oracleTwoDigitYear, twoDigitYear, []string{"Jan", "January", "Sept", "September", "Septembers", "Mär", "März", "ab", "'19", "’21", "01/19", "1/19", "12/21", "13/21", "00/19", "present", "Present", "current", "now", "NOW", "preſent", "'1", " – ", "--", "–—"}},
	}...)
}

var (
	oracleDateStub     = regexp.MustCompile(`(?i)\b(?:19|20)xx\b|\bxxxx\s*[-–—]|\byyyy\b|\b(?:mm|month)\s*/?\s*(?:yyyy|year)\b`)
	oracleTwoDigitYear = regexp.MustCompile(`(?i)(?:\b\p{L}{3,9}\.?\s*['’]\d{2}\b|['’]\d{2}\s*[-–—]|\b(?:0?[1-9]|1[0-2])/\d{2}\s*[-–—]+\s*(?:(?:0?[1-9]|1[0-2])/\d{2}\b|present|current|now))`)
)

func TestMatchersMatchTheirExpressions(t *testing.T) {
	lines := fixtureLines(t)
	for i, c := range oracleCases() {
		texts := append(genFrom(int64(i+7), 40000, append(c.pieces, commonPieces...)), lines...)
		texts = append(texts, genFrom(int64(i+99), 40000, append(c.pieces, " ", ":", " : ", "12", "5", "a", "_", "é", ".", "-", "ſ", "\u212a"))...)
		for _, a := range c.pieces {
			for _, sep := range []string{"", " ", ":", ": ", " :\t", "x", "é"} {
				for _, v := range []string{"", "3", "42", "123", "42 ", "female", "é", " x", ".", "_"} {
					texts = append(texts, a+sep+v, "x"+a+sep+v, "12 "+a+sep+v)
				}
			}
		}
		bad, hits := 0, 0
		for _, s := range texts {
			got, want := c.match(s), c.want(s)
			if want {
				hits++
			}
			if got != want {
				if bad++; bad <= 5 {
					t.Errorf("%s(%q) = %v, expression %v", c.name, s, got, want)
				}
			}
		}
		t.Logf("%s: %d of %d texts match", c.name, hits, len(texts))
	}
}

func FuzzMatchers(f *testing.F) {
	for _, c := range oracleCases() {
		for _, p := range c.pieces {
			f.Add(p + " " + p)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range oracleCases() {
			if got, want := c.match(s), c.want(s); got != want {
				t.Errorf("%s(%q) = %v, expression %v", c.name, s, got, want)
			}
		}
	})
}

var oraclePersonalData = map[string]*regexp.Regexp{
	"date of birth":  regexp.MustCompile(`(?i)\b(?:date of birth|birth\s?date|d\.?o\.?b\.?\s*:|born(?: on| in)?\s*:?\s*\d|geburtsdatum|geboren(?: am)?\s*:?\s*\d|fecha de nacimiento|date de naissance|n[ée]e? le\s+\d|data de nascimento|nascid[oa] em\s+\d)`),
	"age":            regexp.MustCompile(`(?i)\b(?:age|alter|edad|âge|idade)\s*:\s*\d{2}\b|\b\d{2}\s*(?:years old|yrs old|y/o|jahre alt|años de edad|anos de idade)\b`),
	"gender":         regexp.MustCompile(`(?i)\b(?:gender|sex|geschlecht|sexo|sexe|género|gênero)\s*:\s*\p{L}`),
	"marital status": regexp.MustCompile(`(?i)\b(?:marital status|civil status|familienstand|estado civil|état civil|situation familiale)\b|\bstatus\s*:\s*(?:single|married|divorced|widowed)\b|\b(?:verheiratet|geschieden)\b`),
	"nationality":    regexp.MustCompile(`(?i)\b(?:nationality|staatsangeh[öo]rigkeit|nationalit[ée]|nacionalidad|nacionalidade)\s*:`),
	"religion":       regexp.MustCompile(`(?i)\b(?:religion|konfession|religión|religião)\s*:`),
	"children":       regexp.MustCompile(`(?i)\b(?:children|kinder|hijos|enfants|filhos)\s*:\s*\d`),
	"photo":          regexp.MustCompile(`(?i)^\s*(?:photo|foto|photograph|bewerbungsfoto)\s*:?\s*$`),
}

var personalPieces = []string{"date of birth", "Date Of Birth", "birth", "date", "birthdate", "birth date", "d.o.b.", "DOB", "d.ob", "do.b", "born", " on", " in", "geboren", " am",
	"geburtsdatum", "fecha de nacimiento", "date de naissance", "née le", "nee le", "ne le", "né le", "NÉE LE", "data de nascimento", "nascido em", "nascida em", "nascidx em",
	"age", "Age", "âge", "ÂGE", "alter", "edad", "idade", "years old", "yrs old", "y/o", "jahre alt", "años de edad", "AÑOS DE EDAD", "anos de idade", "yearſ old",
	"gender", "sex", "sexo", "sexe", "ſex", "geschlecht", "género", "gênero", "GÉNERO", "female", "m", "marital status", "civil status", "familienstand", "estado civil", "état civil", "ÉTAT CIVIL",
	"situation familiale", "status", "single", "married", "divorced", "widowed", "verheiratet", "geschieden", "nationality", "staatsangehörigkeit", "staatsangehorigkeit", "nationalité", "nationalite",
	"nacionalidad", "nacionalidade", "religion", "konfession", "\u212aonfession", "religión", "religião", "children", "kinder", "hijos", "enfants", "filhos", "photo", "foto", "photograph", "bewerbungsfoto"}

var (
	oracleIDNumbers = map[string]*regexp.Regexp{
		"Social Security number":    regexp.MustCompile(`(?i)\b(?:ssn|social security(?: number| no\.?)?)\s*[:#]?\s*\d`),
		"passport number":           regexp.MustCompile(`(?i)\b(?:passport|pasaporte|reisepass|passeport|passaporte)(?:\s*(?:no\.?|nr\.?|number|#|n[º°]))?\s*:?\s*[A-Z]{0,2}\d[A-Z0-9]{5,8}\b`),
		"licence number":            regexp.MustCompile(`(?i)\blicen[cs]e\s*(?:no\.?|nr\.?|number|#|n[º°])\s*:?\s*[A-Z0-9-]*\d[A-Z0-9-]{3,}`),
		"national ID number":        regexp.MustCompile(`(?i)\b(?:national id|id (?:no\.?|number|card)|identity card(?: no\.?| number)?|personalausweis(?:nummer)?|steuer-?id|tax id|dni|nie|cpf|aadhaa?r|pan(?: no\.?| number| card)?|nin|national insurance(?: no\.?| number)?|curp|rut|nif|bsn)\s*[:#]\s*[A-Z0-9][A-Z0-9.\- ]*\d{3}`),
		"CPF number":                regexp.MustCompile(`\b\d{3}\.\d{3}\.\d{3}-\d{2}\b`),
		"National Insurance number": regexp.MustCompile(`\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b`),
	}
	oracleSSNShape   = regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`)
	oraclePhoneLabel = regexp.MustCompile(`(?i)(?:tel|phone|mobile|cell|fax|telefon|teléfono|téléphone)\W{0,3}$`)
)

func oracleUnlabelledSSN(text string) bool {
	for _, loc := range oracleSSNShape.FindAllStringIndex(text, -1) {
		if !oraclePhoneLabel.MatchString(text[max(0, loc[0]-12):loc[0]]) {
			return true
		}
	}
	return false
}

var idPieces = []string{"ssn", "SSN", "ſsn", "social security", " number", " no.", " no", "passport", "pasaporte", "reisepass", "passeport", "passaporte", "no", "nr.", "number", "#", "nº", "n°",
	"licence", "license", "LICENSE", "liceſe", "national id", "id ", "id no", "card", "identity card", "personalausweis", "nummer", "steuer-id", "steuerid", "tax id", "dni", "nie", "cpf", "aadhar", "aadhaar",
	"pan", "nin", "national insurance", "curp", "rut", "nif", "bsn", "AB", "ab", "X1", "1234567", "12345", "123456789", "A1B2C3", "-", "12-34", "ſ", "\u212a",
	"123.456.789-01", "123.456.789-0", "AB 12 34 56 C", "AB123456C", "QQ123456C", "ab123456c", "AB12 34 56 D", "AB123456E",
	"123-45-6789", "1234-45-6789", "License # 041-123456", "licence no. AB-12-3", "license nr: 12-3456", "LICENSE NO: 1-2-3-4", "license nº 1ABC", "license #  -1---",
	"National ID: AB 123.456", "DNI: 12345678Z", "id no.: x12", "id no: x1.2-3 456", "PAN card # ABCDE1234F", "Tax ID #: 12", "NIE: X 1 2 3", "bsn:ſ123", "curp: 1 23",
	"passport no. X1234567", "Passport: 123456", "reisepass nr C01X00T47", "passport AB12345678901", "passport # ſ1ſſſſſ", "passeport n° 12AB34CD", "tel", "Tel:", "phone ", "mobile: ", "cell", "fax", "telefon", "teléfono", "téléphone", "TÉLÉPHONE", "(", ")", "::", "phone ſ", "tel\u212a"}

var (
	oracleJokeHandle  = regexp.MustCompile(`(?i)sexy|hottie|hotstuff|babygirl|cutie|princess|gangsta|gangster|xxx|booty|fuck|fck|slut|lmao|wtf|partygirl|partyboy|partyanimal|party_animal|badboy|badgirl|bigdaddy|sugardaddy|beerlover|sk8r|h4x0r|n00b|noob|pwn3d`)
	oracleDigitRun    = regexp.MustCompile(`\d+`)
	oracleEntryWord   = regexp.MustCompile(`(?i)\b(?:inc|llc|llp|ltd|limited|gmbh|corp|corporation|plc|s\.?a|s\.?l|ag|bv|nv|sas|sarl|srl|ltda|pty|co)\b\.?`)
	oracleHeadingHint = []*regexp.Regexp{
		regexp.MustCompile(`(?i)journey|path|story|where i|career|worked|roles|positions|employment|work|jobs|trayectoria|laufbahn|parcours|trajet[óo]ria`),
		regexp.MustCompile(`(?i)learn|stud|school|academ|degree|university|college|diploma`),
		regexp.MustCompile(`(?i)tool|stack|skill|superpower|arsenal|can do|good at|know|tech|competenc|strength|expertise`),
		regexp.MustCompile(`(?i)built|made|creat|portfolio|sample|build|project|side|hack`),
		regexp.MustCompile(`(?i)prize|recogni|win|honou?r|award|proud`),
		regexp.MustCompile(`(?i)certif|licen|credential|badge|course`),
		regexp.MustCompile(`(?i)give|giving|volunt|cause|community|impact`),
		regexp.MustCompile(`(?i)hobb|interest|passion|free time|outside work|fun`),
		regexp.MustCompile(`(?i)speak|language|idiom|sprach|langue`),
		regexp.MustCompile(`(?i)about|who i am|hello|hi,|intro|me\b|pitch|in brief|snapshot`),
	}
	oracleKindWords = []*regexp.Regexp{
		regexp.MustCompile(`(?i)\bskills?\b|\bkenntnisse\b|\bcompetenc|\bhabilidades\b|\bcompétences\b`),
		regexp.MustCompile(`(?i)\bexperiences?\b|\bemployment\b|\berfahrung\b|\bexperiencia\b|\bexpérience`),
		regexp.MustCompile(`(?i)\beducation\b|\bausbildung\b|\bformación\b|\bformation\b|\bformação\b`),
		regexp.MustCompile(`(?i)\bprojects?\b|\bprojekte\b|\bproyectos\b|\bprojets\b|\bprojetos\b`),
	}
)

var wordPieces = []string{"sexy", "SEXY", "ſexy", "xxx", "xx", "noob", "n00b", "sk8r", "party_animal", "partyanimal", "bigdaddy", "fck", "wtf", "inc", "Inc.", "llc", "ltd", "ltda", "limited", "gmbh", "corp",
	"corporation", "plc", "s.a", "S.A.", "sa", "sas", "sarl", "s.l", "sl", "srl", "ag", "AG", "bv", "nv", "pty", "co", "Co.", "coop", "journey", "trajetória", "TRAJETÓRIA", "trajetoria", "where i", "stud",
	"can do", "good at", "honour", "honor", "honr", "hi,", "hi", "me", "ME", "mean", "about", "who i am", "in brief", "skill", "skills", "ſkills", "skillset", "competenc", "compétences", "COMPÉTENCES",
	"experience", "experiences", "expérience", "EXPÉRIENCE", "employment", "education", "formación", "FORMACIÓN", "formação", "project", "projects", "projets", "projekte", "\u212anow", "knowledge", "fun", "funds"}

// Finders compared with FindString / FindAllString.
func TestFindersMatchTheirExpressions(t *testing.T) {
	texts := append(genFrom(5, 30000, append(wordPieces, commonPieces...)), fixtureLines(t)...)
	texts = append(texts, genFrom(6, 30000, append(titlePieces, commonPieces...))...)
	for _, s := range texts {
		if got, want := jokeHandles.findString(s), oracleJokeHandle.FindString(s); got != want {
			t.Errorf("jokeHandles(%q) = %q, expression %q", s, got, want)
		}
		if got, want := strings.Join(digitRuns(s), "|"), strings.Join(oracleDigitRun.FindAllString(s, -1), "|"); got != want {
			t.Errorf("digitRuns(%q) = %q, expression %q", s, got, want)
		}
		if got, want := countEntryWords(s), len(oracleEntryWord.FindAllString(s, -1)); got != want {
			t.Errorf("countEntryWords(%q) = %d, expression %d", s, got, want)
		}
		for _, f := range finders {
			if got, want := f.find(s), f.re.FindString(s); got != want {
				t.Errorf("%s(%q) = %q, expression %q", f.name, s, got, want)
			}
		}
	}
}

// finders are the FindString matchers with their expressions.
var finders = []struct {
	name string
	re   *regexp.Regexp
	find func(string) string
}{
	{"templateText", oracleTemplate, templateText.findString},
	{"absoluteClaim", oracleAbsolute, absoluteClaim},
}

var (
	oracleTechTitle   = regexp.MustCompile(`(?i)\b(?:developer|programmer|devops|sre|site reliability|(?:software|backend|back-end|frontend|front-end|full[- ]?stack|web|mobile|ios|android|data|ml|machine learning|ai|cloud|platform|infrastructure|security|qa|test|game)\s+engineer|data scientist|entwickler\w*|desarrollador\w*|d[ée]veloppeu\w*|desenvolvedor\w*)\b`)
	oracleDesignTitle = regexp.MustCompile(`(?i)\b(?:designer|ux|ui|illustrator|art director|animator|motion|graphic|photographer|diseñador\w*|gestalter\w*|designer)\b`)
	oracleAbroad      = regexp.MustCompile(`(?i)\b(?:open to relocat\w*|willing to relocate|relocating to|relocation|visa sponsorship|work permit|applying (?:abroad|internationally)|international (?:candidate|applicant)|available (?:internationally|worldwide)|remote worldwide|umzugsbereit|disponible para reubicaci[óo]n|mobilit[ée] internationale)\b`)
	oracleTemplate    = regexp.MustCompile(`(?i)\b(?:your name(?: here)?|first last|firstname lastname|company name|company \d|job title(?: \d)?|position title|university name|school name|degree name|city, state|street address|phone number|your[._ ]?email|lorem ipsum|dolor sit amet|month,? 20xx|20xx|\(x{3}\) x{3}-x{4}|000-000-0000|555-555-5555)\b`)
	oracleLinkedinWd  = regexp.MustCompile(`(?i)\blinked\s?in\b`)
	oracleHundred     = regexp.MustCompile(`\b100\s?(?:%|percent)`)
	oracleAbsolute    = regexp.MustCompile(`(?i)\b100\s?(?:%|percent)\s+(?:uptime|availability|customer satisfaction|client satisfaction|satisfaction|success rate|success)\b`)
	oracleDecrease    = regexp.MustCompile(`(?i)\b(?:cut|cutting|reduc\w*|decreas\w*|lower\w*|shorten\w*|sav\w*|slash\w*|drop\w*|declin\w*|fewer|less)\b`)
)

var titlePieces = []string{"developer", "Developers", "programmer", "devops", "sre", "SRE", "ſre", "site reliability", "software", "backend", "back-end", "Front-End", "full-stack", "full stack", "fullstack",
	"full  stack", "web", "ml", "machine learning", "ai", "qa", "game", " engineer", "  Engineer", "\tengineer", "engineers", "data scientist", "entwickler", "Entwicklerin", "desarrollador", "développeur",
	"DÉVELOPPEUSE", "developpeur", "desenvolvedor", "designer", "ux", "UI", "illustrator", "art director", "animator", "motion", "graphic", "photographer", "diseñador", "DISEÑADORA", "gestalter",
	"open to relocation", "open to relocate", "willing to relocate", "relocating to", "relocation", "visa sponsorship", "work permit", "applying abroad", "applying internationally",
	"international candidate", "available worldwide", "remote worldwide", "umzugsbereit", "disponible para reubicación", "DISPONIBLE PARA REUBICACIÓN", "disponible para reubicacion", "mobilité internationale",
	"your name", "your name here", "first last", "company name", "company 1", "company", "job title", "job title 2", "job title 23", "city, state", "your.email", "your email", "youremail", "your-email",
	"lorem ipsum", "month, 20xx", "month 20xx", "20xx", "20XX", "(xxx) xxx-xxxx", "(XXX) XXX-XXXX", "000-000-0000", "555-555-5555", "linkedin", "LinkedIn", "linked in", "linked\tin", "linked  in", "linkedinx",
	"100%", "100 %", "100percent", "100 percent", "100 PERCENT", "1100%", "100% uptime", "100 % success rate", "success", "success rates", "satisfaction", "customer satisfaction", "uptime",
	"cut", "cutting", "reduced", "reduction", "decreased", "lowering", "shortened", "saved", "slashed", "dropped", "declined", "fewer", "less", "lesser", "ſaved"}

var (
	oracleSeasonDate      = regexp.MustCompile(`(?i)\b(?:spring|summer|fall|autumn|winter|primavera|verano|otoño|invierno|frühling|sommer|herbst|printemps|été|automne|hiver|verão|outono|inverno)\s*,?\s*(?:\d{4}|['’]\d{2})\b`)
	oracleDuty            = regexp.MustCompile(`(?i)^\W*(?:responsible for|duties (?:included|include)|in charge of|tasked with|accountable for)\b`)
	oracleOnRequest       = regexp.MustCompile(`(?i)\b(?:references?|referees?)\b.{0,25}\b(?:up)?on request\b|\breferencias\b.{0,25}\bsolicitud\b|\breferenzen\b.{0,20}\banfrage\b|\bréférences\b.{0,25}\bdemande\b|\brefer[êe]ncias\b.{0,25}\b(?:pedido|solicita[çc][ãa]o)\b`)
	oraclePlaceholderPath = regexp.MustCompile(`(?i)^(?:in/)?(?:your-?name|user-?name|your-?profile|your-?handle|first-?last|name-?surname|xxx+|\.\.\.)/?$`)
	oracleCredential      = regexp.MustCompile(`(?:,\s*(?:[A-Z][A-Za-z.]{1,6}))+\s*$`)
)

var morePieces = []string{"spring", "Summer", "SUMMER", "ſpring", "fall", "autumn", "winter", "primavera", "otoño", "OTOÑO", "frühling", "FRÜHLING", "été", "ÉTÉ", "verão", "inverno", "invierno",
	" 2019", "2019", ", 2019", " ,2019", "'19", "’20", "20190", "responsible for", "Responsible For", "duties included", "duties include", "duties includes", "in charge of", "tasked with",
	"accountable for", "• ", "- ", "*", "references", "Reference", "referees", " available ", "upon request", "on request", "UPON REQUEST", "referencias", "solicitud", "referenzen", "anfrage",
	"références", "RÉFÉRENCES", "demande", "referências", "REFERÊNCIAS", "pedido", "solicitação", "solicitacao", "SOLICITAÇÃO", "abcdefghij", "0123456789abcdefghij", "\n",
	"in/", "IN/", "your-name", "yourname", "YourName", "user-name", "first-last", "name-surname", "xxx", "XXXX", "xx", "...", "/", "//",
	", CPA", ", PhD", ",RN", ", BSN", ", M.B.A.", ", Abcdefgh", ", A", ", Ab", ", ab", "Jane Doe", "John Smith, MD, PhD", ",", " ,", "  "}

func TestCustomMatchersMatchTheirExpressions(t *testing.T) {
	texts := append(genFrom(11, 60000, append(morePieces, commonPieces...)), fixtureLines(t)...)
	texts = append(texts, genFrom(12, 30000, morePieces)...)
	for _, s := range texts {
		if got, want := seasonDate(s), oracleSeasonDate.FindString(s); got != want {
			t.Errorf("seasonDate(%q) = %q, expression %q", s, got, want)
		}
		if got, want := dutyOpener(s), oracleDuty.MatchString(s); got != want {
			t.Errorf("dutyOpener(%q) = %v, expression %v", s, got, want)
		}
		if got, want := onRequest(s), oracleOnRequest.MatchString(s); got != want {
			t.Errorf("onRequest(%q) = %v, expression %v", s, got, want)
		}
		if got, want := placeholderPath(s), oraclePlaceholderPath.MatchString(s); got != want {
			t.Errorf("placeholderPath(%q) = %v, expression %v", s, got, want)
		}
		if got, want := trimCredentials(s), oracleCredential.ReplaceAllString(s, ""); got != want {
			t.Errorf("trimCredentials(%q) = %q, expression %q", s, got, want)
		}
	}
}

var oracleContraction = regexp.MustCompile(`(?i)\b(?:[a-z]+n't|i'm|[a-z]+'re|[a-z]+'ve|[a-z]+'ll|i'd|we'd|you'd|it's|that's|there's|here's|what's|let's)\b`)

var contractionPieces = []string{"don't", "DON'T", "can't", "n't", "x'n't", "won't", "isn't", "we're", "they're", "'re", "I've", "'ve", "we'll", "'ll", "i'm", "I'm", "I'd", "we'd", "you'd",
	"it's", "IT'S", "that's", "there's", "here's", "what's", "let's", "lets", "ſhe'll", "\u212a'll", "n", "t", "re", "s", "'", "''", "d", "m", "ab"}

func TestContractionsMatchTheirExpression(t *testing.T) {
	texts := append(genFrom(21, 40000, append(contractionPieces, commonPieces...)), fixtureLines(t)...)
	texts = append(texts, genFrom(22, 40000, append(contractionPieces, " ", "x", "_", "é"))...)
	for _, s := range texts {
		if got, want := strings.Join(contractions(s), "|"), strings.Join(oracleContraction.FindAllString(s, -1), "|"); got != want {
			t.Errorf("contractions(%q) = %q, expression %q", s, got, want)
		}
	}
}

var oraclePlaceholders = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\[\s*(?:n|x+|#+|\?+|\d*\s*%|x+\s*%|n\s*%|\$\s*x+|number|num|metric|amount|value|count|percent(?:age)?|tbd|result|company|client|insert[^\]]{0,30}|add[^\]]{0,30})\s*\]`),
	regexp.MustCompile(`\b(?:X{1,3}|N)\s?%`),
	regexp.MustCompile(`[$€£]\s?(?:X{1,3}|N)\b`),
	regexp.MustCompile(`\b(?:19|20)XX\b|\bXXXX\b|\bXX\b`),
	regexp.MustCompile(`\bTBD\b|(?i)lorem ipsum|\{\{[^}]*\}\}`),
}

var stubPieces = []string{"[", "]", "[N]", "[ x ]", "[XX]", "[##]", "[??]", "[5%]", "[ 10 % ]", "[x%]", "[N %]", "[$XX]", "[$ x]", "[number]", "[Num]", "[metric]", "[percentage]", "[TBD]",
	"[result]", "[insert metric here]", "[add a number of the results you achieved last year]", "[ADD]", "[inſert]", "[[N]]", "n", "N", "X", "XX", "XXX", "XXXX", "x", "%", " %", "$", "€", "£",
	"19XX", "20XX", "1999", "TBD", "tbd", "TBDs", "lorem ipsum", "Lorem Ipsum", "{{", "}}", "{{name}}", "{{ a } b }}", "}", "{", "#", "?", "5", " ", "\t", "\n", "a", "_"}

func TestPlaceholderFindersMatchTheirExpressions(t *testing.T) {
	texts := append(genFrom(31, 60000, append(stubPieces, commonPieces...)), fixtureLines(t)...)
	texts = append(texts, genFrom(32, 60000, stubPieces)...)
	for _, s := range texts {
		for k, re := range oraclePlaceholders {
			if got, want := findAllAt(s, placeholderFinders[k]), re.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
				t.Errorf("placeholder finder %d(%q) = %v, expression %v", k, s, got, want)
			}
			if re.MatchString(s) && !mayHoldStub(newText(s), k) {
				t.Errorf("mayHoldStub(%q, %d) = false, but finder %d matches", s, k, k)
			}
		}
	}
}

var oracleCountedNoun = regexp.MustCompile(`^\s+(?:[a-z-]+\s+)?(?:` + scaleNouns + `|requests|events|transactions|records|rows|orders|calls|tickets|visits|visitors|sessions|downloads|installs|leads|sales|units|items|hours|shifts|cases)\b`)

func TestCountedNounMatchesItsExpression(t *testing.T) {
	pieces := append(alts(scaleNouns), "requests", "sales", "cases", "user", "Users", "active", "new", "-", " ", "  ", "\t", "x", "direct", "reports", "s", "_", "1")
	texts := append(genFrom(41, 60000, pieces), fixtureLines(t)...)
	for _, s := range texts {
		for _, x := range []string{s, " " + s} {
			if got, want := countedNounNext(x), oracleCountedNoun.MatchString(x); got != want {
				t.Errorf("countedNounNext(%q) = %v, expression %v", x, got, want)
			}
		}
	}
}

var oracleContactEmail = regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}`)

func TestEmailSpansMatchTheirExpression(t *testing.T) {
	pieces := []string{"jane", "Jane.Doe", "a+b", "x%y", "_", "-", ".", "..", "@", "@@", "example", "com", "co", "c", "uk", "com2", "2com", "io", "-x", "1", "é", " ", ",", "mail.", "gmail.com", "a@b.c", "x@y.zz"}
	texts := append(genFrom(51, 80000, pieces), fixtureLines(t)...)
	for _, s := range texts {
		var want [][2]int
		for _, m := range oracleContactEmail.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := emailSpans(s); !reflect.DeepEqual(got, want) {
			t.Errorf("emailSpans(%q) = %v, expression %v", s, got, want)
		}
		if got, want := emailsToSpace(s), oracleContactEmail.ReplaceAllString(s, " "); got != want {
			t.Errorf("emailsToSpace(%q) = %q, expression %q", s, got, want)
		}
	}
}

func TestLinkSpansMatchTheirExpression(t *testing.T) {
	pieces := []string{"https://", "http://", "HTTPS://", "httpſ://", "www.", "WWW.", "linkedin.com", "github.com", "x.com", "kaggle.com", "/in/jane", "/", "a", "B", "0", "-", ".", "..", "com", "co",
		"company", "io", "dev", "me", "org", "net", "app", "ai", "xyz", "site", "page", "tech", "design", "portfolio", "uk", " ", "<", ">", "\"", "|", "·", "•", "[", "]", "(", ")", "é", "ſ", "\u212a",
		"_", "@", ":", "\t", "jane.doe", "node.js", "e.g."}
	texts := append(genFrom(61, 80000, pieces), fixtureLines(t)...)
	for _, s := range texts {
		if got, want := linkSpans(s), linkRe.FindAllStringIndex(s, -1); !reflect.DeepEqual(got, want) {
			t.Errorf("linkSpans(%q) = %v, expression %v", s, got, want)
		}
		if got, want := hasLink(s), linkRe.MatchString(s); got != want {
			t.Errorf("hasLink(%q) = %v, expression %v", s, got, want)
		}
		if linkRe.MatchString(s) && !mayHoldLink(s) {
			t.Errorf("mayHoldLink(%q) = false, but it holds a link", s)
		}
	}
}

var oracleStreets = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b\d{1,5}[a-z]?\s+(?:[\p{L}.'’-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|ter|way|parkway|pkwy|highway|hwy|circle|cir|square|sq)\b\.?(?:\s|,|$)`),
	regexp.MustCompile(`(?i)\b[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm)\s+\d{1,4}\s?[a-z]?\b`),
	regexp.MustCompile(`(?i)\b(?:calle|c/|avenida|avda\.?|rua|via|viale|paseo|praça|travessa|carrer)\s+[\p{L} .'’-]{2,40}?,?\s*(?:n[º°o]\.?\s*)?\d{1,5}\b`),
	regexp.MustCompile(`(?i)\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai)\s+\p{L}`),
	regexp.MustCompile(`(?i)\b(?:apt|apartment|suite|unit|flat)\.?\s*#?\s*\d+[a-z]?\b|\bp\.?\s?o\.?\s?box\s+\d+`),
}

var oraclePlaces = []*regexp.Regexp{
	regexp.MustCompile(`\b\p{Lu}[\p{L}.'’ -]{1,30},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\b`),
	regexp.MustCompile(`(?:^|[\s,·|])\d{4,5}\s+\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}?\p{Ll}+)*(?:,\s*\p{Lu}\p{L}+)?\s*(?:$|[,·|])`),
}

var placePieces = []string{"1234", "12", "123456", "5", "12b", " ", "  ", "N", "Lake", "Shore", "N.", "O'Hara", "-", "Dr", "Dr.", "St", "Street", "street", "ST.", "Ave", "Rd,", "Way", "sq", "wayne",
	"Hauptstraße", "Haupt-Straße", "Gartenweg", "Lindenallee", "Str.", "str.", "platz", "3a", "12 b", "Calle", "C/", "Avenida", "Avda.", "Rua", "Via", "Paseo", "Praça", "Carrer", "Mayor", "de la Paz",
	",", "nº", "n°", "no.", "No", "bis", "ter", "rue", "Rue", "Allée", "ALLÉE", "chemin", "quai", "de", "Apt", "apt.", "Apartment", "Suite", "#", "Unit", "flat", "P.O. Box", "PO Box", "p. o. box", "pobox",
	"Austin", "Austin, TX 78704", "TX", "Tx", "78704", "78704-1234", "10115 Berlin", "Berlin", "Mitte", "Paris", "France", "·", "|", "Ü", "München", "ſt", "\u212a", "é", "_", "x", "\t", "São Paulo", "a"}

func TestPlaceMatchersMatchTheirExpressions(t *testing.T) {
	texts := append(genFrom(81, 80000, placePieces), fixtureLines(t)...)
	texts = append(texts, genFrom(82, 40000, append(placePieces, commonPieces...))...)
	for _, s := range texts {
		for k, re := range oracleStreets {
			if got, want := streetAddresses[k](s), re.MatchString(s); got != want {
				t.Errorf("street %d(%q) = %v, expression %v", k, s, got, want)
			}
		}
		for k, re := range oraclePlaces {
			if got, want := placesWithPostcode[k](s), re.MatchString(s); got != want {
				t.Errorf("place %d(%q) = %v, expression %v", k, s, got, want)
			}
		}
	}
}

var oracleObfuscatedEmail = regexp.MustCompile(`(?i)\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s)\s*[\w-]+\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s)\s*[a-z]{2,}\b|\b[\w.+-]+@[\w-]+\b(?:\s|$)`)

func TestObfuscatedEmailMatchesItsExpression(t *testing.T) {
	pieces := []string{"jane", "Jane.Doe", "j+d", "-", ".", " ", "  ", "\t", "[at]", "(AT)", "{at}", "at", " at ", "[dot]", "(dot)", "{DOT}", "dot", " dot ", "com", "c", "io", "x1", "_", "@", "example",
		"gmail", "ſ", "\u212a", "é", "[", "]", "(", ")", "{", "}", "a", "t"}
	texts := append(genFrom(91, 80000, pieces), fixtureLines(t)...)
	texts = append(texts, genSlots(92, 40000, [][]string{pieces, pieces, pieces, pieces, pieces, pieces, pieces})...)
	hits := 0
	for _, s := range texts {
		got, want := obfuscatedEmail(s), oracleObfuscatedEmail.FindString(s)
		if want != "" {
			hits++
		}
		if got != want {
			t.Errorf("obfuscatedEmail(%q) = %q, expression %q", s, got, want)
		}
	}
	if hits < 100 && heavyTests() {
		t.Errorf("only %d matching texts", hits)
	}
}
