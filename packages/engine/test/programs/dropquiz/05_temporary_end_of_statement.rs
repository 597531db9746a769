// A temporary lives until the end of the statement that created it.
struct Label {
    name: String,
}

impl Drop for Label {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn make(name: &str) -> Label {
    println!("make {}", name);
    Label { name: name.to_string() }
}

fn main() {
    let keep = make("keep");
    let n = make("temp").name.len();
    println!("length was {}", n);
    println!("sum {}", make("a").name.len() + make("bb").name.len());
    println!("still have {}", keep.name);
}
