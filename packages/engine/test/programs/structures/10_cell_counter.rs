// Cell for Copy counters inside shared (&) structures.
use std::cell::Cell;

struct Counter {
    name: &'static str,
    hits: Cell<u32>,
}

impl Counter {
    fn hit(&self) -> u32 {
        let n = self.hits.get() + 1;
        self.hits.set(n);
        n
    }
}

struct Cache {
    lookups: Cell<usize>,
    misses: Cell<usize>,
    data: Vec<(u32, &'static str)>,
}

impl Cache {
    fn get(&self, key: u32) -> Option<&'static str> {
        self.lookups.set(self.lookups.get() + 1);
        let found = self.data.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        if found.is_none() {
            self.misses.set(self.misses.get() + 1);
        }
        found
    }
}

fn main() {
    let c = Counter { name: "clicks", hits: Cell::new(0) };
    let r1 = &c;
    let r2 = &c;
    r1.hit();
    r2.hit();
    let last = r1.hit();
    println!("{} = {} (last returned {})", c.name, c.hits.get(), last);

    let old = c.hits.replace(100);
    println!("replaced {} with {}", old, c.hits.get());
    let taken = c.hits.take();
    println!("took {}, now {}", taken, c.hits.get());

    let cache = Cache { lookups: Cell::new(0), misses: Cell::new(0), data: vec![(1, "one"), (2, "two"), (3, "three")] };
    for k in [1, 5, 3, 9, 2] {
        println!("get({}) = {:?}", k, cache.get(k));
    }
    println!("lookups = {}, misses = {}", cache.lookups.get(), cache.misses.get());

    let cells: Vec<Cell<i32>> = (1..=3).map(Cell::new).collect();
    for c in &cells {
        c.set(c.get() * 10);
    }
    let vals: Vec<i32> = cells.iter().map(|c| c.get()).collect();
    println!("cells = {:?}", vals);
}
