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
	KindTooLong     Kind = "too_long"
)

// Error is the only error type Read returns.
type Error struct {
	Kind   Kind
	Detail string // a short technical reason, for logs and the CLI's stderr
}

var messages = map[Kind]string{
	KindTooLarge:    "the file is too large to be a résumé; export it again, without embedded images, under %s",
	KindEmpty:       "the file is empty; choose your résumé file again, or export it again from your editor",
	KindUnsupported: "this is not a PDF, DOCX or plain-text file (old .doc files too cannot be read); export your résumé as PDF or DOCX and try again",
	KindEncrypted:   "the file is password-protected; save a copy without a password (in a PDF viewer: Print → Save as PDF) and try again",
	KindNoText:      "the file has no text an ATS can read (a PDF of a scanned image, or text turned into shapes); export it from your editor as PDF or DOCX, or run OCR on the scan",
	KindDamaged:     "the file is damaged and cannot be read; export it again from your editor",
	KindTimeout:     "the file took too long to read; export it again from your editor, or simplify it",
	KindTooLong:     "the document is far too long to be a résumé (over %s words); a résumé is one to three pages",
}

func (e *Error) Error() string {
	msg := messages[e.Kind]
	if e.Kind == KindTooLarge || e.Kind == KindTooLong {
		msg = fmt.Sprintf(msg, e.Detail)
	}
	return msg
}

func errorf(k Kind, format string, args ...any) *Error {
	return &Error{Kind: k, Detail: fmt.Sprintf(format, args...)}
}
