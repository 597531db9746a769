// Shadowing does not drop the old value; it lives until the end of the scope.
struct Tracker {
    id: u32,
}

impl Drop for Tracker {
    fn drop(&mut self) {
        println!("drop tracker {}", self.id);
    }
}

fn main() {
    let t = Tracker { id: 1 };
    println!("created {}", t.id);
    let t = Tracker { id: t.id + 1 };
    println!("shadowed, now {}", t.id);
    let t = Tracker { id: t.id * 10 };
    println!("shadowed again, now {}", t.id);
    {
        let t = Tracker { id: 99 };
        println!("inner scope sees {}", t.id);
    }
    println!("back to {}", t.id);

    let mut r = Tracker { id: 500 };
    println!("reassigning r");
    r = Tracker { id: 501 };
    println!("r is now {}", r.id);

    let x = Tracker { id: 7 };
    let x = x; // move into the new binding, no drop here
    println!("moved into shadow: {}", x.id);
    println!("end of main");
}
