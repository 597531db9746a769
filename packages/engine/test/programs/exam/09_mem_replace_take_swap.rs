use std::mem;

#[derive(Default)]
struct Slot {
    name: String,
}

impl Drop for Slot {
    fn drop(&mut self) {
        println!("drop slot '{}'", self.name);
    }
}

fn slot(n: &str) -> Slot {
    Slot { name: n.to_string() }
}

fn main() {
    let mut a = slot("a");
    let mut b = slot("b");
    mem::swap(&mut a, &mut b);
    println!("after swap: a={} b={}", a.name, b.name);

    let old = mem::replace(&mut a, slot("c"));
    println!("replaced: old={} a={}", old.name, a.name);

    let taken = mem::take(&mut b);
    println!("taken={} b='{}'", taken.name, b.name);
    println!("end");
}
