// Dropping a Box<dyn Trait> runs the concrete type's Drop via the vtable.
trait Named {
    fn name(&self) -> String;
}

struct Guard { id: u32 }

impl Named for Guard {
    fn name(&self) -> String { format!("guard{}", self.id) }
}

impl Drop for Guard {
    fn drop(&mut self) { println!("drop guard{}", self.id); }
}

struct Holder {
    first: Box<dyn Named>,
    second: Box<dyn Named>,
}

fn main() {
    let h = Holder { first: Box::new(Guard { id: 1 }), second: Box::new(Guard { id: 2 }) };
    println!("{} {}", h.first.name(), h.second.name());
    {
        let tmp: Box<dyn Named> = Box::new(Guard { id: 3 });
        println!("inner {}", tmp.name());
    }
    let moved = h.second;
    println!("moved {}", moved.name());
    println!("end");
}
