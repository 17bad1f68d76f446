package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/statekg/statekg/examples"
	"github.com/statekg/statekg/web"
)

// defaultServeAddr is where serve listens unless told otherwise: loopback
// only, on Cayley's own port.
const defaultServeAddr = "127.0.0.1:64210"

func serveCommand() *cli.Command {
	return &cli.Command{
		Name:  "serve",
		Usage: "serve the graph: Cayley's HTTP query API, look-ups by name and a page to explore it",
		Description: "Serves Cayley v0.7.7's query API (/api/v2/query?lang=gizmo, /api/v1/query/gizmo), so\n" +
			"Cayley's clients work against it, entity look-ups (/api/search?q=NAME, /api/card?id=<IRI>,\n" +
			"/api/why?s=<IRI>&p=PREDICATE&o=<IRI>, /api/node?id=<IRI>) and, at /, a page with a search\n" +
			"box, entity cards with the evidence of their edges, a Gizmo query box with the example\n" +
			"queries, and the results as a table and as a graph.\n\n" +
			"It listens on loopback and only reads the graph unless told otherwise: --writable lets\n" +
			"/api/v2/write and /api/v2/delete change it, and any address that is not loopback needs\n" +
			"--token-file, whose token every API request must carry (Authorization: Bearer TOKEN; the\n" +
			"page takes it as http://HOST:PORT/#token=TOKEN).\n\n" +
			"Example:\n   statekg serve --db statekg.db\n" +
			"   statekg serve --addr 0.0.0.0:64210 --token-file ~/.config/statekg/token",
		Flags: []cli.Flag{
			dbFlag, dbPathFlag, baseFlag,
			&cli.StringFlag{Name: "addr", Value: defaultServeAddr, Usage: "listen on `HOST:PORT`"},
			&cli.BoolFlag{Name: "writable", Usage: "let /api/v2/write and /api/v2/delete change the graph"},
			&cli.StringFlag{Name: "token-file", Usage: "require the bearer token in `FILE` on every API request"},
			&cli.DurationFlag{Name: "timeout", Value: web.DefaultTimeout, Usage: "stop a query after `DURATION`"},
			&cli.StringFlag{Name: "max-memory", Value: "256MiB", Usage: "the most a query's results may take, encoded (`SIZE`: 64MiB, 1GiB, bytes)"},
			&cli.StringFlag{Name: "max-body", Value: "1MiB", Usage: "the largest request body (`SIZE`)"},
			&cli.IntFlag{Name: "limit", Value: web.DefaultLimit, Usage: "at most `N` results a query"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError(c, "serve: takes no arguments")
			}
			opts := web.Options{Writable: c.Bool("writable"), Timeout: c.Duration("timeout"), Limit: c.Int("limit")}
			var err error
			if opts.MaxMemory, err = sizeFlag(c, "max-memory"); err != nil {
				return err
			}
			if opts.MaxBody, err = sizeFlag(c, "max-body"); err != nil {
				return err
			}
			if opts.Timeout <= 0 || opts.Limit <= 0 || opts.MaxMemory <= 0 || opts.MaxBody <= 0 {
				return usageError(c, "serve: --timeout, --limit, --max-memory and --max-body must be positive")
			}
			if f := c.String("token-file"); f != "" {
				b, err := os.ReadFile(f)
				if err != nil {
					return &exitError{code: 2, msg: "serve: --token-file: " + err.Error()}
				}
				if opts.Token = strings.TrimSpace(string(b)); opts.Token == "" {
					return &exitError{code: 2, msg: fmt.Sprintf("serve: --token-file %s is empty", f)}
				}
			}
			addr := c.String("addr")
			loopback, err := isLoopback(addr)
			if err != nil {
				return &exitError{code: 2, msg: "serve: --addr: " + err.Error()}
			}
			if !loopback && opts.Token == "" {
				return &exitError{code: 2, msg: fmt.Sprintf("serve: %s is not a loopback address: anyone who can reach it could read the graph;\n"+
					"give a bearer token with --token-file FILE, or listen on %s", addr, defaultServeAddr)}
			}
			if opts.Examples, err = fs.Sub(examples.Queries, "queries"); err != nil {
				return err
			}
			open := openReadOnly
			if opts.Writable {
				open = openToChange
			}
			st, err := open(c)
			if err != nil {
				return err
			}
			defer st.Close()

			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			srv := &http.Server{
				Handler:           web.New(st, opts),
				ReadHeaderTimeout: 10 * time.Second,
				ReadTimeout:       time.Minute,
				WriteTimeout:      opts.Timeout + time.Minute,
				IdleTimeout:       2 * time.Minute,
			}
			mode := "read-only"
			if opts.Writable {
				mode = "writable"
			}
			if opts.Token != "" {
				mode += ", bearer token required"
			}
			fmt.Fprintf(c.App.Writer, "serving %s on http://%s/ (%s); Ctrl-C stops\n", st.Backend(), ln.Addr(), mode)

			ctx, stop := signal.NotifyContext(c.Context, syscall.SIGTERM)
			defer stop()
			errc := make(chan error, 1)
			go func() { errc <- srv.Serve(ln) }()
			select {
			case err := <-errc:
				return fmt.Errorf("serve: %w", err)
			case <-ctx.Done():
			}
			shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := srv.Shutdown(shut); err != nil {
				return fmt.Errorf("serve: stop: %w", err)
			}
			if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("serve: %w", err)
			}
			fmt.Fprintln(c.App.Writer, "stopped")
			return nil
		},
	}
}

// isLoopback reports whether addr (HOST:PORT) listens on loopback only:
// localhost or a loopback IP. An empty host is every interface.
func isLoopback(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, err
	}
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}
