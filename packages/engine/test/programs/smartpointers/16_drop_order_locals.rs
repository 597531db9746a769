struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn make(name: &'static str) -> Noisy {
    println!("creating {}", name);
    Noisy { name }
}

fn main() {
    let _a = make("a");
    let _b = make("b");
    {
        let _inner = make("inner");
        println!("end of inner block");
    }
    let _c = make("c");
    let _ = make("discarded immediately");
    println!("end of main");
}
