// Package pgcluster runs whosaid's private PostgreSQL cluster, used when the
// user gives neither --db URL nor DATABASE_URL.
//
// # Where things live
//
// The whosaid data folder is $XDG_DATA_HOME/whosaid, else
// ~/.local/share/whosaid (see [DefaultDir]). The cluster occupies the
// sub-folder "pg" of it:
//
//	<dir>/pg.lock        flock(2) lock held around init, start and stop
//	<dir>/pg/            owned by the server's OS user, mode 0700
//	<dir>/pg/data/       the cluster (PGDATA), made by initdb
//	<dir>/pg/server.log  the server's log (rotated to server.log.1 past 16 MiB)
//	<dir>/pg/.s.PGSQL.5432  the Unix socket; the server has no TCP port
//
// A Unix socket path may hold at most 107 bytes. When <dir>/pg is too long for
// that, the socket goes to /tmp/whosaid-pg-<hash of dir> instead (a 0700
// folder owned by the server's user); [Status.SocketFallback] says so.
//
// Authentication is "trust", which is safe because the socket's folder is
// 0700: only the owner (and root) can reach it.
//
// # Binaries
//
// The server binaries (initdb, pg_ctl, postgres, createdb) are taken from
// $WHOSAID_PG_BINDIR when set (and nowhere else then), else from the folder
// of the cluster's own major version under /usr/lib/postgresql, else from
// `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin, else from
// wherever initdb is on $PATH. Without them, [Cluster.Ensure] returns
// [ErrNoServerBinaries].
//
// # Running as root
//
// initdb and postgres refuse to run as root. When whosaid runs as root,
// every server-side command (initdb, pg_ctl) runs as the "postgres" OS user,
// and <dir>/pg is owned by that user. Its parent folders must then be
// searchable by that user, which ~root/.local/share/whosaid is not (/root is
// 0700). So, as root, [DefaultDir] uses $XDG_DATA_HOME/whosaid or
// ~/.local/share/whosaid only when the postgres user can reach it, and
// otherwise /var/lib/whosaid ([RootFallbackDir]), the conventional place for
// a system service's state. No foreign folder's permissions are ever changed;
// only the whosaid folder itself gets o+x added, when root, so postgres can
// pass through it. With an explicit folder ([New]) that postgres cannot
// reach, Ensure returns an error saying which ancestor blocks it.
//
// The server is started when needed and left running (in its own session,
// so a Ctrl-C in the terminal does not reach it). Concurrent callers, in one
// process or several, are serialised by the lock file.
package pgcluster

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const (
	// DBName is the database Ensure creates and the URL names.
	DBName = "whosaid"
	// Superuser is the cluster's superuser role.
	Superuser = "postgres"
	// BinDirEnv, when set, is the only folder searched for server binaries.
	BinDirEnv = "WHOSAID_PG_BINDIR"
	// RootFallbackDir is the data folder used when running as root and the
	// usual folder is not reachable by the postgres OS user.
	RootFallbackDir = "/var/lib/whosaid"

	serverUser    = "postgres" // OS user the server runs as when we are root
	port          = 5432
	socketName    = ".s.PGSQL.5432"
	maxSocketPath = 107 // sizeof(sockaddr_un.sun_path) - 1 on Linux
	dbMarker      = "whosaid-db-created"
	maxLogSize    = 16 << 20
	startTimeout  = 60 // seconds, for pg_ctl -t
)

// ErrNoServerBinaries is returned when no PostgreSQL server binaries exist.
var ErrNoServerBinaries = errors.New("PostgreSQL server binaries not found: install them (Debian/Ubuntu: apt-get install postgresql; macOS: brew install postgresql) or pass --db URL / set DATABASE_URL")

var requiredBinaries = []string{"initdb", "pg_ctl", "postgres", "createdb"}

// Cluster is a private PostgreSQL cluster living in a whosaid data folder.
type Cluster struct {
	// Dir is the whosaid data folder (absolute); the cluster is in Dir/pg.
	Dir string
	// BinDir holds initdb, pg_ctl, postgres and createdb; "" if none found.
	BinDir string
}

