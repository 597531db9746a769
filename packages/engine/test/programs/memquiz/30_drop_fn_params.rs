struct Resource {
    id: i32,
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("release {}", self.id);
    }
}

fn consume(r: Resource) {
    println!("consume {}", r.id);
}

fn pass_through(r: Resource) -> Resource {
    println!("pass through {}", r.id);
    r
}

fn make(id: i32) -> Resource {
    let r = Resource { id };
    println!("made {}", id);
    r
}

fn main() {
    let a = make(1);
    consume(a);
    let b = pass_through(make(2));
    println!("main has {}", b.id);
    let _c = make(3);
    println!("end");
}
