struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

fn make(name: &'static str) -> Noisy {
    println!("make {}", name);
    Noisy { name }
}

fn main() {
    let _a = make("a");
    let _b = make("b");
    {
        let _inner = make("inner");
        println!("end of inner block");
    }
    let _pair = Pair { first: make("pair.first"), second: make("pair.second") };
    let v = vec![make("v0"), make("v1"), make("v2")];
    println!("vec has {}", v.len());
    let _ = make("underscore"); // dropped immediately
    println!("end of main");
}