// Status describes a cluster, for `whosaid db status`.
type Status struct {
	Dir            string // whosaid data folder
	DataDir        string // PGDATA
	SocketDir      string // folder of the Unix socket
	SocketFallback bool   // SocketDir is the short /tmp fallback (Dir too long)
	LogFile        string // server log
	BinDir         string // server binaries; "" if none found
	Initialized    bool   // initdb has completed
	Version        string // major version of the data (PG_VERSION), if initialized
	Running        bool   // the server accepts connections on the socket
	PID            int    // postmaster PID when Running
	URL            string // connection URL (valid when Running)
}

// String renders the status as "key: value" lines.
func (s Status) String() string {
	var b strings.Builder
	state := "not initialized"
	switch {
	case s.Running:
		state = fmt.Sprintf("running (pid %d)", s.PID)
	case s.Initialized:
		state = "stopped"
	}
	fmt.Fprintf(&b, "state:    %s\n", state)
	fmt.Fprintf(&b, "folder:   %s\n", s.Dir)
	if s.Version != "" {
		fmt.Fprintf(&b, "version:  %s\n", s.Version)
	}
	sock := s.SocketDir
	if s.SocketFallback {
		sock += " (data folder path too long for a Unix socket)"
	}
	fmt.Fprintf(&b, "socket:   %s\n", sock)
	fmt.Fprintf(&b, "log:      %s\n", s.LogFile)
	bin := s.BinDir
	if bin == "" {
		bin = "(PostgreSQL server binaries not found)"
	}
	fmt.Fprintf(&b, "binaries: %s\n", bin)
	fmt.Fprintf(&b, "url:      %s\n", s.URL)
	return b.String()
}

// DefaultDir returns the default whosaid data folder: $XDG_DATA_HOME/whosaid,
// else ~/.local/share/whosaid; as root, [RootFallbackDir] when that folder
// would not be reachable by the postgres OS user. It has no side effects.
func DefaultDir() (string, error) {
	base := os.Getenv("XDG_DATA_HOME")
	if !filepath.IsAbs(base) { // the XDG spec says to ignore relative values
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("find whosaid data folder: %w", err)
		}
		base = filepath.Join(home, ".local", "share")
	}
	dir := filepath.Join(base, "whosaid")
	if os.Geteuid() == 0 {
		if acct, err := serverAccount(); err == nil && acct != nil {
			if blocker := unreachableAncestor(dir, acct); blocker != "" {
				return RootFallbackDir, nil
			}
		}
	}
	return dir, nil
}

// Default returns the cluster in [DefaultDir]. It has no side effects.
func Default() (*Cluster, error) {
	dir, err := DefaultDir()
	if err != nil {
		return nil, err
	}
	return New(dir)
}

// New returns the cluster in the whosaid data folder dir, locating the
// server binaries. It has no side effects; missing binaries are reported by
// Ensure, not here, so Status and Stop still work without them.
func New(dir string) (*Cluster, error) {
	if dir == "" {
		return nil, errors.New("pgcluster: empty data folder")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("pgcluster: data folder %s: %w", dir, err)
	}
	c := &Cluster{Dir: abs}
	c.BinDir = findBinDir(c.dataVersion())
	return c, nil
}

func (c *Cluster) pgDir() string    { return filepath.Join(c.Dir, "pg") }
func (c *Cluster) dataDir() string  { return filepath.Join(c.pgDir(), "data") }
func (c *Cluster) logFile() string  { return filepath.Join(c.pgDir(), "server.log") }
func (c *Cluster) lockPath() string { return filepath.Join(c.Dir, "pg.lock") }

// socketDir returns the folder of the server's Unix socket and whether it is
// the short fallback because Dir/pg is too long.
func (c *Cluster) socketDir() (string, bool) {
	d := c.pgDir()
	if len(filepath.Join(d, socketName)) <= maxSocketPath {
		return d, false
	}
	sum := sha256.Sum256([]byte(c.Dir))
	return "/tmp/whosaid-pg-" + hex.EncodeToString(sum[:6]), true
}

