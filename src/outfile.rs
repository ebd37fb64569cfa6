//! Writing the files a user names with `-o`, and nothing else: regular files are replaced
//! atomically through a temporary file created exclusively beside them (random name, never
//! following a symlink), devices and FIFOs are written directly, and the database is refused.

use crate::error::{Conflict, Error, Result};
use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Files tolk must never write through `-o`: the open database and its companions.
#[derive(Debug, Default, Clone)]
pub struct Protected {
    /// (device, inode) of those that exist.
    ids: Vec<(u64, u64)>,
    /// Their absolute paths, for those that do not exist yet (a `-wal` created later).
    paths: Vec<PathBuf>,
}

impl Protected {
    /// The database at `db` with its `-wal`, `-shm` and `-journal` files.
    pub fn database(db: &Path) -> Protected {
        let mut p = Protected::default();
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut path = db.as_os_str().to_owned();
            path.push(suffix);
            let path = PathBuf::from(path);
            if let Some(id) = file_id(&path) {
                p.ids.push(id);
            }
            if let Some(abs) = absolute(&path) {
                p.paths.push(abs);
            }
        }
        p
    }

    fn covers(&self, path: &Path) -> bool {
        file_id(path).is_some_and(|id| self.ids.contains(&id))
            || absolute(path).is_some_and(|a| self.paths.contains(&a))
    }
}

#[cfg(unix)]
fn file_id(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn file_id(_path: &Path) -> Option<(u64, u64)> {
    None
}

/// `path` made absolute with its directory's symlinks resolved (the file itself need not exist).
fn absolute(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let dir = parent_dir(path).canonicalize().ok()?;
    Some(dir.join(name))
}

fn parent_dir(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// Where writing `path` really goes: a symlink named by the user is followed (bounded), so that
/// its target is updated and the link stays a link.
fn resolve(path: &Path) -> Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&p).map_err(|e| Error::io(&p, e))?;
                p = if target.is_absolute() {
                    target
                } else {
                    parent_dir(&p).join(target)
                };
            }
            _ => return Ok(p),
        }
    }
    Err(Error::invalid(
        "output",
        format!("{}: too many levels of symbolic links", path.display()),
    ))
}

enum Sink {
    /// A regular file, written to an exclusive temporary file and renamed over the target.
    Atomic {
        tmp: tempfile::NamedTempFile,
        target: PathBuf,
        mode: Option<std::fs::Permissions>,
    },
    /// A device, FIFO or socket: written in place, since renaming over it would replace it.
    Direct(File),
}

/// Writes `paths` together: `write` gets one writer per path, and only when it succeeds are the
/// files put in place (regular files renamed into place at the end, so a failed export never
/// leaves a truncated file or half of a pair). Write errors name the file they happened on.
pub fn write_files(
    paths: &[PathBuf],
    protected: &Protected,
    write: &mut dyn FnMut(&mut [&mut (dyn Write + Send)]) -> Result<()>,
) -> Result<()> {
    let mut sinks = Vec::with_capacity(paths.len());
    for path in paths {
        sinks.push(open(path, protected)?);
    }
    let failed = Arc::new(AtomicUsize::new(NONE_FAILED));
    let mut writers: Vec<BufWriter<Tracked<'_>>> = sinks
        .iter_mut()
        .enumerate()
        .map(|(i, s)| {
            let (file, behind): (&mut File, bool) = match s {
                Sink::Atomic { tmp, .. } => (tmp.as_file_mut(), true),
                Sink::Direct(f) => (f, false),
            };
            BufWriter::with_capacity(
                1 << 16,
                Tracked {
                    file,
                    index: i,
                    failed: failed.clone(),
                    behind: behind.then_some(Behind::default()),
                },
            )
        })
        .collect();
    let relabel = |e: Error, failed: &AtomicUsize| match (e, failed_index(failed)) {
        (Error::BrokenPipe, Some(i)) => {
            Error::io(&paths[i], io::Error::from(io::ErrorKind::BrokenPipe))
        }
        (Error::Io { source, .. }, Some(i)) => Error::io(&paths[i], source),
        (e, _) => e,
    };
    {
        let mut dyns: Vec<&mut (dyn Write + Send)> = writers
            .iter_mut()
            .map(|w| w as &mut (dyn Write + Send))
            .collect();
        write(&mut dyns).map_err(|e| relabel(e, &failed))?;
    }
    for w in writers {
        w.into_inner()
            .map_err(|e| relabel(Error::from(e.into_error()), &failed))?;
    }
    for (sink, path) in sinks.iter().zip(paths) {
        match sink {
            Sink::Atomic { tmp, .. } => tmp.as_file().sync_all(),
            Sink::Direct(f) => f.sync_all().or_else(|e| match e.raw_os_error() {
                // Devices and FIFOs cannot be synced; that is not a failed write.
                Some(libc::EINVAL) | Some(libc::EROFS) => Ok(()),
                _ => Err(e),
            }),
        }
        .map_err(|e| Error::io(path, e))?;
    }
    for (sink, path) in sinks.into_iter().zip(paths) {
        if let Sink::Atomic { tmp, target, mode } = sink {
            if let Some(mode) = mode {
                tmp.as_file()
                    .set_permissions(mode)
                    .map_err(|e| Error::io(path, e))?;
            }
            tmp.persist(&target).map_err(|e| Error::io(path, e.error))?;
        }
    }
    Ok(())
}

