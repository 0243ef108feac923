//! Runs one piece of work per file on several threads and hands the results on in file order,
//! through a bounded reorder buffer: a thread runs at most `window` files ahead of the oldest
//! result not yet handed on, so however many files a run has, only that many finished results
//! wait in memory, and the output is the same whatever the number of threads.

use std::collections::BTreeMap;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

/// Calls `each` with `work(item)` for every item, in item order, running `work` on `jobs`
/// threads (on this one for `jobs <= 1` or a single item). The first error of `each` stops the
/// run: no new work starts, and the error is returned.
pub(super) fn for_each_ordered<T, R>(
    items: &[T],
    jobs: usize,
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut each: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()>
where
    T: Sync,
    R: Send,
{
    if jobs <= 1 || items.len() <= 1 {
        return items.iter().try_for_each(|item| each(work(item)));
    }
    let window = window.max(1);
    let buffer = Buffer::new(window);
    let claimed = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 1..jobs.min(items.len()) {
            scope.spawn(|| {
                // A panicking worker wakes the consumer, which would otherwise wait forever.
                let _guard = PanicGuard(&buffer);
                loop {
                    let i = claimed.fetch_add(1, Ordering::Relaxed);
                    if i >= items.len() || !buffer.wait_for_room(i) {
                        break;
                    }
                    let result = work(&items[i]);
                    buffer.put(i, result);
                }
            });
        }
        // This thread is one of the `jobs` too: it hands on what is ready and, rather than wait
        // for the next result, takes a file itself. A thread that only waited was woken once per
        // file, and with as many threads as cores each wake-up took a core from a worker.
        let _guard = PanicGuard(&buffer);
        let mut handed = Ok(());
        let mut next = 0;
        while next < items.len() {
            let result = match buffer.ready(next) {
                Taken::Ready(result) => result,
                Taken::Stopped => break,
                Taken::NotYet => match claim(&claimed, items.len(), next + window) {
                    Some(i) => {
                        buffer.put(i, work(&items[i]));
                        continue;
                    }
                    None => match buffer.wait(next) {
                        Some(result) => result,
                        None => break,
                    },
                },
            };
            next += 1;
            handed = each(result);
            if handed.is_err() {
                break;
            }
        }
        buffer.stop();
        handed
    })
}

/// The next unclaimed item if it is before `end`: the consumer must never wait for room, since it
/// is the one that makes room.
fn claim(claimed: &AtomicUsize, len: usize, end: usize) -> Option<usize> {
    claimed
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |i| {
            (i < len && i < end).then_some(i + 1)
        })
        .ok()
}

/// Finished results by index, and the next index to hand on.
struct Buffer<R> {
    state: Mutex<State<R>>,
    /// Signalled when the result the consumer waits for arrives.
    ready: Condvar,
    /// Signalled when the consumer moves on, making room for workers.
    room: Condvar,
    window: usize,
}

struct State<R> {
    done: BTreeMap<usize, R>,
    next: usize,
    /// Who is asleep: a signal nobody waits for would still cost a system call.
    consumer_waiting: bool,
    workers_waiting: usize,
    /// Set when the consumer stops early or a thread panicked.
    stopped: bool,
    panicked: bool,
}

/// What the consumer finds when it looks for a result.
enum Taken<R> {
    Ready(R),
    NotYet,
    Stopped,
}

impl<R> Buffer<R> {
    fn new(window: usize) -> Buffer<R> {
        Buffer {
            state: Mutex::new(State {
                done: BTreeMap::new(),
                next: 0,
                consumer_waiting: false,
                workers_waiting: 0,
                stopped: false,
                panicked: false,
            }),
            ready: Condvar::new(),
            room: Condvar::new(),
            window,
        }
    }

    fn lock(&self) -> MutexGuard<'_, State<R>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until item `i` is within the window; false when the run stopped.
    fn wait_for_room(&self, i: usize) -> bool {
        let mut state = self.lock();
        while i >= state.next + self.window && !state.stopped {
            state.workers_waiting += 1;
            state = self.room.wait(state).unwrap_or_else(|e| e.into_inner());
            state.workers_waiting -= 1;
        }
        !state.stopped
    }

    fn put(&self, i: usize, result: R) {
        let mut state = self.lock();
        state.done.insert(i, result);
        if i == state.next && state.consumer_waiting {
            self.ready.notify_one();
        }
    }