// URL returns the connection URL of the whosaid database, e.g.
// postgres://postgres@/whosaid?host=/home/me/.local/share/whosaid/pg&sslmode=disable
// (pgx and libpq take a Unix socket folder as the host query parameter).
func (c *Cluster) URL() string {
	sock, _ := c.socketDir()
	// Percent-encode all but unreserved characters and '/', so that both
	// query decoders (with or without '+' as space) read the same path.
	var host strings.Builder
	for _, b := range []byte(sock) {
		switch {
		case 'a' <= b && b <= 'z', 'A' <= b && b <= 'Z', '0' <= b && b <= '9', strings.IndexByte("-._~/", b) >= 0:
			host.WriteByte(b)
		default:
			fmt.Fprintf(&host, "%%%02X", b)
		}
	}
	return fmt.Sprintf("postgres://%s@/%s?host=%s&sslmode=disable", Superuser, DBName, host.String())
}

// dataVersion is the major version in PG_VERSION, or "" if not initialized.
func (c *Cluster) dataVersion() string {
	b, err := os.ReadFile(filepath.Join(c.dataDir(), "PG_VERSION"))
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}

// Status reports the cluster's state. It changes nothing.
func (c *Cluster) Status(ctx context.Context) (Status, error) {
	sock, fallback := c.socketDir()
	s := Status{
		Dir:            c.Dir,
		DataDir:        c.dataDir(),
		SocketDir:      sock,
		SocketFallback: fallback,
		LogFile:        c.logFile(),
		BinDir:         c.BinDir,
		Version:        c.dataVersion(),
		URL:            c.URL(),
	}
	s.Initialized = s.Version != ""
	if s.Initialized {
		s.PID, s.Running = c.probe(ctx)
		if !s.Running {
			s.PID = 0
		}
	}
	return s, ctx.Err()
}

// probe reports the postmaster's PID and whether it is alive and accepting
// connections on our socket.
func (c *Cluster) probe(ctx context.Context) (pid int, running bool) {
	b, err := os.ReadFile(filepath.Join(c.dataDir(), "postmaster.pid"))
	if err != nil {
		return 0, false
	}
	first, _, _ := strings.Cut(string(b), "\n")
	pid, err = strconv.Atoi(strings.TrimSpace(first))
	if err != nil || pid <= 0 {
		return 0, false
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return pid, false
	}
	sock, _ := c.socketDir()
	d := net.Dialer{Timeout: 2 * time.Second}
	conn, err := d.DialContext(ctx, "unix", filepath.Join(sock, socketName))
	if err != nil {
		return pid, false
	}
	conn.Close()
	return pid, true
}

// Ensure makes the cluster usable: it runs initdb if needed, starts the
// server if it is not running and creates the whosaid database if missing,
// then returns the database's connection URL. It is idempotent and cheap
// when the server is already running.
func (c *Cluster) Ensure(ctx context.Context) (string, error) {
	if _, running := c.probe(ctx); running && c.hasDBMarker() {
		return c.URL(), nil
	}
	if err := c.checkBinaries(); err != nil {
		return "", err
	}
	acct, err := c.prepare()
	if err != nil {
		return "", fmt.Errorf("start private cluster in %s: %w", c.Dir, err)
	}
	unlock, err := lock(ctx, c.lockPath())
	if err != nil {
		return "", fmt.Errorf("start private cluster in %s: %w", c.Dir, err)
	}
	defer unlock()
	if err := c.ensureLocked(ctx, acct); err != nil {
		return "", err
	}
	return c.URL(), nil
}

// Restart stops the server (if running) and starts it again, initialising
// the cluster first if needed. It returns once the server accepts
// connections.
func (c *Cluster) Restart(ctx context.Context) error {
	if err := c.checkBinaries(); err != nil {
		return err
	}
	acct, err := c.prepare()
	if err != nil {
		return fmt.Errorf("restart private cluster in %s: %w", c.Dir, err)
	}
	unlock, err := lock(ctx, c.lockPath())
	if err != nil {
		return fmt.Errorf("restart private cluster in %s: %w", c.Dir, err)
	}
	defer unlock()
	if err := c.stopLocked(ctx, acct); err != nil {
		return err
	}
	return c.ensureLocked(ctx, acct)
}

