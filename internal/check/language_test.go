package check

// Résumés each language check passes and fails.

var _ = addCase("language.first-person",
	[]string{good},
	[]string{"Summary\nI am a backend engineer who loves my work.\n\nExperience\n• Built the API we use for billing.\n• Led my team of 4 engineers.\n"})

var _ = addCase("language.passive-voice",
	[]string{good},
	[]string{"Experience\n• Was responsible for the release process.\n• The billing system was rebuilt under my lead.\n• Reports were written every week for the board.\n"})

var _ = addCase("language.buzzwords",
	[]string{good},
	[]string{"Summary\nResults-driven, detail-oriented team player and self-starter with a proven track record.\n\nExperience\n• Built a billing API serving 2M customers.\n"})

var _ = addCase("language.cliches",
	[]string{good},
	[]string{"Summary\nEngineer who can hit the ground running and go the extra mile.\n\nExperience\n• Built a billing API serving 2M customers.\n"})

var _ = addCase("language.filler-words",
	[]string{good},
	[]string{"Experience\n• Worked on various projects with several teams, etc.\n• Handled lots of tickets and many other things.\n"})

var _ = addCase("language.hedges",
	[]string{good},
	[]string{"Experience\n• Tried to significantly improve the onboarding process.\n• Helped to somewhat reduce very long build times.\n"})

var _ = addCase("language.spelling",
	[]string{good},
	[]string{"Experience\n• Acheived sucessful developement of the managment portal.\n• Built the the billing API.\n"})

var _ = addCase("language.tense",
	[]string{good,
		"Experience\nEngineer, Acme    Jan 2022 – Present\n• Lead a team of 5 engineers.\n• Own the payments roadmap.\n• Build the ledger service.\n"},
	[]string{`Experience
Engineer, Acme    Jan 2022 – Present
• Led a team of 5 engineers.
• Own the payments roadmap.
• Designed the ledger service.
Engineer, Globex    Jan 2018 – Dec 2021
• Manage the billing team.
• Build the invoicing API.
• Migrated the database to PostgreSQL.
`})

var _ = addCase("language.acronyms",
	[]string{good, "Experience\n• Rebuilt the Configure, Price, Quote (CPQ) flow, cutting quote time 40%.\n• Rolled CPQ out to 3 regions.\n"},
	[]string{"Experience\n• Rebuilt the CPQ flow for the GTM team, cutting quote time 40%.\n• Migrated the TMS to a new vendor.\n"})

var _ = addCase("language.readability",
	[]string{good},
	[]string{"Summary\nExperienced professional who has worked across a number of different industries and functions over the past decade, gaining exposure to a wide range of stakeholders, tools and processes, and who is now looking for a new and exciting challenge in a fast growing company.\n\nExperience\n• Built a billing API serving 2M customers.\n"})

var _ = addCase("language.repetition",
	[]string{good},
	[]string{`Experience
• Managed team projects for the platform team.
• Supported team goals and team rituals.
• Improved team processes for the support team.
• Ran team meetings and team retros.
`})

var _ = addCase("language.all-caps",
	[]string{good},
	[]string{"Experience\n• INCREASED SALES BY 20% IN THE NORTH REGION.\n• BUILT A NEW ONBOARDING PROGRAMME FOR 40 HIRES.\n"})

var _ = addCase("language.ai-slop",
	[]string{good},
	[]string{"Summary\nI delve into a rich tapestry of robust, seamless and pivotal solutions.\n\nExperience\n• Leveraged cutting-edge tools to deliver seamless results.\n"})

var _ = addCase("language.tone",
	[]string{good},
	[]string{"Experience\n• Left because the job was boring and my manager was incompetent.\n• Built a billing API serving 2M customers.\n"})

var _ = addCase("language.tech-names",
	[]string{good, "Skills\nJavaScript, TypeScript, Node.js, PostgreSQL, GitHub, pandas, Pandas, JIRA, react\n"},
	[]string{"Skills\nJavascript, Typescript, Nodejs, Postgres, Github, Mongodb, Mysql, Kubernates\n"})

var _ = addCase("language.informal",
	[]string{good},
	[]string{"Summary\nI'm super passionate about UX!! Can't wait to build cool stuff, lol.\n\nExperience\n• Built a billing API serving 2M customers.\n"})

var _ = addCase("language.bullet-punctuation",
	[]string{good},
	[]string{"Experience\n• Cut costs 12%.\n• Hired 4 engineers\n• Shipped the app.\n• Grew revenue 20%\n"})

var _ = addCase("language.numerals",
	[]string{good + "\nSummary\nEngineer with 8 years in payments.\n"},
	[]string{"Summary\nEngineer with twelve years in payments.\n\nExperience\n• Led twelve engineers across three teams.\n• Built a billing API serving 2M customers.\n"})
