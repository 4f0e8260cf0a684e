package check

import "testing"

// The expressions rebuilt from their parts (for the fast paths) are the ones
// the checks were written with, character for character.
func TestExpressionsFromParts(t *testing.T) {
	for _, c := range []struct {
		name string
		got  string
		want string
	}{
		{"resultRe", resultRe.expr, `(?i)\b(?:resulting in|resulted in|leading to|led to|so that|thereby|which (?:\w+ )?(?:\w+ed|cut|grew|won|let|drove|brought|saved|freed|made|kept|took)|enabling|allowing|achieving|yielding|saving|cutting|reducing|decreasing|increasing|improving|boosting|raising|lowering|growing|driving|eliminating|shortening|preventing|freeing|lifting|accelerating|speeding up|halving|doubling|tripling|earning|winning|exceeding|surpassing|beating|recovering|generating|delivering|avoiding|removing|closing|passing|meeting|hitting|landing|reaching|retaining|keeping|filling|bringing|turning|lifting|topping|ranking)\b|\bfrom\s+[$€£~]?\s?\d[^;]{0,40}?\bto\s+[$€£~]?\s?\d|\b(?:by|of|to)\s+(?:over |nearly |about |almost |around |roughly |~)?[$€£]?\s?\d[\d,.]*\s?(?:%|x\b|percent|k\b|m\b|million|points|pts|pp)|\d\s?(?:%|x|percent)\s+(?:increase|decrease|reduction|growth|improvement|gain|drop|lift|rise|uplift|faster|fewer|less|more|higher|lower|cheaper|smaller)|\b(?:zero|no) (?:downtime|defects|incidents|errors|findings|injuries|falls|audit findings|lost-time)\b|\d\s?%\s+(?:uptime|availability|accuracy|retention|satisfaction|on-time|attendance|compliance|occupancy|csat|pass rate|success rate|quota attainment|of (?:quota|target|plan|goal))`},
		{"howRe", howRe.expr, `(?i)\b(?:by (?:\w+ing|introducing|adding|building|moving)|using|through|via|with|leveraging|applying)\b`},
		{"scopeRe", scopeRe.expr, `(?i)\bteam of\b|\b(?:\d[\d,.]*\+?\s?[kmb]?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds? of|thousands? of|dozens? of|millions? of)\s+(?:[a-z-]+\s+){0,2}(?:` + scaleNouns + `)\b|[$€£]\s?\d|\bbudgets?\b|\b(?:company|org|organization|enterprise|department|division|hospital|school|district|firm|country|nation|state)[- ]wide\b|\bcross-functional\b|\bacross\s+(?:\d|the|all|every|multiple|two|three|four|five|six|seven|eight|nine|ten)\b|\bend-to-end\b|\b(?:global|nationwide|international|multinational)\b|\bP&L\b|\b(?:handling|serving|processing|supporting|hosting|managing|covering|reaching|used by)\s+(?:over |more than |up to |nearly |about |~)?[$€£]?\d`},
		{"rateRe", rateRe.expr, `(?i)\b(?:a|per|each|every)\s+(?:day|week|month|year|shift|quarter|hour|semester|term)\b|/\s?(?:day|week|month|year|hr|hour|s|sec|second|min|minute|shift|mo|yr)\b|\b(?:daily|weekly|monthly|annually|yearly)\b`},
	} {
		if c.got != c.want {
			t.Errorf("%s changed:\n got %s\nwant %s", c.name, c.got, c.want)
		}
	}
}
