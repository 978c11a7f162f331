//! Render effects (and their owners) that come and go under an owner that stays (the panel's
//! layout, which lives as long as the page) must leave no memory behind once dropped: 1,000
//! popups opened and closed must cost nothing lasting. reactive_graph 0.2.16 kept every dropped
//! child owner in its parent's list of children until the parent was cleaned up;
//! `patches/reactive_graph` prunes them (patches/PATCHES.md). The effects read no long-lived
//! signal here: what a source keeps of its dropped subscribers is `dropped_subscribers.rs`.
//!
//! One test in its own binary: the allocator's counts are the whole process's.

use std::alloc::System;

use any_spawner::Executor;
use reactive_graph::effect::RenderEffect;
use reactive_graph::owner::Owner;
use reactive_graph::signal::ArcRwSignal;
use reactive_graph::traits::Get;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static ALLOCATOR: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// How many effects each round creates and drops, as a screen's views would.
const EFFECTS: usize = 1_000;

/// Creates `count` render effects, each under an owner of its own with a signal of its own, and
/// drops them (effect and owner) the way a closed popup's views go.
fn effects_come_and_go(count: usize) {
    for _ in 0..count {
        let owner = Owner::new();
        let effect = owner.with(|| {
            let own = ArcRwSignal::new(0);
            RenderEffect::new(move |_: Option<u32>| own.get())
        });
        drop(effect);
        owner.cleanup();
    }
    Executor::poll_local();
}

#[test]
fn dropped_render_effects_leave_nothing_behind() {
    Executor::init_futures_executor().expect("no executor was set before");
    let root = Owner::new();
    root.set();
    // Warm up: the list, the owner arena and the allocator reach their working size.
    effects_come_and_go(EFFECTS);

    let region = Region::new(ALLOCATOR);
    effects_come_and_go(EFFECTS);
    let change = region.change();
    let kept = change.bytes_allocated as i128 - change.bytes_deallocated as i128;
    // Unpatched: about 160 bytes per dropped effect (160 KB here), the owners' dead entries.
    // Patched: nothing (0 bytes measured); a few KB leaves room for a list's growth.
    assert!(kept < 8 * 1024, "{EFFECTS} dropped render effects still hold {kept} bytes");
}
