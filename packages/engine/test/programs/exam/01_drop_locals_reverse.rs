// Quiz 3, Q1: In what order are the lines printed?
struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let _a = Noisy { name: "a" };
    let _b = Noisy { name: "b" };
    {
        let _c = Noisy { name: "c" };
        println!("inner scope ends");
    }
    let _d = Noisy { name: "d" };
    println!("main ends");
}
