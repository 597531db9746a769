// `let _ = ...` drops right away; `let _x = ...` keeps the value alive.
struct Resource(&'static str);

impl Drop for Resource {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn open(name: &'static str) -> Resource {
    println!("open {}", name);
    Resource(name)
}

fn main() {
    let _ = open("A");
    println!("after A");
    let _b = open("B");
    println!("after B");
    let _ = open("C");
    let _d = open("D");
    println!("end of main");
}
