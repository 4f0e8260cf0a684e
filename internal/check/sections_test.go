package check

var _ = addCase("sections.experience",
	[]string{"Jane Doe\nExperience\nAcme\n", "Jane Doe\nBerufserfahrung\nAcme\n"},
	[]string{"Jane Doe\nWhere I have been\nAcme\n"})