// Stop stops the server with a fast shutdown (open sessions are ended,
// transactions rolled back). Stopping a server that is not running, or a
// cluster that does not exist, is not an error.
func (c *Cluster) Stop(ctx context.Context) error {
	if c.dataVersion() == "" {
		return nil
	}
	if _, err := os.Stat(filepath.Join(c.dataDir(), "postmaster.pid")); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err := c.checkBinaries(); err != nil {
		return err
	}
	acct, err := serverAccount()
	if err != nil {
		return fmt.Errorf("stop private cluster in %s: %w", c.Dir, err)
	}
	unlock, err := lock(ctx, c.lockPath())
	if err != nil {
		return fmt.Errorf("stop private cluster in %s: %w", c.Dir, err)
	}
	defer unlock()
	return c.stopLocked(ctx, acct)
}

func (c *Cluster) stopLocked(ctx context.Context, acct *account) error {
	if c.dataVersion() == "" {
		return nil
	}
	pid, _ := c.probe(ctx)
	if pid == 0 {
		return nil // no (readable) postmaster.pid
	}
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return nil // stale postmaster.pid; the next start cleans it up
	}
	cmd := c.command(ctx, acct, "pg_ctl", "stop", "-w", "-s", "-t", strconv.Itoa(startTimeout), "-m", "fast", "-D", c.dataDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		// The server may have exited between our check and pg_ctl's.
		if _, err2 := os.Stat(filepath.Join(c.dataDir(), "postmaster.pid")); errors.Is(err2, os.ErrNotExist) {
			return nil
		}
		return fmt.Errorf("stop private cluster in %s: pg_ctl stop: %w%s", c.Dir, err, indent(out))
	}
	return nil
}

func (c *Cluster) ensureLocked(ctx context.Context, acct *account) error {
	if c.dataVersion() == "" {
		if err := c.initdb(ctx, acct); err != nil {
			return fmt.Errorf("initialise private cluster in %s: %w", c.Dir, err)
		}
	}
	if _, running := c.probe(ctx); !running {
		if err := c.start(ctx, acct); err != nil {
			return fmt.Errorf("start private cluster in %s: %w", c.Dir, err)
		}
	}
	if !c.hasDBMarker() {
		if err := c.createDB(ctx); err != nil {
			return fmt.Errorf("create database %s in private cluster in %s: %w", DBName, c.Dir, err)
		}
	}
	return nil
}

// prepare creates Dir and Dir/pg with the right owners and modes and checks
// the server user can reach them. It returns the account to run server
// commands as (nil: the current user).
func (c *Cluster) prepare() (*account, error) {
	acct, err := serverAccount()
	if err != nil {
		return nil, err
	}
	if acct == nil {
		if err := os.MkdirAll(c.Dir, 0o700); err != nil {
			return nil, err
		}
		if err := os.Mkdir(c.pgDir(), 0o700); err != nil && !errors.Is(err, os.ErrExist) {
			return nil, err
		}
	} else {
		if blocker := unreachableAncestor(c.Dir, acct); blocker != "" {
			return nil, fmt.Errorf("running as root, the server runs as the %q OS user, which cannot reach %s because %s is not searchable by it; use a folder it can reach (e.g. %s) or pass --db URL / set DATABASE_URL",
				acct.name, c.Dir, blocker, RootFallbackDir)
		}
		if err := mkdirAllMode(c.Dir, 0o755); err != nil {
			return nil, err
		}
		// The whosaid folder is ours: let the server user pass through it.
		if fi, err := os.Stat(c.Dir); err == nil && !canSearch(fi, acct) {
			if err := os.Chmod(c.Dir, fi.Mode().Perm()|0o001); err != nil {
				return nil, err
			}
		}
		if err := os.Mkdir(c.pgDir(), 0o700); err != nil && !errors.Is(err, os.ErrExist) {
			return nil, err
		}
		if err := os.Chown(c.pgDir(), int(acct.uid), int(acct.gid)); err != nil {
			return nil, err
		}
	}
	if fi, err := os.Stat(c.pgDir()); err != nil {
		return nil, err
	} else if !fi.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", c.pgDir())
	}
	if sock, fallback := c.socketDir(); fallback {
		if err := makeSocketDir(sock, acct); err != nil {
			return nil, fmt.Errorf("data folder path is too long for a Unix socket, and the fallback socket folder failed: %w", err)
		}
	}
	return acct, nil
}

