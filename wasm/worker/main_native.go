//go:build !(js && wasm)

package main

import (
	"flag"
	"log"
	"net/http"
	"time"
)

// main, outside js/wasm, serves the same handler with net/http, for trying
// the API without wrangler: go run ./wasm/worker -addr 127.0.0.1:8787
func main() {
	addr := flag.String("addr", "127.0.0.1:8787", "listen address")
	flag.Parse()
	logger := log.New(log.Writer(), "", log.LstdFlags)
	srv := &http.Server{
		Addr:              *addr,
		Handler:           newAPI(logger.Printf),
		ReadHeaderTimeout: 10 * time.Second,
	}
	logger.Printf("resumescore edge API (native) on http://%s", *addr)
	logger.Fatal(srv.ListenAndServe())
}
