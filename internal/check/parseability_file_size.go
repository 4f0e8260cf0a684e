package check

var checkParseabilityFileSize = &Check{
	ID:       "parseability.file-size",
	Category: Parseability,
	Title:    "The file is small enough to upload anywhere",
	Why:      "Many application forms cap uploads at 2 MB, some lower; a heavy file fails to upload or is compressed badly.",
	Fix:      "Export again without embedded images, or with “minimum size” PDF settings.",
	Before:   "resume.pdf, 6.4 MB with a full-page photo",
	After:    "resume.pdf, 90 KB",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		if in.Size <= 0 {
			return Result{}, false
		}
		kb := (in.Size + 1023) / 1024
		msg := "The file is " + itoa(kb) + " KB"
		ev := []Evidence{{Page: 1, Text: "file size: " + itoa(kb) + " KB"}}
		switch {
		case in.Size > 5<<20:
			return Result{Status: Fail, Message: msg + "; many upload forms refuse files over 2 MB.", Evidence: ev}, true
		case in.Size > 2<<20:
			return Result{Status: Warn, Earned: 0.5, Message: msg + "; some upload forms refuse files over 2 MB.", Evidence: ev}, true
		}
		return Result{Status: Pass, Earned: 1, Message: msg + "."}, true
	},
}
