// Drop order: locals in reverse declaration order, fields in declaration order.
struct Noisy {
    name: String,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn noisy(name: &str) -> Noisy {
    Noisy { name: name.to_string() }
}

struct Pair {
    first: Noisy,
    second: Noisy,
}

impl Drop for Pair {
    fn drop(&mut self) {
        println!("drop Pair({}, {})", self.first.name, self.second.name);
    }
}

struct Wrapper {
    inner: Pair,
    tag: Noisy,
}

fn main() {
    println!("-- locals");
    {
        let _a = noisy("a");
        let _b = noisy("b");
        let _c = noisy("c");
        println!("end of scope");
    }
    println!("-- struct fields");
    {
        let _p = Pair { second: noisy("p.second"), first: noisy("p.first") };
        println!("pair built");
    }
    println!("-- nested");
    {
        let _w = Wrapper { tag: noisy("w.tag"), inner: Pair { first: noisy("w.1"), second: noisy("w.2") } };
    }
    println!("-- tuple and box");
    {
        let _t = (noisy("t.0"), noisy("t.1"));
        let _bx = Box::new(noisy("boxed"));
    }
    println!("-- moved out of scope");
    let outer;
    {
        let inner = noisy("moved");
        let _stay = noisy("stays");
        outer = inner;
    }
    println!("outer holds {}", outer.name);
    println!("end of main");
}
