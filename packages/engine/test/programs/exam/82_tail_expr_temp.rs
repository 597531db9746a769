// Edition 2021: temporaries in a block's tail expression outlive the block's locals.
struct Noisy(&'static str);

impl Noisy {
    fn len(&self) -> usize {
        self.0.len()
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn measure() -> usize {
    let _local = Noisy("local");
    Noisy("temporary").len()
}

fn main() {
    let n = measure();
    println!("n = {}", n);
    let m = {
        let _inner = Noisy("inner");
        Noisy("tail").len()
    };
    println!("m = {}", m);
}
