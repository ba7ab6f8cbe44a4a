// Command yilu-ferretdb runs FerretDB v1 (SQLite backend) embedded, on a local TCP port.
// It prints the MongoDB URI on one line once listening and stops on SIGINT/SIGTERM.
// The plain `go install .../cmd/ferretdb` binary panics at start (FerretDB#2982); the
// embeddable package does not.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	dataDir := flag.String("data", "", "folder for the SQLite files (created if missing)")
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on")
	flag.Parse()

	if *dataDir == "" {
		fmt.Fprintln(os.Stderr, "yilu-ferretdb: -data is required")
		os.Exit(2)
	}
	abs, err := filepath.Abs(*dataDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "yilu-ferretdb:", err)
		os.Exit(2)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "yilu-ferretdb:", err)
		os.Exit(2)
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "yilu-ferretdb:", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	// MongoDBURI reports the bound address only after the listener is up.
	deadline := time.Now().Add(30 * time.Second)
	for {
		uri := f.MongoDBURI()
		if uri != "" && !hasZeroPort(uri) {
			fmt.Println(uri)
			break
		}
		if time.Now().After(deadline) {
			fmt.Fprintln(os.Stderr, "yilu-ferretdb: listener did not start in 30s")
			os.Exit(1)
		}
		time.Sleep(20 * time.Millisecond)
	}

	if err := <-done; err != nil && ctx.Err() == nil {
		fmt.Fprintln(os.Stderr, "yilu-ferretdb:", err)
		os.Exit(1)
	}
}

func hasZeroPort(uri string) bool {
	for i := len(uri) - 1; i > 0; i-- {
		if uri[i] == ':' {
			rest := uri[i+1:]
			return len(rest) == 0 || rest[0] == '0' && (len(rest) == 1 || rest[1] == '/')
		}
	}
	return false
}
