//! The terminal for interactive commands: prompts and messages on stderr, one key press without
//! Enter (raw mode for exactly that read, restored on every way out: return, error, panic,
//! Ctrl-C, SIGTERM/SIGHUP), and an external editor on a private temporary file.

use crate::error::{Error, Result};
use std::io::{BufRead, IsTerminal, Read as _, Write};

/// Answers typed by a person at a terminal (one key each), or piped in (one per line).
pub struct Keys {
    input: Box<dyn BufRead>,
    interactive: bool,
}

impl Keys {
    /// Standard input; interactive when it is a terminal.
    pub fn stdin() -> Keys {
        let stdin = std::io::stdin();
        Keys {
            interactive: stdin.is_terminal(),
            input: Box::new(stdin.lock()),
        }
    }

    pub fn interactive(&self) -> bool {
        self.interactive
    }

    /// Asks on stderr, on a terminal only: piped keys need no prompts between them.
    pub fn prompt(&self, text: &str) {
        if self.interactive {
            eprint!("{text}");
            let _ = std::io::stderr().flush();
        }
    }

    /// A message for the person answering (a refused answer, a slip of the finger), on stderr.
    pub fn say(&self, msg: &str) {
        eprintln!("{}", crate::text::clean(msg));
    }

    /// The next answer: one key press on a terminal, one line when piped. None at the end of
    /// input, and on Ctrl-C or Ctrl-D at a terminal (a quit, not an error).
    pub fn key(&mut self) -> Result<Option<String>> {
        if self.interactive
            && let Some(key) = self.raw_key()?
        {
            return Ok(key);
        }
        self.line()
    }

    /// The next whole line, without its line break; None at the end of input.
    pub fn line(&mut self) -> Result<Option<String>> {
        let mut line = String::new();
        let n = self
            .input
            .read_line(&mut line)
            .map_err(|e| Error::io("<stdin>", e))?;
        if n == 0 {
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }

    /// One byte read in raw mode; None (outer) when the terminal cannot be switched.
    #[cfg(unix)]
    fn raw_key(&mut self) -> Result<Option<Option<String>>> {
        let Some(raw) = raw::RawMode::enter() else {
            return Ok(None);
        };
        let mut byte = [0u8; 1];
        let read = self.input.read(&mut byte);
        drop(raw);
        let n = read.map_err(|e| Error::io("<stdin>", e))?;
        let key = match (n, byte[0]) {
            (0, _) | (_, 3 | 4) => return Ok(Some(None)),
            (_, b) => (b as char).to_string(),
        };
        self.say(&key);
        Ok(Some(Some(key)))
    }

    #[cfg(not(unix))]
    fn raw_key(&mut self) -> Result<Option<Option<String>>> {
        Ok(None)
    }
}

#[cfg(unix)]
mod raw {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// The terminal settings found before the first switch, for the signal handler.
    static SAVED: OnceLock<libc::termios> = OnceLock::new();
    /// Whether the terminal is in raw mode right now.
    static RAW: AtomicBool = AtomicBool::new(false);

    /// Raw mode (no line editing, no echo, Ctrl-C as a byte) while this value lives.
    pub struct RawMode {
        saved: libc::termios,
    }

    impl RawMode {
        pub fn enter() -> Option<RawMode> {
            // SAFETY: tcgetattr/tcsetattr on stdin with a zero-initialised termios of the right
            // size; the settings are put back by Drop, or by the signal handler.
            unsafe {
                let mut saved: libc::termios = std::mem::zeroed();
                if libc::tcgetattr(libc::STDIN_FILENO, &mut saved) != 0 {
                    return None;
                }
                let _ = SAVED.set(saved);
                install_handlers();
                let mut raw = saved;
                raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG);
                raw.c_cc[libc::VMIN] = 1;
                raw.c_cc[libc::VTIME] = 0;
                RAW.store(true, Ordering::SeqCst);
                if libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &raw) != 0 {
                    RAW.store(false, Ordering::SeqCst);
                    return None;
                }
                Some(RawMode { saved })
            }
        }
    }

    impl Drop for RawMode {
        fn drop(&mut self) {
            // SAFETY: restoring settings read by tcgetattr on the same descriptor.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.saved);
            }
            RAW.store(false, Ordering::SeqCst);
        }
    }

    /// A termination signal during a key read: put the terminal back, then die of the signal.
    extern "C" fn restore_and_die(sig: libc::c_int) {
        // SAFETY: tcsetattr, signal and raise are async-signal-safe; SAVED is set before RAW.
        unsafe {
            if RAW.load(Ordering::SeqCst)
                && let Some(saved) = SAVED.get()
            {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved);
            }
            libc::signal(sig, libc::SIG_DFL);
            libc::raise(sig);
        }
    }

    fn install_handlers() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            for sig in [libc::SIGTERM, libc::SIGHUP] {
                let handler = restore_and_die as extern "C" fn(libc::c_int) as libc::sighandler_t;
                // SAFETY: installing a handler that only calls async-signal-safe functions;
                // a signal the user chose to ignore (nohup) stays ignored.
                unsafe {
                    if libc::signal(sig, handler) == libc::SIG_IGN {
                        libc::signal(sig, libc::SIG_IGN);
                    }
                }
            }
        });
    }
}

/// Opens `$VISUAL` or `$EDITOR` (default `vi`) on `text` in a new temporary file, created
/// exclusively under a random name and removed afterwards; returns what the file holds then.
pub fn edit(text: &str) -> Result<String> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|e| !e.is_empty())
        .or_else(|| std::env::var("EDITOR").ok().filter(|e| !e.is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    let mut file = tempfile::Builder::new()
        .prefix("tolk-review-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let path = file.path().to_path_buf();
    file.write_all(text.as_bytes())
        .and_then(|()| file.flush())
        .map_err(|e| Error::io(&path, e))?;
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(&path)
        .status()
        .map_err(|e| {
            Error::invalid(
                "editor",
                format!("cannot run editor '{}': {e}", crate::text::clean(&editor)),
            )
        })?;
    // Read by name: an editor may have replaced the file rather than written into it.
    let edited = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e));
    drop(file);
    if !status.success() {
        return Err(Error::invalid(
            "editor",
            format!(
                "editor '{}' failed; nothing saved",
                crate::text::clean(&editor)
            ),
        ));
    }
    edited
}
