package check

var checkParseabilityJunkCharacters = &Check{
	ID:       "parseability.junk-characters",
	Category: Parseability,
	Title:    "Every character reads as text",
	Why:      "Icon fonts and fonts without a character map decode to garbage (□, �, private-use codes) in an ATS; a phone number behind an icon may come out unreadable.",
	Fix:      "Replace icons with words (“Email:”, “Phone:”) and use a standard font that embeds its character map.",
	Before:   "\uf0e0 jane@example.com  \uf095 555-0123",
	After:    "Email: jane@example.com · Phone: 555-0123",
	Since:    "0.1.0",
	Weight:   4,
	Run: func(in *Input) (Result, bool) {
		ev := linesWhere(in, func(l docLine) bool { return hasJunk(l.Text) })
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No line holds unreadable characters."}, true
		}
		st := Warn
		if len(ev) > 5 {
			st = Fail
		}
		return Result{Status: st, Earned: 0.5, Message: itoa(len(ev)) + " lines hold characters an ATS cannot read (icons or unmapped glyphs).", Evidence: firstFew(ev, 5)}, true
	},
}