// makeSocketDir creates the fallback socket folder in /tmp, refusing one that
// someone else created.
func makeSocketDir(dir string, acct *account) error {
	uid := uint32(os.Geteuid())
	if acct != nil {
		uid = acct.uid
	}
	if err := os.Mkdir(dir, 0o700); err == nil {
		if acct != nil {
			if err := os.Chown(dir, int(acct.uid), int(acct.gid)); err != nil {
				return err
			}
		}
	} else if !errors.Is(err, os.ErrExist) {
		return err
	}
	fi, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !fi.IsDir() || !ok || st.Uid != uid || fi.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("%s exists but is not a private folder owned by uid %d; remove it", dir, uid)
	}
	return nil
}

func (c *Cluster) initdb(ctx context.Context, acct *account) error {
	tmp := filepath.Join(c.pgDir(), "data.init")
	// A leftover from an interrupted initdb: never a valid cluster, since
	// only a complete one is renamed to data.
	if err := os.RemoveAll(tmp); err != nil {
		return err
	}
	// --no-sync, then one syncfs below: as durable, and about 2 s faster
	// than initdb's file-by-file fsync.
	cmd := c.command(ctx, acct, "initdb", "--no-sync", "-D", tmp, "--auth=trust", "--username="+Superuser, "--encoding=UTF8", "--locale=C")
	if out, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("initdb: %w%s", err, indent(out))
	}
	sock, _ := c.socketDir()
	conf := fmt.Sprintf("\n# Added by whosaid: private cluster, reachable only through its Unix socket.\nlisten_addresses = ''\nport = %d\nunix_socket_directories = %s\n", port, confQuote(sock))
	f, err := os.OpenFile(filepath.Join(tmp, "postgresql.conf"), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(conf); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	// A failed earlier rename cannot leave data half there, but an empty or
	// foreign data folder without PG_VERSION would make rename fail.
	if err := os.Remove(c.dataDir()); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s exists but holds no cluster (no PG_VERSION); move it away: %w", c.dataDir(), err)
	}
	if err := syncFS(tmp); err != nil {
		return fmt.Errorf("sync new cluster: %w", err)
	}
	if err := os.Rename(tmp, c.dataDir()); err != nil {
		return err
	}
	return syncDir(c.pgDir())
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

func (c *Cluster) start(ctx context.Context, acct *account) error {
	log := c.logFile()
	if fi, err := os.Stat(log); err == nil && fi.Size() > maxLogSize {
		os.Rename(log, log+".1")
	}
	var logStart int64 // report only this attempt's lines on failure
	if fi, err := os.Stat(log); err == nil {
		logStart = fi.Size()
	}
	sock, _ := c.socketDir()
	// pg_ctl hands -o to /bin/sh, so each word is shell-quoted.
	opts := strings.Join([]string{
		"-c", shellQuote("listen_addresses="),
		"-c", shellQuote("port=" + strconv.Itoa(port)),
		"-k", shellQuote(sock),
	}, " ")
	cmd := c.command(ctx, acct, "pg_ctl", "start", "-w", "-s", "-t", strconv.Itoa(startTimeout), "-D", c.dataDir(), "-l", log, "-o", opts)
	cmd.SysProcAttr.Setsid = true // keep terminal signals (Ctrl-C) away from the server
	out, err := cmd.CombinedOutput()
	if err == nil {
		if _, running := c.probe(ctx); running {
			return nil
		}
		err = fmt.Errorf("server started but its socket %s does not accept connections", filepath.Join(sock, socketName))
	}
	return fmt.Errorf("pg_ctl start: %w%s%s", err, indent(out), logTail(log, logStart))
}

