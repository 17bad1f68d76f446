package pgtest

import (
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/lib/pq" // the PostgreSQL driver Cayley's SQL backend uses
)

// EnvServer names the environment variable holding the server's URL.
const EnvServer = "STATEKG_TEST_POSTGRES"

var seq atomic.Int64

// Server returns the URL of the test server, failing the test under CI
// and skipping it elsewhere when there is none.
func Server(t testing.TB) string {
	t.Helper()
	addr := os.Getenv(EnvServer)
	if addr == "" {
		if os.Getenv("STATEKG_CI") == "1" {
			t.Fatal("STATEKG_CI=1 but " + EnvServer + " names no PostgreSQL server")
		}
		t.Skip(EnvServer + " is not set")
	}
	return addr
}

// Fresh creates an empty schema on the server at addr, dropped when the
// test ends, and returns a connection URL whose tables go there.
func Fresh(t testing.TB, addr string) string {
	t.Helper()
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("statekg_test_%d_%d", time.Now().UnixNano(), seq.Add(1))
	if _, err := db.Exec("CREATE SCHEMA " + name); err != nil {
		db.Close()
		t.Fatalf("postgres: %v", err)
	}
	t.Cleanup(func() {
		db.Exec("DROP SCHEMA " + name + " CASCADE")
		db.Close()
	})
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}
