// Quiz: a temporary in a block's tail expression (edition 2021).
struct Probe(&'static str);

impl Drop for Probe {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

impl Probe {
    fn size(&self) -> usize {
        self.0.len()
    }
}

fn main() {
    let total = {
        let local = Probe("local");
        println!("inside block with {}", local.0);
        Probe("tail-temp").size()
    };
    println!("total = {}", total);
    let other = {
        let a = Probe("a");
        a.size() + 1
    };
    println!("other = {}", other);
}
