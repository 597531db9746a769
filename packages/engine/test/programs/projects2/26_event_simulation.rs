// Week project: a discrete-event simulation of a print shop with hand-written Ord.
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

#[derive(Debug, PartialEq, Eq)]
enum Kind {
    Arrive { job: u32, pages: u32 },
    Finish { printer: usize, job: u32 },
}

#[derive(Debug, PartialEq, Eq)]
struct Event {
    time: u32,
    kind: Kind,
}

// Earliest time first; at equal times, finishes are handled before arrivals
// so that a freed printer can take the new job; then lower job numbers first.
impl Event {
    fn key(&self) -> (u32, u8, u32) {
        match self.kind {
            Kind::Finish { job, .. } => (self.time, 0, job),
            Kind::Arrive { job, .. } => (self.time, 1, job),
        }
    }
}

impl Ord for Event {
    fn cmp(&self, other: &Self) -> Ordering {
        // reversed, because BinaryHeap pops the greatest element
        other.key().cmp(&self.key())
    }
}

impl PartialOrd for Event {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

struct Shop {
    events: BinaryHeap<Event>,
    // waiting jobs: fewest pages first, then lowest job number
    waiting: BinaryHeap<Reverse<(u32, u32)>>,
    printers: Vec<Option<u32>>,
    pages_per_tick: u32,
    log: Vec<String>,
}

impl Shop {
    fn start_if_possible(&mut self, now: u32) {
        while let Some(slot) = self.printers.iter().position(|p| p.is_none()) {
            let Some(Reverse((pages, job))) = self.waiting.pop() else {
                return;
            };
            self.printers[slot] = Some(job);
            let done_at = now + (pages + self.pages_per_tick - 1) / self.pages_per_tick;
            self.log.push(format!("t={:>2} printer {} starts job {} ({} pages)", now, slot, job, pages));
            self.events.push(Event { time: done_at, kind: Kind::Finish { printer: slot, job } });
        }
    }

    fn run(&mut self) -> u32 {
        let mut last = 0;
        while let Some(Event { time, kind }) = self.events.pop() {
            last = time;
            match kind {
                Kind::Arrive { job, pages } => {
                    self.log.push(format!("t={:>2} job {} arrives", time, job));
                    self.waiting.push(Reverse((pages, job)));
                }
                Kind::Finish { printer, job } => {
                    self.log.push(format!("t={:>2} printer {} done with job {}", time, printer, job));
                    self.printers[printer] = None;
                }
            }
            self.start_if_possible(time);
        }
        last
    }
}

fn main() {
    let mut shop = Shop {
        events: BinaryHeap::new(),
        waiting: BinaryHeap::new(),
        printers: vec![None; 2],
        pages_per_tick: 10,
        log: Vec::new(),
    };
    let arrivals = [(0, 1, 45), (0, 2, 12), (1, 3, 30), (2, 4, 5), (2, 5, 80), (6, 6, 20)];
    for (time, job, pages) in arrivals {
        shop.events.push(Event { time, kind: Kind::Arrive { job, pages } });
    }
    let end = shop.run();
    for line in &shop.log {
        println!("{}", line);
    }
    println!("all jobs printed by t={}", end);
    let starts = shop.log.iter().filter(|l| l.contains("starts")).count();
    println!("{} jobs started, printers idle: {}", starts, shop.printers.iter().all(Option::is_none));
}
