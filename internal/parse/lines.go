package parse

import (
	"strings"
	"unicode"
)

// headingWords maps a normalised heading to the kind of section it opens.
var headingWords = map[string]string{
	"summary": "summary", "profile": "summary", "professional summary": "summary", "about me": "summary", "objective": "summary",
	"experience": "experience", "work experience": "experience", "professional experience": "experience", "employment": "experience",
	"employment history": "experience", "work history": "experience", "career history": "experience", "relevant experience": "experience",
	"education": "education", "education and training": "education", "academic background": "education",
	"skills": "skills", "technical skills": "skills", "core skills": "skills", "key skills": "skills", "technologies": "skills", "core competencies": "skills",
	"projects": "projects", "personal projects": "projects", "selected projects": "projects",
	"certifications": "certifications", "certificates": "certifications", "licenses and certifications": "certifications",
	"awards": "awards", "honors": "awards", "honors and awards": "awards", "achievements": "awards",
	"publications": "publications", "languages": "languages", "volunteering": "volunteer", "volunteer experience": "volunteer",
	"interests": "interests", "references": "references",
}

// headingKind says whether a line is a section heading, and of which kind.
func headingKind(line string) (string, bool) {
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line), ":"))
	if t == "" || len(t) > 40 {
		return "", false
	}
	k := strings.ToLower(strings.ReplaceAll(t, "&", "and"))
	k = strings.Join(strings.Fields(k), " ")
	if kind, ok := headingWords[k]; ok {
		return kind, true
	}
	return "", false
}

// bulletMarks are the glyphs résumé templates put in front of a bullet.
const bulletMarks = "•◦▪▫‣⁃●○■□–—-*·➢➤►▶✓✔"

// bulletText returns the text of a bulleted line without its mark.
func bulletText(line string) (string, bool) {
	t := strings.TrimSpace(line)
	for _, m := range bulletMarks {
		if rest, ok := strings.CutPrefix(t, string(m)); ok {
			rest = strings.TrimSpace(rest)
			if rest == "" || (m == '-' && !strings.HasPrefix(t, "- ")) {
				return "", false
			}
			return rest, true
		}
	}
	return "", false
}

// looksLikeName accepts two to four capitalised words without digits or
// contact punctuation.
func looksLikeName(line string) bool {
	f := strings.Fields(line)
	if len(f) < 2 || len(f) > 4 || strings.ContainsAny(line, "@:/|•0123456789") {
		return false
	}
	low := strings.ToLower(line)
	if strings.Contains(low, "resume") || strings.Contains(low, "résumé") || strings.Contains(low, "curriculum") {
		return false
	}
	for _, w := range f {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
