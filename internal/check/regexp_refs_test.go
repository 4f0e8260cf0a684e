package check

import "regexp"

// The expressions hand-written matchers stand for (urlishString,
// schemeString, domainString, isRoman, splitSentences): the tests compare
// them; the package itself does not compile them.
var (
	urlish      = regexp.MustCompile(`(?i)@|://|www\.`)
	schemeRe    = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:\S`) // javascript:…, mailto:…
	domainRe    = regexp.MustCompile(`(?i)\.(?:com|org|net|io|dev|ai|co|me|app|edu|gov)(?:/|$)`)
	romanRe     = regexp.MustCompile(`^[IVXLC]+$`)
	sentenceEnd = regexp.MustCompile(`[.!?]+(?:\s+|$)`)
)
