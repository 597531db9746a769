// Drop order: fields drop in declaration order, locals in reverse.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn make() -> Pair {
    let tmp = Noisy("tmp");
    let p = Pair { first: Noisy("first"), second: Noisy("second") };
    println!("built pair, tmp still alive: {}", tmp.0);
    p
}

fn main() {
    let a = Noisy("a");
    let p = make();
    let b = Noisy("b");
    let Pair { first, .. } = p;
    println!("took {}", first.0);
    let _moved = a;
    println!("end of main, b = {}", b.0);
}
