package extract

import (
	"bytes"
	"context"
	"fmt"
	"time"
	"unicode/utf8"
)

// Limits bound the work one input may cause. The zero value means defaults.
type Limits struct {
	MaxBytes        int           // input size cap
	MaxPages        int           // pages read; later pages are ignored
	MaxDecompressed int           // bytes all streams of a document may inflate to
	Timeout         time.Duration // time budget per document (checked cooperatively)
}

// DefaultLimits are the caps every face uses unless told otherwise.
var DefaultLimits = Limits{MaxBytes: 10 << 20, MaxPages: 20, MaxDecompressed: 64 << 20, Timeout: 1500 * time.Millisecond}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultLimits.MaxBytes
	}
	if l.MaxPages <= 0 {
		l.MaxPages = DefaultLimits.MaxPages
	}
	if l.MaxDecompressed <= 0 {
		l.MaxDecompressed = DefaultLimits.MaxDecompressed
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultLimits.Timeout
	}
	return l
}

// Read sniffs the format of data and extracts its text. Every failure is an
// *Error.
func Read(ctx context.Context, data []byte, lim Limits) (doc *Document, err error) {
	// Last line of defence: a panic anywhere below (the PDF reader's own
	// are caught closer to it, in pdf_guard.go) becomes a "damaged" error,
	// never a crash.
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, errorf(KindDamaged, "internal error: %v", p)
		}
	}()
	lim = lim.withDefaults()
	if len(data) > lim.MaxBytes {
		return nil, errorf(KindTooLarge, "%s", humanBytes(lim.MaxBytes))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errorf(KindEmpty, "0 bytes of content")
	}
	switch Sniff(data) {
	case "pdf":
		return capWords(readPDF(ctx, data, lim))
	case "zip":
		return capWords(readDOCX(ctx, data, lim))
	case "text":
		return capWords(readText(data), nil)
	case "ole":
		// A legacy .doc, or an OOXML file encrypted with a password (both are
		// OLE compound files).
		if bytes.Contains(data, []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e")) {
			return nil, errorf(KindEncrypted, "password-protected Office file")
		}
		return nil, errorf(KindUnsupported, "legacy Word .doc (OLE compound file)")
	}
	return nil, errorf(KindUnsupported, "unrecognised leading bytes %q", head(data, 8))
}

// MaxWords bounds the words of a document: twenty dense pages. Past it a
// file is not a résumé, and checking it would only cost time.
const MaxWords = 20000

// capWords refuses a document with more than MaxWords words.
func capWords(doc *Document, err error) (*Document, error) {
	if err != nil {
		return nil, err
	}
	if doc.WordCount() > MaxWords {
		return nil, errorf(KindTooLong, "%d", MaxWords)
	}
	return doc, nil
}

// Sniff names the format of data from its first bytes: "pdf", "zip" (DOCX),
// "ole" (legacy Office), "text" or "" when unknown.
func Sniff(data []byte) string {
	// A PDF header may sit after some junk, within the first KiB (PDF 2.0, 7.5.2).
	if i := bytes.Index(head(data, 1024), []byte("%PDF-")); i >= 0 {
		return "pdf"
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return "zip"
	}
	if bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) {
		return "ole"
	}
	if utf8.Valid(head(data, 4096)) && !bytes.ContainsRune(head(data, 4096), 0) {
		return "text"
	}
	return ""
}

func head(b []byte, n int) []byte {
	if len(b) > n {
		// Cut back to a rune boundary so utf8.Valid judges the text, not the cut.
		for n > 0 && !utf8.RuneStart(b[n]) {
			n--
		}
		return b[:n]
	}
	return b
}

func humanBytes(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}
