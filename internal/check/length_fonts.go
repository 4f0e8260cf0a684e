package check

import (
	"strconv"
	"strings"
)

var checkLengthFontConsistency = &Check{
	ID:       "length.font-consistency",
	Category: Length,
	Title:    "At most two fonts and a few sizes",
	Why:      "One font for the text (a second for headings at most) and three or four sizes make the page calm and easy to scan; more look improvised, and rare fonts may not survive an ATS's conversion.",
	Fix:      "Use one common font family for the whole résumé, bold for emphasis, and sizes for just the name, headings and body.",
	Before:   "Headings in Georgia, roles in Arial, dates in Courier; six sizes.",
	After:    "Everything in Calibri: name 20 pt, headings 12 pt, body 10.5 pt.",
	Since:    "0.1.0",
	Weight:   1,
	// Counts font families where the Document names fonts; otherwise, as a
	// proxy, the sizes in use. Plain text has neither and is skipped.
	Run: func(in *Input) (Result, bool) {
		if fams := fontFamilyShares(in); len(fams) > 0 {
			var used []string
			for _, f := range sortedKeys(fams) {
				if fams[f] >= 0.02 {
					used = append(used, f)
				}
			}
			if len(used) <= 2 {
				return Result{Status: Pass, Earned: 1, Message: "The text uses " + nOf(len(used), "font family", "font families") + ": " + strings.Join(used, ", ") + "."}, true
			}
			return Result{Status: Warn, Earned: 0.5,
				Message: "The text mixes " + strconv.Itoa(len(used)) + " font families (" + strings.Join(used, ", ") + "); keep to one, two at most."}, true
		}
		sizes := sizeShares(in)
		if len(sizes) == 0 {
			return Result{}, false
		}
		var used []string
		for _, s := range sizeClusters(sizes) {
			used = append(used, strconv.FormatFloat(s, 'f', -1, 64))
		}
		if len(used) <= 4 {
			return Result{Status: Pass, Earned: 1, Message: "The text uses " + nOf(len(used), "font size", "font sizes") + "."}, true
		}
		return Result{Status: Warn, Earned: 0.5,
			Message: "The text uses " + strconv.Itoa(len(used)) + " distinct font sizes (" + strings.Join(used, ", ") + " pt); three or four are enough: name, headings, body, and perhaps dates."}, true
	},
}
