package main

import (
	"errors"

	"github.com/resumescore/resumescore/internal/roles"
)

// A strict reader for the JSON bodies of POST requests: it checks the whole
// document is JSON (RFC 8259, as encoding/json's Valid does) and returns the
// members of the object it must be, with string values decoded. It stands in
// for encoding/json, which the Worker build does not carry (see main.go).

// jsonMember is one member of the top-level object.
type jsonMember = roles.JSONMember

var (
	errNotJSON   = errors.New("the body is not valid JSON")
	errNotObject = errors.New("the JSON body must be an object")
)

// readJSONObject validates data as one JSON value and returns the members of
// the object it is; errNotObject when it is valid JSON of another kind. The
// engine's JSON reader (roles.JSONObjectMembers) does the reading.
func readJSONObject(data []byte) ([]jsonMember, error) {
	members, err := roles.JSONObjectMembers(data)
	switch {
	case err == roles.ErrJSONNotObject:
		return nil, errNotObject
	case err != nil:
		return nil, errNotJSON
	}
	return members, nil
}
