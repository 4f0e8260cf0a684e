package main

import (
	"maps"
	"net/url"
	"slices"
	"testing"
)

func TestParseQueryAgreesWithNetURL(t *testing.T) {
	for _, q := range []string{
		"", "a=1", "a=1&b=2", "a=1&a=2", "a", "a=", "=x", "&&a=1&&", "a=%41%42+c", "a%20b=c", "a=%zz", "a=%4", "a=%",
		"a=1;b=2", "jd=Senior%0AGo%2C+Kubernetes", "asOf=2026-01-15&role=backend", "a=é", "a=%ff%fe",
	} {
		got, err := parseQuery(q)
		want, werr := url.ParseQuery(q)
		if (err != nil) != (werr != nil) {
			t.Errorf("%q: error %v, net/url says %v", q, err, werr)
			continue
		}
		if err == nil && !maps.EqualFunc(got, map[string][]string(want), slices.Equal) {
			t.Errorf("%q: %v, net/url says %v", q, got, want)
		}
	}
}
