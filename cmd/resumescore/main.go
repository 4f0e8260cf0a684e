// Command resumescore scores résumés from the command line.
//
//	resumescore score [--role ID] [--jd FILE] [--json] [--as-of YYYY-MM-DD] [--min-score N] FILE...
//	resumescore parse [--as-of YYYY-MM-DD] FILE
//	resumescore text [--layout] FILE
//	resumescore bullet [--role ID] TEXT...
//	resumescore checks [--json]
//	resumescore roles [--json]
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes are part of the CLI's contract.
const (
	exitOK       = 0
	exitUsage    = 1
	exitInput    = 3
	exitMinScore = 4
)

const usage = `resumescore — score a résumé the way an applicant-tracking system reads it

Usage:
  resumescore score [--role ID] [--jd FILE] [--json] [--as-of YYYY-MM-DD] [--min-score N] FILE...
  resumescore parse [--as-of YYYY-MM-DD] FILE
  resumescore text [--layout] FILE
  resumescore bullet [--role ID] TEXT...
  resumescore checks [--json]
  resumescore roles [--json]

FILE may be a PDF, DOCX, plain-text or Markdown file; "-" reads standard input.
Exit codes: 0 scored, 1 usage error, 3 an input could not be read, 4 a score below --min-score.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "score":
		return cmdScore(args[1:], stdin, stdout, stderr)
	case "text":
		return cmdText(args[1:], stdin, stdout, stderr)
	case "parse":
		return cmdParse(args[1:], stdin, stdout, stderr)
	case "roles":
		return cmdRoles(args[1:], stdout, stderr)
	case "bullet":
		return cmdBullet(args[1:], stdout, stderr)
	case "checks":
		return cmdChecks(args[1:], stdout, stderr)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "resumescore: unknown command %q\n\n%s", args[0], usage)
	return exitUsage
}
