package extract

import "fmt"

// Kind says what went wrong with an input, in terms a job seeker can act on.
type Kind string

const (
	KindTooLarge    Kind = "too_large"
	KindEmpty       Kind = "empty"
	KindUnsupported Kind = "unsupported_format"
	KindEncrypted   Kind = "encrypted"
	KindNoText      Kind = "no_text"
	KindDamaged     Kind = "damaged"
	KindTimeout     Kind = "timeout"
)

// Error is the only error type Read returns.
type Error struct {
	Kind   Kind
	Detail string // a short technical reason, for logs and the CLI's stderr
}

var messages = map[Kind]string{
	KindTooLarge:    "the file is too large to be a résumé; export it again, without embedded images, under %s",
	KindEmpty:       "the file is empty",
	KindUnsupported: "this is not a PDF, DOCX or plain-text file; export your résumé as PDF or DOCX and try again",
	KindEncrypted:   "the PDF is password-protected; save a copy without a password (Print → Save as PDF) and try again",
	KindNoText:      "the PDF has no text layer (it looks like a scanned image), so an ATS reads nothing from it; export it from your editor as PDF, or run OCR on it",
	KindDamaged:     "the file is damaged and cannot be read; export it again from your editor",
	KindTimeout:     "the file took too long to read; export it again from your editor, or simplify it",
}

func (e *Error) Error() string {
	msg := messages[e.Kind]
	if e.Kind == KindTooLarge {
		msg = fmt.Sprintf(msg, e.Detail)
	}
	return msg
}

func errorf(k Kind, format string, args ...any) *Error {
	return &Error{Kind: k, Detail: fmt.Sprintf(format, args...)}
}
