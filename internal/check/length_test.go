package check

import "strings"

var _ = addCase("length.word-count",
	[]string{"Jane Doe\n" + strings.Repeat("word ", 400)},
	[]string{"Jane Doe\nshort\n"})
