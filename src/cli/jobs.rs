//! The files a run lints and the linter of each, planned before any file is read.

use std::io;
use std::sync::Arc;

use super::ordered;
use crate::lint::Linter;
use crate::walk::Input;

/// The files to lint, each with its linter, kept compact: a tree of 190k files holds its paths
/// and two indices per file while it is linted, not a copy of each input.
pub(super) struct Jobs {
    pub(super) inputs: Vec<Input>,
    pub(super) linters: Vec<Arc<Linter>>,
    /// The input and linter of each file to lint, in path order (`u32`: half the memory).
    pub(super) planned: Vec<(u32, u32)>,
}

impl Jobs {
    pub(super) fn len(&self) -> usize {
        self.planned.len()
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = (&Input, &Arc<Linter>)> {
        self.planned
            .iter()
            .map(|&(input, linter)| (&self.inputs[input as usize], &self.linters[linter as usize]))
    }

    /// [`ordered::for_each_ordered`] over the files.
    pub(super) fn for_each_ordered<R: Send>(
        &self,
        threads: usize,
        work: impl Fn(&Input, &Arc<Linter>) -> R + Sync,
        each: impl FnMut(R) -> io::Result<()>,
    ) -> io::Result<()> {
        let work = |&(input, linter): &(u32, u32)| {
            work(&self.inputs[input as usize], &self.linters[linter as usize])
        };
        ordered::for_each_ordered(&self.planned, threads, threads * 32, work, each)
    }
}
