package check

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Every &Check{…} declared in the package's files is in the registry (the
// list in registry.go is kept by hand).
func TestEveryCheckRegistered(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(x ast.Node) bool {
			lit, ok := x.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if id, isIdent := lit.Type.(*ast.Ident); !isIdent || id.Name != "Check" {
				return true
			}
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if k, isIdent := kv.Key.(*ast.Ident); !isIdent || k.Name != "ID" {
					continue
				}
				bl, ok := kv.Value.(*ast.BasicLit)
				if !ok {
					continue
				}
				id, _ := strconv.Unquote(bl.Value)
				n++
				if _, ok := Lookup(id); !ok {
					t.Errorf("%s: check %s is declared but not registered (add it to registry.go)", f, id)
				}
			}
			return true
		})
	}
	if n < 100 || n != len(All()) {
		t.Errorf("%d checks declared, %d registered", n, len(All()))
	}
}
