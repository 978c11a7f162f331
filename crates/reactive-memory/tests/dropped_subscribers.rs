//! Render effects and memos that come and go while reading a signal or memo that stays (the
//! store's signals, the router's location, which live as long as the page) must leave nothing
//! behind in that source once dropped. reactive_graph 0.2.16 kept every dropped subscriber in
//! the source's set of subscribers (a render effect unsubscribes only when it runs again, not
//! when dropped), and that entry's weak reference kept the subscriber's allocation;
//! `patches/reactive_graph` prunes them (patches/PATCHES.md).
//!
//! One test in its own binary: the allocator's counts are the whole process's.

use std::alloc::System;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use any_spawner::Executor;
use reactive_graph::computed::ArcMemo;
use reactive_graph::effect::RenderEffect;
use reactive_graph::owner::Owner;
use reactive_graph::signal::ArcRwSignal;
use reactive_graph::traits::{Get, Set};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static ALLOCATOR: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// How many views each round opens and closes, as 1,000 popups would.
const VIEWS: usize = 1_000;

/// Opens and closes `count` views, each under an owner of its own, each with a memo of the
/// signal and render effects that read the signal, the long-lived memo and its own memo (as the
/// disconnect popup's closures read the store), running what is due after each.
fn views_come_and_go(signal: &ArcRwSignal<u32>, memo: &ArcMemo<u32>, count: usize) {
    for _ in 0..count {
        let owner = Owner::new();
        let effects = owner.with(|| {
            let own_memo = ArcMemo::new({
                let signal = signal.clone();
                move |_| signal.get() + 1
            });
            let (signal, memo) = (signal.clone(), memo.clone());
            (
                RenderEffect::new(move |_: Option<u32>| signal.get()),
                RenderEffect::new(move |_: Option<u32>| memo.get()),
                RenderEffect::new(move |_: Option<u32>| own_memo.get()),
            )
        });
        drop(effects);
        owner.cleanup();
        // The browser runs what is due between one popup and the next.
        Executor::poll_local();
    }
}

#[test]
fn dropped_subscribers_leave_nothing_behind() {
    Executor::init_futures_executor().expect("no executor was set before");
    let root = Owner::new();
    root.set();
    let signal = ArcRwSignal::new(0);
    let memo = ArcMemo::new({
        let signal = signal.clone();
        move |_| signal.get() * 2
    });
    // A view that stays open, and must keep reacting.
    let runs = Arc::new(AtomicUsize::new(0));
    let _open = RenderEffect::new({
        let (signal, runs) = (signal.clone(), Arc::clone(&runs));
        move |_: Option<u32>| {
            runs.fetch_add(1, Ordering::Relaxed);
            signal.get()
        }
    });
    // Warm up: the sets, the owner arena and the allocator reach their working size.
    views_come_and_go(&signal, &memo, VIEWS);

    let region = Region::new(ALLOCATOR);
    views_come_and_go(&signal, &memo, VIEWS);
    let change = region.change();
    let kept = change.bytes_allocated as i128 - change.bytes_deallocated as i128;
    // Unpatched: about 220 bytes per closed view (the dead entries and what their weak
    // references hold). Patched: nothing lasting; a few KB leaves room for a set's growth.
    assert!(kept < 8 * 1024, "{VIEWS} closed views still hold {kept} bytes");

    signal.set(1);
    Executor::poll_local();
    assert_eq!(runs.load(Ordering::Relaxed), 2, "the open view still follows the signal");
    assert_eq!(memo.get(), 2, "the long-lived memo still follows the signal");
}
