// Partial moves: which fields are still usable, and what is dropped when?
struct Named(&'static str);

impl Drop for Named {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Person {
    first: Named,
    last: Named,
    age: u32,
}

fn main() {
    let p = Person { first: Named("Grace"), last: Named("Hopper"), age: 85 };
    let first = p.first;
    println!("moved out {}", first.0);
    println!("still have {} aged {}", p.last.0, p.age);
    drop(first);
    println!("end of main");
}
