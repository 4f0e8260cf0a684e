package check

var _ = addCase("contact.email",
	[]string{"Jane Doe\njane@example.com\n"},
	[]string{"Jane Doe\nno address here\n"})

var _ = addCase("contact.phone",
	[]string{"Jane Doe\n+49 30 1234 5678\n", "Jane Doe\n(312) 555-0123\n"},
	[]string{"Jane Doe\nCall me maybe\n"})
