package check

var _ = addCase("impact.quantified",
	[]string{"Experience\n• Cut latency by 40% for 2M users.\n• Saved $120k a year.\n"},
	[]string{"Experience\n• Worked on the backend services.\n• Helped with testing in 2019.\n"})

var _ = addCase("impact.action-verb",
	[]string{"Experience\n• Built a billing API.\n• Led a team of four.\n"},
	[]string{"Experience\n• Responsible for billing.\n• Worked on the backend services.\n"})
