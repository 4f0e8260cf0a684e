package check

import "strings"

var checkLanguageBulletPunctuation = &Check{
	ID:       "language.bullet-punctuation",
	Category: Language,
	Title:    "Bullets end the same way",
	Why:      "Some bullets with a full stop and some without looks unfinished; either style is fine if it is the same throughout.",
	Fix:      "Pick one: a full stop after every bullet, or none. Apply it to all of them.",
	Before:   "• Cut costs 12%.\n• Hired 4 engineers\n• Shipped the app.",
	After:    "• Cut costs 12%.\n• Hired 4 engineers.\n• Shipped the app.",
	Since:    "0.1.0",
	Weight:   1,
	Run: func(in *Input) (Result, bool) {
		var bs []Evidence
		var core []string
		for _, b := range in.Resume.Bullets {
			if b.Section == "experience" || b.Section == "projects" || b.Section == "volunteer" || b.Section == "header" {
				bs = append(bs, Evidence{Page: b.Ref.Page, Line: b.Ref.Line, Text: b.Text})
				core = append(core, bulletCore(in, b.Text))
			}
		}
		if len(bs) < 3 {
			return Result{}, false
		}
		var dot, bare []Evidence
		for i, b := range bs {
			if strings.HasSuffix(strings.TrimSpace(core[i]), ".") {
				dot = append(dot, b)
			} else {
				bare = append(bare, b)
			}
		}
		odd, style := bare, "end with a full stop"
		if len(bare) > len(dot) {
			odd, style = dot, "end without a full stop"
		}
		if len(odd) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "All " + itoa(len(bs)) + " bullets end the same way."}, true
		}
		return Result{Status: Warn, Earned: max(0.5, 1-float64(len(odd))/float64(len(bs))), Evidence: odd,
			Message: itoa(len(bs)-len(odd)) + " of " + itoa(len(bs)) + " bullets " + style + "; " + plural(len(odd), "does", "do") + " not."}, true
	},
}