fn open(path: &Path, protected: &Protected) -> Result<Sink> {
    let target = resolve(path)?;
    if protected.covers(&target) || protected.covers(path) {
        return Err(Error::conflict(
            Conflict::Refused,
            format!(
                "{}: is the database tolk is using (or its -wal/-shm file); refusing to write over it",
                path.display()
            ),
        ));
    }
    match std::fs::metadata(&target) {
        Ok(m) if m.is_dir() => Err(Error::invalid(
            "output",
            format!("{}: is a directory", path.display()),
        )),
        Ok(m) if !m.is_file() => {
            let file = OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(|e| Error::io(path, e))?;
            Ok(Sink::Direct(file))
        }
        found => {
            let mode = match found {
                Ok(m) => Some(m.permissions()),
                Err(_) => new_file_mode(),
            };
            let dir = parent_dir(&target);
            let name = target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            remove_stale_temps(dir, &name);
            let tmp = tempfile::Builder::new()
                .prefix(&format!(".{name}.{}.", std::process::id()))
                .suffix(TEMP_SUFFIX)
                .tempfile_in(dir)
                .map_err(|e| Error::io(path, e))?;
            Ok(Sink::Atomic { tmp, target, mode })
        }
    }
}

const TEMP_SUFFIX: &str = ".tolk-tmp";

/// The mode a newly created file gets (0666 less the umask), instead of the temporary file's 0600.
#[cfg(unix)]
fn new_file_mode() -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    // SAFETY: umask only swaps the process's file mode mask; it is put back at once, and tolk
    // creates no files from other threads meanwhile.
    let mask = unsafe {
        let old = libc::umask(0o022);
        libc::umask(old);
        old
    };
    Some(std::fs::Permissions::from_mode(0o666 & !(mask as u32)))
}

#[cfg(not(unix))]
fn new_file_mode() -> Option<std::fs::Permissions> {
    None
}

/// Removes temporary files that an export of `name` killed midway left behind: ours by name
/// (`.NAME.PID.XXXXXX.tolk-tmp`), regular files only, and only when that process is gone.
fn remove_stale_temps(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|f| f.strip_suffix(TEMP_SUFFIX))
        else {
            continue;
        };
        let Some(pid) = rest.split('.').next().and_then(|p| p.parse::<i32>().ok()) else {
            continue;
        };
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        if regular && pid != std::process::id() as i32 && !alive(pid) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn alive(pid: i32) -> bool {
    // SAFETY: signal 0 only checks whether the process exists.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn alive(_pid: i32) -> bool {
    true
}

const NONE_FAILED: usize = usize::MAX;

fn failed_index(failed: &AtomicUsize) -> Option<usize> {
    Some(failed.load(Ordering::Relaxed)).filter(|&i| i != NONE_FAILED)
}

/// A file writer that remembers which of the files failed, so the error can name it.
struct Tracked<'a> {
    file: &'a mut File,
    index: usize,
    /// The index of the file that failed ([`NONE_FAILED`] while none has); shared, so that
    /// writers handed to another thread still report it.
    failed: Arc<AtomicUsize>,
    /// For a regular file: how much has been written, and up to where the disk has been
    /// asked to catch up.
    behind: Option<Behind>,
}

/// Writing a regular file, the kernel is asked every [`Behind::STEP`] bytes to start writing
/// what came so far to disk, without waiting for it: the sync at the end, which makes the file
/// durable before it is renamed into place, then waits for the last few megabytes only
/// instead of the whole file (a 45 MB export spent 30 to 100 ms there on a busy machine).
#[derive(Default)]
struct Behind {
    written: u64,
    started: u64,
}

impl Behind {
    const STEP: u64 = 4 << 20;

    fn wrote(&mut self, file: &File, n: usize) {
        self.written += n as u64;
        if self.written - self.started >= Self::STEP {
            start_writeback(file, self.started, self.written - self.started);
            self.started = self.written;
        }
    }
}