func (c *Cluster) createDB(ctx context.Context) error {
	sock, _ := c.socketDir()
	// createdb is a client: it runs as the current user, even root.
	cmd := c.command(ctx, nil, "createdb", "-h", sock, "-p", strconv.Itoa(port), "-U", Superuser, "-w", DBName)
	if out, err := cmd.CombinedOutput(); err != nil && !bytes.Contains(out, []byte("already exists")) {
		return fmt.Errorf("createdb: %w%s", err, indent(out))
	}
	// The marker lives in PGDATA so that it goes away with the cluster.
	return os.WriteFile(filepath.Join(c.dataDir(), dbMarker), []byte("see whosaid internal/pgcluster\n"), 0o600)
}

func (c *Cluster) hasDBMarker() bool {
	_, err := os.Stat(filepath.Join(c.dataDir(), dbMarker))
	return err == nil
}

func (c *Cluster) checkBinaries() error {
	if c.BinDir == "" || !hasServerBinaries(c.BinDir) {
		return ErrNoServerBinaries
	}
	return nil
}

// command builds a command from BinDir, run as acct when non-nil, with the
// PG* environment variables removed so that none of them can redirect it.
func (c *Cluster) command(ctx context.Context, acct *account, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, filepath.Join(c.BinDir, name), args...)
	cmd.Dir = c.pgDir()
	cmd.WaitDelay = 5 * time.Second
	cmd.SysProcAttr = &syscall.SysProcAttr{}
	env := make([]string, 0, len(os.Environ()))
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "PG") {
			continue
		}
		if acct != nil && (k == "HOME" || k == "USER" || k == "LOGNAME") {
			continue
		}
		env = append(env, kv)
	}
	if acct != nil {
		env = append(env, "HOME="+acct.home, "USER="+acct.name, "LOGNAME="+acct.name)
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: acct.uid, Gid: acct.gid, Groups: acct.groups}
	}
	cmd.Env = env
	return cmd
}

// account is the OS user server commands run as when whosaid runs as root.
type account struct {
	name     string
	uid, gid uint32
	groups   []uint32
	home     string
}

// serverAccount returns nil when not root, else the postgres OS user.
func serverAccount() (*account, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup(serverUser)
	if err != nil {
		return nil, fmt.Errorf("PostgreSQL refuses to run as root and there is no %q OS user to run it as (%v): create one (e.g. useradd --system %s) or pass --db URL / set DATABASE_URL", serverUser, err, serverUser)
	}
	a := &account{name: u.Username, home: u.HomeDir}
	uid, err1 := strconv.ParseUint(u.Uid, 10, 32)
	gid, err2 := strconv.ParseUint(u.Gid, 10, 32)
	if err := errors.Join(err1, err2); err != nil {
		return nil, fmt.Errorf("OS user %q: %w", serverUser, err)
	}
	a.uid, a.gid = uint32(uid), uint32(gid)
	gids, _ := u.GroupIds()
	for _, g := range gids {
		if n, err := strconv.ParseUint(g, 10, 32); err == nil {
			a.groups = append(a.groups, uint32(n))
		}
	}
	if len(a.groups) == 0 {
		a.groups = []uint32{a.gid}
	}
	if a.home == "" || !filepath.IsAbs(a.home) {
		a.home = "/"
	}
	return a, nil
}

// canSearch reports whether acct may traverse the folder fi (ignoring ACLs).
func canSearch(fi os.FileInfo, acct *account) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return true
	}
	perm := fi.Mode().Perm()
	if st.Uid == acct.uid {
		return perm&0o100 != 0
	}
	if st.Gid == acct.gid {
		return perm&0o010 != 0
	}
	for _, g := range acct.groups {
		if st.Gid == g {
			return perm&0o010 != 0
		}
	}
	return perm&0o001 != 0
}

// unreachableAncestor returns the first existing strict ancestor of dir that
// acct cannot traverse, or "" if none. Missing ancestors are ignored: when
// root, prepare creates them 0755.
func unreachableAncestor(dir string, acct *account) string {
	var chain []string
	for p := filepath.Dir(filepath.Clean(dir)); ; p = filepath.Dir(p) {
		chain = append(chain, p)
		if p == filepath.Dir(p) {
			break
		}
	}
	for i := len(chain) - 1; i >= 0; i-- {
		fi, err := os.Stat(chain[i])
		if err != nil {
			break
		}
		if !canSearch(fi, acct) {
			return chain[i]
		}
	}
	return ""
}

