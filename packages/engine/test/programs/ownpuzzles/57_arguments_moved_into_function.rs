// Puzzle: values moved into a function are dropped when the function returns,
// values passed by reference are not.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn inspect(n: &Noisy) {
    println!("inspecting {}", n.0);
}

fn consume(n: Noisy) {
    println!("consuming {}", n.0);
}

fn pass_back(n: Noisy) -> Noisy {
    println!("passing back {}", n.0);
    n
}

fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    let c = Noisy("c");

    inspect(&a);
    consume(b);
    println!("after consume");
    let c2 = pass_back(c);
    println!("after pass_back, holding {}", c2.0);
    pass_back(Noisy("temp"));
    println!("end of main");
}
