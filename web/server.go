package web

import (
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/statekg/statekg/graph"
)

// Defaults of the limits of Options left zero.
const (
	DefaultMaxBody   = 1 << 20          // bytes of a request body: Cayley's own limit on a query
	DefaultTimeout   = 30 * time.Second // time a query may take, as on the command line
	DefaultLimit     = 100              // results of a query: Cayley's HTTP default, as on the command line
	DefaultMaxMemory = 256 << 20        // bytes of a query's results
)

// Options configure a Handler. The zero value serves the graph read-only
// with the default limits, to anyone who can reach it.
type Options struct {
	// Writable lets /api/v2/write and /api/v2/delete change the graph;
	// without it they answer 403.
	Writable bool
	// Token, when not empty, is the bearer token every /api/ request must
	// carry ("Authorization: Bearer TOKEN"). The page itself and its
	// assets hold no data and are served without it.
	Token string
	// MaxBody is the most bytes a request body may have (DefaultMaxBody
	// when zero); a larger one is answered 413.
	MaxBody int64
	// Timeout is the most time a query or look-up may take
	// (DefaultTimeout when zero); a slower one is stopped and answered 503.
	Timeout time.Duration
	// Limit is the most results a query returns (DefaultLimit when zero);
	// a request may ask for fewer with ?limit=N.
	Limit int
	// MaxMemory is the most bytes a query's results may take encoded as
	// JSON (DefaultMaxMemory when zero); a query with more is answered 507.
	// It is measured on the results the store returns, before any is sent.
	MaxMemory int64
	// Examples holds the example queries the page offers, as *.js files
	// whose first comment line is their title; nil offers none.
	Examples fs.FS
}

//go:embed static
var static embed.FS

// handler serves one store.
type handler struct {
	st   *graph.Store
	opts Options
	mux  *http.ServeMux
	// Reads (queries, look-ups) share the store; a write has it alone, and
	// so does each read of a memstore, whose iterators share a cache.
	mu     sync.RWMutex
	shared bool

	// The index of entity names for /api/search, read on the first look-up
	// and again after a write.
	namesMu sync.Mutex
	names   *graph.Names
}

// New returns a handler serving st with opts. The handler may be used by
// many goroutines at once; it does not close st.
func New(st *graph.Store, opts Options) http.Handler {
	if opts.MaxBody <= 0 {
		opts.MaxBody = DefaultMaxBody
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Limit <= 0 {
		opts.Limit = DefaultLimit
	}
	if opts.MaxMemory <= 0 {
		opts.MaxMemory = DefaultMaxMemory
	}
	h := &handler{st: st, opts: opts, mux: http.NewServeMux(), shared: st.Backend() != graph.Memstore}
	h.mux.Handle("GET /static/", http.FileServerFS(static))
	h.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFileFS(w, r, static, "static/index.html")
	})
	h.mux.HandleFunc("GET /api/v2/query", h.serveQueryV2)
	h.mux.HandleFunc("POST /api/v2/query", h.serveQueryV2)
	h.mux.HandleFunc("POST /api/v1/query/{lang}", h.serveQueryV1)
	h.mux.HandleFunc("POST /api/v2/write", h.serveWrite)
	h.mux.HandleFunc("POST /api/v2/delete", h.serveDelete)
	h.mux.HandleFunc("GET /api/search", h.serveSearch)
	h.mux.HandleFunc("GET /api/node", h.serveNode)
	h.mux.HandleFunc("GET /api/card", h.serveCard)
	h.mux.HandleFunc("GET /api/why", h.serveWhy)
	h.mux.HandleFunc("GET /api/examples", h.serveExamples)
	h.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no endpoint %s %s", r.Method, r.URL.Path))
	})
	return h
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if strings.HasPrefix(r.URL.Path, "/api/") && !h.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="statekg"`)
		writeError(w, http.StatusUnauthorized, errors.New("a bearer token is required (Authorization: Bearer TOKEN)"))
		return
	}
	if strings.HasPrefix(r.URL.Path, "/api/") && crossOrigin(r) {
		// A page of another site may send a simple POST to a server on
		// loopback; it must not write (or make the server work) for it.
		writeError(w, http.StatusForbidden, errors.New("cross-origin requests are refused"))
		return
	}
	if r.Body != nil {
		r.Body = http.MaxBytesReader(w, r.Body, h.opts.MaxBody)
	}
	h.mux.ServeHTTP(w, r)
}

// crossOrigin reports whether r comes from a page of another origin than
// the server's: its Origin header names another host. Programs send no
// Origin, and the server's own page sends its own.
func crossOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return false
	}
	u, err := url.Parse(origin)
	return err != nil || u.Host != r.Host
}

// read takes the store for a read and returns what gives it back.
func (h *handler) read() (unlock func()) {
	if h.shared {
		h.mu.RLock()
		return h.mu.RUnlock
	}
	h.mu.Lock()
	return h.mu.Unlock
}

// authorized reports whether r carries the handler's token, if it has one.
func (h *handler) authorized(r *http.Request) bool {
	if h.opts.Token == "" {
		return true
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(h.opts.Token)) == 1
}

// readBody reads a request body within the handler's limit, answering the
// request itself when it cannot.
func (h *handler) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	b, err := io.ReadAll(r.Body)
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge,
			fmt.Errorf("request body is larger than the server's limit of %d bytes", tooLarge.Limit))
		return nil, false
	case err != nil:
		writeError(w, http.StatusBadRequest, fmt.Errorf("read request body: %w", err))
		return nil, false
	}
	return b, true
}

// writeResult answers {"result": v} as Cayley does.
func writeResult(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"result": v})
}

// writeError answers {"error": "..."} with status code, as Cayley does.
func writeError(w http.ResponseWriter, code int, err error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"error": err.Error()})
}
