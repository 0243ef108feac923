//! The two kernel services that let a rewrite see every other writer: a read lease and an atomic
//! exchange of two names (Linux only; elsewhere, and on file systems without them, both report
//! [`Taken::Unsupported`] and the caller falls back to watching the file).
//!
//! While termlint holds a read lease on a file, any program that opens it for writing or
//! truncates it breaks the lease, and the kernel holds that program's `open` until the lease is
//! released. So a writer either finished before the lease was taken (and its text was read), or
//! is seen, and waits until the file it opened is back under its name.
#![allow(unsafe_code)]

use std::fs::File;
use std::path::Path;

/// The result of asking for a lease.
#[derive(Debug)]
pub(super) enum Taken<'a> {
    Held(Lease<'a>),
    /// Another program has the file open for writing.
    Busy,
    /// Leases are not available for this file (system, file system or permissions).
    Unsupported,
}

/// A read lease on an open file, released when dropped.
#[derive(Debug)]
pub(super) struct Lease<'a> {
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    file: &'a File,
}

/// How long to wait for another program to close a file it has open for writing: appenders
/// such as loggers hold a file for microseconds at a time.
#[cfg(target_os = "linux")]
const PATIENCE: std::time::Duration = std::time::Duration::from_millis(100);

#[cfg(target_os = "linux")]
mod sys {
    use std::ffi::CString;
    use std::fs::File;
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::io::AsRawFd;
    use std::path::Path;

    /// A broken lease is signalled with SIGIO, whose default action ends the process. The lease
    /// is polled instead, so the signal is ignored unless the program installed a handler.
    pub(super) fn quiet_sigio() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            // SAFETY: a zeroed `sigaction` is a valid value to be filled in; a null new action
            // only reads the current one, and SIG_IGN is a valid disposition for SIGIO.
            unsafe {
                let mut current: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(libc::SIGIO, std::ptr::null(), &mut current) == 0
                    && current.sa_sigaction == libc::SIG_DFL
                {
                    libc::signal(libc::SIGIO, libc::SIG_IGN);
                }
            }
        });
    }

    /// `fcntl(fd, F_SETLEASE, kind)`.
    pub(super) fn set_lease(file: &File, kind: libc::c_int) -> std::io::Result<()> {
        // SAFETY: the descriptor is open for as long as `file` is borrowed; F_SETLEASE takes
        // an int argument and touches no memory.
        let result = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_SETLEASE, kind) };
        if result == -1 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }

    /// `fcntl(fd, F_GETLEASE)`: the lease held, or while it is being broken, what it must
    /// become.
    pub(super) fn get_lease(file: &File) -> libc::c_int {
        // SAFETY: as above; F_GETLEASE takes no argument.
        unsafe { libc::fcntl(file.as_raw_fd(), libc::F_GETLEASE) }
    }

    /// `renameat2(a, b, RENAME_EXCHANGE)`.
    pub(super) fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
        let c = |path: &Path| {
            CString::new(path.as_os_str().as_bytes())
                .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
        };
        let (a, b) = (c(a)?, c(b)?);
        // SAFETY: both are NUL-terminated strings that outlive the call.
        let result = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                a.as_ptr(),
                libc::AT_FDCWD,
                b.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if result == -1 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }
}

/// A read lease on `file`, which must be open read-only. A file open for writing elsewhere is
/// waited for briefly, then reported [`Taken::Busy`].
pub(super) fn take(file: &File) -> Taken<'_> {
    #[cfg(target_os = "linux")]
    {
        sys::quiet_sigio();
        let start = std::time::Instant::now();
        loop {
            match sys::set_lease(file, libc::F_RDLCK) {
                Ok(()) => return Taken::Held(Lease { file }),
                Err(err) if err.raw_os_error() == Some(libc::EAGAIN) => {
                    if start.elapsed() > PATIENCE {
                        return Taken::Busy;
                    }
                    std::thread::sleep(std::time::Duration::from_micros(200));
                }
                // EINVAL (no lease support), EACCES (not the owner), ENOLCK and the rest.
                Err(_) => return Taken::Unsupported,
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        Taken::Unsupported
    }
}

impl Lease<'_> {
    /// Nobody has opened the file for writing or truncated it since the lease was taken.
    pub(super) fn intact(&self) -> bool {
        #[cfg(target_os = "linux")]
        return sys::get_lease(self.file) == libc::F_RDLCK;
        #[cfg(not(target_os = "linux"))]
        return true;
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        // Closing the file would release it too; a writer waiting on it goes on at once.
        #[cfg(target_os = "linux")]
        let _ = sys::set_lease(self.file, libc::F_UNLCK);
    }
}

/// Swaps what two names in one file system point to, atomically. `Ok(false)` when the system or
/// the file system cannot.
pub(super) fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    #[cfg(target_os = "linux")]
    {
        match sys::exchange(a, b) {
            Ok(()) => Ok(true),
            Err(err) if matches!(err.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) => {
                Ok(false)
            }
            Err(err) => Err(err),
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (a, b);
        Ok(false)
    }
}
