// Methods take &self to read and &mut self to modify.
struct Counter {
    name: String,
    hits: u32,
    history: Vec<u32>,
}

impl Counter {
    fn new(name: &str) -> Counter {
        Counter { name: name.to_string(), hits: 0, history: Vec::new() }
    }

    fn hit(&mut self) {
        self.hits += 1;
        self.history.push(self.hits);
    }

    fn reset(&mut self) -> u32 {
        let old = self.hits;
        self.hits = 0;
        old
    }

    fn name(&self) -> &str {
        &self.name
    }

    fn report(&self) -> String {
        format!("{}: {} hits, history {:?}", self.name, self.hits, self.history)
    }
}

fn main() {
    let mut c = Counter::new("clicks");
    c.hit();
    c.hit();
    println!("{}", c.report());
    let n = c.name();
    println!("name borrowed: {}", n);
    let old = c.reset();
    println!("reset from {}", old);
    c.hit();
    println!("{}", c.report());

    let mut counters = vec![Counter::new("a"), Counter::new("b")];
    for ctr in counters.iter_mut() {
        ctr.hit();
    }
    counters[1].hit();
    for ctr in &counters {
        println!("{}", ctr.report());
    }
}