/// Starts writing `len` bytes of `file` from `offset` to disk, not waiting for it. Only a hint:
/// where it is not available or fails, the sync at the end does all the work.
#[cfg(target_os = "linux")]
fn start_writeback(file: &File, offset: u64, len: u64) {
    use std::os::unix::io::AsRawFd;
    // SAFETY: sync_file_range only reads its integer arguments; the descriptor is open (the
    // file is borrowed) and the flag only starts writeback of pages already written.
    unsafe {
        libc::sync_file_range(
            file.as_raw_fd(),
            offset as libc::off64_t,
            len as libc::off64_t,
            libc::SYNC_FILE_RANGE_WRITE,
        );
    }
}

#[cfg(not(target_os = "linux"))]
fn start_writeback(_file: &File, _offset: u64, _len: u64) {}

impl Write for Tracked<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf).inspect_err(|_| {
            self.failed.store(self.index, Ordering::Relaxed);
        })?;
        if let Some(b) = &mut self.behind {
            b.wrote(self.file, n);
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush().inspect_err(|_| {
            self.failed.store(self.index, Ordering::Relaxed);
        })
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn write_one(path: &Path, protected: &Protected, text: &str) -> Result<()> {
        write_files(&[path.to_path_buf()], protected, &mut |ws| {
            ws[0].write_all(text.as_bytes())?;
            Ok(())
        })
    }

    #[test]
    fn replaces_regular_files_and_keeps_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("x.tsv");
        std::fs::write(&out, "old").unwrap();
        std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_one(&out, &Protected::default(), "new").unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "new");
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn a_planted_symlink_at_the_old_temp_name_is_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "precious").unwrap();
        std::os::unix::fs::symlink(&victim, dir.path().join(".x.tsv.tolk-tmp")).unwrap();
        write_one(&dir.path().join("x.tsv"), &Protected::default(), "data").unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("x.tsv")).unwrap(),
            "data"
        );
    }

    #[test]
    fn a_symlink_named_as_output_updates_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.tsv");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.tsv");
        std::os::unix::fs::symlink("real.tsv", &link).unwrap();
        write_one(&link, &Protected::default(), "new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    }

    #[test]
    fn the_database_and_its_companions_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("d.db");
        std::fs::write(&db, "SQLite format 3\0").unwrap();
        let protected = Protected::database(&db);
        let e = write_one(&db, &protected, "x").unwrap_err();
        assert!(e.to_string().contains("refusing to write over it"), "{e}");
        // Through a symlink, and a -wal that does not exist yet.
        std::os::unix::fs::symlink(&db, dir.path().join("alias")).unwrap();
        assert!(write_one(&dir.path().join("alias"), &protected, "x").is_err());
        assert!(write_one(&dir.path().join("d.db-wal"), &protected, "x").is_err());
        assert_eq!(std::fs::read(&db).unwrap(), b"SQLite format 3\0");
    }

    #[test]
    fn devices_are_written_in_place_and_report_a_full_disk() {
        use std::os::unix::fs::FileTypeExt;
        write_one(Path::new("/dev/null"), &Protected::default(), "x").unwrap();
        assert!(
            std::fs::metadata("/dev/null")
                .unwrap()
                .file_type()
                .is_char_device()
        );
        if Path::new("/dev/full").exists() {
            let e = write_one(Path::new("/dev/full"), &Protected::default(), "x").unwrap_err();
            assert!(e.to_string().starts_with("/dev/full: "), "{e}");
        }
    }

    #[test]
    fn stale_temporary_files_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        // A pid that cannot exist (above the kernel's limit).
        let stale = dir.path().join(".x.tsv.999999999.abcdef.tolk-tmp");
        std::fs::write(&stale, "half").unwrap();
        let mine = dir
            .path()
            .join(format!(".x.tsv.{}.abcdef.tolk-tmp", std::process::id()));
        std::fs::write(&mine, "in use").unwrap();
        let other = dir.path().join(".y.tsv.999999999.abcdef.tolk-tmp");
        std::fs::write(&other, "not ours to judge").unwrap();
        write_one(&dir.path().join("x.tsv"), &Protected::default(), "data").unwrap();
        assert!(!stale.exists());
        assert!(mine.exists() && other.exists());
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("x.tsv");
        std::fs::write(&out, "old").unwrap();
        let r = write_files(
            std::slice::from_ref(&out),
            &Protected::default(),
            &mut |ws| {
                ws[0].write_all(b"half")?;
                Err(Error::invalid("test", "stop"))
            },
        );
        assert!(r.is_err());
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
