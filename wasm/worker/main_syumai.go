//go:build js && wasm && syumai

package main

import (
	"log"
	"os"

	"github.com/syumai/workers"
)

// main, built with -tags syumai, serves the same handler through
// syumai/workers' net/http bridge, for its stock shim (workers-assets-gen):
// the baseline `make bench` measures our own build (main.go) against. It is
// not what is deployed.
func main() {
	workers.Serve(newAPI(log.New(os.Stderr, "", 0).Printf))
}
