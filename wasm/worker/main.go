//go:build js && wasm

package main

import (
	"log"
	"os"

	"github.com/syumai/workers"
)

// main registers the handler and signals readiness, then parks forever: the
// shim (shim/worker.mjs) keeps this one running instance per isolate and
// hands it request after request. workers.Serve would instead return after
// the first response body is closed, ending the Go program.
func main() {
	logger := log.New(os.Stderr, "", 0)
	workers.ServeNonBlock(newAPI(logger.Printf))
	workers.Ready()
	select {}
}
