struct Temp {
    v: i32,
}

impl Temp {
    fn get(&self) -> i32 {
        self.v
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        println!("drop Temp({})", self.v);
    }
}

fn main() {
    match (Temp { v: 1 }).get() {
        1 => println!("matched one"),
        _ => println!("something else"),
    }
    println!("---");
    let x = (Temp { v: 2 }).get();
    match x {
        2 => println!("matched two"),
        _ => println!("something else"),
    }
    println!("---");
    if (Temp { v: 3 }).get() == 3 {
        println!("in if body");
    }
    println!("end");
}
