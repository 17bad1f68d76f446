package main

import (
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// setupUsage makes every command report a usage error the same way: one
// line saying what is wrong and a pointer to its --help on standard error,
// exit status 2, never the help text itself.
func setupUsage(app *cli.App) {
	app.OnUsageError = func(c *cli.Context, err error, _ bool) error {
		return usageError(c, "%s", flagMessage(err, app.Flags))
	}
	app.Action = func(c *cli.Context) error {
		if c.NArg() == 0 {
			return cli.ShowAppHelp(c)
		}
		return usageError(c, "unknown command %q", c.Args().First())
	}
	for _, cmd := range app.Commands {
		cmd.HideHelpCommand = true // "statekg help build", not "statekg build help"
		cmd.OnUsageError = func(c *cli.Context, err error, _ bool) error {
			return usageError(c, "%s: %s", cmd.Name, flagMessage(err, cmd.Flags))
		}
		if action := cmd.Action; action != nil {
			cmd.Action = func(c *cli.Context) error {
				err := action(c)
				var ee *exitError
				if errors.As(err, &ee) && ee.code == 2 && ee.help == "" {
					ee.help = helpCommandLine(c)
				}
				return err
			}
		}
	}
}

var (
	flagUndefined = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	flagValue     = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([^:]*): (.*)$`)
	flagArgument  = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
)

// flagMessage rewrites the flag package's messages in the form of the
// command line: "unknown flag --x", "invalid value "abc" for --limit:
// want a whole number".
func flagMessage(err error, flags []cli.Flag) string {
	msg := err.Error()
	dashes := func(name string) string {
		if len(name) == 1 {
			return "-" + name
		}
		return "--" + name
	}
	if m := flagUndefined.FindStringSubmatch(msg); m != nil {
		return "unknown flag " + dashes(m[1])
	}
	if m := flagValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("invalid value %q for %s: %s", m[1], dashes(m[2]), wants(m[2], flags))
	}
	if m := flagArgument.FindStringSubmatch(msg); m != nil {
		return dashes(m[1]) + " needs a value"
	}
	return msg
}

// wants says what the flag name takes.
func wants(name string, flags []cli.Flag) string {
	for _, f := range flags {
		if !slices.Contains(f.Names(), name) {
			continue
		}
		switch f.(type) {
		case *cli.IntFlag, *cli.Int64Flag, *cli.UintFlag, *cli.Uint64Flag, *cli.IntSliceFlag:
			return "want a whole number"
		case *cli.Float64Flag:
			return "want a number"
		case *cli.DurationFlag:
			return "want a duration such as 30s, 2m or 1h30m"
		case *cli.BoolFlag:
			return "want true or false"
		}
	}
	return "not a valid value"
}

// permuteArgs moves the flags of a command that come after its arguments
// in front of them, so that "build FILE --db X" means "build --db X FILE"
// as it does for gh, kubectl and restic. After "--" everything is an
// argument. An unknown flag stays where the flag parser sees it and
// reports it. A flag that needs a value but ends the line is a usage error.
func permuteArgs(app *cli.App, args []string) ([]string, error) {
	if len(args) < 2 || args[len(args)-1] == "--generate-bash-completion" {
		return args, nil
	}
	i := 1
	for i < len(args) && strings.HasPrefix(args[i], "-") && args[i] != "--" {
		i++ // the app's own flags: --help, --version
	}
	if i >= len(args) {
		return args, nil
	}
	cmd := app.Command(args[i])
	if cmd == nil || len(cmd.Subcommands) > 0 || cmd.SkipFlagParsing {
		return args, nil
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		tv := false
		if d, ok := f.(cli.DocGenerationFlag); ok {
			tv = d.TakesValue()
		}
		for _, n := range f.Names() {
			takesValue[n] = tv
		}
	}
	out := append([]string(nil), args[:i+1]...)
	var pos []string
	rest := args[i+1:]
	for j := 0; j < len(rest); j++ {
		a := rest[j]
		switch {
		case a == "--":
			pos = append(pos, rest[j+1:]...)
			j = len(rest)
		case len(a) > 1 && strings.HasPrefix(a, "-"):
			out = append(out, a)
			name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if tv, known := takesValue[name]; known && tv && !hasValue {
				if j+1 == len(rest) {
					return nil, &exitError{code: 2, msg: fmt.Sprintf("%s: %s needs a value", cmd.Name, a),
						help: app.Name + " " + cmd.Name + " --help"}
				}
				j++
				out = append(out, rest[j])
			}
		default:
			pos = append(pos, a)
		}
	}
	if len(pos) > 0 {
		out = append(out, "--")
		out = append(out, pos...)
	}
	return out, nil
}

// helpCommand is "statekg help [COMMAND]": the help of the program or of
// one command.
func helpCommand() *cli.Command {
	return &cli.Command{
		Name:      "help",
		Usage:     "show the commands, or the help of one command",
		ArgsUsage: "[COMMAND]",
		Action: func(c *cli.Context) error {
			switch c.NArg() {
			case 0:
				return cli.ShowAppHelp(c)
			case 1:
				name := c.Args().First()
				if c.App.Command(name) == nil {
					return usageError(c, "help: unknown command %q", name)
				}
				return cli.ShowCommandHelp(c.Lineage()[1], name)
			}
			return usageError(c, "help: give at most one command")
		},
	}
}

// versionCommand is "statekg version", the same as "statekg --version".
func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version and the source revision of this program",
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return usageError(c, "version: takes no arguments")
			}
			cli.ShowVersion(c)
			return nil
		},
	}
}

// version is the module version and VCS revision the binary was built
// from, as debug.ReadBuildInfo gives them.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown (built without module support)"
	}
	return formatVersion(bi)
}

func formatVersion(bi *debug.BuildInfo) string {
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, at, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev != "" {
		v += ", revision " + rev
		if at != "" || modified != "" {
			v += " (" + strings.TrimPrefix(at+modified, ", ") + ")"
		}
	}
	goVersion := bi.GoVersion
	if goVersion == "" {
		goVersion = runtime.Version()
	}
	return v + ", " + goVersion + " " + runtime.GOOS + "/" + runtime.GOARCH
}

var (
	//go:embed completion/statekg.bash
	bashCompletion string
	//go:embed completion/statekg.zsh
	zshCompletion string
)

// completionCommand prints the shell completion script of a shell.
func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print the shell completion script for bash, zsh or fish",
		ArgsUsage: "bash|zsh|fish",
		Description: "Load it in the current shell, or install it where your shell looks for completions.\n\n" +
			"Example:\n   source <(statekg completion bash)\n" +
			"   statekg completion zsh > \"${fpath[1]}/_statekg\"\n" +
			"   statekg completion fish > ~/.config/fish/completions/statekg.fish",
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usageError(c, "completion: name one shell: bash, zsh or fish")
			}
			w := c.App.Writer
			switch shell := c.Args().First(); shell {
			case "bash":
				_, err := fmt.Fprint(w, bashCompletion)
				return err
			case "zsh":
				_, err := fmt.Fprint(w, zshCompletion)
				return err
			case "fish":
				s, err := c.App.ToFishCompletion()
				if err != nil {
					return err
				}
				// Usage texts that go on over several lines make one line
				// of description each.
				_, err = fmt.Fprint(w, strings.ReplaceAll(s, "\n\t", " "))
				return err
			default:
				return usageError(c, "completion: unknown shell %q (bash, zsh or fish)", shell)
			}
		},
	}
}
