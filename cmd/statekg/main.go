package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"
)

func main() {
	ctx, signalled := handleSignals(os.Stderr, os.Exit)
	code := runApp(ctx, os.Args, os.Stdin, os.Stdout, os.Stderr)
	if s := signalled(); s != 0 && code != 0 {
		// A command stopped by a signal exits as the shell expects: 128+n.
		code = 128 + s
	}
	os.Exit(code)
}

// runApp runs the command line args and returns the exit code: 0, 1 when the
// command failed, 2 for a usage error.
func runApp(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := newApp(stdin, stdout, stderr)
	args, err := permuteArgs(app, args)
	if err == nil {
		err = app.RunContext(ctx, args)
	}
	return exitCode(err, stderr)
}

// handleSignals returns a context cancelled by the first SIGINT or
// SIGTERM, and a function telling which signal came (0 for none). The
// command then stops cleanly; a second signal exits at once with 128+n.
func handleSignals(stderr io.Writer, exit func(int)) (context.Context, func() int) {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	got := make(chan int, 1)
	nl := "" // a progress bar may be on the terminal's last line
	if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		nl = "\n"
	}
	go func() {
		s := <-ch
		n := signalNumber(s)
		got <- n
		fmt.Fprintf(stderr, "%sstatekg: %s: stopping cleanly (interrupt again to quit at once)\n", nl, signalName(s))
		cancel()
		s = <-ch
		fmt.Fprintf(stderr, "%sstatekg: %s: quitting\n", nl, signalName(s))
		exit(128 + signalNumber(s))
	}()
	var n int
	return ctx, func() int {
		select {
		case n = <-got:
		default:
		}
		return n
	}
}

func signalNumber(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return int(n)
	}
	return int(syscall.SIGINT)
}

func signalName(s os.Signal) string {
	if s == syscall.SIGTERM {
		return "terminated"
	}
	return "interrupted"
}

// exitError carries the exit code of a command that has already reported
// what went wrong, or whose message is msg. A usage error (code 2) is
// followed by a pointer to the command's help.
type exitError struct {
	code int
	msg  string
	help string // "statekg build --help": where to read the usage
}

func (e *exitError) Error() string { return e.msg }

// usageError is the error of a command line that does not make sense: it
// exits 2 and points to the command's --help.
func usageError(c *cli.Context, format string, args ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, args...), help: helpCommandLine(c)}
}

func helpCommandLine(c *cli.Context) string {
	if c == nil || c.Command == nil || c.Command.Name == "" || c.Command.HelpName == "" {
		return "statekg --help"
	}
	return c.Command.HelpName + " --help"
}

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "statekg:", ee.msg)
		}
		if ee.code == 2 {
			help := ee.help
			if help == "" {
				help = "statekg --help"
			}
			fmt.Fprintf(stderr, "Run '%s' for usage.\n", help)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "statekg:", err)
	return 1
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:  "statekg",
		Usage: "turn news articles into a knowledge graph of states, officials, organisations and incidents",
		Description: "statekg reads news articles, extracts who blamed, condemned, sanctioned or met whom,\n" +
			"stores the result in an embedded Cayley graph and answers Gizmo queries over it.\n\n" +
			"Flags may come before or after the arguments; after '--' everything is an argument.\n" +
			"Exit status: 0 on success, 1 when the command failed, 2 for a usage error,\n" +
			"130 (143) when an interrupt (SIGTERM) stopped it.\n\n" +
			"Example:\n   statekg build examples/articles\n   statekg query -f examples/queries/who-blamed-whom.js",
		Version:              version(),
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {},
		Flags:                []cli.Flag{cli.HelpFlag},
		Commands: []*cli.Command{
			buildCommand(),
			queryCommand(),
			exportCommand(),
			importCommand(),
			deleteCommand(),
			statsCommand(),
			articlesCommand(),
			showCommand(),
			whyCommand(),
			searchCommand(),
			checkCommand(),
			extractCommand(),
			evalCommand(),
			parseCommand(),
			serveCommand(),
		},
	}
	app.Commands = append(app.Commands, helpCommand(), versionCommand(), completionCommand())
	setupUsage(app)
	return app
}