    /// The result of item `i` if it is done, without waiting.
    fn ready(&self, i: usize) -> Taken<R> {
        let mut state = self.lock();
        if state.panicked {
            return Taken::Stopped;
        }
        match self.take(&mut state, i) {
            Some(result) => Taken::Ready(result),
            None => Taken::NotYet,
        }
    }

    /// The result of item `i`, once it is done; `None` when a thread panicked.
    fn wait(&self, i: usize) -> Option<R> {
        let mut state = self.lock();
        loop {
            if let Some(result) = self.take(&mut state, i) {
                return Some(result);
            }
            if state.panicked {
                return None;
            }
            state.consumer_waiting = true;
            state = self.ready.wait(state).unwrap_or_else(|e| e.into_inner());
            state.consumer_waiting = false;
        }
    }

    fn take(&self, state: &mut State<R>, i: usize) -> Option<R> {
        let result = state.done.remove(&i)?;
        state.next = i + 1;
        if state.workers_waiting > 0 {
            self.room.notify_all();
        }
        Some(result)
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.room.notify_all();
    }
}

struct PanicGuard<'a, R>(&'a Buffer<R>);

impl<R> Drop for PanicGuard<'_, R> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            let mut state = self.0.lock();
            state.panicked = true;
            state.stopped = true;
            self.0.ready.notify_all();
            self.0.room.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Results arrive in item order whatever order the threads finish in, for any number of
    /// threads and any window.
    #[test]
    fn results_come_in_item_order() {
        let items: Vec<usize> = (0..500).collect();
        for (jobs, window) in [(1, 1), (2, 1), (3, 2), (4, 7), (8, 64), (16, 1000)] {
            let mut seen = Vec::new();
            for_each_ordered(
                &items,
                jobs,
                window,
                |&i| {
                    // Uneven work, so that later items often finish first.
                    let spin = (i * 7919) % 13 * 500;
                    std::hint::black_box((0..spin).sum::<usize>());
                    i * 3 + 1
                },
                |r| {
                    seen.push(r);
                    Ok(())
                },
            )
            .unwrap();
            let expected: Vec<usize> = items.iter().map(|&i| i * 3 + 1).collect();
            assert_eq!(seen, expected, "jobs {jobs}, window {window}");
        }
    }

    /// Workers never run further ahead of the consumer than the window allows.
    #[test]
    fn the_window_bounds_what_waits() {
        let items: Vec<usize> = (0..300).collect();
        let handed = AtomicUsize::new(0);
        let window = 5;
        let mut count = 0;
        for_each_ordered(
            &items,
            4,
            window,
            |&i| {
                let consumed = handed.load(Ordering::SeqCst);
                // The consumer takes a result just before it is counted as handed on.
                assert!(
                    i <= consumed + window,
                    "item {i} started with {consumed} handed on"
                );
                i
            },
            |r| {
                assert_eq!(r, count);
                count += 1;
                handed.store(count, Ordering::SeqCst);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(count, items.len());
    }

    /// A panic in any thread, this one included, reaches the caller instead of leaving the
    /// others waiting for a result that never comes.
    #[test]
    fn a_panic_ends_the_run() {
        let items: Vec<usize> = (0..400).collect();
        for (jobs, window, bad) in [(2, 4, 0), (2, 4, 1), (2, 1, 399), (4, 16, 57), (8, 2, 200)] {
            let run = std::panic::catch_unwind(|| {
                for_each_ordered(
                    &items,
                    jobs,
                    window,
                    |&i| {
                        assert_ne!(i, bad, "bad item");
                        i
                    },
                    |_| Ok(()),
                )
            });
            assert!(run.is_err(), "jobs {jobs}, window {window}, bad item {bad}");
        }
    }

    #[test]
    fn an_error_stops_the_run() {
        let items: Vec<usize> = (0..1000).collect();
        let mut seen = 0;
        let result = for_each_ordered(
            &items,
            3,
            8,
            |&i| i,
            |r| {
                seen += 1;
                if r == 10 {
                    Err(io::Error::other("closed"))
                } else {
                    Ok(())
                }
            },
        );
        assert!(result.is_err());
        assert_eq!(seen, 11);
    }
}
