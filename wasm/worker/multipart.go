package main

import (
	"bytes"
	"errors"
	"strings"
)

// A multipart/form-data reader (RFC 7578) over a body already in memory.
// mime/multipart would do, but it reads through net/textproto (which brings
// the net package into the Worker) and its ReadForm spills large files to
// disk, which a Worker does not have.

// formPart is one field of a form.
type formPart struct {
	name, filename, contentType string
	body                        []byte
}

const (
	maxFormParts      = 16
	maxPartHeaderSize = 8 << 10
)

// parseMultipart splits body at boundary into its parts. It refuses a body
// without the closing delimiter, more than maxFormParts parts, and part
// headers other than form-data ones.
func parseMultipart(body []byte, boundary string) ([]formPart, error) {
	if boundary == "" || len(boundary) > 70 {
		return nil, errors.New("the Content-Type has no valid boundary parameter")
	}
	delim := []byte("--" + boundary)
	// The first delimiter starts the body or follows the preamble's CRLF.
	var rest []byte
	switch {
	case bytes.HasPrefix(body, delim):
		rest = body[len(delim):]
	default:
		i := bytes.Index(body, append([]byte("\n"), delim...))
		if i < 0 {
			return nil, errors.New("the boundary does not occur in the body")
		}
		rest = body[i+1+len(delim):]
	}
	var parts []formPart
	for {
		// After a delimiter: "--" ends the body; otherwise optional
		// whitespace and a line break start a part.
		if bytes.HasPrefix(rest, []byte("--")) {
			return parts, nil
		}
		rest = bytes.TrimLeft(rest, " \t")
		switch {
		case bytes.HasPrefix(rest, []byte("\r\n")):
			rest = rest[2:]
		case bytes.HasPrefix(rest, []byte("\n")):
			rest = rest[1:]
		default:
			return nil, errors.New("a boundary line is malformed")
		}
		if len(parts) == maxFormParts {
			return nil, errors.New("the form has too many fields")
		}
		head, after, ok := cutHeaders(rest)
		if !ok {
			return nil, errors.New("a part's headers do not end")
		}
		p, err := partHeaders(head)
		if err != nil {
			return nil, err
		}
		// The part's body runs to the next CRLF (or LF) and delimiter.
		i := bytes.Index(after, append([]byte("\n"), delim...))
		if i < 0 {
			return nil, errors.New("the closing boundary is missing")
		}
		end := i
		if end > 0 && after[end-1] == '\r' {
			end--
		}
		p.body = after[:end]
		parts = append(parts, p)
		rest = after[i+1+len(delim):]
	}
}

// cutHeaders splits a part at the blank line after its headers.
func cutHeaders(b []byte) (head, body []byte, ok bool) {
	if bytes.HasPrefix(b, []byte("\r\n")) {
		return nil, b[2:], true
	}
	if bytes.HasPrefix(b, []byte("\n")) {
		return nil, b[1:], true
	}
	lim := b[:min(len(b), maxPartHeaderSize)]
	if i := bytes.Index(lim, []byte("\r\n\r\n")); i >= 0 {
		return b[:i], b[i+4:], true
	}
	if i := bytes.Index(lim, []byte("\n\n")); i >= 0 {
		return b[:i], b[i+2:], true
	}
	return nil, nil, false
}

// partHeaders reads a part's Content-Disposition and Content-Type.
func partHeaders(head []byte) (formPart, error) {
	var p formPart
	sawDisposition := false
	for _, line := range strings.Split(string(head), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" {
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return p, errors.New("a part header is malformed")
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(name)) {
		case "content-disposition":
			disp, params, err := parseMediaType(value)
			if err != nil || disp != "form-data" {
				return p, errors.New("a part's Content-Disposition is not form-data")
			}
			p.name, p.filename = params["name"], params["filename"]
			sawDisposition = true
		case "content-type":
			p.contentType = value
		}
	}
	if !sawDisposition {
		return p, errors.New("a part has no Content-Disposition")
	}
	return p, nil
}
