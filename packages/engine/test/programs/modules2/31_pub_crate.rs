// pub(crate): visible everywhere in this crate, not outside it.
mod metrics {
    pub(crate) struct Counter {
        pub(crate) name: String,
        pub(crate) hits: u32,
    }

    impl Counter {
        pub(crate) fn new(name: &str) -> Counter {
            Counter { name: name.to_string(), hits: 0 }
        }

        pub(crate) fn hit(&mut self) {
            self.hits += 1;
        }
    }

    pub(crate) fn report(counters: &[Counter]) {
        for c in counters {
            println!("{:<8} {:>3}", c.name, c.hits);
        }
    }
}

fn main() {
    let mut counters = vec![metrics::Counter::new("home"), metrics::Counter::new("about")];
    for _ in 0..5 {
        counters[0].hit();
    }
    counters[1].hit();
    counters[1].hits += 10;
    metrics::report(&counters);
}
