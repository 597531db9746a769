struct Counter {
    count: u32,
}

fn reset(c: &Counter) {
    c.count = 0;
}

fn main() {
    let mut c = Counter { count: 5 };
    reset(&c);
    println!("{}", c.count);
}