// mkdirAllMode is os.MkdirAll that sets exactly mode (despite the umask) on
// the folders it creates, and only on those.
func mkdirAllMode(dir string, mode os.FileMode) error {
	if fi, err := os.Stat(dir); err == nil {
		if !fi.IsDir() {
			return fmt.Errorf("%s is not a folder", dir)
		}
		return nil
	}
	if parent := filepath.Dir(dir); parent != dir {
		if err := mkdirAllMode(parent, mode); err != nil {
			return err
		}
	}
	if err := os.Mkdir(dir, mode); err != nil {
		if errors.Is(err, os.ErrExist) {
			return nil
		}
		return err
	}
	return os.Chmod(dir, mode)
}

// lock takes an exclusive flock on path, waiting until ctx is done. flock
// locks belong to the open file, so this also excludes other goroutines.
func lock(ctx context.Context, path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	fd := int(f.Fd())
	for {
		err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() {
				syscall.Flock(fd, syscall.LOCK_UN)
				f.Close()
			}, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("wait for lock %s: %w", path, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// findBinDir locates the server binaries; see the package comment.
func findBinDir(dataVersion string) string {
	if d, ok := os.LookupEnv(BinDirEnv); ok && d != "" {
		if hasServerBinaries(d) {
			return d
		}
		return ""
	}
	if dataVersion != "" {
		if d := filepath.Join("/usr/lib/postgresql", dataVersion, "bin"); hasServerBinaries(d) {
			return d
		}
	}
	if pgConfig, err := exec.LookPath("pg_config"); err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		out, err := exec.CommandContext(ctx, pgConfig, "--bindir").Output()
		cancel()
		if d := strings.TrimSpace(string(out)); err == nil && hasServerBinaries(d) {
			return d
		}
	}
	for _, pattern := range []string{"/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin"} {
		if d := newest(pattern); d != "" {
			return d
		}
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if d := filepath.Dir(p); hasServerBinaries(d) {
			return d
		}
	}
	return ""
}

// newest returns the match of pattern with server binaries and the highest
// version number in its path.
func newest(pattern string) string {
	matches, _ := filepath.Glob(pattern)
	version := func(p string) float64 {
		digits := strings.TrimFunc(filepath.Base(filepath.Dir(p)), func(r rune) bool {
			return (r < '0' || r > '9') && r != '.'
		})
		v, _ := strconv.ParseFloat(digits, 64)
		return v
	}
	sort.SliceStable(matches, func(i, j int) bool { return version(matches[i]) > version(matches[j]) })
	for _, m := range matches {
		if hasServerBinaries(m) {
			return m
		}
	}
	return ""
}

func hasServerBinaries(dir string) bool {
	if dir == "" {
		return false
	}
	for _, name := range requiredBinaries {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil || fi.IsDir() || fi.Mode().Perm()&0o111 == 0 {
			return false
		}
	}
	return true
}

func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func confQuote(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", "''") + "'"
}

// indent renders command output as indented lines after an error.
func indent(out []byte) string {
	s := strings.TrimSpace(string(out))
	if s == "" {
		return ""
	}
	return "\n    " + strings.ReplaceAll(s, "\n", "\n    ")
}

// logTail returns the last lines of the server log written from offset from
// on (all of its tail if none were), for error messages.
func logTail(path string, from int64) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	const maxTail = 4096
	fi, err := f.Stat()
	if err != nil {
		return ""
	}
	if from >= fi.Size() {
		from = 0
	}
	off := max(from, fi.Size()-maxTail)
	buf := make([]byte, fi.Size()-off)
	n, _ := f.ReadAt(buf, off)
	lines := strings.Split(strings.TrimSpace(string(buf[:n])), "\n")
	if off > from && len(lines) > 1 {
		lines = lines[1:] // drop the partial first line
	}
	if len(lines) > 15 {
		lines = lines[len(lines)-15:]
	}
	if len(lines) == 0 || lines[0] == "" {
		return ""
	}
	return "\n  server log " + path + ":\n    " + strings.Join(lines, "\n    ")
}
