package graph_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/lib/pq" // the PostgreSQL driver Cayley's SQL backend uses

	"github.com/statekg/statekg/graph"
)

var schemaSeq atomic.Int64

// freshPostgres creates an empty schema in the PostgreSQL database at
// addr and returns a connection URL whose tables go there; the schema is
// dropped when the test ends.
func freshPostgres(t testing.TB, addr string) string {
	t.Helper()
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("statekg_test_%d_%d", time.Now().UnixNano(), schemaSeq.Add(1))
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

// postgresAddr returns the server of STATEKG_TEST_POSTGRES. Without one
// the test fails under CI (STATEKG_CI=1) and is skipped elsewhere.
func postgresAddr(t testing.TB) string {
	addr := os.Getenv("STATEKG_TEST_POSTGRES")
	if addr == "" {
		if os.Getenv("STATEKG_CI") == "1" {
			t.Fatal("STATEKG_CI=1 but STATEKG_TEST_POSTGRES names no PostgreSQL server")
		}
		t.Skip("STATEKG_TEST_POSTGRES is not set")
	}
	return addr
}

func TestPostgres(t *testing.T) {
	addr := postgresAddr(t)
	testBackend(t, func(t testing.TB) *graph.Store {
		st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Postgres, Path: freshPostgres(t, addr)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	})
}
